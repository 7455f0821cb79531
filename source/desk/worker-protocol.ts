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
