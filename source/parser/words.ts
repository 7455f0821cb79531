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
	const slice = text.slice(from, to);
	for (const match of slice.matchAll(wordPattern)) {
		const token = match[0];
		const start = from + match.index;
		out.push({text: token, lower: token.toLowerCase().replace(/’/g, "'"), start, end: start + token.length});
	}

	return out;
}

/** Punctuation that ends a clause for the purposes of linking a number to its verb. */
export function isHardBoundary(word: Word): boolean {
	return word.text === ';' || word.text === ':' || word.text === '—' || word.text === '–' || word.text === '.' || word.text === '?' || word.text === '!' || word.text === '"' || word.text === '“' || word.text === '”';
}
