// The dashboard's launch parses its story in a worker thread while the main thread
// loads Ink, React and yoga: the two take tens of milliseconds each and used to run
// one after the other. The worker is the one the launcher (source/launch.ts) booted
// while this bundle compiled. The Story comes back by structured clone (plain data).
// No worker (run from source, SITREP_WORKERS=0, one core) or a worker that fails
// means parsing here, so the result is the same story either way.
import type {Story} from '../model/types.js';
import {takeEarlyRequest, takeEarlyWorker} from './early-worker.js';
import type {StoryTextRequest, StoryTextResponse} from '../desk/worker-protocol.js';

export type ParseOptions = {date?: string; source: string | null};

/** Starts parsing `text`; call `story()` once the main thread's own work is done. */
export function parseInWorker(text: string, options: ParseOptions): {story(): Promise<Story>; parsedHere(): boolean} {
	let parsedHere = false;
	// The parser is loaded only when the story is parsed on this thread: with the launcher's worker
	// parsing it, the dashboard's launch does not set up the parser's tables here.
	const here = async () => {
		parsedHere = true;
		return (await import('../desk/read-story.js')).parseStoryText(text, options);
	};

	const result = (story: () => Promise<Story>) => ({story, parsedHere: () => parsedHere});
	// Only a worker the launcher started early is worth it: one started now would still be
	// booting when Ink has loaded (measured: slower than parsing here).
	const worker = takeEarlyWorker();
	const early = takeEarlyRequest();
	if (!worker) return result(here);
	const chosen = worker;
	if (early) {
		// The launcher guessed the story from the command line and sent it before this bundle
		// had even compiled (source/launch.ts). A wrong guess (the file changed, say) is let go.
		const {request} = early;
		if (request.text !== text || request.source !== options.source || request.date !== options.date) {
			void chosen.terminate();
			return result(here);
		}

		chosen.ref();
		const answer = early.answer.then(response => {
			// One story, one worker: it goes once the answer is in (terminate is not awaited: nothing waits on it).
			void chosen.terminate();
			return response?.ok ? response.story : here();
		});
		return result(async () => answer);
	}

	chosen.ref();
	const answer = new Promise<Story>(resolve => {
		let settled = false;
		const settle = (story: () => Story | Promise<Story>) => {
			if (settled) return;
			settled = true;
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
	return result(async () => answer);
}
