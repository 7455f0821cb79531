// A worker's side of reading a folder for the desk (see ClaimRequest): take the
// next file from the shared counter, parse it, and send its digest, in batches.
import {digestStory} from './digest.js';
import {readStoryFile, readStoryForDigest} from './read-story.js';
import {readStoryHeader} from './story-header.js';
import type {Story} from '../model/types.js';
import type {ClaimedHeader, ClaimedStory, ClaimRequest} from './worker-protocol.js';

/** A batch goes out after this long or this many stories, whichever comes first: progress stays live, messages stay few. */
const batchMs = 25;
const batchSize = 32;

export function readClaimed(request: ClaimRequest, send: (results: ClaimedStory[], done: boolean, headers?: ClaimedHeader[]) => void): void {
	const {files, shared} = request;
	let fullFirst = request.fullFirst === true;
	let batch: ClaimedStory[] = [];
	let sentAt = performance.now();
	for (;;) {
		if (Atomics.load(shared, 1) !== 0) break;
		const index = Atomics.add(shared, 0, 1);
		if (index >= files.length) break;
		// Only the first frame's story is shown whole: the others need no timeline.
		const result = fullFirst ? readStoryFile(files[index]!, {date: request.date}) : readStoryForDigest(files[index]!, {date: request.date});
		if (result.ok) {
			const claimed: ClaimedStory = {index, ok: true, bytes: result.bytes, digest: digestStory(result.story)};
			if (fullFirst) {
				claimed.story = result.story as Story;
				fullFirst = false;
			}

			batch.push(claimed);
		} else batch.push({index, ok: false, bytes: result.bytes, reason: result.reason});

		// The full story is what the first frame waits for: it goes at once.
		const now = performance.now();
		const whole = claimedStory(batch);
		if (batch.length >= batchSize || now - sentAt >= batchMs || whole) {
			send(batch, false);
			batch = [];
			sentAt = now;
		}

		// Wait for the go (the first frame is out, or the reading was stopped), reading the
		// story list's titles and dates meanwhile.
		if (whole) {
			if (request.readAhead) readHeadersUntilGo(request, index + 1, send);
			Atomics.wait(shared, 2, 0);
		}
	}

	send(batch, true);
}

/**
 * The titles and dates of the files from `from` on, sent in batches, until the go flag
 * is set: this worker would only wait otherwise (the main thread reads whatever is
 * left, see readHeadersInBackground). Light work: the first frame does not wait on it.
 */
function readHeadersUntilGo(request: ClaimRequest, from: number, send: (results: ClaimedStory[], done: boolean, headers?: ClaimedHeader[]) => void): void {
	const {files, shared} = request;
	let headers: ClaimedHeader[] = [];
	let sentAt = performance.now();
	for (let index = from; index < files.length && Atomics.load(shared, 2) === 0; index++) {
		const header = readStoryHeader(files[index]!, {date: request.date});
		if (header) headers.push({index, ...header});
		const now = performance.now();
		if (now - sentAt >= batchMs) {
			send([], false, headers);
			headers = [];
			sentAt = now;
		}
	}

	if (headers.length > 0) send([], false, headers);
}

function claimedStory(batch: ClaimedStory[]): boolean {
	const last = batch.at(-1);
	return last?.ok === true && last.story !== undefined;
}
