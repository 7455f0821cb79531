// Messages between the main thread and a parsing worker.
import type {Story} from '../model/types.js';
import type {StoryDigest} from './digest.js';

export type ParseRequest = {
	id: number;
	file: string;
	date?: string;
	/** Also send the story as one JSON line (sitrep <folder> --json). */
	json?: boolean;
};

export type ParseResponse =
	| {id: number; ok: true; bytes: number; digest: StoryDigest; json?: string}
	| {id: number; ok: false; bytes: number; reason: string};

export type ParseResult = Omit<Extract<ParseResponse, {ok: true}>, 'id'> | Omit<Extract<ParseResponse, {ok: false}>, 'id'>;

/** One story's text already read by the CLI, to parse whole (the dashboard's launch: see source/cli/parse-in-worker.ts). */
export type StoryTextRequest = {kind: 'text'; text: string; date?: string; source: string | null};

export type StoryTextResponse = {ok: true; story: Story} | {ok: false; message: string};
