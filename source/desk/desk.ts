// The desk: many stories at once. It keeps a small digest of each parsed story
// (title, date, totals, entity names) rather than the story itself, so two
// thousand stories fit in a few megabytes; the dashboard re-parses the one story
// the user opens. Cross-story entities are built incrementally with a union-find
// over identity keys, so recording a story never rescans the others.
import type {EntityType, FigureKind, Span, Story} from '../model/types.js';
import {createNameIndex, type NameIndex, type SearchHit} from '../search/index.js';
import {identityKey, nameWords} from './identity-key.js';
import type {FolderListing, SkippedFile} from './list-folder.js';
import {sumTotals, type DeskTotals, type StoryTotals} from './totals.js';
import {digestStory, type StoryDigest} from './digest.js';
import type {StoryHeader} from './story-header.js';
import path from 'node:path';

export type DeskStoryState = 'pending' | 'parsed' | 'skipped';

export type DeskStory = {
	index: number;
	path: string;
	/** Path relative to the folder, for display. */
	name: string;
	state: DeskStoryState;
	title: string | null;
	published: string | null;
	url: string | null;
	totals: StoryTotals;
	entityCount: number;
	bytes: number;
	/** Why a skipped file is not a story ("binary", "empty", …). */
	reason: string | null;
	/** Same URL, or else same text: two files of one story are counted once. */
	fingerprint: string | null;
};

/** Where one cross-story entity appears in one story. */
export type Occurrence = {
	story: number;
	/** The entity's id inside that story (`e3`). */
	entity: string;
	/** The name that story uses. */
	name: string;
	mentions: number;
	first: Span;
};

export type DeskEntity = {
	/** The identity key of its earliest occurrence: stable while stories load in folder order. */
	id: string;
	name: string;
	type: EntityType;
	/** Every other spelling the stories use (names and their aliases). */
	aliases: string[];
	stories: number;
	mentions: number;
	/** In story order, one per story. */
	occurrences: Occurrence[];
	/** For the name-search interface. */
	mentionCount: number;
};

type Node = {
	story: number;
	/** Position of the entity in its story, to order nodes deterministically whatever the parse order. */
	position: number;
	entity: string;
	name: string;
	type: EntityType;
	aliases: string[];
	mentions: number;
	firstStart: number;
	firstEnd: number;
	primaryKey: string;
};

const noAliases: string[] = [];

export type DeskProgress = {parsed: number; skipped: number; pending: number; total: number};

export class Desk {
	readonly root: string | null;
	readonly stories: DeskStory[];
	/** Files in the folder that are not stories by name (counted, never read). */
	readonly otherFiles: SkippedFile[];
	/** Bumped by every change, so views can cache what they derive. */
	version = 0;

	private readonly nodes: Node[] = [];
	private readonly parent: number[] = [];
	private readonly keyOwner = new Map<string, number>();
	/**
	 * One copy of each name and key. Names are slices of their story's text, and
	 * V8 keeps a slice's whole parent string alive: without a copy the desk would
	 * hold every story's text through its names. Also saves recomputing keys.
	 */
	private readonly strings = new Map<string, string>();
	private readonly keys = new Map<string, {primary: string | null; merging: string[]}>();
	private readonly surnames = new Map<string, string | null>();
	private parsedCount = 0;
	private skippedCount = 0;
	/** Pending stories whose header was read ahead (they leave it when parsed or skipped). */
	private readonly headed = new Set<number>();
	private entitiesCache: {version: number; list: DeskEntity[]; byId: Map<string, DeskEntity>} | null = null;
	private totalsCache: {version: number; totals: DeskTotals} | null = null;
	private indexCache: {version: number; index: NameIndex<DeskEntity>} | null = null;

	constructor(listing: FolderListing | {root: null; files: string[]; skipped?: SkippedFile[]}) {
		this.root = listing.root;
		this.otherFiles = listing.skipped ?? [];
		this.stories = listing.files.map((file, index) => ({
			index,
			path: file,
			name: listing.root === null ? file : path.relative(listing.root, file),
			state: 'pending',
			title: null,
			published: null,
			url: null,
			totals: {},
			entityCount: 0,
			bytes: 0,
			reason: null,
			fingerprint: null,
		}));
	}

	get progress(): DeskProgress {
		const total = this.stories.length;
		return {parsed: this.parsedCount, skipped: this.skippedCount, pending: total - this.parsedCount - this.skippedCount, total};
	}

	get done(): boolean {
		return this.parsedCount + this.skippedCount === this.stories.length;
	}

	/** Keeps what the desk needs of a parsed story. Recording a story twice changes nothing. */
	record(index: number, story: Omit<Story, 'timeline'>, bytes = story.text.length): void {
		if (this.stories[index]?.state !== 'pending') return;
		this.recordDigest(index, digestStory(story), bytes);
	}

	/** Same as record, from a digest made elsewhere (a parsing worker). */
	recordDigest(index: number, digest: StoryDigest, bytes = 0): void {
		const entry = this.stories[index];
		if (!entry || entry.state !== 'pending') return;
		entry.state = 'parsed';
		this.headed.delete(index);
		// Copies, not slices: a slice would keep the story's whole text alive (see `strings`).
		entry.title = digest.title === null ? null : copyString(digest.title);
		entry.published = digest.published === null ? null : copyString(digest.published);
		entry.url = digest.url === null ? null : copyString(digest.url);
		entry.totals = digest.totals;
		entry.entityCount = digest.entities.length;
		entry.bytes = bytes;
		entry.fingerprint = digest.fingerprint;
		this.parsedCount++;
		for (const [position, entity] of digest.entities.entries()) {
			const keys = this.keysOf(entity.name, entity.type, entity.aliases);
			const primaryKey = keys.primary;
			if (!primaryKey) continue;
			const node = this.nodes.length;
			this.nodes.push({
				story: index,
				position,
				entity: entity.id,
				name: this.intern(entity.name),
				type: entity.type,
				aliases: entity.aliases.length === 0 ? noAliases : entity.aliases.map(alias => this.intern(alias)),
				mentions: entity.mentions,
				firstStart: entity.firstStart,
				firstEnd: entity.firstEnd,
				primaryKey,
			});
			this.parent.push(node);
			for (const key of keys.merging) {
				const owner = this.keyOwner.get(key);
				if (owner === undefined) this.keyOwner.set(key, node);
				else this.union(owner, node);
			}
		}

		this.version++;
	}

	/**
	 * A pending story's title and date, read ahead of its parse (see story-header.ts) so
	 * the story list is complete early; its digest replaces them. Entities and totals do
	 * not change, so neither does the version.
	 */
	recordHeader(index: number, header: StoryHeader): void {
		const entry = this.stories[index];
		if (!entry || entry.state !== 'pending') return;
		entry.title = header.title === null ? null : copyString(header.title);
		entry.published = header.published === null ? null : copyString(header.published);
		this.headed.add(index);
	}

	/** Whether a pending story's title and date were read ahead (recordHeader). */
	hasHeader(index: number): boolean {
		return this.headed.has(index);
	}

	/** How many stories have a title and date in the list: parsed, or read ahead (recordHeader). */
	get listed(): number {
		return this.parsedCount + this.skippedCount + this.headed.size;
	}

	/** Counts a story as parsed while keeping nothing of it: `sitrep <folder> --json` only needs the counts. */
	markParsed(index: number, bytes = 0): void {
		const entry = this.stories[index];
		if (!entry || entry.state !== 'pending') return;
		entry.state = 'parsed';
		this.headed.delete(index);
		entry.bytes = bytes;
		this.parsedCount++;
		this.version++;
	}

	private intern(value: string): string {
		let copy = this.strings.get(value);
		if (copy === undefined) {
			copy = copyString(value);
			this.strings.set(copy, copy);
		}

		return copy;
	}

	/** The entity's identity key and every key it merges under, computed once per distinct name. */
	private keysOf(name: string, type: EntityType, aliases: string[]): {primary: string | null; merging: string[]} {
		const cacheKey = `${type}\u0000${name}\u0000${aliases.join('\u0000')}`;
		let keys = this.keys.get(cacheKey);
		if (!keys) {
			const primary = identityKey(name, type);
			const merging = primary ? [primary, ...mergingAliasKeys(aliases, type)].map(key => this.intern(key)) : [];
			keys = {primary: merging[0] ?? null, merging};
			this.keys.set(this.intern(cacheKey), keys);
		}

		return keys;
	}

	skip(index: number, reason: string, bytes = 0): void {
		const entry = this.stories[index];
		if (!entry || entry.state !== 'pending') return;
		entry.state = 'skipped';
		this.headed.delete(index);
		// A title read ahead is not the file's: it is not a story after all.
		entry.title = null;
		entry.published = null;
		entry.reason = reason;
		entry.bytes = bytes;
		this.skippedCount++;
		this.version++;
	}

	/** Indexes of parsed stories that repeat a story counted elsewhere (same URL or text). */
	duplicates(): Set<number> {
		const kept = new Map<string, DeskStory>();
		const duplicates = new Set<number>();
		for (const story of this.stories) {
			if (story.state !== 'parsed' || story.fingerprint === null) continue;
			const other = kept.get(story.fingerprint);
			if (!other) {
				kept.set(story.fingerprint, story);
				continue;
			}

			// Of two versions of one story, the later-dated one (an update) is the one to count.
			if ((story.published ?? '') > (other.published ?? '')) {
				duplicates.add(other.index);
				kept.set(story.fingerprint, story);
			} else duplicates.add(story.index);
		}

		return duplicates;
	}

	/** Totals across the parsed stories, each story counted once. */
	totals(): DeskTotals {
		if (this.totalsCache?.version === this.version) return this.totalsCache.totals;
		const duplicates = this.duplicates();
		const counted = this.stories.filter(story => story.state === 'parsed' && !duplicates.has(story.index));
		const totals: DeskTotals = {byKind: sumTotals(counted), counted: counted.length, duplicates: duplicates.size};
		this.totalsCache = {version: this.version, totals};
		return totals;
	}

	/** Entities across stories, most widespread first (stories, then mentions, then name). */
	entities(): DeskEntity[] {
		return this.entityTable().list;
	}

	entity(id: string): DeskEntity | undefined {
		return this.entityTable().byId.get(id);
	}

	/**
	 * Name search over all stories' entities, through the one name-search module.
	 * Builds the index at once when the desk has changed: right for `--search` and
	 * scripts, which want every story's names. The dashboard searches through
	 * DeskSession instead, which builds new indexes in the background.
	 */
	search(query: string, limit?: number): Array<SearchHit<DeskEntity>> {
		if (this.indexCache?.version !== this.version) this.indexCache = {version: this.version, index: createNameIndex(this.entities())};
		return this.indexCache.index.search(query, limit);
	}

	private entityTable(): {list: DeskEntity[]; byId: Map<string, DeskEntity>} {
		if (this.entitiesCache?.version === this.version) return this.entitiesCache;
		const duplicates = this.duplicates();
		const groups = new Map<number, Node[]>();
		for (const [node, data] of this.nodes.entries()) {
			if (duplicates.has(data.story)) continue;
			const root = this.find(node);
			const group = groups.get(root);
			if (group) group.push(data);
			else groups.set(root, [data]);
		}

		this.joinBareSurnames(groups);
		const list: DeskEntity[] = [];
		for (const group of groups.values()) list.push(toDeskEntity(group));
		list.sort((a, b) => b.stories - a.stories || b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		const table = {version: this.version, list, byId: new Map(list.map(entity => [entity.id, entity]))};
		this.entitiesCache = table;
		return table;
	}

	/**
	 * A person some stories name by surname alone ("Rahmon said…") is the desk's one
	 * person with that surname and a given name, when there is exactly one; with two
	 * (Ali Karimov, Islom Karimov) a bare "Karimov" stays apart. Decided on the whole
	 * desk at every rebuild, so the answer does not depend on the order stories came in.
	 */
	private joinBareSurnames(groups: Map<number, Node[]>): void {
		const fullBySurname = new Map<string, Set<number>>();
		const bare: Array<[number, string]> = [];
		for (const [root, nodes] of groups) {
			if (nodes[0]!.type !== 'person') continue;
			const names = new Set(nodes.map(node => node.name));
			let full = false;
			for (const name of names) {
				const surname = this.surnameKey(name);
				if (surname === null) continue;
				full = true;
				let roots = fullBySurname.get(surname);
				if (!roots) {
					roots = new Set();
					fullBySurname.set(surname, roots);
				}

				roots.add(root);
			}

			if (!full) {
				const key = identityKey(nodes[0]!.name, 'person');
				if (key) bare.push([root, key]);
			}
		}

		for (const [root, key] of bare) {
			const candidates = fullBySurname.get(key);
			if (candidates?.size !== 1) continue;
			const [target] = candidates;
			groups.get(target!)!.push(...groups.get(root)!);
			groups.delete(root);
		}
	}

	/** The identity key of a multi-word person name's last word ("Emomali Rahmon" → that of "Rahmon"); null for one word. */
	private surnameKey(name: string): string | null {
		let key = this.surnames.get(name);
		if (key === undefined) {
			const words = nameWords(name);
			key = words.length >= 2 ? identityKey(words.at(-1)!, 'person') : null;
			this.surnames.set(name, key);
		}

		return key;
	}

	private find(node: number): number {
		let root = node;
		while (this.parent[root] !== root) root = this.parent[root]!;
		// Path compression keeps later finds near O(1).
		let current = node;
		while (this.parent[current] !== root) {
			const next = this.parent[current]!;
			this.parent[current] = root;
			current = next;
		}

		return root;
	}

	private union(a: number, b: number): void {
		const rootA = this.find(a);
		const rootB = this.find(b);
		if (rootA === rootB) return;
		// Smaller node index becomes the root: the result does not depend on parse order.
		if (rootA < rootB) this.parent[rootB] = rootA;
		else this.parent[rootA] = rootB;
	}
}

/**
 * Which aliases may join two entities: a two-word alias ("Emomali Rahmon") or an
 * acronym of an organisation ("IMU"). A bare surname ("Ahmed") may not: two
 * stories' Ahmeds are usually two people.
 */
function mergingAliasKeys(aliases: string[], type: EntityType): string[] {
	const keys: string[] = [];
	for (const alias of aliases) {
		const words = nameWords(alias);
		const isAcronym = /^[A-Z]{2,6}$/.test(alias.trim());
		if (words.length >= 2 || (isAcronym && type === 'organization')) {
			const key = identityKey(alias, type);
			if (key) keys.push(key);
		}
	}

	return keys;
}

function copyString(value: string): string {
	return Buffer.from(value, 'utf8').toString('utf8');
}

function toDeskEntity(nodes: Node[]): DeskEntity {
	nodes.sort((a, b) => a.story - b.story || a.position - b.position);
	const first = nodes[0]!;
	// The spelling most mentions use is the name, the others become aliases; a full
	// name wins over a bare surname a group may have taken in (joinBareSurnames).
	const weight = new Map<string, number>();
	for (const node of nodes) weight.set(node.name, (weight.get(node.name) ?? 0) + node.mentions);
	const full = (candidate: string) => (/\s/.test(candidate.trim()) ? 1 : 0);
	let name = first.name;
	for (const [candidate, count] of weight) {
		if (full(candidate) > full(name) || (full(candidate) === full(name) && count > weight.get(name)!)) name = candidate;
	}
	const aliases = new Set<string>();
	for (const node of nodes) {
		if (node.name !== name) aliases.add(node.name);
		for (const alias of node.aliases) if (alias !== name) aliases.add(alias);
	}

	const occurrences: Occurrence[] = [];
	let mentions = 0;
	for (const node of nodes) {
		mentions += node.mentions;
		const previous = occurrences.at(-1);
		// Two entities of one story can share a key ("Rakhmon" and "Rahmon" in one text): one occurrence, mentions added.
		if (previous?.story === node.story) {
			previous.mentions += node.mentions;
			if (node.firstStart < previous.first.start) previous.first = {start: node.firstStart, end: node.firstEnd};
			continue;
		}

		occurrences.push({story: node.story, entity: node.entity, name: node.name, mentions: node.mentions, first: {start: node.firstStart, end: node.firstEnd}});
	}

	return {
		id: first.primaryKey,
		name,
		type: first.type,
		aliases: [...aliases],
		stories: occurrences.length,
		mentions,
		occurrences,
		mentionCount: mentions,
	};
}

export type {DeskTotals, DeskTotal, StoryTotals} from './totals.js';
export type {FigureKind};
