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
// In the common case, where the command line names at most one story and no flag, the
// launcher also reads that story and posts it to the worker at once, so it is parsed while
// the CLI bundle compiles rather than after (the CLI used to wait for the worker's answer
// at launch); the CLI checks that it is the story it wants (source/cli/parse-in-worker.ts).
//
// The CLI bundle itself is compiled with a V8 code cache of its own, on every Node
// (source/cli/code-cache.ts); module.enableCompileCache (Node ≥ 22.1, a no-op before)
// only covers this small launcher.
import {existsSync, statSync, type Stats} from 'node:fs';
import module from 'node:module';
import {availableParallelism} from 'node:os';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import {bundledStoryPath} from './bundled-story.js';
import {runBundle, runCachedScript, type BundleFunction, type CacheKind} from './cli/code-cache.js';
import {onDashboardShown} from './cli/dashboard-shown.js';
import {forgetEarlyWorker, leaveEarlyWorker} from './cli/early-worker.js';
import {readStoryFile} from './cli/read-story.js';
import type {StoryTextRequest} from './desk/worker-protocol.js';
import {pretendTerminal, warmingCodeCache, warmWorker} from './cli/warm-code-cache.js';
import {idleCores} from './util/idle-cores.js';

(module as {enableCompileCache?: () => unknown}).enableCompileCache?.();

// The install's warm-up (source/cli/warm-code-cache.ts): the dashboard on the bundled story,
// drawn into a terminal that is not there. First, before anything looks at process.stdout.
const stderr = warmingCodeCache ? pretendTerminal() : process.stderr;
const script = new URL('./parse-worker.cjs', import.meta.url);
// The warm-up opens the bundled story, whatever its command line (meow reads process.argv too).
if (warmingCodeCache) process.argv.length = Math.min(process.argv.length, 2);
const args = process.argv.slice(2);

function statOf(path: string): Stats | undefined {
	try {
		return statSync(path);
	} catch {
		return undefined;
	}
}

// The paths the command line names, each looked at once (a flag's value that happens to name
// a folder only costs an unused worker).
const named = args.filter(argument => !argument.startsWith('-')).map(path => ({path, stats: statOf(path)}));

/** The story the CLI will most likely ask for: `sitrep` or `sitrep <file>`, nothing else (no flags, no stdin). */
function guessedStory(): StoryTextRequest | undefined {
	if (args.length > 1 || named.length !== args.length) return undefined;
	const path = named[0]?.path ?? bundledStoryPath;
	const stats = named[0] ? named[0].stats : statOf(bundledStoryPath);
	// A big story is read once, by the CLI; a folder or a missing file is the CLI's to report.
	if (!stats?.isFile() || stats.size > 1024 * 1024) return undefined;
	try {
		return {kind: 'text', text: readStoryFile(path), date: undefined, source: path};
	} catch {
		return undefined;
	}
}

// The worker only pays with a core to itself: on one core, or when the other cores are busy
// (the last minute's load average leaves less than one idle), it competes with the main thread
// for CPU instead (2 shared cores at load 12-20: launch median 627 ms with it, 557 ms without).
// A folder's --json and --search read on workers anyway, so this one is their first whatever the load.
const forFolder = named.some(({stats}) => stats?.isDirectory());
// The warm-up parses on the main thread, and warms a worker of its own (see below).
if (!warmingCodeCache && (forFolder || (process.stdout.isTTY && idleCores() >= 1)) && process.env['SITREP_WORKERS'] !== '0' && availableParallelism() > 1 && existsSync(fileURLToPath(script))) {
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
		leaveEarlyWorker(worker, forFolder ? undefined : guessedStory());
	} catch {}
}

// The warm-up leaves the caches that serve a launch best on a busy machine and an idle one alike:
// the CLI's taken after a first frame with the story parsed on the main thread ('dashboard+parser':
// measured no slower than 'dashboard' with the worker parsing, and ~10 ms of CPU less without it),
// and the worker's, taken by a worker of its own parsing the same story meanwhile.
const workerWarmed = warmingCodeCache ? warmWorker(script, guessedStory()) : undefined;

// The CLI bundle, compiled with its V8 code cache (source/cli/code-cache.ts): a script that
// evaluates to one async function, handed what a module would have had (scripts/build.js).
const bundle = fileURLToPath(new URL('./sitrep-main.js', import.meta.url));
const cli = runCachedScript<BundleFunction>(bundle);
const debug = process.env['SITREP_DEBUG_CODE_CACHE'] === '1' ? (message: string) => stderr.write(`sitrep: code cache ${message}\n`) : () => undefined;
debug(cli.status);
const save = (kind: CacheKind) => {
	debug(`saved (${kind}) ${cli.save(kind) ?? 'nowhere'}`);
};

let shown = false;
onDashboardShown(({parsedHere}) => {
	shown = true;
	const kind = parsedHere ? 'dashboard+parser' : 'dashboard';
	// The warm-up is done once the first frame is drawn and its cache taken (the worker took its own before its answer).
	const then = workerWarmed ? () => void workerWarmed.then(() => process.exit(0)) : () => undefined;
	if (!cli.wants(kind)) {
		then();
		return;
	}

	// Taken as soon as the first frame is out (10-20 ms, once), before the reader can have typed:
	// taken later, it blocked the keys of someone already at work (a paste and a Ctrl-C then
	// arrived as one read, and the Ctrl-C went into the search box). Not at exit either: by then
	// V8 may have flushed the bytecode of functions only the launch ran.
	setImmediate(() => {
		save(kind);
		then();
	});
});

await runBundle(cli, bundle);
if (!shown && cli.wants('command')) save('command');
