// The dashboard's launch parses its story in a worker thread while the main thread
// loads Ink, React and yoga: the two take tens of milliseconds each and used to run
// one after the other. The Story comes back by structured clone (it is plain data).
// Anything wrong with the worker (no script, SITREP_WORKERS=0, a crash) falls back to
// parsing here, so the result is the same story either way.
import process from 'node:process';
import {Worker} from 'node:worker_threads';
import type {Story} from '../model/types.js';
import {parseStoryText} from '../desk/read-story.js';
import {workerScript} from '../desk/worker-pool.js';
import {takeEarlyWorker} from './early-worker.js';
import type {StoryTextRequest, StoryTextResponse} from '../desk/worker-protocol.js';

export type ParseOptions = {date?: string; source: string | null};

/** Starts parsing `text`; call `story()` once the main thread's own work is done. */
export function parseInWorker(text: string, options: ParseOptions): {story(): Promise<Story>} {
	const here = () => parseStoryText(text, options);
	let worker = takeEarlyWorker();
	if (!worker) {
		const script = process.env['SITREP_WORKERS'] === '0' ? null : workerScript();
		if (!script) return {story: async () => here()};
		try {
			worker = new Worker(script);
		} catch {
			return {story: async () => here()};
		}
	}

	const chosen = worker;
	chosen.ref();
	const answer = new Promise<Story>(resolve => {
		let settled = false;
		const settle = (story: () => Story) => {
			if (settled) return;
			settled = true;
			// One story, one worker: it goes once the answer is in (terminate is not awaited: nothing waits on it).
			void chosen.terminate();
			resolve(story());
		};

		chosen.once('message', (response: StoryTextResponse) => {
			settle(() => (response.ok ? response.story : here()));
		});
		chosen.once('error', () => {
			settle(here);
		});
		chosen.once('exit', () => {
			settle(here);
		});
	});
	const request: StoryTextRequest = {kind: 'text', text, date: options.date, source: options.source};
	chosen.postMessage(request);
	return {story: async () => answer};
}
