// A small word tokenizer with offsets, shared by the figure, attribution and
// timeline stages. One regex pass per sentence keeps those stages linear-time.
import {isAsciiDigit, isAsciiLetter, isSpaceAt} from './char-codes.js';

export type Word = {
	/** The token as written. */
	text: string;
	/** Lowercased, curly apostrophes straightened: what word lists compare against. */
	lower: string;
	start: number;
	end: number;
};

// Tokens: digits with separators ("1,200", "1:10", "18.9"), dotted abbreviations
// ("a.m.", "U.S."), words with inner hyphens or apostrophes ("twenty-one",
// "Khan's"; "21-year-old" is "21" "-" "year-old"), or any single other character
// (punctuation matters for clause edges). A hand-written scanner rather than a
// regex: it runs on every word of every story, and regex match objects were most
// of the parser's garbage.

const nonAsciiLetter = /[\p{L}\p{M}]/u;

function isLetterAt(text: string, index: number): boolean {
	const code = text.charCodeAt(index);
	if (code < 128) return isAsciiLetter(code);
	return nonAsciiLetter.test(text[index]);
}

function isDigitAt(text: string, index: number): boolean {
	return isAsciiDigit(text.charCodeAt(index));
}

/** , . : inside a number ("1,200", "18.9", "1:10"). */
function isNumberSeparator(code: number): boolean {
	return code === 44 || code === 46 || code === 58;
}

/** ' ’ - inside a word ("Khan's", "twenty-one"). */
function isJoiner(code: number): boolean {
	return code === 39 || code === 0x2019 || code === 45;
}

// What a word needs to be lowered: nothing (most words), toLowerCase (ASCII capitals), or that and straightened
// apostrophes (any character outside ASCII; only such a word can hold a curly apostrophe).
const asIs = 0;
const asciiCapitals = 1;
const beyondAscii = 2;

/** What one character asks of the lowering. */
function loweringOfCode(code: number): number {
	if (code >= 128) return beyondAscii;
	return code >= 65 && code <= 90 ? asciiCapitals : asIs;
}

/** What a word asks: the most any of its characters asks. */
function loweringOf(text: string, start: number, end: number): number {
	let lowering = asIs;
	for (let index = start; index < end; index++) lowering = Math.max(lowering, loweringOfCode(text.charCodeAt(index)));
	return lowering;
}

function lowered(token: string, lowering: number): string {
	if (lowering === asIs) return token;
	const lower = token.toLowerCase();
	return lowering === beyondAscii && lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** The words of text[from, to), with offsets into text. */
export function words(text: string, from = 0, to = text.length): Word[] {
	const out: Word[] = [];
	let index = from;
	while (index < to) {
		if (isSpaceAt(text, index)) {
			index++;
			continue;
		}

		const start = index;
		// Digits and their separators need no lowering; the other kinds work it out as they read (see loweringOf).
		let lowering = asIs;
		if (isDigitAt(text, index)) {
			index++;
			while (index < to) {
				if (isDigitAt(text, index)) index++;
				else if (index + 1 < to && isNumberSeparator(text.charCodeAt(index)) && isDigitAt(text, index + 1)) index += 2;
				else break;
			}
		} else if (isLetterAt(text, index)) {
			// "a.m.", "U.S.": single letters each followed by a period, at least twice.
			let dotted = index;
			while (dotted + 1 < to && text.charCodeAt(dotted + 1) === 46 && isLetterAt(text, dotted)) dotted += 2;
			if (dotted - index >= 4) {
				index = dotted;
				lowering = loweringOf(text, start, index);
			} else {
				lowering = loweringOfCode(text.charCodeAt(index));
				index++;
				while (index < to) {
					// ASCII letters go on and other ASCII marks (but the joiners ' and -) end the word, without the general checks.
					const code = text.charCodeAt(index);
					if (code >= 97 && code <= 122) {
						index++;
						continue;
					}

					if (code >= 65 && code <= 90) {
						lowering = Math.max(lowering, asciiCapitals);
						index++;
						continue;
					}

					if (code < 128 && code !== 39 && code !== 45) break;
					// Past here a letter is outside ASCII; a joiner is followed by a letter of any kind.
					if (isLetterAt(text, index)) {
						lowering = beyondAscii;
						index++;
					} else if (index + 1 < to && isJoiner(code) && isLetterAt(text, index + 1)) {
						lowering = Math.max(lowering, loweringOfCode(code), loweringOfCode(text.charCodeAt(index + 1)));
						index += 2;
					} else break;
				}
			}
		} else {
			// One character; a surrogate pair stays whole.
			const code = text.charCodeAt(index);
			lowering = loweringOfCode(code);
			index += code >= 0xd800 && code <= 0xdbff && index + 1 < to ? 2 : 1;
		}

		const token = text.slice(start, index);
		out.push({text: token, lower: lowered(token, lowering), start, end: index});
	}

	return out;
}

/** Punctuation that ends a clause for the purposes of linking a number to its verb. */
export function isHardBoundary(word: Word): boolean {
	return word.text === ';' || word.text === ':' || word.text === '—' || word.text === '–' || word.text === '.' || word.text === '?' || word.text === '!' || word.text === '"' || word.text === '“' || word.text === '”';
}

// One global copy per hint pattern, shared by every story's scanner: each sets lastIndex before its exec, so
// sharing is safe, and compiling a copy per story per pattern was a cost of its own.
const globalCopies = new WeakMap<RegExp, RegExp>();

function globalOf(pattern: RegExp): RegExp {
	let global = globalCopies.get(pattern);
	if (global === undefined) {
		global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
		globalCopies.set(pattern, global);
	}

	return global;
}

/**
 * Answers "does text[start, end) contain a match of `pattern`?" for spans asked in
 * increasing order, in linear time overall: the next match is remembered, so a
 * long run of spans without one does not rescan the rest of the text each time.
 */
export function hintScanner(text: string, pattern: RegExp): (start: number, end: number) => boolean {
	const global = globalOf(pattern);
	let next = -1;
	let searchedFrom = Number.POSITIVE_INFINITY;
	return (start, end) => {
		if (next < start || start < searchedFrom) {
			global.lastIndex = start;
			const match = global.exec(text);
			next = match === null ? Number.POSITIVE_INFINITY : match.index;
			searchedFrom = start;
		}

		return next < end;
	};
}
