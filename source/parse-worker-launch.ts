// dist/parse-worker.cjs: a parsing worker's entry (the launcher's early worker, the desk's
// pool). It runs the worker's bundle, dist/parse-worker-main.js (source/desk/parse-worker.ts),
// with a V8 code cache (source/cli/code-cache.ts), as the launcher does the CLI's: the early
// worker's parse of the story is what the dashboard's launch waits for last, and compiling
// the parser, then each function of its first parse, was a good part of it.
// The cache is taken on this thread, before the worker's first answer (source/desk/first-answer.ts),
// so the main thread never waits for it.
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {runBundle, runCachedScript, type BundleFunction} from './cli/code-cache.js';
import {onFirstAnswer} from './desk/first-answer.js';

const bundle = fileURLToPath(new URL('./parse-worker-main.js', import.meta.url));
const worker = runCachedScript<BundleFunction>(bundle);
const debug = process.env['SITREP_DEBUG_CODE_CACHE'] === '1' ? (message: string) => process.stderr.write(`sitrep: worker code cache ${message}\n`) : () => undefined;
debug(worker.status);
if (worker.wants('command')) {
	onFirstAnswer(() => {
		debug(`saved ${worker.save('command') ?? 'nowhere'}`);
	});
}

// No top-level await: this entry is built as CommonJS (scripts/build.js). A rejection is the worker's error, as it would be there.
void runBundle(worker, bundle);
