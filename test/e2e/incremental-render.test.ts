// Keeps the ink #910 fix (patches/ink+6.8.0.patch) honest. Ink 6.8's incremental
// renderer moved the cursor up one row too few when the frame ends with a newline,
// which it does whenever the frame is shorter than the terminal (ours is rows - 1):
// every update then landed one row low. Unpatched, these tests fail.
import test from 'ava';
import {startSitrep, type PtySession} from '../helpers/pty.js';

const topBorder = /^[╭╔┌]/;
const bottomBorder = /^[╰╚└]/;
const boxDrawing = /^[\u2500-\u257F]/;

function assertFramePlacement(t: {true: (value: boolean, message?: string) => void; is: (a: unknown, b: unknown, message?: string) => void}, session: PtySession, step: string) {
	const lines = session.screenLines();
	const {rows} = session.size();
	t.true(topBorder.test(lines[0]!), `${step}: row 0 should be the panes' top border, got ${JSON.stringify(lines[0])}`);
	t.true(bottomBorder.test(lines[rows - 3]!), `${step}: the panes' bottom border should be on row ${rows - 3}, got ${JSON.stringify(lines[rows - 3])}\n${lines.join('\n')}`);
	const status = lines[rows - 2]!;
	t.true(status.trim() !== '' && !boxDrawing.test(status), `${step}: the status bar should be on row ${rows - 2}, got ${JSON.stringify(status)}`);
	t.is(lines[rows - 1], '', `${step}: the last row stays empty (the frame is rows - 1 high)`);
}

for (const [cols, rows] of [[120, 40], [80, 24]] as const) {
	test(`updates after scrolling land where a full repaint puts them (${cols}×${rows})`, async t => {
		const session = startSitrep({cols, rows}, t);
		await session.waitForText('DUSHANBE');
		await session.waitForQuiet();
		assertFramePlacement(t, session, 'launch');
		for (const [index, key] of ['j', 'j', ' ', 'k', 'G', 'g'].entries()) {
			session.write(key);
			// eslint-disable-next-line no-await-in-loop
			await session.waitForQuiet();
			assertFramePlacement(t, session, `after key ${index + 1} (${JSON.stringify(key)})`);
		}

		session.write(' ');
		await session.waitForQuiet();
		const incremental = session.screenText();
		// Ctrl-L clears the screen and repaints the whole frame: what a fresh render shows.
		session.write('\u000C');
		await session.waitForQuiet();
		t.is(incremental, session.screenText(), 'the incrementally updated screen differs from a full repaint');
	});
}
