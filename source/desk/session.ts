// A desk opened for the dashboard: the first story parsed, the rest parsed in the
// background once the first frame is out, listeners told about progress, and the
// all-stories entity index rebuilt no more often than it is worth while stories
// are still arriving. No Ink here: the UI subscribes.
import type {Story} from '../model/types.js';
import {createNameIndex, type NameIndex, type SearchHit} from '../search/index.js';
import type {DeskEntity} from './desk.js';
import {parseFirstStory, parseInBackground, parseOnPool, StoryCache} from './load-desk.js';
import {ParsePool, poolThreshold} from './worker-pool.js';
import {Desk} from './desk.js';
import type {FolderListing} from './list-folder.js';
import type {ReadOptions} from './read-story.js';

export class DeskSession {
	readonly cache: StoryCache;
	private readonly listeners = new Set<() => void>();
	private readonly abort = new AbortController();
	private started = false;
	private pool: ParsePool | null = null;
	/** The entity list the all-stories view shows, and when it was last rebuilt. */
	private snapshot: {version: number; at: number; cost: number; list: DeskEntity[]; index: NameIndex<DeskEntity>} | null = null;

	constructor(readonly desk: Desk, readonly first: number, firstStory: Story, private readonly options: ReadOptions = {}) {
		this.cache = new StoryCache(desk, options);
		this.cache.put(first, firstStory);
	}

	/** Parses the rest of the folder in slices; call it after the first frame. Safe to call twice. */
	start(): void {
		if (this.started) return;
		this.started = true;
		const background = {...this.options, signal: this.abort.signal, onProgress: () => this.notify()};
		// Workers for a big folder (the main thread then only merges digests), slices in-process for a small one.
		this.pool = this.desk.progress.pending >= poolThreshold ? ParsePool.create() : null;
		const done = this.pool ? parseOnPool(this.desk, this.pool, background) : parseInBackground(this.desk, background);
		void done.then(() => {
			this.pool?.close();
			this.pool = null;
			this.notify();
		});
	}

	stop(): void {
		this.abort.abort();
		this.pool?.close();
		this.pool = null;
	}

	subscribe(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	story(index: number): Story | null {
		const wasPending = this.desk.stories[index]?.state === 'pending';
		const story = this.cache.get(index);
		// Opening a story parses it if the background has not reached it yet: tell the views (only then, or a render would loop).
		if (wasPending) this.notify();
		return story;
	}

	/**
	 * The all-stories entities as the views should show them. While stories arrive,
	 * merging thousands of them on every slice would eat the keystrokes, so the
	 * snapshot moves on at most once a second (or ten times the last merge's cost),
	 * and at once when the last story is in.
	 */
	entities(): {version: number; list: DeskEntity[]; index: NameIndex<DeskEntity>} {
		const now = performance.now();
		const {version} = this.desk;
		const current = this.snapshot;
		if (current && (current.version === version || (!this.desk.done && now - current.at < Math.max(1000, 10 * current.cost)))) return current;
		const list = this.desk.entities();
		const next = {version, at: now, cost: 0, list, index: createNameIndex(list)};
		next.cost = performance.now() - now;
		this.snapshot = next;
		return next;
	}

	/** Search over all stories, at the current snapshot. */
	search(query: string, limit?: number): Array<SearchHit<DeskEntity>> {
		return this.entities().index.search(query, limit);
	}

	private notify(): void {
		for (const listener of this.listeners) listener();
	}
}

/** Opens a listed folder for the dashboard: null when no file in it is a story. */
export function openDeskSession(listing: FolderListing, options: ReadOptions = {}): DeskSession | null {
	const desk = new Desk(listing);
	const first = parseFirstStory(desk, options);
	return first ? new DeskSession(desk, first.index, first.story, options) : null;
}
