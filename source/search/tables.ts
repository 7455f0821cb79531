// The lookup tables behind the name index. Names are added in slices (so a large index
// can be built between frames); every table is usable as soon as a name is in, with no
// sorting pass at the end.
//
// Words are stored once in a vocabulary; each entity refers to them by number. A query
// word is matched against the vocabulary (tens of thousands of distinct words even at
// 100,000 names), never against every name, which is what keeps a keystroke cheap.
import {foldText} from './fold.js';
import {tokenTexts} from './tokens.js';
import {acronyms, articles, consonants, skeleton} from './skeleton.js';

/** One entity refers to a list of entities; a single entity is stored bare (most keys name one entity). */
export type EntityList = number | number[];

function addTo(map: Map<string, EntityList>, key: string, value: number) {
	const existing = map.get(key);
	if (existing === undefined) map.set(key, value);
	else if (typeof existing === 'number') {
		if (existing !== value) map.set(key, [existing, value]);
	} else if (existing.at(-1) !== value) existing.push(value);
}

export function forEachEntity(list: EntityList | undefined, visit: (entity: number) => void) {
	if (list === undefined) return;
	if (typeof list === 'number') visit(list);
	else for (const entity of list) visit(entity);
}

/** Distinct two-letter pieces of a string: the fuzzy prefilter counts how many a candidate shares with the query. */
export function bigrams(text: string): string[] {
	const seen = new Set<string>();
	for (let index = 0; index + 1 < text.length; index++) seen.add(text.slice(index, index + 2));
	return [...seen];
}

export class NameTables {
	/** Word id → folded word. */
	readonly words: string[] = [];
	readonly wordIds = new Map<string, number>();
	/** Word id → skeleton id. */
	readonly wordSkeleton: number[] = [];
	/** Word id → the entities using it, ascending. */
	readonly postings: number[][] = [];
	readonly skeletons: string[] = [];
	readonly skeletonIds = new Map<string, number>();
	/** Skeleton id → word ids. */
	readonly skeletonWords: number[][] = [];
	/** Skeleton id → its consonants (see skeleton.ts). */
	readonly skeletonConsonants: string[] = [];
	/** Consonant skeleton → word ids. */
	readonly consonantWords = new Map<string, number[]>();
	readonly acronymEntities = new Map<string, EntityList>();
	/** Entity → its acronyms (one bare string when it has one). */
	readonly entityAcronyms: Array<string | string[] | undefined> = [];
	/** Bigram → word ids / skeleton ids containing it. */
	readonly wordBigrams = new Map<string, number[]>();
	readonly skeletonBigrams = new Map<string, number[]>();
	/** Entity → its name and aliases as folded words joined by single spaces. */
	readonly variants: string[][] = [];
	/** Entity → ids of the words of its name and aliases: `entityWords[entityStart[e]]` up to `entityStart[e + 1]`. */
	readonly entityWords: number[] = [];
	readonly entityStart: number[] = [0];
	/** Entity → number of words in its name (for the coverage bonus). */
	readonly nameWords: number[] = [];
	/** A whole folded name or alias → entities. */
	readonly exactEntities = new Map<string, EntityList>();
	/** The words of a name or alias, sorted: "rakhmon emomali" finds Emomali Rakhmon. */
	readonly sortedEntities = new Map<string, EntityList>();

	/** Prefix lookups over words, skeletons and acronyms, kept up to date as names are added (no sorting pass). */
	readonly wordPrefixes = new PrefixBuckets();
	readonly skeletonPrefixes = new PrefixBuckets();
	readonly acronymPrefixes = new PrefixBuckets();
	readonly acronyms: string[] = [];
	entityCount = 0;

	add(entity: number, names: string[]) {
		const folded: string[] = [];
		for (const [index, name] of names.entries()) {
			const words = tokenTexts(foldText(name));
			if (index === 0) this.nameWords[entity] = Math.max(1, words.length);
			if (words.length === 0) continue;
			const joined = words.join(' ');
			if (folded.includes(joined)) continue;
			folded.push(joined);
			addTo(this.exactEntities, joined, entity);
			if (words.length > 1) addTo(this.sortedEntities, [...words].sort().join(' '), entity);
			for (const acronym of acronyms(words)) {
				if (!this.acronymEntities.has(acronym)) {
					this.acronymPrefixes.add(acronym, this.acronyms.length);
					this.acronyms.push(acronym);
				}

				addTo(this.acronymEntities, acronym, entity);
				const own = this.entityAcronyms[entity];
				if (own === undefined) this.entityAcronyms[entity] = acronym;
				else if (typeof own === 'string') {
					if (own !== acronym) this.entityAcronyms[entity] = [own, acronym];
				} else if (!own.includes(acronym)) own.push(acronym);
			}
			for (const word of words) {
				const id = this.wordId(word);
				const posting = this.postings[id];
				if (posting.at(-1) !== entity) {
					posting.push(entity);
					this.entityWords.push(id);
				}
			}
		}

		this.variants[entity] = folded;
		this.entityStart[entity + 1] = this.entityWords.length;
		this.entityCount = Math.max(this.entityCount, entity + 1);
	}

	private wordId(word: string): number {
		let id = this.wordIds.get(word);
		if (id !== undefined) return id;
		id = this.words.length;
		this.words.push(word);
		this.wordIds.set(word, id);
		this.wordPrefixes.add(word, id);
		this.postings.push([]);
		for (const bigram of bigrams(word)) push(this.wordBigrams, bigram, id);
		// An Arabic article alone has no skeleton of its own worth matching.
		const shape = articles.has(word) ? word : skeleton(word);
		let skeletonId = this.skeletonIds.get(shape);
		if (skeletonId === undefined) {
			skeletonId = this.skeletons.length;
			this.skeletons.push(shape);
			this.skeletonIds.set(shape, skeletonId);
			this.skeletonPrefixes.add(shape, skeletonId);
			this.skeletonWords.push([]);
			this.skeletonConsonants.push(consonants(shape));
			for (const bigram of bigrams(shape)) push(this.skeletonBigrams, bigram, skeletonId);
		}

		this.skeletonWords[skeletonId].push(id);
		this.wordSkeleton[id] = skeletonId;
		const bones = this.skeletonConsonants[skeletonId];
		if (bones.length >= 3) push(this.consonantWords, bones, id);
		return id;
	}
}

function push(map: Map<string, number[]>, key: string, value: number) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

/**
 * Ids of strings bucketed by their first letter and first two letters: a prefix lookup scans
 * one bucket, and adding a string never re-sorts anything (so a large index builds in slices).
 */
export class PrefixBuckets {
	private readonly one = new Map<string, number[]>();
	private readonly two = new Map<string, number[]>();

	add(value: string, id: number) {
		if (value === '') return;
		push(this.one, value[0], id);
		if (value.length >= 2) push(this.two, value.slice(0, 2), id);
	}

	/** Visits the ids whose string (in `strings`) starts with `prefix`. */
	forEach(strings: string[], prefix: string, visit: (id: number) => void) {
		if (prefix === '') return;
		if (prefix.length === 1) {
			for (const id of this.one.get(prefix) ?? []) visit(id);
			return;
		}

		for (const id of this.two.get(prefix.slice(0, 2)) ?? []) if (strings[id].startsWith(prefix)) visit(id);
	}
}
