// The hand-over of a parsing worker started by the launcher (source/launch.ts) to the
// CLI bundle it then loads: a global keyed by a registered symbol, since the two are
// separate bundles with no module in common. With it, the story the launcher already
// asked it to parse, if any, and the answer to come (caught from the start: a message
// that arrived before the CLI listened would otherwise be lost).
import type {Worker} from 'node:worker_threads';
import type {StoryTextRequest, StoryTextResponse} from '../desk/worker-protocol.js';

export type EarlyRequest = {
	request: StoryTextRequest;
	/** The worker's first answer; undefined if it died first. */
	answer: Promise<StoryTextResponse | undefined>;
};

const key = Symbol.for('sitrep.earlyParseWorker');
const requestKey = Symbol.for('sitrep.earlyParseRequest');
const store = globalThis as Record<symbol, unknown>;

/** Leaves `worker` for the CLI; `sent`: a story already posted to it. */
export function leaveEarlyWorker(worker: Worker, sent?: StoryTextRequest): void {
	store[key] = worker;
	delete store[requestKey];
	if (!sent) return;
	const answer = new Promise<StoryTextResponse | undefined>(resolve => {
		worker.once('message', resolve);
		worker.once('error', () => {
			resolve(undefined);
		});
		worker.once('exit', () => {
			resolve(undefined);
		});
	});
	const early: EarlyRequest = {request: sent, answer};
	store[requestKey] = early;
	worker.postMessage(sent);
}

/** The launcher's worker, once: whoever takes it owns it (and must terminate it). */
export function takeEarlyWorker(): Worker | undefined {
	const worker = store[key] as Worker | undefined;
	delete store[key];
	return worker;
}

/** The story the launcher already posted to its worker, once (take it with the worker). */
export function takeEarlyRequest(): EarlyRequest | undefined {
	const early = store[requestKey] as EarlyRequest | undefined;
	delete store[requestKey];
	return early;
}

/** Withdraws `worker` if it has not been taken yet (it died before the CLI wanted it). */
export function forgetEarlyWorker(worker: Worker): void {
	if (store[key] === worker) {
		delete store[key];
		delete store[requestKey];
	}
}
