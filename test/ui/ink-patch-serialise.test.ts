// patches/ink+6.8.0.patch serialises cells with a shortcut (no style diff between neighbours
// that look the same). It must give exactly the string the library's own serialiser gives.
import test from 'ava';
import {Chalk} from 'chalk';

type Cell = {value: string; styles: unknown[]};
type Tokenizer = {
	tokenize(text: string): unknown[];
	styledCharsFromTokens(tokens: unknown[]): Cell[];
	styledCharsToString(cells: Cell[]): string;
};

// Ink's internals, by path: neither is exported, and the tokenizer is Ink's own dependency.
const modules = new URL('../../node_modules/', import.meta.url);
const {tokenize, styledCharsFromTokens, styledCharsToString} = await import(new URL('@alcalzone/ansi-tokenize/build/index.js', modules).href) as Tokenizer;
const {cellsToString} = await import(new URL('ink/build/output.js', modules).href) as {cellsToString: (cells: Cell[]) => string};

const chalk = new Chalk({level: 3});
const styles: Array<(text: string) => string> = [
	text => text, chalk.red, chalk.bold, chalk.underline, chalk.inverse, chalk.dim,
	text => chalk.bold(chalk.underline(chalk.red(text))), text => chalk.inverse(chalk.cyan(text)),
	text => chalk.bgBlue(chalk.yellow(text)), text => chalk.bold(chalk.dim(text)), chalk.hex('#ff8800'),
];

test('the patched serialiser gives the same string as styledCharsToString', t => {
	let seed = 7;
	const random = (below: number) => {
		seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
		return seed % below;
	};

	let compared = 0;
	for (let index = 0; index < 5000; index++) {
		let line = '';
		for (let piece = 0; piece < 1 + random(6); piece++) {
			let text = styles[random(styles.length)]!('abc │—x  '.slice(0, 1 + random(9)));
			if (random(3) === 0) text = styles[random(styles.length)]!(`${text}z`);
			line += text;
		}

		const cells = styledCharsFromTokens(tokenize(line));
		for (const from of [0, random(cells.length + 1)]) {
			const part = cells.slice(from);
			if (styledCharsToString(part) !== cellsToString(part)) {
				t.fail(`differs on ${JSON.stringify(line)} from ${from}`);
				return;
			}

			compared++;
		}
	}

	t.is(compared, 10_000);
});
