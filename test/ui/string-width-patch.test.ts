// The string-width patches (patches/string-width+8.3.0.patch for Ink and our panes,
// patches/wrap-ansi++string-width+7.2.0.patch for wrap-ansi) add a fast path: a string made only
// of characters of one class (narrowRun) is as wide as it is long. That holds only if every
// character of the class measures 1 on its own AND no two of them ever join into one grapheme
// cluster; everything else must measure exactly as the unpatched functions do. Checked here
// against the unpatched code (test/helpers/string-width-reference) and Intl.Segmenter.
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import test from 'ava';
import stringWidth8 from 'string-width';
import stringWidth7 from '../../node_modules/wrap-ansi/node_modules/string-width/index.js';
import reference8 from '../helpers/string-width-reference/v8.3.0.js';
import reference7 from '../helpers/string-width-reference/v7.2.0.js';
import {seededRandom} from '../helpers/seeded-random.js';
import {narrowClass} from '../../scripts/string-width-narrow-class.js';

const require = createRequire(import.meta.url);
const patched8File = require.resolve('string-width');
const patched7File = new URL('../../node_modules/wrap-ansi/node_modules/string-width/index.js', import.meta.url);

/** The class the patched file's fast path accepts, read from its source. */
function narrowRunOf(file: string | URL): RegExp {
	const match = /^const narrowRun = \/\^\[(.+)\]\+\$\/;$/m.exec(readFileSync(file, 'utf8'));
	if (!match) throw new Error(`no narrowRun in ${String(file)}: is the patch applied (npm install runs patch-package)?`);
	return new RegExp(`^[${match[1]}]$`);
}

const narrow8 = narrowRunOf(patched8File);
const narrow7 = narrowRunOf(patched7File);

/** Every code point (Unicode scalar, lone surrogates too) the class accepts. */
function acceptedCodePoints(narrow: RegExp): number[] {
	const accepted: number[] = [];
	for (let code = 0; code <= 0x10_FF_FF; code++) {
		if (narrow.test(String.fromCodePoint(code))) accepted.push(code);
	}

	return accepted;
}

const accepted = acceptedCodePoints(narrow8);

const versions = [
	{name: '8.3.0', patched: stringWidth8, reference: reference8},
	{name: '7.2.0', patched: stringWidth7, reference: reference7},
];

test('both patched string-widths carry the same class, the one scripts/string-width-narrow-class.ts makes', t => {
	t.is(narrow8.source, narrow7.source);
	t.is(narrow8.source, `^[${narrowClass()}]$`);
	t.true(accepted.length > 4000);
	// What sitrep's own frames and the bundled story use is in it.
	for (const character of '–—‘’“”…•·×→↑↓←⏎›─│╭╮╰╯┃━▌═║❯␛éÖłЖψ') t.true(narrow8.test(character), character);
});

test('every character of the class is one column on its own, for the unpatched and the patched functions', t => {
	for (const code of accepted) {
		const character = String.fromCodePoint(code);
		for (const {name, patched, reference} of versions) {
			if (reference(character) !== 1) t.fail(`U+${code.toString(16)} is ${reference(character)} columns for the unpatched ${name}`);
			if (patched(character) !== 1) t.fail(`U+${code.toString(16)} is ${patched(character)} columns for the patched ${name}`);
		}
	}

	t.pass();
});

test('no character of the class joins a neighbour into one grapheme cluster', t => {
	// UAX #29 joins two characters only when one of them is Extend, ZWJ or SpacingMark (joins what is
	// before it), Prepend (joins what follows), Hangul jamo or syllable, a regional indicator, or CR LF
	// (controls are zero-width, so out of the class already). A character that splits from a plain
	// letter on either side, from itself, and from a Hangul vowel and trailing jamo is none of those,
	// so no two characters of the class ever join. (Intl.Segmenter is slow on long strings: short probes.)
	const segmenter = new Intl.Segmenter();
	const clusters = (text: string) => [...segmenter.segment(text)].length;
	for (const code of accepted) {
		const character = String.fromCodePoint(code);
		for (const probe of [`a${character}`, `${character}a`, character + character, `${character}\u1161`, `${character}\u11A8`, `\u1100${character}`]) {
			if (clusters(probe) !== 2) t.fail(`U+${code.toString(16)} joins a neighbour: ${JSON.stringify(probe)} is one cluster`);
		}
	}

	t.pass();
});

test('the probes above do catch characters that join', t => {
	const segmenter = new Intl.Segmenter();
	const clusters = (text: string) => [...segmenter.segment(text)].length;
	// A combining accent, a spacing mark (one column alone, yet joins), a prepended mark, a leading jamo, a flag letter.
	t.is(clusters('a\u0301'), 1);
	t.is(clusters('a\u0903'), 1);
	t.is(reference8('\u0903'), 1);
	t.is(clusters('\u0600a'), 1);
	t.is(clusters('\u1100\u1161'), 1);
	t.is(clusters('\u{1F1F9}\u{1F1EF}'), 1);
});

test('every code point of the blocks around the class measures as the unpatched functions measure it', t => {
	const codes: number[] = [];
	for (let code = 0; code < 0x30_00; code++) codes.push(code);
	for (let code = 0xA7_00; code < 0xA8_00; code++) codes.push(code);
	for (let code = 0xFB_00; code < 0xFB_10; code++) codes.push(code);
	for (const code of codes) {
		const character = String.fromCodePoint(code);
		// Ambiguous characters are wide when asked: the fast path must step aside then.
		const optionSets = narrow8.test(character) ? [undefined, {ambiguousIsNarrow: false}] : [undefined];
		for (const {name, patched, reference} of versions) {
			for (const options of optionSets) {
				if (patched(character, options) !== reference(character, options)) {
					t.fail(`U+${code.toString(16)} (${JSON.stringify(options)}): patched ${name} says ${patched(character, options)}, unpatched ${reference(character, options)}`);
				}
			}
		}
	}

	t.pass();
});

const hostile = [
	'漢', '字', 'ｶ', 'ﾞ', '한', '\u1100', '\u1161', '\u11A8', '😀', '👍🏽', '👩‍👩‍👧', '🇹🇯', '#️⃣', '1\u20E3', '©', '©\uFE0F', '™', '↔', '↔\uFE0F', '▶', '☀', '⚠',
	'\u0301', '\u0300', '\u0483', '\u0903', '\u0E33', '\u200B', '\u200D', '\u00AD', '\u2060', '\u202E', '\u2028', '\uFEFF', '\uFE0F', '\uD800',
	'\t', '\n', '\r', '\u001B', '\u007F', '\u0085', '\u009B', '\u001B[31m', '\u001B[0m', '\u001B]8;;https://example.com\u0007', '\u009B1m',
];

test('random strings of the class mixed with hostile characters measure as before, with every option', t => {
	const random = seededRandom(0x5eed);
	const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
	const narrow = accepted.map(code => String.fromCodePoint(code));
	const optionSets = [undefined, {ambiguousIsNarrow: false}, {countAnsiEscapeCodes: true}];
	for (let round = 0; round < 3000; round++) {
		const length = 1 + Math.floor(random() * 12);
		let text = '';
		// Half the strings stay inside the class (the fast path), half take a hostile character or more.
		const hostileShare = round % 2 === 0 ? 0 : 0.25;
		for (let index = 0; index < length; index++) text += random() < hostileShare ? pick(hostile) : pick(narrow);
		for (const {name, patched, reference} of versions) {
			for (const options of optionSets) {
				if (patched(text, options) !== reference(text, options)) {
					t.fail(`${JSON.stringify(text)} (${JSON.stringify(options)}): patched ${name} says ${patched(text, options)}, unpatched ${reference(text, options)}`);
				}
			}
		}
	}

	t.pass();
});

test('a combining flood, ZWJ chains and long runs measure as before', t => {
	const cases = [
		'Zalgo' + '\u0301'.repeat(10_000),
		'e' + '\u0301\u0302\u0303'.repeat(1000) + '—',
		'👩‍'.repeat(200) + '👧',
		'─'.repeat(5000),
		'“Quoted” – dash… ' .repeat(500),
		'╭' + '─'.repeat(118) + '╮',
		'Зиёев — ' + '漢字'.repeat(50),
	];
	for (const text of cases) {
		for (const {name, patched, reference} of versions) t.is(patched(text), reference(text), `${name}: ${text.slice(0, 20)}`);
	}
});
