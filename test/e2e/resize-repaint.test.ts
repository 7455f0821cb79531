// One resize at a time, each way: the whole frame is repainted for the new size. Growing
// terminals used to keep blank rows (Ink 6.8 clears only when the width shrinks; our Ink
// patch clears on every resize, and start-dashboard re-renders at the new size first).
import test from 'ava';
import {startSitrep} from '../helpers/pty.js';
import {layoutProblems} from '../hostile/check-output.js';

const cases = [
	[[100, 30], [100, 36], 'taller'],
	[[100, 36], [100, 30], 'shorter'],
	[[120, 40], [130, 40], 'wider'],
	[[130, 40], [110, 40], 'narrower'],
	[[60, 20], [140, 45], 'much bigger'],
	[[140, 45], [60, 20], 'much smaller'],
	[[100, 30], [30, 8], 'too small'],
	[[30, 8], [100, 30], 'back from too small'],
] as const;

for (const [[fromCols, fromRows], [toCols, toRows], name] of cases) {
	test(`${name}: ${fromCols}×${fromRows} → ${toCols}×${toRows} repaints the whole frame`, async t => {
		const session = startSitrep({cols: fromCols, rows: fromRows}, t);
		await session.waitFor(screen => screen.includes('DUSHANBE') || screen.includes('too small'), 'the first frame');
		await session.waitForQuiet();
		session.resize(toCols, toRows);
		const expected = toCols < 40 || toRows < 10 ? /too small/ : /DUSHANBE/;
		await session.waitFor(screen => expected.test(screen) && layoutProblems(session).length === 0, 'a frame for the new size').catch(() => {});
		t.deepEqual(layoutProblems(session), []);
		t.regex(session.screenText(), expected);
		// Nothing left over from the bigger frame beyond the new width.
		t.true(session.screenLines().every(line => line.length <= toCols));
	});
}
