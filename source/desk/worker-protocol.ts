// Messages between the main thread and a parsing worker.
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
