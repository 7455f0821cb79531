// Matches one folded query word against the vocabulary: which name words it hits, how well,
// and which entities it hits as an acronym. fuse.js scores the typos, but only over a short
// list of words that share enough letter pairs with the query (a bigram prefilter), never
// over every name.
import Fuse from 'fuse.js';
import {level} from './levels.js';
import {acronyms, consonants, skeleton} from './skeleton.js';
import {bigrams, type NameTables} from './tables.js';

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

/** Longer query words get no typo matching: no name word is that long, and edit distance grows with the square of the length. */
const longestTypoWord = 32;
/** fuse.js threshold: about one typo in three letters. */
const fuzzyThreshold = 0.34;
/** At most this many words go to fuse.js per query word. */
const fuzzyCandidates = 300;

/** Levenshtein distance: orders words that share a skeleton by how close their spelling is (Rakhmn: Rakhmon before Rahman). */
function distance(a: string, b: string): number {
	let previous = Array.from({length: b.length + 1}, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		previous = row;
	}

	return previous[b.length];
}

/** A skeleton or consonant level, nudged up (less than the gap to the next level) by spelling closeness. */
function closeness(base: number, word: string, text: string): number {
	const longest = Math.max(word.length, text.length);
	if (longest > longestTypoWord) return base;
	return base + 0.04 * (1 - distance(word, text) / longest);
}

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

	tables.wordPrefixes.forEach(vocabulary, word, id => {
		const length = vocabulary[id].length;
		better(words, id, length === word.length ? {score: level.exact} : {score: level.prefix + (0.1 * word.length) / length, prefix: word.length});
	});

	const shape = skeleton(word);
	const skeletonId = tables.skeletonIds.get(shape);
	if (skeletonId !== undefined) for (const id of tables.skeletonWords[skeletonId]) better(words, id, {score: closeness(level.skeleton, word, vocabulary[id])});
	if (shape.length >= 3) {
		tables.skeletonPrefixes.forEach(skeletons, shape, id => {
			const score = level.skeletonPrefix + (0.05 * shape.length) / skeletons[id].length;
			for (const wordId of tables.skeletonWords[id]) better(words, wordId, {score});
		});
	}

	const bones = consonants(shape);
	if (bones.length >= 3 && word.length >= 4) for (const id of tables.consonantWords.get(bones) ?? []) better(words, id, {score: closeness(level.consonants, word, vocabulary[id])});

	if (word.length >= 3) {
		forEachContaining(tables, word, id => better(words, id, {score: level.infix, infix: word}));
	}

	const exactAcronym = tables.acronymEntities.get(word);
	if (word.length >= 2 && exactAcronym !== undefined) {
		acronymTexts.add(word);
		for (const entity of typeof exactAcronym === 'number' ? [exactAcronym] : exactAcronym) acronymMatches.set(entity, level.acronym);
	}

	if (word.length >= 2) {
		tables.acronymPrefixes.forEach(tables.acronyms, word, id => {
			const acronym = tables.acronyms[id];
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
	if (word.length < 4 || word.length > longestTypoWord) return words;
	fuzzy(word, tables.words, tables.wordBigrams, (id, score) => better(words, id, {score}));
	const shape = skeleton(word);
	if (shape.length >= 4) {
		fuzzy(shape, tables.skeletons, tables.skeletonBigrams, (id, score) => {
			for (const wordId of tables.skeletonWords[id]) better(words, wordId, {score});
		});
	}

	return words;
}

/** How `word` (with its skeleton and consonants) hits one vocabulary word, typos aside: the same levels as matchWord. */
function wordLevel(tables: NameTables, word: string, shape: string, bones: string, id: number): WordHit | undefined {
	const text = tables.words[id];
	if (text === word) return {score: level.exact};
	let best: WordHit | undefined;
	const consider = (hit: WordHit) => {
		if (!best || best.score < hit.score) best = hit;
	};

	if (text.startsWith(word)) consider({score: level.prefix + (0.1 * word.length) / text.length, prefix: word.length});
	const skeletonId = tables.wordSkeleton[id];
	const textShape = tables.skeletons[skeletonId];
	if (textShape === shape) consider({score: closeness(level.skeleton, word, text)});
	else if (shape.length >= 3 && textShape.startsWith(shape)) consider({score: level.skeletonPrefix + (0.05 * shape.length) / textShape.length});
	if (bones.length >= 3 && word.length >= 4 && (!best || best.score < level.consonants) && tables.skeletonConsonants[skeletonId] === bones) consider({score: closeness(level.consonants, word, text)});
	if (word.length >= 3 && text.length > word.length && (!best || best.score < level.infix) && text.includes(word)) consider({score: level.infix, infix: word});
	return best;
}

/**
 * matchWord restricted to the words of `entities` (the few left by the query's other words):
 * each of their words is compared directly instead of enumerating the vocabulary. Typos
 * are separate (matchTyposWithin), and only looked for when needed.
 */
export function matchWordWithin(tables: NameTables, word: string, entities: number[]): WordMatch {
	const words = new Map<number, WordHit>();
	const acronymMatches = new Map<number, number>();
	const acronymTexts = new Set<string>();
	const shape = skeleton(word);
	const bones = consonants(shape);
	const seen = new Set<number>();
	for (const entity of entities) {
		for (let index = tables.entityStart[entity]; index < tables.entityStart[entity + 1]; index++) {
			const id = tables.entityWords[index];
			if (seen.has(id)) continue;
			seen.add(id);
			const hit = wordLevel(tables, word, shape, bones, id);
			if (hit) words.set(id, hit);
		}

		const own = tables.entityAcronyms[entity];
		if (word.length < 2 || own === undefined) continue;
		for (const acronym of typeof own === 'string' ? [own] : own) {
			const score = acronym === word ? level.acronym : acronym.length >= 3 && acronym.startsWith(word) ? level.acronymPrefix : 0;
			if (score === 0) continue;
			acronymTexts.add(acronym);
			acronymMatches.set(entity, Math.max(score, acronymMatches.get(entity) ?? 0));
		}
	}

	return {words, acronyms: acronymMatches, acronymTexts};
}

/** Typos of `word` among the words of `entities` not already in `matched`: a letter-pair prefilter, then fuse.js. */
export function matchTyposWithin(tables: NameTables, word: string, entities: number[], matched: Map<number, WordHit>): Map<number, WordHit> {
	const words = new Map<number, WordHit>();
	if (word.length < 4 || word.length > longestTypoWord) return words;
	// Letter pairs as numbers (two char codes), so the check below allocates no strings.
	const pairs = new Set(bigrams(word).map(pair => (pair.charCodeAt(0) << 8) | pair.charCodeAt(1)));
	const needed = Math.max(1, pairs.size - 4);
	const candidates = new Set<number>();
	for (const entity of entities) {
		for (let index = tables.entityStart[entity]; index < tables.entityStart[entity + 1]; index++) {
			const id = tables.entityWords[index];
			if (matched.has(id) || candidates.has(id)) continue;
			const text = tables.words[id];
			let shared = 0;
			for (let at = 0; at + 1 < text.length && shared < needed; at++) if (pairs.has((text.charCodeAt(at) << 8) | text.charCodeAt(at + 1))) shared++;
			if (shared >= needed) candidates.add(id);
		}
	}

	const ids = [...candidates].slice(0, fuzzyCandidates * 2);
	fuseScores(word, tables.words, ids, (id, score) => better(words, id, {score}));
	const shape = skeleton(word);
	if (shape.length >= 4) {
		const shapes = [...new Set(ids.map(id => tables.wordSkeleton[id]))];
		fuseScores(shape, tables.skeletons, shapes, (id, score) => {
			for (const wordId of tables.skeletonWords[id]) if (candidates.has(wordId)) better(words, wordId, {score});
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

	fuseScores(word, strings, ids, visit);
}

/** fuse.js scores of `word` against the strings `ids`, turned into typo levels. */
function fuseScores(word: string, strings: string[], ids: number[], visit: (id: number, score: number) => void) {
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
