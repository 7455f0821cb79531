// `npm install` / `npm ci` build dist/ (the `prepare` script), and the build warms the launch's
// code caches (scripts/warm-code-cache.js, source/cli/warm-code-cache.ts): the first launch finds
// them and takes them as they are; the warm-up never touches the terminal it may run in; and a
// warm-up that fails does not fail the build. SITREP_DEBUG_CODE_CACHE=1 makes the launcher (and
// the build) say on stderr what they did with the caches.
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import test, {type ExecutionContext} from 'ava';
import {startSitrep} from '../helpers/pty.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const kindOf = (file: string) => readFileSync(file).toString('latin1', 0, 60).split(' ')[1];

function temporaryFolder(t: ExecutionContext, prefix: string): string {
	const folder = mkdtempSync(path.join(tmpdir(), prefix));
	t.teardown(() => {
		rmSync(folder, {recursive: true, force: true});
	});
	return folder;
}

/** The build as `npm install` left it (dist/ with its caches, data/, package.json), in a folder of the test's own. */
function copyOfInstall(t: ExecutionContext) {
	const folder = temporaryFolder(t, 'sitrep-install-cache-');
	for (const entry of ['dist', 'data', 'package.json']) cpSync(path.join(root, entry), path.join(folder, entry), {recursive: true});
	const cli = path.join(folder, 'dist/sitrep.js');
	// The user's cache folder inside the copy: a cache found or written there is not the install's.
	const env = {SITREP_DEBUG_CODE_CACHE: '1', XDG_CACHE_HOME: path.join(folder, 'user-cache')};
	const run = (args: string[], extra: Record<string, string> = {}) => spawnSync(process.execPath, [cli, ...args], {env: {...process.env, ...env, ...extra}, encoding: 'utf8', timeout: 30_000});
	return {folder, cli, env, run, cache: path.join(folder, 'dist/sitrep-main.js.v8-cache'), workerCache: path.join(folder, 'dist/parse-worker-main.js.v8-cache')};
}

test('the build leaves code caches that the first launch takes as they are', async t => {
	const {folder, cli, env, run, cache, workerCache} = copyOfInstall(t);
	// The kinds that serve the dashboard best whichever thread parses its story (source/launch.ts).
	t.is(kindOf(cache), 'dashboard+parser');
	t.is(kindOf(workerCache), 'command');
	const before = readFileSync(cache);

	const session = startSitrep({command: [process.execPath, [cli]], env}, t);
	await session.waitForText('ARTICLE', 20_000);
	// Time for a cache to be saved after the first frame, were one wanted.
	await session.waitForQuiet(500, 10_000);
	const said = session.rawOutput().toString('latin1');
	t.regex(said, /sitrep: code cache hit/);
	t.notRegex(said, /code cache (saved|missing|rejected|mismatch|stale)/);
	session.write('q');
	await session.waitForExit(10_000);
	t.deepEqual(readFileSync(cache), before);

	const summary = run(['--summary']);
	t.is(summary.status, 0, summary.stderr);
	t.is(summary.stderr, 'sitrep: code cache hit\n');

	// A folder big enough for --json to read on workers (source/desk/worker-pool.ts, poolThreshold).
	const stories = path.join(folder, 'stories');
	mkdirSync(stories);
	for (let index = 1; index <= 20; index++) writeFileSync(path.join(stories, `story-${index}.txt`), `OSLO (AP) — A ferry with ${index} passengers ran aground on Tuesday, the coast guard said.\n`);
	const folderRun = run([stories, '--json'], {SITREP_WORKERS: '1'});
	t.is(folderRun.status, 0, folderRun.stderr);
	t.regex(folderRun.stderr, /worker code cache hit/);
	t.notRegex(folderRun.stderr, /worker code cache (saved|missing|rejected|mismatch|stale)/);
});

test('the warm-up leaves the terminal alone: no byte written to it, no raw mode', async t => {
	const {folder, cli, cache, workerCache} = copyOfInstall(t);
	rmSync(cache, {force: true});
	rmSync(workerCache, {force: true});
	// Records every switch of a terminal to raw mode, in this process or its workers.
	const log = path.join(folder, 'raw-mode.log');
	const probe = path.join(folder, 'probe.cjs');
	writeFileSync(probe, `const tty = require('node:tty'); const fs = require('node:fs');
const setRawMode = tty.ReadStream.prototype.setRawMode;
tty.ReadStream.prototype.setRawMode = function (mode) { fs.appendFileSync(${JSON.stringify(log)}, 'setRawMode(' + mode + ')\\n'); return setRawMode.call(this, mode); };
`);
	const session = startSitrep({command: [process.execPath, ['--require', probe, cli]], env: {SITREP_WARM_CODE_CACHE: '1', XDG_CACHE_HOME: path.join(folder, 'user-cache')}, answerQueries: false}, t);
	// (A dashboard would stay up: what it wrote in the meantime is what is looked at.)
	const status = await session.waitForExit(20_000).catch(() => undefined);
	t.is(session.rawOutput().toString('latin1'), '');
	t.false(existsSync(log), existsSync(log) ? readFileSync(log, 'utf8') : '');
	t.false(session.alternateScreen());
	t.is(status?.exitCode, 0);
	// And it did its work.
	t.true(existsSync(cache) && kindOf(cache) === 'dashboard+parser');
	t.true(existsSync(workerCache) && kindOf(workerCache) === 'command');
});

/** The repository's sources in a folder of the test's own (`data`: with the bundled story), and a build there. */
function copyOfSources(t: ExecutionContext, data: boolean) {
	const folder = temporaryFolder(t, 'sitrep-build-');
	for (const entry of ['scripts', 'source', 'package.json', 'tsconfig.json', ...(data ? ['data'] : [])]) cpSync(path.join(root, entry), path.join(folder, entry), {recursive: true});
	symlinkSync(path.join(root, 'node_modules'), path.join(folder, 'node_modules'), 'dir');
	const build = (env: Record<string, string> = {SITREP_DEBUG_CODE_CACHE: '1'}) => spawnSync(process.execPath, [path.join(folder, 'scripts/build.js')], {cwd: folder, env: {...process.env, ...env}, encoding: 'utf8', timeout: 60_000});
	return {folder, build};
}

test('a build of unchanged bundles keeps their caches, and skips the warm-up', t => {
	const {folder, build} = copyOfSources(t, true);
	const first = build();
	t.is(first.status, 0, first.stderr);
	t.regex(first.stderr, /^sitrep build: code cache warm-up done: /m);
	const cache = path.join(folder, 'dist/sitrep-main.js.v8-cache');
	const bytes = readFileSync(cache);
	const second = build();
	t.is(second.status, 0, second.stderr);
	t.regex(second.stderr, /^sitrep build: code cache warm-up skipped \(the caches of these bundles are there\)/m);
	t.deepEqual(readFileSync(cache), bytes);
});

test('a warm-up that fails does not fail the build', t => {
	// Without data/, the warm-up cannot find its story and exits with an error.
	const {folder, build: run} = copyOfSources(t, false);
	const build = run();
	t.is(build.status, 0, build.stderr);
	t.regex(build.stderr, /^sitrep build: code cache warm-up skipped \(exit code 2\)/m);
	t.is(build.stdout, '');
	t.true(existsSync(path.join(folder, 'dist/sitrep.js')));
	t.false(existsSync(path.join(folder, 'dist/sitrep-main.js.v8-cache')));

	// Quiet without SITREP_DEBUG_CODE_CACHE: an install's log shows nothing of it.
	const quiet = run({SITREP_DEBUG_CODE_CACHE: ''});
	t.is(quiet.status, 0, quiet.stderr);
	t.is(quiet.stderr, '');
});

test('the package does not ship the code caches (they belong to the Node that took them)', t => {
	t.true(existsSync(path.join(root, 'dist/sitrep-main.js.v8-cache')), 'the build left no cache to leave out');
	const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: root, encoding: 'utf8', timeout: 60_000});
	t.is(pack.status, 0, pack.stderr);
	const [{files}] = JSON.parse(pack.stdout) as Array<{files: Array<{path: string}>}>;
	const shipped = files.map(file => file.path);
	t.true(shipped.includes('dist/sitrep-main.js'));
	t.deepEqual(shipped.filter(file => file.endsWith('.v8-cache')), []);
});
