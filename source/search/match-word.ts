// Matches one folded query word against the vocabulary: which name words it hits, how well,
// and which entities it hits as an acronym. fuse.js scores the typos, but only over a short
// list of words that share enough letter pairs with the query (a bigram prefilter), never
// over every name.
import Fuse from 'fuse.js';
import {level} from './levels.js';
import {consonants, skeleton} from './skeleton.js';
import {bigrams, forEachStringWithPrefix, forEachWithPrefix, type NameTables} from './tables.js';

/** How a name word was hit, for highlighting: the whole word, its first `length` letters, or `word` inside it. */
export type WordHit = {score: number; prefix?: number; infix?: string};

export type WordMatch = {
	/** Word id → hit. */
	words: Map<number, WordHit>;
	/** Entity → acronym score. */
	acronyms: Map<number, number>;
	/** Acronyms that matched, for highlighting initials. */
	acronymTexts: Set<string>;
};

/** fuse.js threshold: about one typo in three letters. */
const fuzzyThreshold = 0.34;
/** At most this many words go to fuse.js per query word. */
const fuzzyCandidates = 300;

function better(words: Map<number, WordHit>, id: number, hit: WordHit) {
	const existing = words.get(id);
	if (!existing || existing.score < hit.score) words.set(id, hit);
}

/** Every way `word` hits the vocabulary except typos. */
export function matchWord(tables: NameTables, word: string): WordMatch {
	const words = new Map<number, WordHit>();
	const acronymMatches = new Map<number, number>();
	const acronymTexts = new Set<string>();
	const {words: vocabulary, skeletons} = tables;

	forEachWithPrefix(tables.sortedWords, vocabulary, word, id => {
		const length = vocabulary[id].length;
		better(words, id, length === word.length ? {score: level.exact} : {score: level.prefix + (0.1 * word.length) / length, prefix: word.length});
	});

	const shape = skeleton(word);
	const skeletonId = tables.skeletonIds.get(shape);
	if (skeletonId !== undefined) for (const id of tables.skeletonWords[skeletonId]) better(words, id, {score: level.skeleton});
	if (shape.length >= 3) {
		forEachWithPrefix(tables.sortedSkeletons, skeletons, shape, id => {
			const score = level.skeletonPrefix + (0.05 * shape.length) / skeletons[id].length;
			for (const wordId of tables.skeletonWords[id]) better(words, wordId, {score});
		});
	}

	const bones = consonants(shape);
	if (bones.length >= 3 && word.length >= 4) for (const id of tables.consonantWords.get(bones) ?? []) better(words, id, {score: level.consonants});

	if (word.length >= 3) {
		forEachContaining(tables, word, id => better(words, id, {score: level.infix, infix: word}));
	}

	const exactAcronym = tables.acronymEntities.get(word);
	if (word.length >= 2 && exactAcronym !== undefined) {
		acronymTexts.add(word);
		for (const entity of typeof exactAcronym === 'number' ? [exactAcronym] : exactAcronym) acronymMatches.set(entity, level.acronym);
	}

	if (word.length >= 2) {
		forEachStringWithPrefix(tables.sortedAcronyms, word, acronym => {
			if (acronym === word || acronym.length < 3) return;
			acronymTexts.add(acronym);
			const list = tables.acronymEntities.get(acronym)!;
			for (const entity of typeof list === 'number' ? [list] : list) {
				if (!acronymMatches.has(entity)) acronymMatches.set(entity, level.acronymPrefix);
			}
		});
	}

	return {words, acronyms: acronymMatches, acronymTexts};
}

/** Typos of `word`, scored by fuse.js: hits on the word and on its transliteration skeleton. */
export function matchTypos(tables: NameTables, word: string): Map<number, WordHit> {
	const words = new Map<number, WordHit>();
	if (word.length < 4) return words;
	fuzzy(word, tables.words, tables.wordBigrams, (id, score) => better(words, id, {score}));
	const shape = skeleton(word);
	if (shape.length >= 4) {
		fuzzy(shape, tables.skeletons, tables.skeletonBigrams, (id, score) => {
			for (const wordId of tables.skeletonWords[id]) better(words, wordId, {score});
		});
	}

	return words;
}

/** Shared-bigram counters, one per string; reused across queries (cleared through the touched list). */
const counters = new WeakMap<string[], Uint16Array>();

/** Scores typos with fuse.js over the strings sharing the most letter pairs with `word`. */
function fuzzy(word: string, strings: string[], index: Map<string, number[]>, visit: (id: number, score: number) => void) {
	let counts = counters.get(strings);
	if (!counts || counts.length < strings.length) {
		counts = new Uint16Array(strings.length);
		counters.set(strings, counts);
	}

	const pairs = bigrams(word);
	const touched: number[] = [];
	for (const pair of pairs) {
		const posting = index.get(pair);
		if (!posting) continue;
		for (const id of posting) if (counts[id]++ === 0) touched.push(id);
	}

	// A typo breaks at most two pairs (three for a swap); keep strings that lost no more than four,
	// the ones sharing most pairs first.
	const needed = Math.max(1, pairs.length - 4);
	const byCount: number[][] = Array.from({length: pairs.length + 1}, () => []);
	for (const id of touched) {
		if (counts[id] >= needed) byCount[counts[id]].push(id);
		counts[id] = 0;
	}

	const ids: number[] = [];
	for (let count = pairs.length; count >= needed && ids.length < fuzzyCandidates; count--) {
		for (const id of byCount[count]) {
			if (ids.length >= fuzzyCandidates) break;
			ids.push(id);
		}
	}

	if (ids.length === 0) return;
	const fuse = new Fuse(ids.map(id => strings[id]), {
		includeScore: true,
		threshold: fuzzyThreshold,
		ignoreLocation: true,
		ignoreFieldNorm: true,
		isCaseSensitive: true,
		shouldSort: false,
	});
	for (const result of fuse.search(word)) {
		const id = ids[result.refIndex];
		const fuseScore = result.score ?? fuzzyThreshold;
		const lengthGap = Math.min(5, Math.abs(strings[id].length - word.length));
		const score = level.fuzzyBest - ((level.fuzzyBest - level.fuzzyWorst) * fuseScore) / fuzzyThreshold - 0.01 * lengthGap;
		visit(id, Math.max(level.fuzzyWorst, score));
	}
}

/** Words containing `word` (longer than it): checked only among the words sharing its rarest letter pair. */
export function forEachContaining(tables: NameTables, word: string, visit: (id: number) => void) {
	if (word.length < 2) {
		for (const [id, candidate] of tables.words.entries()) if (candidate.length > word.length && candidate.includes(word)) visit(id);
		return;
	}

	let rarest: number[] | undefined;
	for (const pair of bigrams(word)) {
		const posting = tables.wordBigrams.get(pair) ?? [];
		if (!rarest || posting.length < rarest.length) rarest = posting;
	}

	for (const id of rarest ?? []) {
		const candidate = tables.words[id];
		if (candidate.length > word.length && candidate.includes(word)) visit(id);
	}
}
