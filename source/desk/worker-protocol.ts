// Messages between the main thread and a parsing worker.
import type {Story} from '../model/types.js';
import type {StoryDigest} from './digest.js';

export type ParseRequest = {
	id: number;
	file: string;
	date?: string;
	/**
	 * Send the story as one JSON line (sitrep <folder> --json) instead of its digest:
	 * the line is stringified and UTF-8 encoded in the worker and its buffer is
	 * transferred, not copied, so the main thread only writes bytes.
	 */
	json?: boolean;
};

export type ParseResponse =
	| ({id: number; ok: true; bytes: number} & ({digest: StoryDigest; line?: undefined} | {line: Uint8Array; digest?: undefined}))
	| {id: number; ok: false; bytes: number; reason: string};

export type ParseResult = DistributiveOmit<ParseResponse, 'id'>;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** One story's text already read by the CLI, to parse whole (the dashboard's launch: see source/cli/parse-in-worker.ts). */
export type StoryTextRequest = {kind: 'text'; text: string; date?: string; source: string | null};

export type StoryTextResponse = {ok: true; story: Story} | {ok: false; message: string};

/**
 * Read a whole folder for the desk: every worker gets the same file list and a
 * shared counter, and takes the next file from it until none is left, so no worker
 * ever waits for the main thread to hand it work (the main thread may be busy
 * drawing or merging) and the faster one simply reads more. `shared` is an
 * Int32Array over a SharedArrayBuffer: [next file index, stop flag, go flag].
 */
export type ClaimRequest = {
	kind: 'claim';
	files: string[];
	shared: Int32Array;
	date?: string;
	/**
	 * Send the full Story of the first file this worker reads that is a story (the
	 * dashboard's first frame), then wait for the go flag before reading on: until the
	 * frame is out, the main thread needs the cores more than the reading does.
	 */
	fullFirst?: boolean;
	/**
	 * With `fullFirst`: while waiting for the go flag, read the next stories' titles and
	 * dates (ClaimResponse.headers) instead of idling. Only when a core is spare: on a
	 * busy machine that work would slow the first frame (the main thread reads them after it).
	 */
	readAhead?: boolean;
};

export type ClaimedStory =
	| {index: number; ok: true; bytes: number; digest: StoryDigest; story?: Story}
	| {index: number; ok: false; bytes: number; reason: string};

/** A story's title and date read ahead of its parse (see source/desk/story-header.ts). */
export type ClaimedHeader = {index: number; title: string | null; published: string | null};

/**
 * Results in small batches (fewer messages for the main thread to take), then `done`
 * once no file is left. `headers`: what a `readAhead` worker read while it waited for
 * the go flag, so the story list is complete by the time the first frame is out.
 */
export type ClaimResponse = {kind: 'claimed'; results: ClaimedStory[]; done: boolean; headers?: ClaimedHeader[]};
