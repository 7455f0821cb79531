// patches/ink+6.8.0.patch builds Ink's frame rows its own way: a line that fits its pane is not
// sliced, and a row whose pieces sit side by side (one-column characters, closed SGR codes) is
// joined as strings instead of painted cell by cell (its cells, for the incremental renderer,
// are painted only when asked for); the sanitiser passes text whose only escape
// sequences are SGR codes without tokenizing it. What the terminal shows must be what unpatched
// Ink shows: each row's characters with the same styles, frame after frame (the patched Output
// keeps caches across frames), and the same sanitised text.
import {readFileSync} from 'node:fs';
import test from 'ava';
import {Chalk} from 'chalk';
import {styledCharsFromTokens, tokenize} from '@alcalzone/ansi-tokenize';
import ReferenceOutput, {type Clip} from '../helpers/ink-output-reference/output.js';
import referenceSanitize from '../helpers/ink-output-reference/sanitize-ansi.js';
import {tokenize as referenceTokenize} from '../helpers/ansi-tokenize-reference/tokenize.js';
import {seededRandom} from '../helpers/seeded-random.js';
import {narrowClass} from '../../scripts/string-width-narrow-class.js';

const outputFile = new URL('../../node_modules/ink/build/output.js', import.meta.url);
// Ink's Output is not exported: by path, like test/ui/ink-patch-serialise.test.ts.
type Cell = {value: string; styles: unknown[]};
const {default: Output, cellsOfRow, cellsToString} = await import(outputFile.href) as {
	default: typeof ReferenceOutput;
	cellsOfRow(row: string): Cell[] | undefined;
	cellsToString(cells: Cell[]): string;
};
const sanitizeFile = new URL('../../node_modules/ink/build/sanitize-ansi.js', import.meta.url);
const {default: sanitizeAnsi} = await import(sanitizeFile.href) as {default: (text: string) => string};

test('the row joiner takes string-width\'s class of one-column characters', t => {
	const match = /^const narrowText = \/\^\[(.+)\]\*\$\/;$/m.exec(readFileSync(outputFile, 'utf8'));
	t.truthy(match, 'no narrowText in ink/build/output.js: is the patch applied (npm install runs patch-package)?');
	t.is(match?.[1], narrowClass());
});

/**
 * A row as the terminal shows it: each character with its styles, in any order ("bold, then
 * red" looks like "red, then bold") and only the last of those a code ends together (a second
 * background replaces the first; bold and dim, both ended by 22, are two); trailing unstyled
 * blanks and tabs do not show.
 */
function shown(row: string): string[] {
	const cells = styledCharsFromTokens(referenceTokenize(row)).map(cell => {
		const active = new Map(cell.styles.map(style => [style.endCode === '\u001B[22m' ? style.code : style.endCode, style.code]));
		return `${cell.value}${[...active.values()].sort().join('')}`;
	});
	while (cells.length > 0 && (cells.at(-1) === ' ' || cells.at(-1) === '\t')) cells.pop();
	return cells;
}

const chalk = new Chalk({level: 3});
// No dim: bold and dim share their end code, and unpatched Ink, serialising a bold cell after a
// bold-and-dim one, ends both and re-opens neither (ansi-tokenize's diffAnsiCodes), so it drops a
// bold that the joined row keeps. Apart from that upstream slip the two must agree.
const styles: Array<(text: string) => string> = [
	text => text, chalk.red, chalk.bold, chalk.inverse, chalk.underline,
	text => chalk.bold(chalk.underline(chalk.cyan(text))), text => chalk.inverse(chalk.bold(text)),
	chalk.hex('#ff8800'), chalk.bgBlue, chalk.bgAnsi256(236), chalk.italic, chalk.strikethrough, chalk.overline,
	text => `\u001B[1;31m${text}\u001B[22;39m`, text => `\u001B[38;5;2m${text}\u001B[m`, text => `\u001B[3m${text}\u001B[24m`,
	// A style left open, a reset in the middle, a hyperlink: the joiner must leave these to the painter.
	text => `\u001B[1m${text}`, text => `\u001B[31m${text}\u001B[0m`, text => `\u001B]8;;https://example.com\u0007${text}\u001B]8;;\u0007`,
];
const pieces = ['a', 'word', ' ', '  ', '│', '─', '╭', '—', '…', '“x”', 'é', '▌', '•', '›', 'Ωж', '漢', '😀', 'e\u0301', '\u200D', '\u00AD', '\t'];

function randomText(random: () => number, lines: number, hostile: boolean): string {
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
	const rows: string[] = [];
	for (let row = 0; row < lines; row++) {
		let text = '';
		for (let index = Math.floor(random() * 5); index >= 0; index--) {
			const piece = hostile ? pick(pieces) : pick(pieces.slice(0, 15));
			text += pick(styles)(piece.repeat(1 + Math.floor(random() * 8)));
		}

		rows.push(text);
	}

	return rows.join('\n');
}

type Operation = {type: 'write'; x: number; y: number; text: string} | {type: 'clip'; clip: Clip} | {type: 'unclip'};

function randomFrame(random: () => number, width: number, height: number, hostile: boolean): Operation[] {
	const operations: Operation[] = [];
	let clips = 0;
	for (let count = 1 + Math.floor(random() * 12); count > 0; count--) {
		const roll = random();
		if (roll < 0.15) {
			const x1 = Math.floor(random() * width);
			const y1 = Math.floor(random() * height);
			operations.push({type: 'clip', clip: {x1, x2: x1 + Math.floor(random() * width), y1, y2: y1 + Math.floor(random() * height)}});
			clips++;
		} else if (roll < 0.22 && clips > 0) {
			operations.push({type: 'unclip'});
			clips--;
		} else {
			// Mostly in the row, sometimes past its end.
			const x = Math.floor(random() * (width + 4));
			operations.push({type: 'write', x, y: Math.floor(random() * height), text: randomText(random, 1 + Math.floor(random() * 3), hostile)});
		}
	}

	return operations;
}

function draw(output: ReferenceOutput, operations: Operation[]): string[] {
	for (const operation of operations) {
		if (operation.type === 'write') output.write(operation.x, operation.y, operation.text, {transformers: []});
		else if (operation.type === 'clip') output.clip(operation.clip);
		else output.unclip();
	}

	return output.get().output.split('\n');
}

for (const hostile of [false, true]) {
	test(`frames look as unpatched Ink draws them (${hostile ? 'with wide, combining and control characters' : 'one-column characters'})`, t => {
		const random = seededRandom(hostile ? 11 : 5);
		let rows = 0;
		// Small frames, so pieces meet, overlap and run past the edge often; drawn again, to go through the caches.
		for (let frame = 0; frame < 800; frame++) {
			const width = 5 + Math.floor(random() * 30);
			const height = 1 + Math.floor(random() * 4);
			const operations = randomFrame(random, width, height, hostile);
			const expected = draw(new ReferenceOutput({width, height}), operations);
			for (let pass = 0; pass < 2; pass++) {
				const actual = draw(new Output({width, height}), operations);
				t.is(actual.length, expected.length);
				for (const [index, row] of expected.entries()) {
					if (JSON.stringify(shown(actual[index]!)) !== JSON.stringify(shown(row))) {
						t.fail(`frame ${frame} row ${index} differs: ${JSON.stringify(actual[index])} vs ${JSON.stringify(row)}\n${JSON.stringify(operations)}`);
						return;
					}

					// The cells the incremental renderer diffs (painted from a joined row's pieces on demand, or
					// tokenized from the row when its pieces are no longer kept: log-update.js) show the same.
					const cells = cellsOfRow(actual[index]!) ?? styledCharsFromTokens(tokenize(actual[index]!));
					if (JSON.stringify(shown(cellsToString(cells))) !== JSON.stringify(shown(row))) {
						t.fail(`frame ${frame} row ${index}: its cells differ from ${JSON.stringify(row)}\n${JSON.stringify(operations)}`);
						return;
					}

					rows++;
				}
			}
		}

		t.true(rows > 2500);
	});
}

test('Ink\'s sanitiser keeps and strips what unpatched Ink keeps and strips', t => {
	const random = seededRandom(17);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
	// SGR codes (kept), other sequences a hostile string could hold (stripped), and broken ones.
	const parts = [
		'a', 'word ', '│', 'é', '漢', '\t', '\u001B[31m', '\u001B[1;4m', '\u001B[38;2;1;2;3m', '\u001B[38:5:3m', '\u001B[m', '\u001B[0m',
		'\u001B[2J', '\u001B[H', '\u001B[?1049h', '\u001B[1 m', '\u001B[>1m', '\u001B]0;title\u0007', '\u001B]8;;https://x\u001B\\', '\u001BP1$r\u001B\\',
		'\u001B7', '\u001B', '\u001B[', '\u001B[12', '\u009B31m', '\u009D0;t\u009C', '\u0085', '\u001B\u001B[31m',
	];
	let compared = 0;
	for (let index = 0; index < 20_000; index++) {
		let text = '';
		for (let count = Math.floor(random() * 8); count >= 0; count--) text += pick(parts);
		const expected = referenceSanitize(text);
		if (sanitizeAnsi(text) !== expected) {
			t.fail(`${JSON.stringify(text)}: ${JSON.stringify(sanitizeAnsi(text))} vs ${JSON.stringify(expected)}`);
			return;
		}

		compared++;
	}

	t.is(compared, 20_000);
});
