// Thousands of random keys at three sizes: the dashboard stays up, the screen is never
// blank, the layout holds and every position it shows stays in bounds. Seeded: a failure
// prints its seed; replay it with SITREP_STORM_SEED=<seed>.
import test from 'ava';
import {processAlive, startSitrep, type PtySession} from '../helpers/pty.js';
import {seededRandom, stormSeed} from '../helpers/seeded-random.js';
import {layoutProblems} from './check-output.js';

const named = [
	'\u001B[A', '\u001B[B', '\u001B[C', '\u001B[D', // Arrows
	'\t', '\u001B[Z', // Tab, Shift-Tab
	'\u001B', '\r', '/', '?', ' ', '\u007F', // Esc, Enter, search, help, page, backspace
	'\u001B[5~', '\u001B[6~', '\u001B[H', '\u001B[F', '\u001B[1~', '\u001B[4~', // PgUp/PgDn, Home/End (two encodings)
	'\u000C', '\u0005', '\u0019', '\u0004', '\u0015', '\u0017', '\u001A', // Ctrl-L/E/Y/D/U/W/Z
	'\u001B[1;5A', '\u001BOA', '\u001Bb', // Ctrl-Up, SS3 arrow, Alt-b
	'[', ']', 'g', 'G', 'n', 'N', 'j', 'k', '1', '2', '3',
];
// Everything but q and Ctrl-C, which would end the storm early.
const letters = 'abcdefghijklmnoprstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,-\'"';
const foreign = ['ж', 'Ш', 'я', 'Ё', '北', '京', '東', 'ا', 'ß', 'é', '😀'];

function randomKey(random: () => number): string {
	const roll = random();
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
	if (roll < 0.5) return pick(named);
	if (roll < 0.8) return pick([...letters]);
	if (roll < 0.98) return pick(foreign);
	// A short paste: a few words in one read. (No q: the App splits a read into keys, so q would quit.)
	// Long pastes have their own test below.
	const words = Array.from({length: 2 + Math.floor(random() * 7)}, () => pick(['Mirzo', 'zone', 'Ziyoyev', 'пример', '北京', 'the', 'Tajik', 'Qatar']));
	return words.join(' ');
}

function positionProblems(screen: string): string[] {
	const problems: string[] = [];
	for (const match of screen.matchAll(/line (\d+)\/(\d+)/g)) {
		const [line, total] = [Number(match[1]), Number(match[2])];
		if (line < 1 || line > total) problems.push(`article position ${match[0]} out of bounds`);
	}

	for (const match of screen.matchAll(/(?:Names|Summary)\s+(\d+)\/(\d+)/g)) {
		const [index, total] = [Number(match[1]), Number(match[2])];
		if (index > total) problems.push(`list position ${match[0]} out of bounds`);
	}

	return problems;
}

async function check(t: {deepEqual: (a: unknown, b: unknown, message?: string) => void; true: (value: boolean, message?: string) => void}, session: PtySession, where: string) {
	await session.waitForQuiet(150, 30_000);
	// It may still be catching up with keys typed faster than it draws: give the frame a moment.
	await session.waitFor(() => layoutProblems(session).length === 0, 'an intact frame', 10_000).catch(() => {});
	t.true(processAlive(session.pid) && session.exited() === undefined, `${where}: sitrep died (${JSON.stringify(session.exited())})`);
	t.deepEqual(layoutProblems(session), [], `${where}: layout`);
	t.deepEqual(positionProblems(session.screenText()), [], `${where}: positions`);
}

const sizes = [[120, 40, 1], [80, 24, 2], [50, 14, 3]] as const;
const keysPerStorm = 3000;

for (const [cols, rows, defaultSeed] of sizes) {
	test.serial(`${keysPerStorm} random keys at ${cols}×${rows}`, async t => {
		t.timeout(120_000);
		const seed = stormSeed(defaultSeed);
		t.log(`seed ${seed} (replay: SITREP_STORM_SEED=${seed})`);
		const random = seededRandom(seed);
		const session = startSitrep({cols, rows}, t);
		await session.waitForText('DUSHANBE');
		let sent = 0;
		while (sent < keysPerStorm) {
			// Bursts of a few keys, as fast typing or key repeat sends them.
			const burst = Array.from({length: 1 + Math.floor(random() * 8)}, () => randomKey(random));
			if (session.exited()) t.fail(`sitrep exited after ${sent} keys: ${JSON.stringify(session.exited())}; last keys ${JSON.stringify(burst)}`);
			session.write(burst.join(''));
			sent += burst.length;
			// eslint-disable-next-line no-await-in-loop
			await new Promise(resolve => {
				setTimeout(resolve, 2);
			});
			// eslint-disable-next-line no-await-in-loop
			if (sent % 500 < burst.length) await check(t, session, `after ${sent} keys`);
		}

		await check(t, session, 'at the end');
		// Still answering keys: leave whatever mode the storm left it in and quit.
		session.write('\u0003');
		const status = await session.waitForExit(10_000);
		t.is(status.exitCode, 0);
	});
}
