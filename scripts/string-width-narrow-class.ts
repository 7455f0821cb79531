// Prints the character class of the fast path patched into string-width (patches/string-width+8.3.0.patch
// and patches/wrap-ansi++string-width+7.2.0.patch): characters that are certainly one column wide
// and always a grapheme cluster of their own, so a string made only of them is as wide as it is long.
//
// A character qualifies when it lies in a block that news text and terminal chrome use (Latin, Greek,
// Cyrillic, punctuation, currency, arrows, maths, box drawing, blocks, shapes, control pictures…;
// not Miscellaneous Symbols, mostly emoji that terminals disagree on),
// is assigned, is a letter, number, punctuation, symbol or space, is not default-ignorable, has no emoji
// property at all (outside ASCII), and both unpatched string-widths measure it as 1 (with ambiguous
// characters narrow, their default). Blocks without combining marks, Hangul jamo, prepended or spacing
// marks keep every such character its own cluster; test/ui/string-width-patch.test.ts checks all that
// against the unpatched functions and Intl.Segmenter.
// Run: node --import=tsx scripts/string-width-narrow-class.ts
import reference8 from '../test/helpers/string-width-reference/v8.3.0.js';
import reference7 from '../test/helpers/string-width-reference/v7.2.0.js';

const blocks: Array<[number, number]> = [
	[0x20, 0x7E], // ASCII
	[0xA0, 0x24F], // Latin-1 Supplement, Latin Extended-A and -B
	[0x250, 0x2FF], // IPA Extensions, Spacing Modifier Letters
	[0x370, 0x3FF], // Greek and Coptic
	[0x400, 0x52F], // Cyrillic, Cyrillic Supplement
	[0x1E00, 0x1FFF], // Latin Extended Additional (Vietnamese…), Greek Extended
	[0x2000, 0x206F], // General Punctuation
	[0x2070, 0x20CF], // Superscripts and Subscripts, Currency Symbols
	[0x2100, 0x24FF], // Letterlike Symbols … Enclosed Alphanumerics (arrows, maths, technical, control pictures)
	[0x2500, 0x25FF], // Box Drawing, Block Elements, Geometric Shapes
	[0x2700, 0x27BF], // Dingbats (what is left of them once emoji are out: ❯ ✓ ✗ …)
	[0x27C0, 0x2BFF], // Maths, Supplemental Arrows, Braille Patterns, Miscellaneous Symbols and Arrows
	[0x2C60, 0x2C7F], // Latin Extended-C
	[0xA720, 0xA7FF], // Latin Extended-D
	[0xFB00, 0xFB06], // Latin ligatures (ﬁ ﬂ)
];

const qualifies = /^(?=\P{Default_Ignorable_Code_Point})(?=\P{Extended_Pictographic})[\p{L}\p{N}\p{P}\p{S}\p{Zs}]$/u;
const emoji = /\p{Emoji}|\p{Emoji_Component}/u;

export function narrowCodePoints(): number[] {
	const accepted: number[] = [];
	for (const [first, last] of blocks) {
		for (let code = first; code <= last; code++) {
			const character = String.fromCodePoint(code);
			if (!qualifies.test(character)) continue;
			if (code > 0x7E && emoji.test(character)) continue;
			if (reference8(character) !== 1 || reference7(character) !== 1) continue;
			accepted.push(code);
		}
	}

	return accepted;
}

const hex = (code: number) => `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;

export function narrowClass(): string {
	const ranges: Array<[number, number]> = [];
	for (const code of narrowCodePoints()) {
		const last = ranges.at(-1);
		if (last && last[1] === code - 1) last[1] = code;
		else ranges.push([code, code]);
	}

	return ranges.map(([first, last]) => (first === last ? hex(first) : `${hex(first)}-${hex(last)}`)).join('');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const codes = narrowCodePoints();
	const source = narrowClass();
	console.log(`// ${codes.length} characters, ${source.length} characters of class`);
	console.log(source);
}
