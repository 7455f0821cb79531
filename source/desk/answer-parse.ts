// What a parsing worker answers for one story file: the desk's digest, or for
// --json the story as one UTF-8 JSON line. The same function answers on the main
// thread when no worker can (a worker died), so both give the same bytes.
import {digestStory} from './digest.js';
import {readStoryFile, readStoryForDigest} from './read-story.js';
import type {ParseRequest, ParseResponse} from './worker-protocol.js';

const encoder = new TextEncoder();

/** The response, and the buffers to transfer with it (the JSON line's, never copied). */
export function answerParse(request: ParseRequest): {response: ParseResponse; transfer: ArrayBuffer[]} {
	if (!request.json) {
		const result = readStoryForDigest(request.file, {date: request.date});
		if (!result.ok) return {response: {id: request.id, ok: false, bytes: result.bytes, reason: result.reason}, transfer: []};
		return {response: {id: request.id, ok: true, bytes: result.bytes, digest: digestStory(result.story)}, transfer: []};
	}

	const result = readStoryFile(request.file, {date: request.date});
	if (!result.ok) return {response: {id: request.id, ok: false, bytes: result.bytes, reason: result.reason}, transfer: []};
	// Encoded here, off the main thread; TextEncoder gives a buffer of its own (Buffer.from may
	// hand out a slice of a shared pool, which must not be transferred).
	const line = encoder.encode(JSON.stringify(result.story) + '\n');
	return {response: {id: request.id, ok: true, bytes: result.bytes, line}, transfer: [line.buffer as ArrayBuffer]};
}
