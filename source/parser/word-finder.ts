// Finds where a fixed set of words occurs in a text, in one pass and without
// allocating per word: the timeline asks "does this story say 'ago' (or 'week',
// or 'Monday') at all, and where?" before it runs the rules that need one, and a
// scan per question was most of its time.
//
// A word here is a maximal run of ASCII letters, compared without case. That is
// what the rules' patterns see as a word too: they are not Unicode patterns, so
// their \b treats every character outside [A-Za-z0-9_] as a boundary and their
// caseless matching never maps a non-ASCII letter onto an ASCII one. A literal
// word a pattern brackets with \b, \s or punctuation is therefore always a whole
// run here (a run may also touch a digit or "_", where \b would not: it is then
// found here and the pattern, run after, decides).

export type WordHits = {
	/** The vocabulary word (lower case) of each hit, in text order. */
	words: string[];
	starts: number[];
	ends: number[];
};

/** A vocabulary ready to look up: each word by the hash of its letters. */
export type Vocabulary = {
	byHash: ReadonlyMap<number, string>;
	/** Whether any word's hash has these low bits: most words of a text are turned away here, before the Map. */
	maybe: Uint8Array;
	longest: number;
};

const filterBits = 4095;

/**
 * A letter's place in the alphabet (0–25, either case), or a number outside 0–25 for any other code, NaN
 * (past the end of the text) included: setting bit 5 folds A–Z onto a–z, and nothing else lands there.
 */
function letterIndex(code: number): number {
	return ((code | 0x20) - 97) >>> 0;
}

/** The hash `findWords` computes for a run of letters, without case ("a" counts 1, so "am" and "m" differ). */
function hashStep(hash: number, letter: number): number {
	return (Math.imul(hash, 31) + letter + 1) | 0;
}

export function vocabulary(words: Iterable<string>): Vocabulary {
	const byHash = new Map<number, string>();
	const maybe = new Uint8Array(filterBits + 1);
	let longest = 0;
	for (const word of words) {
		if (!/^[a-z]+$/.test(word)) throw new Error(`not a lower-case ASCII word: ${word}`);
		let hash = 0;
		for (let index = 0; index < word.length; index++) hash = hashStep(hash, letterIndex(word.charCodeAt(index)));
		const other = byHash.get(hash);
		// Two words with one hash would hide one of them: a change of the hash would be needed.
		if (other !== undefined && other !== word) throw new Error(`hash collision: ${word}, ${other}`);
		byHash.set(hash, word);
		maybe[hash & filterBits] = 1;
		longest = Math.max(longest, word.length);
	}

	return {byHash, maybe, longest};
}

/** Whether the letters at text[start…] are `word` without case (`findWords` has checked they are ASCII letters). */
function sameWithoutCase(text: string, start: number, word: string): boolean {
	for (let index = 0; index < word.length; index++) {
		if ((text.charCodeAt(start + index) | 0x20) !== word.charCodeAt(index)) return false;
	}

	return true;
}

/** Every whole word of `text` that is in `known`, in text order. */
export function findWords(text: string, known: Vocabulary): WordHits {
	const hits: WordHits = {words: [], starts: [], ends: []};
	const {byHash, maybe, longest} = known;
	let index = 0;
	while (index < text.length) {
		let letter = letterIndex(text.charCodeAt(index));
		if (letter >= 26) {
			index++;
			continue;
		}

		const start = index;
		let hash = 0;
		do {
			hash = hashStep(hash, letter);
			letter = letterIndex(text.charCodeAt(++index));
		} while (letter < 26);

		if (index - start > longest || maybe[hash & filterBits] === 0) continue;
		const word = byHash.get(hash);
		if (word !== undefined && word.length === index - start && sameWithoutCase(text, start, word)) {
			hits.words.push(word);
			hits.starts.push(start);
			hits.ends.push(index);
		}
	}

	return hits;
}
