// dist/sitrep.js: a small launcher in front of the CLI bundle (dist/sitrep-main.js).
//
// Compiling the 1.3 MB bundle is the largest part of a launch, so the launcher starts
// what can start without it: the story-parsing worker boots (a V8 isolate and the
// parser's bundle, ~40 ms) on another core while the main thread compiles the CLI,
// which then hands it the story (source/cli/parse-in-worker.ts). Only when stdout is a
// terminal (the dashboard) or a folder is named (its --json and --search read on workers
// too, and take this one as their first), and there is a second core; an unused worker
// is terminated.
//
// module.enableCompileCache (Node ≥ 22.1) keeps V8's compiled code on disk between
// runs; on Node 20 it does not exist and this is a no-op.
import {existsSync, statSync} from 'node:fs';
import module from 'node:module';
import {availableParallelism} from 'node:os';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import {forgetEarlyWorker, leaveEarlyWorker} from './cli/early-worker.js';

(module as {enableCompileCache?: () => unknown}).enableCompileCache?.();

const script = new URL('./parse-worker.js', import.meta.url);
// On one core the worker could not overlap anything: it would only compete with the main thread.
/** A folder among the arguments (a flag's value that happens to name one only costs an unused worker). */
function namesFolder(): boolean {
	return process.argv.slice(2).some(argument => {
		if (argument.startsWith('-')) return false;
		try {
			return statSync(argument).isDirectory();
		} catch {
			return false;
		}
	});
}

if ((process.stdout.isTTY || namesFolder()) && process.env['SITREP_WORKERS'] !== '0' && availableParallelism() > 1 && existsSync(fileURLToPath(script))) {
	try {
		const worker = new Worker(script);
		// Never the reason the process stays up (--help, a folder, an error: the CLI may not take it).
		worker.unref();
		// A worker that dies before the CLI takes it is withdrawn (the CLI then parses another way);
		// the no-op listener keeps an early error from being an uncaught one.
		worker.on('error', () => undefined);
		worker.once('exit', () => {
			forgetEarlyWorker(worker);
		});
		leaveEarlyWorker(worker);
	} catch {}
}

// A specifier in a variable: the CLI bundle is built beside this file, not resolved from source.
const cli = './sitrep-main.js';
await import(cli);
