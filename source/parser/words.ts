// A small word tokenizer with offsets, shared by the figure, attribution and
// timeline stages. One regex pass per sentence keeps those stages linear-time.

export type Word = {
	/** The token as written. */
	text: string;
	/** Lowercased, curly apostrophes straightened: what word lists compare against. */
	lower: string;
	start: number;
	end: number;
};

// Digits with separators ("1,200", "1:10", "18.9"), dotted abbreviations ("a.m.",
// "U.S."), words with inner hyphens or apostrophes ("twenty-one", "Khan's";
// "21-year-old" is "21" "-" "year-old"), or any single other character
// (punctuation matters for clause edges).
const wordPattern = /\d(?:[\d,.:]*\d)?|(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}]*(?:['’\-][\p{L}\p{M}]+)*|[^\s\p{L}\p{N}]/gu;

/** The words of text[from, to), with offsets into text. */
export function words(text: string, from = 0, to = text.length): Word[] {
	const out: Word[] = [];
	// Scan the whole text from `from` rather than a slice of it: no copy per sentence.
	wordPattern.lastIndex = from;
	for (let match = wordPattern.exec(text); match !== null && match.index < to; match = wordPattern.exec(text)) {
		let token = match[0];
		if (match.index + token.length > to) token = token.slice(0, to - match.index);
		const start = match.index;
		let lower = token.toLowerCase();
		if (lower.includes('’')) lower = lower.replace(/’/g, "'");
		out.push({text: token, lower, start, end: start + token.length});
	}

	return out;
}

/** Punctuation that ends a clause for the purposes of linking a number to its verb. */
export function isHardBoundary(word: Word): boolean {
	return word.text === ';' || word.text === ':' || word.text === '—' || word.text === '–' || word.text === '.' || word.text === '?' || word.text === '!' || word.text === '"' || word.text === '“' || word.text === '”';
}

/**
 * Answers "does text[start, end) contain a match of `pattern`?" for spans asked in
 * increasing order, in linear time overall: the next match is remembered, so a
 * long run of spans without one does not rescan the rest of the text each time.
 */
export function hintScanner(text: string, pattern: RegExp): (start: number, end: number) => boolean {
	const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
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
