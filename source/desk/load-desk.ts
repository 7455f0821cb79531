// Opening a folder as a desk, and parsing its stories without ever blocking the
// event loop for long: the dashboard parses the first story, draws, and lets
// this loader parse the rest in short slices between keystrokes.
import type {Story} from '../model/types.js';
import {Desk} from './desk.js';
import {listStoryFiles} from './list-folder.js';
import {readStoryFile, readStoryForDigest, type ReadOptions} from './read-story.js';
import {readStoryHeader} from './story-header.js';

export function openDesk(root: string): Desk {
	return new Desk(listStoryFiles(root));
}

/**
 * Parses one story of the desk now (the one the user opened, or the next one in
 * line) and records it. Returns the Story for the caller to show, or null when
 * the file turned out not to be a story. The desk itself keeps only a digest.
 */
export function parseDeskStory(desk: Desk, index: number, options: ReadOptions = {}): Story | null {
	const entry = desk.stories[index];
	if (!entry) return null;
	const result = readStoryFile(entry.path, options);
	if (!result.ok) {
		desk.skip(index, result.reason, result.bytes);
		return null;
	}

	desk.record(index, result.story, result.bytes);
	return result.story;
}

/** Parses one story of the desk for its digest alone (no timeline: nobody is reading it yet). */
function digestDeskStory(desk: Desk, index: number, options: ReadOptions): void {
	const entry = desk.stories[index]!;
	const result = readStoryForDigest(entry.path, options);
	if (result.ok) desk.record(index, result.story, result.bytes);
	else desk.skip(index, result.reason, result.bytes);
}

/** The first story that parses, recorded; null when no file of the folder is a story. */
export function parseFirstStory(desk: Desk, options: ReadOptions = {}): {index: number; story: Story} | null {
	for (const entry of desk.stories) {
		if (entry.state === 'skipped') continue;
		const story = parseDeskStory(desk, entry.index, options);
		if (story) return {index: entry.index, story};
	}

	return null;
}

export type BackgroundOptions = ReadOptions & {
	/** How long one slice may hold the event loop; keystrokes wait at most this long. */
	sliceMs?: number;
	/** Called after every slice (throttle rendering there, not here). */
	onProgress?: (desk: Desk) => void;
	signal?: AbortSignal;
};

/** Parses every pending story in folder order, in slices of `sliceMs`, yielding to the event loop between slices. */
export async function parseInBackground(desk: Desk, options: BackgroundOptions = {}): Promise<void> {
	const sliceMs = options.sliceMs ?? 8;
	let next = 0;
	for (;;) {
		if (options.signal?.aborted) return;
		const sliceEnd = performance.now() + sliceMs;
		let parsed = 0;
		while (next < desk.stories.length) {
			const entry = desk.stories[next]!;
			// Stories the user opened early are already parsed: they cost nothing here.
			if (entry.state !== 'pending') {
				next++;
				continue;
			}

			// At least one story per slice, so a tiny budget still makes progress.
			if (parsed > 0 && performance.now() >= sliceEnd) break;
			digestDeskStory(desk, entry.index, options);
			next++;
			parsed++;
		}

		if (parsed > 0) options.onProgress?.(desk);
		if (next >= desk.stories.length) return;
		// setImmediate, not a microtask: input events and renders run between slices.
		await new Promise(resolve => {
			setImmediate(resolve);
		});
	}
}

/**
 * Reads ahead the title and date of every pending story (story-header.ts), in folder
 * order and in slices like parseInBackground, so the story list is complete long
 * before the parsing is: meant for the main thread while workers parse.
 */
export async function readHeadersInBackground(desk: Desk, options: BackgroundOptions = {}): Promise<void> {
	const sliceMs = options.sliceMs ?? 8;
	let next = 0;
	while (next < desk.stories.length) {
		if (options.signal?.aborted) return;
		const sliceEnd = performance.now() + sliceMs;
		do {
			const entry = desk.stories[next++]!;
			// Parsed, or read ahead by the launcher's worker while the first frame was drawn.
			if (entry.state !== 'pending' || desk.hasHeader(entry.index)) continue;
			const header = readStoryHeader(entry.path, options);
			if (header) desk.recordHeader(entry.index, header);
		} while (next < desk.stories.length && performance.now() < sliceEnd);

		options.onProgress?.(desk);
		await new Promise(resolve => {
			setImmediate(resolve);
		});
	}
}

/** A small cache of full stories for the view: the desk keeps digests, the reader needs the text. */
export class StoryCache {
	private readonly entries = new Map<number, Story>();

	constructor(private readonly desk: Desk, private readonly options: ReadOptions = {}, private readonly size = 4) {}

	put(index: number, story: Story): void {
		this.entries.delete(index);
		this.entries.set(index, story);
		while (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
	}

	/** The parsed story at `index` (parsing it now if needed), or null when the file is not a story. */
	get(index: number): Story | null {
		const cached = this.entries.get(index);
		if (cached) {
			this.put(index, cached);
			return cached;
		}

		const entry = this.desk.stories[index];
		if (!entry || entry.state === 'skipped') return null;
		let story: Story | null;
		if (entry.state === 'pending') story = parseDeskStory(this.desk, index, this.options);
		else {
			const result = readStoryFile(entry.path, this.options);
			story = result.ok ? result.story : null;
		}

		if (story) this.put(index, story);
		return story;
	}
}
