// `npm install` (its `prepare` script: scripts/build.js) runs the launcher once with
// SITREP_WARM_CODE_CACHE=1, so the code caches (source/cli/code-cache.ts) are there before
// the user's first `npm start`: that first launch used to compile everything (~25% slower).
// The warm-up runs the real code paths, not a list of functions to compile: the dashboard
// on the bundled story, drawn once at 120×40, and a parsing worker's first parse. It runs
// without a terminal (CI, `npm ci` in a pipe), so the dashboard draws into the stand-ins
// below, and it must never touch the user's terminal: no alternate screen, no raw mode, no
// cursor escape, and /dev/tty never opened (stdin is a "terminal", so openKeyboard takes it).
import {PassThrough, Writable} from 'node:stream';
import process from 'node:process';
import {Worker} from 'node:worker_threads';
import type {StoryTextRequest} from '../desk/worker-protocol.js';

export const warmingCodeCache = process.env['SITREP_WARM_CODE_CACHE'] === '1';

/** A terminal of 120×40 with 256 colours that keeps nothing written to it. */
function fakeOutput(): NodeJS.WriteStream {
	const stream = new Writable({
		write(_chunk, _encoding, callback) {
			callback();
		},
	});
	return Object.assign(stream, {
		isTTY: true,
		columns: 120,
		rows: 40,
		getColorDepth: () => 8,
		hasColors: (count = 16) => count <= 256,
	}) as unknown as NodeJS.WriteStream;
}

/** A terminal's keyboard on which nobody types. */
function fakeKeyboard(): NodeJS.ReadStream {
	const stream = new PassThrough();
	return Object.assign(stream, {
		isTTY: true,
		isRaw: false,
		setRawMode(mode: boolean) {
			(stream as unknown as {isRaw: boolean}).isRaw = mode;
			return stream;
		},
		ref: () => stream,
		unref: () => stream,
	}) as unknown as NodeJS.ReadStream;
}

/**
 * Puts the stand-ins in place of process.stdout, stderr and stdin, before anything looks at them
 * (the launcher's worker check, Ink, chalk, the cursor restorer that writes to stderr at exit).
 * Returns the real stderr, for the launcher's debug lines.
 */
export function pretendTerminal(): NodeJS.WriteStream {
	const {stderr} = process;
	for (const [name, stream] of [['stdout', fakeOutput()], ['stderr', fakeOutput()], ['stdin', fakeKeyboard()]] as const) {
		Object.defineProperty(process, name, {value: stream, configurable: true, writable: true, enumerable: true});
	}

	// Whatever goes wrong, the install goes on: the first real launch then takes its own cache.
	setTimeout(() => {
		process.exit(3);
	}, 10_000).unref();
	return stderr;
}

/** Has a parsing worker parse `story` (it takes its code cache before it answers); settles once it has answered or failed. */
export async function warmWorker(script: URL, story: StoryTextRequest | undefined): Promise<void> {
	if (!story) return;
	try {
		const worker = new Worker(script);
		await new Promise(resolve => {
			worker.once('message', resolve);
			worker.once('error', resolve);
			worker.once('exit', resolve);
			worker.postMessage(story);
		});
		await worker.terminate();
	} catch {}
}
