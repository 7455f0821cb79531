// A parsing worker: reads and parses story files off the main thread, so the
// dashboard keeps answering keys and a folder parses on every core. It sends back
// the desk's digest (or, for --json, the JSON line as bytes), never the Story itself; the
// one exception is the single story of the dashboard's launch (StoryTextRequest),
// parsed here while the main thread loads Ink.
// Bundled on its own as dist/parse-worker-main.js, which dist/parse-worker.cjs runs with its
// code cache (source/parse-worker-launch.ts, scripts/build.js).
import {parentPort, type TransferListItem} from 'node:worker_threads';
import {answerParse} from './answer-parse.js';
import {beforeAnswer} from './first-answer.js';
import {readClaimed} from './read-claimed.js';
import {parseStoryText} from './read-story.js';
import type {ClaimRequest, ClaimResponse, ParseRequest, StoryTextRequest, StoryTextResponse} from './worker-protocol.js';

function answer(message: unknown, transfer?: readonly TransferListItem[]): void {
	beforeAnswer();
	parentPort!.postMessage(message, transfer);
}

parentPort?.on('message', (request: ParseRequest | StoryTextRequest | ClaimRequest) => {
	if ('kind' in request && request.kind === 'claim') {
		readClaimed(request, (results, done, headers) => {
			const response: ClaimResponse = headers ? {kind: 'claimed', results, done, headers} : {kind: 'claimed', results, done};
			answer(response);
		});
		return;
	}

	if ('kind' in request) {
		let parsed: StoryTextResponse;
		try {
			parsed = {ok: true, story: parseStoryText(request.text, {date: request.date, source: request.source})};
		} catch (error) {
			parsed = {ok: false, message: String(error)};
		}

		answer(parsed);
		return;
	}

	const {response, transfer} = answerParse(request);
	answer(response, transfer);
});
