// A desk opened for the dashboard: the first story parsed, the rest parsed in the
// background once the first frame is out, listeners told about progress, and the
// all-stories entity index rebuilt no more often than it is worth while stories
// are still arriving. No Ink here: the UI subscribes.
import type {Story} from '../model/types.js';
import {parseStory} from '../parser/index.js';
import {createNameIndex, type NameIndex, type SearchHit} from '../search/index.js';
import type {DeskEntity} from './desk.js';
import {parseFirstStory, parseInBackground, readHeadersInBackground, StoryCache} from './load-desk.js';
import {deskPoolSize, poolThreshold, spareCore, wantsWorkers} from './worker-pool.js';
import {DeskReader, readOnWorkers} from './desk-reader.js';
import type {Worker} from 'node:worker_threads';
import {Desk} from './desk.js';
import type {FolderListing} from './list-folder.js';
import type {ReadOptions} from './read-story.js';

/** The all-stories entity list at one desk version, with its name index, and when and at what cost it was merged. */
export type Snapshot = {version: number; at: number; cost: number; list: DeskEntity[]; index: NameIndex<DeskEntity>};

export class DeskSession {
	readonly cache: StoryCache;
	private readonly listeners = new Set<() => void>();
	private readonly abort = new AbortController();
	private started = false;
	/** The snapshot searches use: its index is built. */
	private ready: Snapshot;
	/** A newer snapshot whose index is being built in the background (one at a time). */
	private building: Snapshot | null = null;
	private readonly notAStoryPages = new Map<number, Story>();

	/**
	 * `reader`: a reading already under way (see openDeskSessionOnWorker); start() then
	 * adds workers to it instead of starting one.
	 */
	constructor(readonly desk: Desk, readonly first: number, firstStory: Story, private readonly options: ReadOptions = {}, private readonly reader?: DeskReader) {
		this.cache = new StoryCache(desk, options);
		reader?.setProgress(() => this.notify());
		this.cache.put(first, firstStory);
		// The first snapshot holds one story's few names: built here, before any key, so that
		// from then on searches always have a ready index and a big one is never built on a keystroke.
		const seed = this.take();
		seed.index.search('', 1);
		this.ready = seed;
	}

	/** Parses the rest of the folder in slices; call it after the first frame. Safe to call twice. */
	start(): void {
		if (this.started) return;
		this.started = true;
		// The list's titles and dates first, on this thread (idle while workers parse): the
		// list is complete in a fraction of the parse, and any story can be opened by name.
		if (this.desk.progress.pending >= poolThreshold) void readHeadersInBackground(this.desk, {...this.options, signal: this.abort.signal, onProgress: () => this.notify()});
		if (this.reader) {
			// The launcher's worker read the first story while Ink loaded, and waits; now that the
			// frame is out, it reads on, and the other cores join in.
			this.reader.go();
			for (let size = this.reader.size; size < deskPoolSize(); size++) this.reader.addNew();
			void this.reader.done.then(() => {
				this.notify();
			});
			return;
		}

		const background = {...this.options, signal: this.abort.signal, onProgress: () => this.notify()};
		// Workers for a big folder or a big story (the main thread then only merges digests), slices in-process for a small one.
		const pending = this.desk.stories.filter(story => story.state === 'pending').map(story => story.path);
		const done = wantsWorkers(pending) ? readOnWorkers(this.desk, background, deskPoolSize()) : parseInBackground(this.desk, background);
		void done.then(() => {
			this.notify();
		});
	}

	stop(): void {
		this.abort.abort();
		this.reader?.stop();
	}

	subscribe(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/**
	 * What stands in for story `index` when its file turned out not to be a story: a page that
	 * says so (parsed once). Here rather than in the UI, which would otherwise import the parser
	 * at every launch (source/ui/desk/desk-parts.tsx), not only with a desk.
	 */
	notAStoryPage(index: number): Story | null {
		const entry = this.desk.stories[index];
		if (!entry) return null;
		let page = this.notAStoryPages.get(index);
		if (!page) {
			page = parseStory(`${entry.name} is not a story (${entry.reason ?? 'unreadable'}): press s for the list of stories.`, {source: entry.path, title: entry.name});
			this.notAStoryPages.set(index, page);
		}

		return page;
	}

	story(index: number): Story | null {
		const wasPending = this.desk.stories[index]?.state === 'pending';
		const story = this.cache.get(index);
		// Opening a story parses it if the background has not reached it yet: tell the views (only then, or a render would loop).
		if (wasPending) this.notify();
		return story;
	}

	/**
	 * The all-stories entities as the views should show them: the newest snapshot
	 * whose name index is built. While stories arrive, merging thousands of them on
	 * every slice would eat the keystrokes, so a new snapshot is taken at most once a
	 * second (or ten times the last merge's cost), and at once when the last story is
	 * in; its index (~1 s at 100,000 names) is then built in slices between event-loop
	 * turns, and the previous snapshot keeps answering searches until it is ready.
	 * Views re-render (listeners are told) when the new one takes over.
	 */
	entities(): Snapshot {
		this.refresh();
		return this.ready;
	}

	/** Search over all stories, at the current ready snapshot. */
	search(query: string, limit?: number): Array<SearchHit<DeskEntity>> {
		return this.entities().index.search(query, limit);
	}

	/** Starts a snapshot of the desk as it is now, unless one is being built or the last is recent enough. */
	private refresh(): void {
		if (this.building) return;
		const {version} = this.desk;
		const latest = this.ready;
		if (latest.version === version || (!this.desk.done && performance.now() - latest.at < Math.max(1000, 10 * latest.cost))) return;
		const next = this.take();
		this.building = next;
		void next.index.whenReady().then(() => {
			this.building = null;
			if (this.abort.signal.aborted) return;
			this.ready = next;
			// The views re-run the current query on the new snapshot; this may also start the next one.
			this.notify();
		});
	}

	private take(): Snapshot {
		const at = performance.now();
		const list = this.desk.entities();
		return {version: this.desk.version, at, cost: performance.now() - at, list, index: createNameIndex(list)};
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

/**
 * Opens a listed folder for the dashboard on a worker that is already booted (the
 * launcher's, see source/launch.ts): it reads the first story whole for the first
 * frame while this thread loads Ink, and the others' digests once the session
 * starts (after that frame); while it waits, it reads the story list's titles and dates
 * when `readAhead` (by default when a core is spare). Resolves
 * to null when no file is a story. Call `stop` to give up (no terminal after all).
 */
export function openDeskSessionOnWorker(listing: FolderListing, worker: Worker, options: ReadOptions = {}, readAhead = spareCore()): {session: Promise<DeskSession | null>; stop(): void} {
	const desk = new Desk(listing);
	let first: ((found: {index: number; story: Story}) => void) | undefined;
	const firstStory = new Promise<{index: number; story: Story}>(resolve => {
		first = resolve;
	});
	const reader = new DeskReader(desk, {...options, onFirstStory: (index, story) => first?.({index, story})});
	reader.add(worker, true, readAhead);
	const session = (async () => {
		const found = await Promise.race([firstStory, reader.done.then(() => null)]);
		if (found) return new DeskSession(desk, found.index, found.story, options, reader);
		// The reading ended with no whole story: no file was one, or the worker died and this
		// thread read the rest for digests; then the first story is parsed again here.
		const index = desk.stories.find(story => story.state === 'parsed')?.index;
		const story = index === undefined ? null : new StoryCache(desk, options).get(index);
		return story ? new DeskSession(desk, index!, story, options) : null;
	})();
	return {session, stop: () => reader.stop()};
}
