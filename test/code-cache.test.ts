// The launcher's V8 code cache (source/cli/code-cache.ts): used the second time, and never
// the reason a launch fails, whatever is in the cache file.
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import test from 'ava';
import {cacheFiles, runCachedScript, type CacheStatus} from '../source/cli/code-cache.js';

type Run = (n: number) => number;

// A script shaped like the bundle: one function expression, with enough in it for V8 to cache.
const source = `(function (n) {
	function square(x) { return x * x; }
	const table = Array.from({length: 10}, (_, i) => square(i));
	return table[n] + ${'0 + '.repeat(50)}1;
})`;

function setUp(t: {teardown(fn: () => void): void}, text = source) {
	const folder = mkdtempSync(path.join(tmpdir(), 'sitrep-code-cache-'));
	t.teardown(() => {
		rmSync(folder, {recursive: true, force: true});
	});
	const file = path.join(folder, 'bundle.js');
	writeFileSync(file, text);
	// The fallback place is kept inside the test's folder.
	const env = {XDG_CACHE_HOME: path.join(folder, 'user-cache')};
	const run = () => runCachedScript<Run>(file, {env});
	return {folder, file, env, run, beside: `${file}.v8-cache`};
}

test('the first run has no cache and leaves one beside the script; the second run uses it', t => {
	const {run, beside} = setUp(t);
	const first = run();
	t.is(first.status, 'missing');
	t.is(first.value(3), 10);
	t.true(first.wants('command'));
	t.is(first.save('command'), beside);
	t.false(first.wants('command'));

	const second = run();
	t.is(second.status, 'hit');
	t.is(second.kind, 'command');
	t.is(second.value(4), 17);
	t.false(second.wants('command'));
});

test('a cache is replaced by one taken after more of the program ran (command < dashboard < dashboard+parser), not the other way', t => {
	const {run} = setUp(t);
	run().save('command');
	const dashboard = run();
	t.true(dashboard.wants('dashboard'));
	dashboard.save('dashboard');
	const after = run();
	t.is(after.kind, 'dashboard');
	t.false(after.wants('command'));
	t.false(after.wants('dashboard'));
	t.true(after.wants('dashboard+parser'));
	after.save('dashboard+parser');
	const last = run();
	t.is(last.status, 'hit');
	t.is(last.kind, 'dashboard+parser');
	t.false(last.wants('dashboard'));
	t.false(last.wants('command'));
});

test('a cache with damaged bytes is not used, the script still runs, and a good cache replaces it', t => {
	const {run, beside} = setUp(t);
	run().save('command');
	const bytes = readFileSync(beside);
	// Flip bits in the middle of V8's data, keeping the length (V8 itself would only check the length).
	for (let index = Math.floor(bytes.length / 2); index < bytes.length; index += 7) bytes[index]! ^= 0x5A;
	writeFileSync(beside, bytes);
	const damaged = run();
	t.is(damaged.status, 'mismatch');
	t.is(damaged.value(2), 5);
	t.true(damaged.wants('command'));
	damaged.save('command');
	t.is(run().status, 'hit');
});

test('a truncated cache, an empty file and a file of garbage are not used and the script runs', t => {
	const {run, beside} = setUp(t);
	run().save('command');
	const good = readFileSync(beside);
	const cases: Array<[Buffer, CacheStatus]> = [
		[good.subarray(0, Math.floor(good.length * 0.6)), 'mismatch'],
		[Buffer.alloc(0), 'damaged'],
		[Buffer.from('\u0000garbage\nmore garbage'.repeat(100)), 'damaged'],
		[good.subarray(0, 10), 'damaged'],
	];
	for (const [bytes, status] of cases) {
		writeFileSync(beside, bytes);
		const cached = run();
		t.is(cached.status, status);
		t.is(cached.value(1), 2);
	}
});

test('a cache of another build of the script (same length) is not used', t => {
	const {run, file} = setUp(t);
	run().save('command');
	writeFileSync(file, source.replace('return x * x', 'return x + x'));
	const rebuilt = run();
	t.is(rebuilt.status, 'mismatch');
	t.is(rebuilt.value(3), 7);
});

test('a cache from another Node is not used', t => {
	const {run, beside} = setUp(t);
	run().save('command');
	const bytes = readFileSync(beside);
	const end = bytes.indexOf(10);
	const header = bytes.toString('latin1', 0, end).replace(/ v\d+\.\d+\.\d+\//, ' v0.0.1/');
	writeFileSync(beside, Buffer.concat([Buffer.from(header, 'latin1'), bytes.subarray(end)]));
	const other = run();
	t.is(other.status, 'stale');
	t.is(other.value(3), 10);
});

test('when the script\'s folder takes no file, the cache goes to the user\'s cache folder and is found there', t => {
	const {run, beside, file, env} = setUp(t);
	// A folder where the cache file would go: writing it fails, as in a read-only global install (tests run as root, so chmod would not do).
	mkdirSync(beside);
	const fallback = cacheFiles(file, env)[1]!;
	t.true(fallback.startsWith(env.XDG_CACHE_HOME));
	const first = run();
	t.is(first.status, 'missing');
	t.is(first.save('command'), fallback);
	t.true(existsSync(fallback));
	const second = run();
	t.is(second.status, 'hit');
	t.is(second.value(3), 10);
});

test('with nowhere to write, saving quietly returns undefined', t => {
	const {folder, file} = setUp(t);
	mkdirSync(`${file}.v8-cache`);
	// The user's cache folder is a file: no folder can be made in it.
	writeFileSync(path.join(folder, 'not-a-folder'), '');
	const cached = runCachedScript<Run>(file, {env: {XDG_CACHE_HOME: path.join(folder, 'not-a-folder')}});
	t.is(cached.save('command'), undefined);
	t.is(cached.value(3), 10);
});

test('SITREP_CODE_CACHE=0 neither reads nor writes a cache', t => {
	const {run, file, env, beside} = setUp(t);
	run().save('command');
	const off = runCachedScript<Run>(file, {env: {...env, SITREP_CODE_CACHE: '0'}});
	t.is(off.status, 'off');
	t.false(off.wants('command'));
	t.false(off.wants('dashboard'));
	rmSync(beside);
	t.is(off.save('command'), undefined);
	t.false(existsSync(beside));
	t.is(off.value(3), 10);
});
