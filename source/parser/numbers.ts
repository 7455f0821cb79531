// Numbers as news stories write them: digits ("25", "1,200", "1.5 million"),
// words ("five", "twenty-one", "a dozen", "two hundred and fifty") and vague
// plurals ("dozens", "hundreds", "tens of thousands").
//
// Vague plurals get the smallest count the word allows, kept with the qualifier
// "at least": "dozens" is at least 24 (two dozen), "scores" at least 40,
// "hundreds" at least 200, "thousands" at least 2,000. That never overstates a
// toll and still ranks "hundreds" above "dozens" when totals are compared.
import type {Word} from './words.js';
import {recordHas, recordReader} from './word-records.js';

export type NumberMention = {
	value: number;
	/** Index of the first and one past the last word of the number. */
	first: number;
	last: number;
	start: number;
	end: number;
	/** A vague plural ("dozens"): the value is a lower bound. */
	vague: boolean;
	/** Written in digits. */
	digits: boolean;
};

const units: Record<string, number> = {
	zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
	eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
	twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

const scales: Record<string, number> = {hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000};

const vaguePlurals: Record<string, number> = {dozens: 24, scores: 40, hundreds: 200, thousands: 2000, millions: 2_000_000};

// The records above, read by Maps with the same answers (see word-records.ts).
const isScale = recordHas(scales);
const scaleValue = recordReader(scales);
const isVaguePlural = recordHas(vaguePlurals);
const vaguePluralOf = recordReader(vaguePlurals);

export const ordinals = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);

const digitPattern = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

const unitValues = new Map(Object.entries(units));
// Words a number can start with: everything else is rejected before any other work (this runs on every word).
const numberStarts = new Set([...Object.keys(units), ...Object.keys(vaguePlurals), 'a', 'an', 'tens', 'both']);
/**
 * Where a word's first two characters go in numberHeads: ASCII codes as they are, a second character that is
 * missing or outside ASCII as 128 (the table then says "maybe"); slot 0 (a NUL and a NUL, never set) for an
 * empty word or a first character outside ASCII, where no number word starts.
 */
function headSlot(lower: string): number {
	const first = lower.charCodeAt(0);
	if (!(first < 128)) return 0;
	const second = lower.charCodeAt(1);
	return first * 129 + (second < 128 ? second : 128);
}

// The first two characters of the words a number can start with, and "a-" (a hyphenated word whose first part
// is "a"), as a table: most words start with none of them and are turned away without a lookup (this runs on
// every word).
const numberHeads = new Uint8Array(128 * 129);
for (const word of [...numberStarts, 'a-']) numberHeads[headSlot(word)] = 1;

/** The value of one number word, including hyphenated ones ("twenty-one"); undefined otherwise. */
export function numberWordValue(lower: string): number | undefined {
	const value = unitValues.get(lower);
	if (value !== undefined) return value;
	if (!lower.includes('-')) return undefined;
	const parts = lower.split('-');
	if (parts.length === 2 && parts[0] in units && parts[1] in units && units[parts[0]] >= 20 && units[parts[0]] % 10 === 0 && units[parts[1]] < 10) {
		return units[parts[0]] + units[parts[1]];
	}

	return undefined;
}

function mention(words: Word[], first: number, value: number, last: number, vague: boolean, digits: boolean): NumberMention {
	return {value, first, last, start: words[first].start, end: words[last - 1].end, vague, digits};
}

/** Reads the number that starts at words[index], or returns null. */
export function readNumber(words: Word[], index: number): NumberMention | null {
	const word = words[index];
	if (!word) return null;
	const code = word.text.charCodeAt(0);
	const isDigit = code >= 48 && code <= 57;
	if (!isDigit && numberHeads[headSlot(word.lower)] !== 1) return null;
	if (!isDigit && !numberStarts.has(word.lower) && !(word.lower.includes('-') && numberStarts.has(word.lower.slice(0, word.lower.indexOf('-'))))) return null;

	if (digitPattern.test(word.text)) {
		let value = Number(word.text.includes(',') ? word.text.replace(/,/g, '') : word.text);
		let last = index + 1;
		const scale = words[last]?.lower;
		if (scale && isScale(scale) && scale !== 'hundred') {
			value *= scaleValue(scale)!;
			last++;
		}

		return mention(words, index, value, last, false, true);
	}

	// "tens of thousands" (at least 20,000), "hundreds of thousands" (at least 200,000): the smallest plural of a plural.
	const scaleOf = words[index + 1]?.lower === 'of' ? words[index + 2]?.lower : undefined;
	if ((word.lower === 'tens' || word.lower === 'hundreds') && (scaleOf === 'thousands' || scaleOf === 'millions')) {
		const base = word.lower === 'tens' ? 20 : 200;
		return mention(words, index, base * (scaleOf === 'thousands' ? 1000 : 1_000_000), index + 3, true, false);
	}

	if (isVaguePlural(word.lower)) return mention(words, index, vaguePluralOf(word.lower)!, index + 1, true, false);

	// "both drivers": two, when a plural noun follows ("both the city and …" is no count).
	if (word.lower === 'both') {
		const next = words[index + 1];
		return next && /^\p{Ll}+s$/u.test(next.text) ? mention(words, index, 2, index + 1, false, false) : null;
	}

	// "a dozen", "a hundred", "a thousand"; "a third (man)" is one more person, "a third of" a fraction.
	if ((word.lower === 'a' || word.lower === 'an') && words[index + 1]) {
		const next = words[index + 1].lower;
		if (next === 'dozen') return mention(words, index, 12, index + 2, false, false);
		if (ordinals.has(next) && words[index + 2]?.lower !== 'of') return mention(words, index, 1, index + 2, false, false);
		if (isScale(next)) return continueWords(words, index, index + 2, scaleValue(next)!);
		return null;
	}

	const value = numberWordValue(word.lower);
	if (value === undefined) return null;
	return continueWords(words, index, index + 1, value);
}

/** Extends a number word with scales and tails: "two hundred and fifty", "three thousand", "two dozen". */
function continueWords(words: Word[], first: number, next: number, value: number): NumberMention {
	let total = 0;
	let current = value;
	let last = next;
	while (last < words.length) {
		const lower = words[last].lower;
		if (lower === 'dozen') {
			current *= 12;
			last++;
			continue;
		}

		if (isScale(lower)) {
			current *= scaleValue(lower)!;
			if (scaleValue(lower)! >= 1000) {
				total += current;
				current = 0;
			}

			last++;
			continue;
		}

		// "hundred and fifty", "hundred fifty": a smaller number word after a scale adds on.
		const joined = lower === 'and' ? words[last + 1]?.lower : lower;
		const small = joined === undefined ? undefined : numberWordValue(joined);
		const previous = words[last - 1].lower;
		if (small !== undefined && small < 100 && isScale(previous)) {
			current += small;
			last += lower === 'and' ? 2 : 1;
			continue;
		}

		break;
	}

	return mention(words, first, total + current, last, false, false);
}
