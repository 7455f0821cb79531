// The patches to Ink's two ANSI tokenizers (patches/@alcalzone+ansi-tokenize+0.2.5.patch, used for
// every line Ink writes, and patches/slice-ansi+8.0.0.patch, used to clip lines to a pane) cut a
// string made only of string-width's one-column, one-grapheme characters plus ESC and BEL into code
// units instead of running Intl.Segmenter over it. The result must be what the unpatched functions
// give, for styled lines (SGR codes, OSC 8 links) and for everything else.
import {readFileSync} from 'node:fs';
import test from 'ava';
import {tokenize} from '@alcalzone/ansi-tokenize';
import sliceAnsi from 'slice-ansi';
import {tokenize as referenceTokenize} from '../helpers/ansi-tokenize-reference/tokenize.js';
import referenceSliceAnsi from '../helpers/slice-ansi-reference/index.js';
import {seededRandom} from '../helpers/seeded-random.js';
import {narrowClass, narrowCodePoints} from '../../scripts/string-width-narrow-class.js';

const tokenizeFile = new URL('../../node_modules/@alcalzone/ansi-tokenize/build/tokenize.js', import.meta.url);
const sliceAnsiFile = new URL('../../node_modules/slice-ansi/tokenize-ansi.js', import.meta.url);

function narrowTextOf(file: URL): string {
	const match = /^const narrowText = \/\^\[(.+)\]\*\$\/;$/m.exec(readFileSync(file, 'utf8'));
	if (!match) throw new Error(`no narrowText in ${file.pathname}: is the patch applied (npm install runs patch-package)?`);
	return match[1]!;
}

test('both patched tokenizers take string-width\'s class plus ESC and BEL', t => {
	const expected = `${narrowClass()}\\u001B\\u0007`;
	t.is(narrowTextOf(tokenizeFile), expected);
	t.is(narrowTextOf(sliceAnsiFile), expected);
});

test('ESC and BEL are a grapheme of their own beside every character of the class', t => {
	const segmenter = new Intl.Segmenter();
	for (const code of narrowCodePoints()) {
		const character = String.fromCodePoint(code);
		for (const control of ['\u001B', '\u0007']) {
			for (const pair of [character + control, control + character]) {
				if ([...segmenter.segment(pair)].length !== 2) t.fail(`${JSON.stringify(pair)} is one grapheme`);
			}
		}
	}

	t.pass();
});

const narrow = narrowCodePoints().map(code => String.fromCodePoint(code));
const codes = ['\u001B[31m', '\u001B[39m', '\u001B[1;3;31m', '\u001B[22m', '\u001B[38;2;10;20;30m', '\u001B[48;5;236m', '\u001B[0m', '\u001B[7m', '\u001B]8;;https://example.com\u0007', '\u001B]8;;\u0007', '\u001B', '\u0007', '\u001B[', '\u001B]8;'];
const hostile = ['漢', '字', '😀', '👍🏽', '👩‍👩‍👧', '🇹🇯', '#️⃣', '©\uFE0F', '\u0301', '\u0903', '\u200D', '\u00AD', '\r\n', '\n', '\t', '\u009B31m', '\u1100\u1161', 'ｶﾞ'];

function randomLine(random: () => number, withHostile: boolean): string {
	const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
	const length = 1 + Math.floor(random() * 30);
	let text = '';
	for (let index = 0; index < length; index++) {
		const roll = random();
		if (roll < 0.2) text += pick(codes);
		else if (withHostile && roll < 0.3) text += pick(hostile);
		else text += roll < 0.6 ? pick(['a', ' ', '—', '─', '│', '“', '”', '…', 'é']) : pick(narrow);
	}

	return text;
}

test('tokenize gives what the unpatched one gives, on styled lines with and without other characters', t => {
	const random = seededRandom(0xA5_1);
	for (let round = 0; round < 6000; round++) {
		const line = randomLine(random, round % 2 === 1);
		const endChar = round % 3 === 0 ? Math.floor(random() * 20) : undefined;
		const patched = JSON.stringify(tokenize(line, endChar));
		const reference = JSON.stringify(referenceTokenize(line, endChar));
		if (patched !== reference) t.fail(`${JSON.stringify(line)} (endChar ${endChar}): ${patched} vs ${reference}`);
	}

	t.pass();
});

test('sliceAnsi gives what the unpatched one gives, on styled lines with and without other characters', t => {
	const random = seededRandom(0xA5_2);
	for (let round = 0; round < 6000; round++) {
		const line = randomLine(random, round % 2 === 1);
		const start = Math.floor(random() * 12);
		const end = round % 4 === 0 ? undefined : start + Math.floor(random() * 25);
		const patched = sliceAnsi(line, start, end);
		const reference = referenceSliceAnsi(line, start, end);
		if (patched !== reference) t.fail(`${JSON.stringify(line)} [${start}, ${end}): ${JSON.stringify(patched)} vs ${JSON.stringify(reference)}`);
	}

	t.pass();
});

test('a frame line of box drawing and styled text slices and tokenizes as before', t => {
	const line = `\u001B[2m╭──\u001B[22m\u001B[1mNames\u001B[22m${'─'.repeat(30)}0/19╮ “Ziyoyev” — at least 5 … \u001B]8;;https://example.com\u0007link\u001B]8;;\u0007`;
	t.deepEqual(tokenize(line), referenceTokenize(line));
	for (let start = 0; start < 50; start += 7) t.is(sliceAnsi(line, start, start + 20), referenceSliceAnsi(line, start, start + 20));
});
