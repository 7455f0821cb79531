// 100 resizes in a few seconds, down to 1×1 and back: sitrep never throws, and the last
// frame is laid out for the last size. Seeded like the key storms.
import test from 'ava';
import {processAlive, startSitrep} from '../helpers/pty.js';
import {seededRandom, stormSeed} from '../helpers/seeded-random.js';
import {layoutProblems, outputProblems} from './check-output.js';

const sleep = async (ms: number) => new Promise(resolve => {
	setTimeout(resolve, ms);
});

for (const [finalCols, finalRows, defaultSeed] of [[120, 40, 21], [70, 20, 22], [45, 12, 23]] as const) {
	test.serial(`100 resizes down to 1×1 and back, ending at ${finalCols}×${finalRows}`, async t => {
		t.timeout(60_000);
		const seed = stormSeed(defaultSeed);
		t.log(`seed ${seed} (replay: SITREP_STORM_SEED=${seed})`);
		const random = seededRandom(seed);
		const session = startSitrep({cols: 100, rows: 30}, t);
		await session.waitForText('DUSHANBE');
		for (let index = 0; index < 100; index++) {
			// Every tenth resize is the smallest terminal there is.
			const tiny = index % 10 === 5;
			const cols = tiny ? 1 : 1 + Math.floor(random() * 200);
			const rows = tiny ? 1 : 1 + Math.floor(random() * 60);
			session.resize(cols, rows);
			// Now and then a key mid-storm, as a user would press one.
			if (index % 7 === 3) session.write(['j', '\t', '/', 'a', '\u001B', '?', 'G'][Math.floor(index / 7) % 7]!);
			// eslint-disable-next-line no-await-in-loop
			await sleep(10 + Math.floor(random() * 30));
			t.is(session.exited(), undefined, `sitrep exited at resize ${index + 1} (${cols}×${rows})`);
		}

		session.resize(finalCols, finalRows);
		// The last repaint can come a second after the last resize on a loaded machine (it is
		// behind by every size it still had to lay out): wait for it, then judge it.
		await session.waitFor(() => layoutProblems(session).length === 0, 'a frame laid out for the last size', 20_000).catch(() => {});
		t.true(processAlive(session.pid));
		t.deepEqual(layoutProblems(session), [], 'the last frame fits the last size');
		const lines = session.screenLines();
		t.is(lines.length, finalRows);
		// A resize clears the screen (ESC[2J) before the repaint; nothing else is new.
		t.deepEqual(outputProblems(session.rawOutput(), [], {allowClearScreen: true}), []);
		session.write('\u0003');
		t.is((await session.waitForExit(10_000)).exitCode, 0);
	});
}
