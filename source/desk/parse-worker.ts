// A parsing worker: reads and parses story files off the main thread, so the
// dashboard keeps answering keys and a folder parses on every core. It sends back
// the desk's digest (or, for --json, the JSON line as bytes), never the Story itself; the
// one exception is the single story of the dashboard's launch (StoryTextRequest),
// parsed here while the main thread loads Ink.
// Bundled on its own as dist/parse-worker.js (scripts/build.js).
import {parentPort} from 'node:worker_threads';
import {answerParse} from './answer-parse.js';
import {readClaimed} from './read-claimed.js';
import {parseStoryText} from './read-story.js';
import type {ClaimRequest, ClaimResponse, ParseRequest, StoryTextRequest, StoryTextResponse} from './worker-protocol.js';

parentPort?.on('message', (request: ParseRequest | StoryTextRequest | ClaimRequest) => {
	if ('kind' in request && request.kind === 'claim') {
		readClaimed(request, (results, done, headers) => {
			const response: ClaimResponse = headers ? {kind: 'claimed', results, done, headers} : {kind: 'claimed', results, done};
			parentPort!.postMessage(response);
		});
		return;
	}

	if ('kind' in request) {
		let answer: StoryTextResponse;
		try {
			answer = {ok: true, story: parseStoryText(request.text, {date: request.date, source: request.source})};
		} catch (error) {
			answer = {ok: false, message: String(error)};
		}

		parentPort!.postMessage(answer);
		return;
	}

	const {response, transfer} = answerParse(request);
	parentPort!.postMessage(response, transfer);
});
