// The dashboard as a user feels it, in a real pty at 120×40 on the built bundle:
// (a) launch to the full dashboard vs a bare `node -e` in the same pty, with the launcher's
//     code cache (written by a first launch), the first launch after install (each run on a
//     fresh copy of the build `npm run bench` just made, with the caches its warm-up left,
//     scripts/warm-code-cache.js) and with no cache at all (SITREP_CODE_CACHE=0),
// (b) key to finished frame for scrolling (j, Space) and typing a search, on the bundled
//     story and on a 1 MB story,
// (c) bytes written per scroll keystroke.
// A frame is finished when Ink's end-of-synchronized-update marker (ESC[?2026l) arrives.
// Run: npm run bench -- dashboard (SITREP_BENCH_LAUNCH_ONLY=1 for (a) alone)
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {EventEmitter} from 'node:events';
import React from 'react';
import {render} from 'ink';
import {PtySession} from '../test/helpers/pty.js';
import {parseStory} from '../source/parser/index.js';
import {App} from '../source/ui/app.js';
import {FakeKeyboard} from '../test/helpers/fake-keyboard.js';
import {copyOfBuild} from './copy-of-build.js';

const cols = 120;
const rows = 40;
const launchRuns = 15;
const endOfFrame = '\u001B[?2026l';

const ms = (value: number) => `${value.toFixed(1)} ms`;

function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const median = (values: number[]) => percentile(values, 50);

const sleep = async (delay: number) => new Promise<void>(resolve => {
	setTimeout(resolve, delay);
});

type Subscription = {dispose(): void};

/** Calls `listener` as each chunk of output arrives (the harness keeps the pty private; the bench must not busy-poll a 2-core machine). */
function onOutput(session: PtySession, listener: () => void): Subscription {
	const {pty} = session as unknown as {pty: {onData(callback: () => void): Subscription}};
	return pty.onData(listener);
}

/** Resolves with the time at which the output since `from` first satisfied `done`. */
async function until(session: PtySession, done: (output: string) => boolean, from = 0, timeout = 10_000): Promise<number> {
	return new Promise<number>((resolve, reject) => {
		const check = () => done(session.rawOutputSince(from).toString('latin1'));
		let subscription: Subscription | undefined;
		const timer = setTimeout(() => {
			subscription?.dispose();
			reject(new Error(`timed out; screen:\n${session.screenText()}`));
		}, timeout);
		const finish = () => {
			const at = performance.now();
			clearTimeout(timer);
			subscription?.dispose();
			resolve(at);
		};

		// The harness counts a chunk in its own data listener, registered before ours.
		subscription = onOutput(session, () => {
			if (check()) finish();
		});
		if (check()) finish();
	});
}

const fullDashboard = (output: string) => output.includes('Names') && output.includes('Summary') && output.includes('ARTICLE');

/** CPU time (ms) the process has used so far, all its threads (Linux: /proc; elsewhere NaN): steadier than wall time on a shared machine. */
function cpuTime(pid: number): number {
	try {
		let total = 0;
		for (const thread of readdirSync(`/proc/${pid}/task`)) {
			try {
				total += Number(readFileSync(`/proc/${pid}/task/${thread}/schedstat`, 'utf8').split(' ')[0]);
			} catch {}
		}

		return total / 1e6;
	} catch {
		return Number.NaN;
	}
}

type Launch = {wall: number; cpu: number};

async function launchTime(command?: [string, string[]], ready = fullDashboard, env: Record<string, string> = {}): Promise<Launch> {
	const started = performance.now();
	const session = new PtySession({cols, rows, command, env});
	try {
		const wall = (await until(session, ready)) - started;
		return {wall, cpu: cpuTime(session.pid)};
	} finally {
		session.dispose();
	}
}

/** Launches the dashboard and stays until the launcher has written its code cache (after the first frame), as a first launch after install does. */
async function warmCodeCache() {
	const session = new PtySession({cols, rows, env: {SITREP_DEBUG_CODE_CACHE: '1'}});
	try {
		await until(session, fullDashboard, 0, 20_000);
		// The cache is written right after the first frame (or was there already: 'hit').
		await until(session, output => output.includes('code cache saved') || output.includes('code cache hit'), 0, 20_000);
		await sleep(500);
	} finally {
		session.dispose();
	}
}

async function measureLaunch() {
	// The build as `npm run bench` left it, before any launch can have rewritten its caches.
	const installed = copyOfBuild(root);
	try {
		await measureLaunchFrom(installed.root);
	} finally {
		installed.dispose();
	}
}

async function measureLaunchFrom(installed: string) {
	// The first line's cache is the one a first launch leaves (before `npm install` left one),
	// whose kind depends on the thread that parsed the story, so on the machine's load.
	for (const bundle of ['sitrep-main.js', 'parse-worker-main.js']) rmSync(path.join(root, `dist/${bundle}.v8-cache`), {force: true});
	await warmCodeCache();
	const runs = {bare: [] as Launch[], dashboard: [] as Launch[], installed: [] as Launch[], cold: [] as Launch[]};
	// Interleaved, so a busy moment on the machine hits all alike.
	for (let run = 0; run < launchRuns; run++) {
		// eslint-disable-next-line no-await-in-loop
		runs.bare.push(await launchTime([process.execPath, ['-e', 'process.stdout.write("ready")']], output => output.includes('ready')));
		// eslint-disable-next-line no-await-in-loop
		runs.dashboard.push(await launchTime());
		// The first launch after `npm install`: a fresh copy of the build, with the caches its warm-up left.
		const copy = copyOfBuild(installed);
		try {
			// eslint-disable-next-line no-await-in-loop
			runs.installed.push(await launchTime([process.execPath, [copy.cli]], fullDashboard, copy.env));
		} finally {
			copy.dispose();
		}

		// The first launch after install or an upgrade of Node: no code cache yet.
		// eslint-disable-next-line no-await-in-loop
		runs.cold.push(await launchTime(undefined, fullDashboard, {SITREP_CODE_CACHE: '0'}));
	}

	const wall = (launches: Launch[]) => launches.map(launch => launch.wall);
	const cpu = (launches: Launch[]) => ms(median(launches.map(launch => launch.cpu)));
	const ratio = median(wall(runs.dashboard)) / median(wall(runs.bare));
	console.log(`launch to full dashboard (${launchRuns} runs; the cache a first launch left): median ${ms(median(wall(runs.dashboard)))}, p95 ${ms(percentile(wall(runs.dashboard), 95))}  (cpu ${cpu(runs.dashboard)})`);
	console.log(`  first launch after install:             median ${ms(median(wall(runs.installed)))}, p95 ${ms(percentile(wall(runs.installed), 95))}  (cpu ${cpu(runs.installed)})`);
	console.log(`  without the code cache (no cache at all): median ${ms(median(wall(runs.cold)))}, p95 ${ms(percentile(wall(runs.cold), 95))}  (cpu ${cpu(runs.cold)})`);
	console.log(`bare node -e:                        median ${ms(median(wall(runs.bare)))}  (cpu ${cpu(runs.bare)})`);
	const times = (launches: Launch[]) => `${(median(wall(launches)) / median(wall(runs.bare))).toFixed(2)}×`;
	console.log(`ratio: ${ratio.toFixed(2)}× (goal ≤ 150 ms and ≤ 3×); first launch after install ${times(runs.installed)}; without the cache ${times(runs.cold)}; load average now ${loadavg().map(load => load.toFixed(2)).join(' ')}`);
}

type KeyResult = {latency: number; bytes: number};

/** Types one key and waits for the frame it causes to be finished (a key that changes nothing throws). */
async function press(session: PtySession, keys: string): Promise<KeyResult> {
	const from = session.rawLength();
	const started = performance.now();
	session.write(keys);
	const finished = await until(session, output => output.includes(endOfFrame), from, 2000);
	// Let anything after the frame (there should be nothing) arrive before the next key.
	await sleep(12);
	return {latency: finished - started, bytes: session.rawLength() - from};
}

async function launchOn(args: string[]): Promise<PtySession> {
	const session = new PtySession({cols, rows, args});
	await until(session, fullDashboard, 0, 60_000);
	await session.waitForQuiet(150, 60_000);
	return session;
}

function report(label: string, results: KeyResult[]) {
	const latencies = results.map(result => result.latency);
	const bytes = results.reduce((sum, result) => sum + result.bytes, 0) / Math.max(1, results.length);
	console.log(`${label.padEnd(44)} n=${String(results.length).padStart(3)}  p50 ${ms(median(latencies)).padStart(8)}  p95 ${ms(percentile(latencies, 95)).padStart(8)}  bytes/key ${Math.round(bytes)}`);
}

async function measureKeys(label: string, args: string[], names: string[]) {
	const session = await launchOn(args);
	try {
		console.log(`\n${label}`);
		// j from the top through the article: the cursor walks down the page; when it leaves
		// it the view jumps half a page. The bundled story is 84 lines here: 80 presses stay inside.
		const walk: KeyResult[] = [];
		for (let index = 0; index < 80; index++) walk.push(await press(session, 'j')); // eslint-disable-line no-await-in-loop
		report('j (80 from the top: reading on)', walk);
		report('  of which moved the view', walk.filter(result => result.bytes > 2000));
		await press(session, 'g');
		const lines: KeyResult[] = [];
		for (let index = 0; index < 30; index++) lines.push(await press(session, '\u0005')); // eslint-disable-line no-await-in-loop
		report('Ctrl-E (scroll the view by one line)', lines);
		const paging: KeyResult[] = [];
		for (let index = 0; index < 20; index++) paging.push(await press(session, index % 2 === 0 ? ' ' : 'b')); // eslint-disable-line no-await-in-loop
		report('Space / b (a page)', paging);
		await press(session, 'g');
		// Typing a search: every letter re-ranks the list.
		const typing: KeyResult[] = [];
		await press(session, '/');
		for (const name of names) {
			for (const letter of name) typing.push(await press(session, letter)); // eslint-disable-line no-await-in-loop
			for (const _letter of name) await press(session, '\u007F'); // eslint-disable-line no-await-in-loop
		}

		report('typing a search (one letter)', typing);
		return {walk, typing};
	} finally {
		session.dispose();
	}
}

const root = fileURLToPath(new URL('..', import.meta.url));
const bundled = path.join(root, 'data/dushanbe-prison-escape.txt');

console.log(`pty ${cols}×${rows}, dist/sitrep.js (npm run bench builds it); load average ${loadavg().map(load => load.toFixed(2)).join(' ')}`);
await measureLaunch();
// SITREP_BENCH_LAUNCH_ONLY=1 npm run bench -- dashboard: the launch figures alone.
if (process.env['SITREP_BENCH_LAUNCH_ONLY'] === '1') process.exit(0);
const small = await measureKeys('bundled story', [], ['mirzo ziyoyev', 'rakhmon', 'imu', 'tajikistan']);

// A 1 MB story: the bundled one's paragraphs over and over.
const folder = mkdtempSync(path.join(tmpdir(), 'sitrep-bench-'));
try {
	const text = readFileSync(bundled, 'utf8');
	const big = path.join(folder, 'big.txt');
	writeFileSync(big, `${text}\n\n`.repeat(Math.ceil(1_048_576 / (text.length + 2))));
	const large = await measureKeys('1 MB story', [big], ['mirzo ziyoyev', 'rakhmon']);
	const ratio = median(large.walk.map(result => result.latency)) / median(small.walk.map(result => result.latency));
	console.log(`\n1 MB vs bundled, j p50: ${ratio.toFixed(2)}×`);
} finally {
	rmSync(folder, {recursive: true, force: true});
}

// In process, no pty: the same App and render options into a fake 120×40 terminal. What is
// left of a key's cost when the pty, the terminal emulator and a busy machine's scheduling
// are taken away: React, Yoga, Ink's output and the line diff.
class FakeTerminal extends EventEmitter {
	readonly isTTY = true;
	readonly columns = cols;
	readonly rows = rows;
	lastWrite = 0;
	write(_data: string) {
		this.lastWrite = performance.now();
		return true;
	}
}

async function inProcess(label: string, text: string, keys: string[]) {
	const terminal = new FakeTerminal();
	const keyboard = new FakeKeyboard();
	const instance = render(React.createElement(App, {story: parseStory(text), color: true, onQuit() {}}), {
		stdout: terminal as unknown as NodeJS.WriteStream,
		stdin: keyboard as unknown as NodeJS.ReadStream,
		incrementalRendering: true,
		maxFps: 120,
		patchConsole: false,
		exitOnCtrlC: false,
	});
	await sleep(300);
	const latencies: number[] = [];
	const cpu = process.cpuUsage();
	for (const key of keys) {
		const started = performance.now();
		terminal.lastWrite = 0;
		keyboard.type(key);
		// eslint-disable-next-line no-await-in-loop
		await sleep(20);
		if (terminal.lastWrite > 0) latencies.push(terminal.lastWrite - started);
	}

	const used = process.cpuUsage(cpu);
	instance.unmount();
	console.log(`${label.padEnd(44)} n=${String(latencies.length).padStart(3)}  p50 ${ms(median(latencies)).padStart(8)}  p95 ${ms(percentile(latencies, 95)).padStart(8)}  cpu/key ${ms((used.user + used.system) / 1000 / keys.length)}`);
}

console.log('\nin process (no pty), 120×40');
const bundledText = readFileSync(bundled, 'utf8');
const walk = [...Array.from({length: 80}, () => 'j'), 'g'];
await inProcess('bundled: j ×80 then g, three times', bundledText, [...walk, ...walk, ...walk]);
await inProcess('bundled: Ctrl-E ×60', bundledText, Array.from({length: 60}, () => '\u0005'));
await inProcess('bundled: typing "mirzo ziyoyev" and erasing it', bundledText, ['/', ...'mirzo ziyoyev', ...Array.from({length: 13}, () => '\u007F')]);
await inProcess('1 MB: Ctrl-E ×60', `${bundledText}\n\n`.repeat(Math.ceil(1_048_576 / (bundledText.length + 2))), Array.from({length: 60}, () => '\u0005'));

console.log('\ngoals: key p95 ≤ 16 ms; scroll bytes/key ≤ 1 KB on average (j reading on)');
