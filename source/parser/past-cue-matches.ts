// Where the past-event and other-event patterns match in the sentences that hold a figure. Every alternative
// of those patterns starts with `\b` and one of a few words ("last", "years", "a", "in", "deadliest" …), so
// the pattern is tried (sticky) only where such a word starts, instead of scanning on to the next match: most
// stories have none, and that scan read the whole text for each story (a tenth of the figure stage).
import type {Word} from './words.js';
import {isAsciiLetter, isAsciiLetterOrDigit} from './char-codes.js';

export type Span = {start: number; end: number};

/**
 * Finds the matches of `pattern` that start in sentences asked for in text order, as a search from each
 * sentence's start would find them: leftmost first, each next one after the end of the one before. A match that
 * runs past its sentence's end is no cue of it but still uses its text up. A match of group 1 starts at the
 * sentence's start ("the group responsible for …" speaks of what it did before: the sentence up to it is about
 * that). The pattern is compiled and its leading words read once; each story gets its own finder.
 */
export function patternCues(pattern: RegExp): (text: string) => (start: number, end: number, ws: Word[]) => Span[] {
	const sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
	const leads = leadingWords(pattern.source);
	return text => {
		// Where the last match ended: no match starts inside it.
		let consumed = 0;
		const matchAt = (position: number, start: number, end: number, cues: Span[]) => {
			sticky.lastIndex = position;
			const match = sticky.exec(text);
			if (match === null) return;
			const cueEnd = position + match[0].length;
			if (cueEnd <= end) cues.push({start: match[1] === undefined ? position : start, end: cueEnd});
			consumed = cueEnd;
		};

		return (start, end, ws) => {
			const cues: Span[] = [];
			for (const word of ws) {
				if (word.end <= consumed) continue;
				// A word of ASCII letters only can start a match only as a whole: the pattern's words end at \s or \b.
				if (word.start >= consumed && isAsciiWord(text, word)) {
					if (leads.has(word.lower)) matchAt(word.start, start, end, cues);
					continue;
				}

				// Inside "ex-prisoner", "Khan's" or a word with a letter outside ASCII, \b can fall mid-word.
				for (let position = Math.max(word.start, consumed); position < word.end; position++) {
					if (position >= consumed && startsAsciiWord(text, position)) matchAt(position, start, end, cues);
				}
			}

			return cues;
		};
	};
}

/** A regex word character without the u flag: [A-Za-z0-9_]. */
function isAsciiWordCharacter(code: number): boolean {
	return isAsciiLetterOrDigit(code) || code === 95;
}

/** Where \b then a letter can match: an ASCII letter after anything but a word character. */
function startsAsciiWord(text: string, position: number): boolean {
	return isAsciiLetter(text.charCodeAt(position)) && (position === 0 || !isAsciiWordCharacter(text.charCodeAt(position - 1)));
}

/** The word is ASCII letters only and no ASCII letter follows it (a sentence may end mid-word). */
function isAsciiWord(text: string, word: Word): boolean {
	for (let index = word.start; index < word.end; index++) if (!isAsciiLetter(text.charCodeAt(index))) return false;
	return !isAsciiLetter(text.charCodeAt(word.end));
}

/**
 * The words a match can start with, read from the pattern's source: each top-level alternative must be `\b`, then
 * a word or a group of words (`(?:last|past)`, `(responsible for)`), then `\s`, `\b` or a space. Anything else
 * throws, so an alternative of another shape is noticed instead of silently never matching.
 */
export function leadingWords(source: string): Set<string> {
	const leads = new Set<string>();
	for (const alternative of topLevelAlternatives(source)) {
		const shape = /^\\b(?:\(\?:([a-z]+(?:\|[a-z]+)*)\)|\(?([a-z]+))(?:\\s|\\b| )/.exec(alternative);
		if (shape === null) throw new Error(`Unexpected start of a cue pattern alternative: ${alternative}`);
		for (const word of (shape[1] ?? shape[2]).split('|')) leads.add(word);
	}

	return leads;
}

function topLevelAlternatives(source: string): string[] {
	const alternatives: string[] = [];
	let depth = 0;
	let inClass = false;
	let from = 0;
	for (let index = 0; index < source.length; index++) {
		const character = source[index];
		if (character === '\\') index++;
		else if (inClass) inClass = character !== ']';
		else if (character === '[') inClass = true;
		else if (character === '(') depth++;
		else if (character === ')') depth--;
		else if (character === '|' && depth === 0) {
			alternatives.push(source.slice(from, index));
			from = index + 1;
		}
	}

	alternatives.push(source.slice(from));
	return alternatives;
}
