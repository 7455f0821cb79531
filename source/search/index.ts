// The one name-search module: the dashboard's entity pane and `sitrep --search` both use it.
//
// Each name and alias is folded to ASCII (accents dropped, Cyrillic and other scripts
// transliterated), split into words, and indexed by word, transliteration skeleton,
// consonant skeleton, acronym and sorted words. A query word is looked up in those tables
// (exact, prefix, skeleton, infix, acronym), and fuse.js scores typos over a short list of
// candidate words. See levels.ts for the ranking and query.ts for the fzf-style syntax.
import {performance} from 'node:perf_hooks';
import type {Entity, EntityType} from '../model/types.js';
import {highlight, type Highlighter, type Range} from './highlight.js';
import {bonus, fuzzyCeiling, level} from './levels.js';
import {forEachContaining, matchTypos, matchTyposWithin, matchWord, matchWordWithin, type WordHit} from './match-word.js';
import {parseQuery, type Term} from './query.js';
import {articles} from './skeleton.js';
import {forEachEntity, NameTables} from './tables.js';

export type Searchable = {
	id: string;
	name: string;
	aliases: string[];
	type: EntityType;
	/** Used to break ties: more mentions rank higher. */
	mentionCount: number;
};

export type SearchHit<T extends Searchable> = {
	item: T;
	/** Higher is better. */
	score: number;
	/** Matched character ranges [start, end) in `item.name`, for highlighting. */
	ranges: Array<[number, number]>;
	/** When the name itself shows no match, the alias that did match ("IMU", "Rakhmon"). */
	matchedAlias?: string;
};

export type NameIndex<T extends Searchable> = {
	/** Best first. An empty query returns every item, most mentioned first. Builds the index first if it is not built yet. */
	search(query: string, limit?: number): Array<SearchHit<T>>;
	/** True once the index is built; until then `search` builds it synchronously. */
	readonly ready: boolean;
	/** Share of items indexed so far, 0 to 1. */
	readonly progress: number;
	/** Builds the index in slices between event-loop turns (so a first frame is not held up); resolves when ready. */
	whenReady(): Promise<void>;
};

/** The Searchable of a model entity. */
export function searchableFromEntity<E extends Entity>(entity: E): Searchable & {entity: E} {
	return {id: entity.id, name: entity.name, aliases: entity.aliases, type: entity.type, mentionCount: entity.mentions.length, entity};
}

/** whenReady indexes items in runs of this many until this much time has passed, then yields to the event loop. */
const sliceItems = 50;
const sliceMilliseconds = 4;
const cacheSize = 64;
const letterLimit = 200;
/** Above this many items, a limited search takes a query word that is a known name word as typed (no typo lookup for it). */
const typedAsMeantAbove = 10_000;
/** Up to this many entities left by earlier query words, a later word is matched against their words only. */
const narrowLimit = 20_000;

export function createNameIndex<T extends Searchable>(items: T[]): NameIndex<T> {
	const tables = new NameTables();
	let built = 0;
	let sealed = false;
	let building: Promise<void> | undefined;
	const cache = new Map<string, Array<SearchHit<T>>>();
	/**
	 * The best `letterLimit` hits of each one-letter query, ranked in the background after
	 * whenReady's build: the first keystroke touches more names than any other.
	 */
	const letterRankings = new Map<string, Array<SearchHit<T>>>();
	// Scratch arrays reused by every search: allocated once the index is built.
	let groupScore = new Float64Array(0);
	let groupStamp = new Int32Array(0);
	let total = new Float64Array(0);
	let stamp = 0;
	let typosSkipped = false;

	/** Indexes up to `count` more items; once all are in, the index is ready. */
	function buildSlice(count: number) {
		const end = Math.min(items.length, built + count);
		for (; built < end; built++) tables.add(built, [items[built].name, ...items[built].aliases]);
		if (built === items.length && !sealed) {
			groupScore = new Float64Array(items.length);
			groupStamp = new Int32Array(items.length);
			total = new Float64Array(items.length);
			sealed = true;
		}
	}

	function compare(a: number, b: number): number {
		return total[b] - total[a]
			|| items[b].mentionCount - items[a].mentionCount
			|| items[a].name.length - items[b].name.length
			|| (items[a].name < items[b].name ? -1 : items[a].name > items[b].name ? 1 : a - b);
	}

	/**
	 * Scores one OR-group into groupScore, stamped; returns the entities it touched.
	 * With `within` (the entities the earlier groups left), only those are scored, word by
	 * word, instead of spreading every matched word to all its entities: a short word
	 * typed after a long one ("ivanov s") then costs little.
	 * Typos are looked up last, and not at all when `enough` entities already score above
	 * anything a typo can reach in this group (then `typosSkipped` is set, and a search that
	 * ends with fewer hits than its limit runs again with typos). In a large index and with a
	 * limit, a query word found as it is among the names' words gets no typo lookup at all:
	 * "priya d" does not look for Priyas misspelt while the user types the surname.
	 */
	function scoreGroup(group: Term[], highlighter: Highlighter, enough: number, within?: number[]): number[] {
		stamp++;
		const touched: number[] = [];
		const hit = (entity: number, score: number) => {
			if (groupStamp[entity] !== stamp) {
				groupStamp[entity] = stamp;
				groupScore[entity] = score;
				touched.push(entity);
			} else if (groupScore[entity] < score) groupScore[entity] = score;
		};

		// Word id → best hit of this group.
		const groupWords = new Map<number, WordHit>();
		const acronymScores = new Map<number, number>();
		const literal: Term[] = [];
		// Spreads word hits to entities right away, unless scoring only `within`.
		const spread = (words: Map<number, WordHit>) => {
			for (const [id, wordHit] of words) {
				keepBest(highlighter.words, id, wordHit);
				if (!keepBest(groupWords, id, wordHit) || within) continue;
				for (const entity of tables.postings[id]) hit(entity, wordHit.score);
			}
		};

		const fuzzyWords: string[] = [];
		// Few entities left: compare their words directly (typos included) rather than walk the vocabulary.
		const narrow = within !== undefined && within.length <= narrowLimit;
		for (const term of group) {
			if (term.kind !== 'fuzzy') {
				highlighter.literal.push(term);
				literal.push(term);
				if (!within) literalMatches(term, hit);
				continue;
			}

			if (narrow) {
				const match = matchWordWithin(tables, term.words[0], within);
				spread(match.words);
				for (const acronym of match.acronymTexts) highlighter.acronyms.add(acronym);
				for (const [entity, score] of match.acronyms) acronymScores.set(entity, Math.max(score + acronymCoverage(entity), acronymScores.get(entity) ?? 0));
				fuzzyWords.push(term.words[0]);
				continue;
			}

			const match = matchWord(tables, term.words[0]);
			spread(match.words);
			for (const acronym of match.acronymTexts) highlighter.acronyms.add(acronym);
			for (const [entity, acronymScore] of match.acronyms) {
				const score = acronymScore + acronymCoverage(entity);
				acronymScores.set(entity, Math.max(score, acronymScores.get(entity) ?? 0));
				if (!within) hit(entity, score);
			}

			fuzzyWords.push(term.words[0]);
		}

		const scoreWithin = () => {
			if (!within) return;
			for (const entity of within) {
				let best = acronymScores.get(entity) ?? 0;
				for (let index = tables.entityStart[entity]; index < tables.entityStart[entity + 1]; index++) {
					const wordHit = groupWords.get(tables.entityWords[index]);
					if (wordHit && wordHit.score > best) best = wordHit.score;
				}

				for (const term of literal) for (const variant of tables.variants[entity]) best = Math.max(best, literalScore(term, variant));
				if (best > 0) hit(entity, best);
			}
		};

		scoreWithin();
		// In a large index with a limit (the dashboard's keystrokes), a word that is itself a name word is taken as typed.
		const typedAsMeant = enough !== Number.POSITIVE_INFINITY && items.length > typedAsMeantAbove;
		const typoWords = typedAsMeant ? fuzzyWords.filter(word => !tables.wordIds.has(word)) : fuzzyWords;
		if (typoWords.length > 0) {
			let strong = 0;
			for (const entity of touched) if (groupScore[entity] > fuzzyCeiling) strong++;
			if (strong < enough) {
				for (const word of typoWords) spread(narrow ? matchTyposWithin(tables, word, within, groupWords) : matchTypos(tables, word));
				scoreWithin();
			} else typosSkipped = true;
		}

		return touched;
	}

	/** One acronym stands for every word of the name: top up the coverage bonus, which counts query words. */
	function acronymCoverage(entity: number): number {
		return bonus.coverage * (1 - Math.min(1, 1 / tables.nameWords[entity]));
	}

	/** Exact, prefix, suffix and whole-name terms: candidates from words containing the term's first (or last) word, checked on the joined names. */
	function literalMatches(term: Term, hit: (entity: number, score: number) => void) {
		if (term.kind === 'equal') {
			forEachEntity(tables.exactEntities.get(term.text), entity => hit(entity, level.exact));
			return;
		}

		const probe = term.kind === 'suffix' ? term.words.at(-1)! : term.words[0];
		const seen = new Set<number>();
		const ids: number[] = [];
		const same = tables.wordIds.get(probe);
		if (same !== undefined) ids.push(same);
		forEachContaining(tables, probe, id => ids.push(id));
		for (const id of ids) {
			for (const entity of tables.postings[id]) {
				if (seen.has(entity)) continue;
				seen.add(entity);
				let best = 0;
				for (const variant of tables.variants[entity]) best = Math.max(best, literalScore(term, variant));
				if (best > 0) hit(entity, best);
			}
		}
	}

	function excluded(entity: number, exclusions: Term[]): boolean {
		return exclusions.some(term => tables.variants[entity].some(variant => literalScore(term, variant) > 0));
	}

	function search(query: string, limit = Number.POSITIVE_INFINITY): Array<SearchHit<T>> {
		if (!sealed) buildSlice(items.length);
		const letter = query.trim().toLowerCase();
		const ranking = letter.length === 1 && limit <= letterLimit ? letterRankings.get(letter) : undefined;
		if (ranking) return ranking.slice(0, limit);
		const key = `${limit}\u0000${query}`;
		const cached = cache.get(key);
		if (cached) {
			// Refresh its place in the LRU order.
			cache.delete(key);
			cache.set(key, cached);
			return cached;
		}

		const hits = runSearch(query, limit);
		cache.set(key, hits);
		if (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
		return hits;
	}

	/**
	 * With `withTypos` false, a query word with at least `limit` better-than-typo hits skips
	 * the typo lookup (the costly part of a keystroke); if the search then ends with fewer
	 * than `limit` hits it runs again with typos, so a short list never misses one.
	 */
	function runSearch(query: string, limit: number, withTypos = false): Array<SearchHit<T>> {
		typosSkipped = false;
		const parsed = parseQuery(query);
		const highlighter: Highlighter = {words: new Map(), acronyms: new Set(), literal: [], wordIds: tables.wordIds};
		let candidates: number[];
		// An Arabic article is spelt al-, el- or ul- and often left out: with other words beside it, it is not required.
		const withoutArticles = parsed.groups.length > 1 && parsed.groups.some(group => !isArticle(group))
			? parsed.groups.filter(group => !isArticle(group))
			: parsed.groups;
		// AND is idempotent: a word typed twice ("the the") is one condition.
		const groups = [...new Map(withoutArticles.map(group => [group.map(term => `${term.kind}:${term.text}`).join('|'), group])).values()];
		if (groups.length === 0) {
			candidates = Array.from(items.keys());
			total.fill(0);
		} else {
			candidates = [];
			// Most selective group first (longest words), so later groups only score what is left.
			const order = groups.map(group => ({group, selectivity: selectivity(group)})).sort((a, b) => b.selectivity - a.selectivity).map(({group}) => group);
			for (const [index, group] of order.entries()) {
				const touched = scoreGroup(group, highlighter, withTypos ? Number.POSITIVE_INFINITY : limit, index === 0 ? undefined : candidates);
				if (index === 0) {
					for (const entity of touched) total[entity] = groupScore[entity];
					candidates = touched;
				} else {
					candidates = touched;
					for (const entity of candidates) total[entity] += groupScore[entity];
				}

				// AND with nothing is nothing: a long pasted or mistyped query stops at its first word that matches nothing.
				if (candidates.length === 0) break;
			}

			const plain = groups.every(group => group.length === 1 && group[0].kind === 'fuzzy');
			const wholeName = new Set<number>();
			const wordOrder = new Set<number>();
			if (plain) {
				const words = groups.map(group => group[0].text);
				forEachEntity(tables.exactEntities.get(words.join(' ')), entity => wholeName.add(entity));
				if (words.length > 1) forEachEntity(tables.sortedEntities.get([...words].sort().join(' ')), entity => wordOrder.add(entity));
			}

			for (const entity of candidates) {
				let score = total[entity] / groups.length;
				if (wholeName.has(entity)) score += bonus.wholeName;
				else if (wordOrder.has(entity)) score += bonus.wordOrder;
				score += bonus.coverage * Math.min(1, groups.length / tables.nameWords[entity]);
				total[entity] = score;
			}
		}

		if (parsed.types) {
			const types = parsed.types;
			candidates = candidates.filter(entity => types.has(items[entity].type));
		}

		if (parsed.exclusions.length > 0) candidates = candidates.filter(entity => !excluded(entity, parsed.exclusions));

		if (typosSkipped && candidates.length < limit) return runSearch(query, limit, true);
		const top = topK(candidates, limit, compare, total);
		return top.map(entity => lazyHit(items[entity], total[entity], groups.length === 0 ? undefined : highlighter));
	}

	return {
		search,
		get ready() {
			return sealed;
		},
		get progress() {
			return items.length === 0 ? 1 : built / items.length;
		},
		whenReady() {
			building ??= new Promise(resolve => {
				const letters = [...'abcdefghijklmnopqrstuvwxyz0123456789'];
				// After the build (the promise is resolved by then), one letter's ranking per turn.
				const rankLetter = () => {
					const letter = letters.shift();
					if (letter === undefined) return;
					if (!letterRankings.has(letter)) letterRankings.set(letter, runSearch(letter, letterLimit));
					setImmediate(rankLetter);
				};

				const step = () => {
					// Slices are bounded by time, not count, so a busy machine gets shorter ones.
					const deadline = performance.now() + sliceMilliseconds;
					do buildSlice(sliceItems);
					while (!sealed && performance.now() < deadline);
					if (!sealed) {
						setImmediate(step);
						return;
					}

					resolve();
					setImmediate(rankLetter);
				};

				step();
			});
			return building;
		},
	};
}

/** Records `hit` if it beats what `id` had; false when it did not (its entities already have a better score). */
function keepBest(words: Map<number, WordHit>, id: number, hit: WordHit): boolean {
	const existing = words.get(id);
	if (existing && existing.score >= hit.score) return false;
	words.set(id, hit);
	return true;
}

/**
 * A hit whose `ranges` and `matchedAlias` are worked out when first read: a listing of
 * thousands of hits (`sitrep <folder> --search`) highlights only what it prints.
 */
function lazyHit<T extends Searchable>(item: T, score: number, highlighter: Highlighter | undefined): SearchHit<T> {
	let ranges: Range[] | undefined;
	let alias: string | undefined;
	const resolve = () => {
		if (ranges) return;
		ranges = highlighter ? highlight(item.name, highlighter) : [];
		if (highlighter && ranges.length === 0) alias = item.aliases.find(candidate => highlight(candidate, highlighter).length > 0);
	};

	const hit = {item, score} as SearchHit<T>;
	Object.defineProperty(hit, 'ranges', {
		enumerable: true,
		get() {
			resolve();
			return ranges;
		},
	});
	Object.defineProperty(hit, 'matchedAlias', {
		enumerable: true,
		get() {
			resolve();
			return alias;
		},
	});
	return hit;
}

function isArticle(group: Term[]): boolean {
	return group.length === 1 && group[0].kind === 'fuzzy' && articles.has(group[0].text);
}

/** A group whose shortest word is longer matches fewer names. */
function selectivity(group: Term[]): number {
	return Math.min(...group.map(term => term.text.length));
}

/** How well a literal term matches one joined name: 0 when it does not. */
function literalScore(term: Term, variant: string): number {
	switch (term.kind) {
		case 'equal': {
			return variant === term.text ? level.exact : 0;
		}

		case 'prefix': {
			if (!variant.startsWith(term.text)) return 0;
			return variant.length === term.text.length ? level.exact : level.prefix + (0.1 * term.text.length) / variant.length;
		}

		case 'suffix': {
			return variant.endsWith(term.text) ? level.prefix : 0;
		}

		default: {
			const at = variant.indexOf(term.text);
			if (at < 0) return 0;
			if (variant === term.text) return level.exact;
			const wordStart = at === 0 || variant[at - 1] === ' ';
			const wordEnd = at + term.text.length === variant.length || variant[at + term.text.length] === ' ';
			if (wordStart && wordEnd) return level.exact;
			return wordStart ? level.prefix : level.infix;
		}
	}
}

/** The best `limit` entities in order, without sorting all of them when `limit` is small. */
function topK(candidates: number[], limit: number, compare: (a: number, b: number) => number, score: Float64Array): number[] {
	if (limit >= candidates.length) return candidates.sort(compare);
	// A bounded heap with the worst kept entity on top.
	const heap: number[] = [];
	const worse = (a: number, b: number) => compare(a, b) > 0;
	for (const entity of candidates) {
		// Most candidates of a short query score below the worst kept one: reject them without the full comparison.
		if (heap.length === limit && score[entity] < score[heap[0]]) continue;
		if (heap.length < limit) {
			heap.push(entity);
			let index = heap.length - 1;
			while (index > 0) {
				const parent = (index - 1) >> 1;
				if (!worse(heap[index], heap[parent])) break;
				[heap[index], heap[parent]] = [heap[parent], heap[index]];
				index = parent;
			}
		} else if (limit > 0 && worse(heap[0], entity)) {
			heap[0] = entity;
			let index = 0;
			for (;;) {
				const left = index * 2 + 1;
				const right = left + 1;
				let largest = index;
				if (left < heap.length && worse(heap[left], heap[largest])) largest = left;
				if (right < heap.length && worse(heap[right], heap[largest])) largest = right;
				if (largest === index) break;
				[heap[index], heap[largest]] = [heap[largest], heap[index]];
				index = largest;
			}
		}
	}

	return heap.sort(compare);
}

export {parseQuery} from './query.js';
export type {Range} from './highlight.js';
