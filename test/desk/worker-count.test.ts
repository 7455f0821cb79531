// How many parsing workers a folder gets: one per idle core (fewer on a busy machine,
// where every extra worker's warm-up only takes CPU from the others), the dashboard
// leaving one core to its main thread; SITREP_WORKERS overrides.
import test from 'ava';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {defaultPoolSize, deskPoolSize, poolThreshold, wantsWorkers, workerStoryBytes} from '../../source/desk/worker-pool.js';

function withWorkersEnv(value: string | undefined, run: () => void): void {
	const previous = process.env['SITREP_WORKERS'];
	if (value === undefined) delete process.env['SITREP_WORKERS'];
	else process.env['SITREP_WORKERS'] = value;
	try {
		run();
	} finally {
		if (previous === undefined) delete process.env['SITREP_WORKERS'];
		else process.env['SITREP_WORKERS'] = previous;
	}
}

test.serial('--json and --search use every idle core, at most four, at least one', t => {
	withWorkersEnv(undefined, () => {
		t.is(defaultPoolSize(0.1, 2), 2);
		t.is(defaultPoolSize(0, 8), 4);
		t.is(defaultPoolSize(5, 8), 3);
		// One other busy process on two cores: a second worker would only share the core it leaves.
		t.is(defaultPoolSize(1.2, 2), 1);
		t.is(defaultPoolSize(12, 2), 1);
	});
});

test.serial('the dashboard leaves a core to its main thread, and takes fewer on a busy machine', t => {
	withWorkersEnv(undefined, () => {
		t.is(deskPoolSize(0, 2), 1);
		t.is(deskPoolSize(0.2, 4), 3);
		t.is(deskPoolSize(0, 8), 4);
		t.is(deskPoolSize(2.1, 4), 1);
		t.is(deskPoolSize(12, 4), 1);
	});
});

test.serial('SITREP_WORKERS sets the count whatever the load', t => {
	withWorkersEnv('3', () => {
		t.is(defaultPoolSize(12, 2), 3);
		t.is(deskPoolSize(12, 2), 3);
	});
});

test('the dashboard reads a few stories on its own thread, but one big story on a worker: its parse would hold every key', t => {
	const root = mkdtempSync(path.join(tmpdir(), 'sitrep-wants-workers-'));
	t.teardown(() => rmSync(root, {recursive: true, force: true}));
	const small = ['a.txt', 'b.txt'].map(name => path.join(root, name));
	for (const file of small) writeFileSync(file, 'KHUJAND, Tajikistan (AP) — Two guards were killed on Sunday.\n');
	t.false(wantsWorkers(small));
	t.true(wantsWorkers(Array.from({length: poolThreshold}, () => small[0]!)), 'many stories');
	const big = path.join(root, 'c.txt');
	writeFileSync(big, 'x'.repeat(workerStoryBytes + 1));
	t.true(wantsWorkers([...small, big]), 'one story over workerStoryBytes');
	t.false(wantsWorkers([...small, path.join(root, 'gone.txt')]), 'a file that vanished is no reason');
});
