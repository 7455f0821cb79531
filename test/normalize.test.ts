import test from 'ava';
import {normalizeLine, normalizeText, visibleEscape} from '../source/parser/normalize.js';
import {parseStory} from '../source/parser/index.js';

test('a lone carriage return becomes a newline, so it cannot overwrite what came before', t => {
	t.is(normalizeText('Ten people died\rNo one died'), 'Ten people died\nNo one died');
	t.is(normalizeText('a\r\nb\rc\n'), 'a\nb\nc\n');
	t.is(normalizeText('a\u000Bb\u000Cc\u0085d\u2028e\u2029f'), 'a\nb\nc\nd\ne\nf');
});

test('ESC is made visible and the rest of its sequence stays inert text', t => {
	t.is(normalizeText('\u001B]0;pwned\u0007Title'), `${visibleEscape}]0;pwnedTitle`);
	t.is(normalizeText('\u001B[2J\u001B[H'), `${visibleEscape}[2J${visibleEscape}[H`);
	t.false(normalizeText('x\u001By').includes('\u001B'));
});

test('other C0, DEL and C1 controls (incl. the one-byte CSI) are removed; tabs become spaces', t => {
	t.is(normalizeText('a\u0000b\u0007c\u0008d\u007Fe\u009B31mf\u0090g\u009Ch'), 'abcde31mfgh');
	t.is(normalizeText('col1\tcol2'), 'col1 col2');
	// eslint-disable-next-line no-control-regex
	t.notRegex(normalizeText(String.fromCodePoint(...Array.from({length: 160}, (_, index) => index))), /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
});

test('backspace overwrites cannot hide text: both halves stay', t => {
	t.is(normalizeText('safe\b\b\b\bDEAD'), 'safeDEAD');
});

test('bidi overrides, isolates and marks are removed', t => {
	t.is(normalizeText('abc\u202Eevil\u202C\u2066x\u2069\u200Ey\u200F\u061C'), 'abcevilxy');
});

test('zero-width and tag characters are removed, emoji and ZWNJ stay', t => {
	t.is(normalizeText('a\u200Bb\u2060c\uFEFFd'), 'abcd');
	t.is(normalizeText('👨\u200D👩\u200D👧'), '👨👩👧');
	t.is(normalizeText('می\u200Cخواهم'), 'می\u200Cخواهم');
	t.is(normalizeText('🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC7F'), '🏴');
});

test('a flood of combining marks is cut to four per character', t => {
	const flood = 'Z' + '\u0301'.repeat(500) + 'a';
	t.is(normalizeText(flood), 'Z' + '\u0301'.repeat(4) + 'a');
	t.is(normalizeText('café'.normalize('NFD')), 'café'.normalize('NFD'));
});

test('unpaired surrogates become U+FFFD; wide characters are kept', t => {
	t.is(normalizeText('a\uD800b\uDC00c'), 'a\uFFFDb\uFFFDc');
	t.is(normalizeText('北京 😀'), '北京 😀');
});

test('normalising twice changes nothing', t => {
	const raw = 'x\u001B[31m\r\ny\u202Ez\u200D\t' + 'e' + '\u0301'.repeat(9);
	t.is(normalizeText(normalizeText(raw)), normalizeText(raw));
});

test('metadata lines are sanitised and kept on one line', t => {
	t.is(normalizeLine('  Big\r\nnews\u001B]0;x\u0007 '), `Big news${visibleEscape}]0;x`);
});

test('the parsed model is sanitised and its offsets index into the sanitised text', t => {
	const raw = 'KABUL (AP) \u001B]52;c;ZXZpbA==\u0007Ten people died\rNo one died in \u202EKabul on Monday, police said.\n\nSecond\tparagraph \u009B2J here.';
	const story = parseStory(raw, {title: 'Title\u001B[2J', source: 'a\u0007.txt', url: 'http://x/\u001B]8;;', date: '2024-01-01'});
	// eslint-disable-next-line no-control-regex
	const unsafe = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
	t.notRegex(story.text, unsafe);
	t.notRegex(JSON.stringify({...story, text: ''}).replace(/\\n/g, ''), /\\u00(?:[01][0-9a-f]|7f|[89][0-9a-f])/i);
	for (const value of [story.title, story.source, story.url]) t.notRegex(value ?? '', unsafe);
	t.true(story.text.includes('Ten people died\nNo one died'));
	for (const span of [...story.paragraphs, ...story.sentences]) {
		t.true(span.start >= 0 && span.end <= story.text.length && span.start <= span.end);
	}

	for (const entity of story.entities) {
		for (const mention of entity.mentions) t.true(mention.end <= story.text.length);
	}
});

test('emoji variation selectors are removed: terminals and string-width disagree on their width', t => {
	t.is(normalizeText('I ❤️ it ☕︎'), 'I ❤ it ☕');
});

test('every code unit of the Basic Multilingual Plane is kept, replaced or removed as the rules say', t => {
	// The rules at the top of normalize.ts, written out again here: a quick check decides which stories go
	// through the replacing passes, and it must send every one they would change.
	const expected = (code: number): string => {
		if ([0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029].includes(code)) return '\n';
		if (code === 0x09) return ' ';
		if (code === 0x1B) return '\u241B';
		if ((code < 0x20 && code !== 0x0A) || (code >= 0x7F && code <= 0x9F)) return '';
		if ((code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069) || [0x200E, 0x200F, 0x061C].includes(code)) return '';
		if ([0x200B, 0x200D, 0xFEFF, 0x180E, 0xFE0E, 0xFE0F].includes(code) || (code >= 0x2060 && code <= 0x2064)) return '';
		return String.fromCharCode(code);
	};

	const wrong: string[] = [];
	for (let code = 0; code < 0x10000; code++) {
		if (code >= 0xD800 && code <= 0xDFFF) continue;
		const character = String.fromCharCode(code);
		if (normalizeText(`a${character}b`) !== `a${expected(code)}b`) wrong.push(code.toString(16));
	}

	t.deepEqual(wrong, []);
});
