// After a build (`npm run build`, and so `npm install` / `npm ci` through `prepare`), the
// launcher is run once in its warm-up mode (source/cli/warm-code-cache.ts): it draws the
// dashboard into a terminal that is not there and leaves the V8 code caches a first launch
// would have left, so the user's first `npm start` is as quick as later ones.
//
// Nothing here may fail the install or touch the user's terminal: the warm-up has no stdio
// of ours (and, off Windows, runs in a session of its own, so it has no controlling terminal
// to find either); whatever goes wrong (an error, a hang past the time limit) is skipped in
// silence, and the first launch then takes its own cache. SITREP_DEBUG_CODE_CACHE=1 says what
// happened; SITREP_CODE_CACHE=0 (no code cache at all) skips it.
import {Buffer} from 'node:buffer';
import {spawn} from 'node:child_process';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';

const timeLimit = 10_000;

/** The environment of a launch in an ordinary terminal, whatever the install's (a CI, a pipe). */
function launchEnvironment() {
	const env = {...process.env, SITREP_WARM_CODE_CACHE: '1', SITREP_DEBUG_CODE_CACHE: '1', TERM: 'xterm-256color'};
	// Ink draws nothing until exit under a CI variable, and chalk drops colour: the first frame's
	// functions would not be the ones a launch runs. NODE_OPTIONS may carry V8 flags, and V8
	// rejects a cache taken under other flags.
	for (const name of Object.keys(env)) {
		if (/^(CI|CI_.*|CONTINUOUS_INTEGRATION|NO_COLOR|FORCE_COLOR|NODE_OPTIONS|SITREP_WORKERS)$/.test(name)) delete env[name];
	}

	return env;
}

/**
 * Whether the build in `root` already has its caches for this Node (the build keeps them when
 * the bundles are unchanged): the warm-up's kind for the CLI, any for the worker. Their digests are
 * the launch's to check (source/cli/code-cache.ts).
 */
async function cachesReady(root) {
	const runtime = `${process.version}/${process.arch}/${process.versions.v8}`;
	const header = async file => {
		const bytes = await readFile(path.join(root, 'dist', file)).catch(() => Buffer.alloc(0));
		return bytes.toString('latin1', 0, Math.max(0, bytes.indexOf(10))).split(' ');
	};

	const [[magic, kind, from], [workerMagic, , workerFrom]] = await Promise.all([header('sitrep-main.js.v8-cache'), header('parse-worker-main.js.v8-cache')]);
	return magic === 'sitrep-v8-cache/1' && kind === 'dashboard+parser' && from === runtime && workerMagic === magic && workerFrom === runtime;
}

/** Runs the warm-up of the build in `root`; resolves (never rejects) with what happened, in one line. */
export async function warmCodeCache(root) {
	if (process.env.SITREP_CODE_CACHE === '0') return 'skipped (SITREP_CODE_CACHE=0)';
	if (await cachesReady(root)) return 'skipped (the caches of these bundles are there)';
	try {
		return await new Promise(resolve => {
			const child = spawn(process.execPath, [path.join(root, 'dist/sitrep.js')], {
				cwd: root,
				env: launchEnvironment(),
				stdio: ['ignore', 'ignore', 'pipe'],
				detached: process.platform !== 'win32',
				windowsHide: true,
			});
			let said = '';
			child.stderr.setEncoding('utf8');
			child.stderr.on('data', text => {
				said += text;
			});
			const timer = setTimeout(() => {
				child.kill('SIGKILL');
			}, timeLimit);
			child.once('error', error => {
				clearTimeout(timer);
				resolve(`skipped (${error.message})`);
			});
			child.once('close', (code, signal) => {
				clearTimeout(timer);
				const lines = said.trim().split('\n').filter(Boolean).join('; ');
				resolve(code === 0 ? `done: ${lines}` : `skipped (${signal ? `killed by ${signal}` : `exit code ${code}`}): ${lines}`);
			});
		});
	} catch (error) {
		return `skipped (${error instanceof Error ? error.message : String(error)})`;
	}
}
