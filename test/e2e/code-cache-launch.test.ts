// The built launcher with its code cache (source/cli/code-cache.ts), on a copy of dist/ so the
// tests own the cache file: a command leaves a cache and the next run uses it; the dashboard
// leaves one after its first frame; a damaged cache still launches. SITREP_DEBUG_CODE_CACHE=1
// makes the launcher say on stderr what it did with the cache.
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import test, {type ExecutionContext} from 'ava';
import {startSitrep} from '../helpers/pty.js';
import {runCli} from '../helpers/run-cli.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** dist/, data/ and package.json (meow reads the version from it) in a folder of the test's own. */
function copyOfBuild(t: ExecutionContext) {
	const folder = mkdtempSync(path.join(tmpdir(), 'sitrep-launch-cache-'));
	t.teardown(() => {
		rmSync(folder, {recursive: true, force: true});
	});
	for (const entry of ['dist', 'data', 'package.json']) cpSync(path.join(root, entry), path.join(folder, entry), {recursive: true});
	for (const bundle of ['sitrep-main.js', 'parse-worker-main.js']) rmSync(path.join(folder, `dist/${bundle}.v8-cache`), {force: true});
	const cli = path.join(folder, 'dist/sitrep.js');
	const env = {SITREP_DEBUG_CODE_CACHE: '1', XDG_CACHE_HOME: path.join(folder, 'user-cache')};
	const run = (args: string[]) => {
		const result = spawnSync(process.execPath, [cli, ...args], {env: {...process.env, ...env}, encoding: 'utf8', timeout: 30_000});
		return {stdout: result.stdout, stderr: result.stderr, code: result.status};
	};

	return {folder, cli, env, run, cache: path.join(folder, 'dist/sitrep-main.js.v8-cache'), workerCache: path.join(folder, 'dist/parse-worker-main.js.v8-cache')};
}

const expected = runCli(['--summary']);

test('a command leaves a code cache beside the bundle, the next run uses it, and the output is the same', t => {
	const {run, cache} = copyOfBuild(t);
	const first = run(['--summary']);
	t.is(first.code, 0, first.stderr);
	t.is(first.stdout, expected.stdout);
	t.is(first.stderr, `sitrep: code cache missing\nsitrep: code cache saved (command) ${cache}\n`);
	t.true(existsSync(cache));

	const second = run(['--summary']);
	t.is(second.code, 0, second.stderr);
	t.is(second.stdout, expected.stdout);
	t.is(second.stderr, 'sitrep: code cache hit\n');
});

test('a damaged code cache still launches, with the same output, and is written afresh', t => {
	const {run, cache} = copyOfBuild(t);
	run(['--summary']);
	const bytes = readFileSync(cache);
	for (let index = 200; index < bytes.length; index += 97) bytes[index]! ^= 0xFF;
	writeFileSync(cache, bytes);
	const damaged = run(['--summary']);
	t.is(damaged.code, 0, damaged.stderr);
	t.is(damaged.stdout, expected.stdout);
	t.regex(damaged.stderr, /^sitrep: code cache mismatch\nsitrep: code cache saved \(command\) /);
	t.is(run(['--summary']).stderr, 'sitrep: code cache hit\n');

	writeFileSync(cache, 'not a cache at all');
	const garbage = run(['--json']);
	t.is(garbage.code, 0, garbage.stderr);
	t.true(garbage.stderr.startsWith('sitrep: code cache damaged\n'));
	t.true((JSON.parse(garbage.stdout) as {text: string}).text.startsWith('DUSHANBE'));
});

test('the dashboard leaves a code cache after its first frame, and the next launch uses it', async t => {
	const {cli, env, cache} = copyOfBuild(t);
	const launch = async () => {
		const session = startSitrep({command: [process.execPath, [cli]], env}, t);
		// Generous: a first launch compiles everything, and a busy machine is no failure here.
		await session.waitForText('ARTICLE', 20_000);
		return session;
	};

	const first = await launch();
	await first.waitFor(() => existsSync(cache), 'the cache file', 20_000);
	t.regex(first.rawOutput().toString('latin1'), /code cache missing/);
	// 'dashboard+parser' when the story was parsed on the main thread (a busy machine: no worker).
	t.regex(readFileSync(cache).toString('latin1', 0, 60), /^sitrep-v8-cache\/1 dashboard(\+parser)? /);
	first.write('q');
	await first.waitForExit(10_000);

	const second = await launch();
	t.regex(second.rawOutput().toString('latin1'), /code cache hit/);
	second.write('q');
	await second.waitForExit(10_000);
});

test('a parsing worker leaves its own code cache before its first answer; a damaged one still parses the same', t => {
	const {run, folder, workerCache} = copyOfBuild(t);
	// A folder big enough for --json to read on workers (source/desk/worker-pool.ts, poolThreshold).
	const stories = path.join(folder, 'stories');
	mkdirSync(stories);
	for (let index = 1; index <= 20; index++) {
		writeFileSync(path.join(stories, `story-${String(index).padStart(2, '0')}.txt`), `LISBON (AP) — Police said ${index} people were hurt on Monday when a tram left its rails near the harbour, officials said.\n\nMaria Costa, a witness, said the driver was unhurt.\n`);
	}

	const inProcess = spawnSync(process.execPath, [path.join(root, 'dist/sitrep.js'), stories, '--json'], {env: {...process.env, SITREP_WORKERS: '0'}, encoding: 'utf8'});
	const first = run([stories, '--json']);
	t.is(first.code, 0, first.stderr);
	t.is(first.stdout, inProcess.stdout);
	t.true(existsSync(workerCache), first.stderr);
	t.true(readFileSync(workerCache).toString('latin1', 0, 40).startsWith('sitrep-v8-cache/1 command '));

	const second = run([stories, '--json']);
	t.is(second.stdout, inProcess.stdout);
	t.regex(second.stderr, /worker code cache hit/);

	const bytes = readFileSync(workerCache);
	for (let index = 300; index < bytes.length; index += 101) bytes[index]! ^= 0xFF;
	writeFileSync(workerCache, bytes);
	const damaged = run([stories, '--json']);
	t.is(damaged.code, 0, damaged.stderr);
	t.is(damaged.stdout, inProcess.stdout);
	t.regex(damaged.stderr, /worker code cache mismatch/);
});
