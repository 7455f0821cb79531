// Launch A/B: builds of sitrep side by side, interleaved with a bare `node -e`, in a pty at
// 120×40 (the dashboard bench's launch, for several builds at once). Besides wall time it
// prints each launch's CPU time to the first full frame, all threads and the main thread alone
// (Linux /proc): on a shared machine those move far less than wall time.
//
//   node --import=tsx bench/launch-ab.ts before=/tmp/main/dist/sitrep.js after=dist/sitrep.js
//
// A build is a dist/ with data/ and package.json beside it (a checkout, or copies). Launch each
// once first if it should run with its code cache (a first launch writes it after its frame).
// RUNS=n sets the number of rounds (15); ENV_<label>="NAME=value …" sets a build's environment
// (e.g. ENV_after_off="SITREP_CODE_CACHE=0" with after-off=dist/sitrep.js; '-' reads as '_').
// FRESH_<label>=1 launches that build from a fresh copy of its folder each time (dist/, data/,
// package.json, its code caches as they were): each launch is then a first launch, even one
// that would rewrite the cache (a build fresh from `npm install`, say).
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {copyOfBuild} from './copy-of-build.js';
import {PtySession} from '../test/helpers/pty.js';

const runs = Number(process.env['RUNS'] ?? 15);
const builds = process.argv.slice(2).map(argument => {
	const [label, file] = argument.split('=') as [string, string];
	const env = Object.fromEntries((process.env[`ENV_${label.replaceAll('-', '_')}`] ?? '').split(' ').filter(Boolean).map(pair => pair.split(/=(.*)/s).slice(0, 2) as [string, string]));
	return {label, file, env, fresh: process.env[`FRESH_${label.replaceAll('-', '_')}`] === '1'};
});
if (builds.length === 0) {
	console.error('usage: node --import=tsx bench/launch-ab.ts label=path/to/dist/sitrep.js …');
	process.exit(2);
}

const fullDashboard = (output: string) => output.includes('Names') && output.includes('Summary') && output.includes('ARTICLE');

function percentile(values: number[], p: number): number {
	const sorted = values.filter(value => !Number.isNaN(value)).sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** CPU ms a thread (or, with all, every thread) of `pid` has used so far; NaN once it has exited (a bare node may have). */
function cpuTime(pid: number, all: boolean): number {
	let threads: string[];
	try {
		threads = all ? readdirSync(`/proc/${pid}/task`) : [String(pid)];
	} catch {
		return Number.NaN;
	}

	let total = 0;
	for (const thread of threads) {
		try {
			total += Number(readFileSync(`/proc/${pid}/task/${thread}/schedstat`, 'utf8').split(' ')[0]);
		} catch {}
	}

	return total / 1e6;
}

type Launch = {wall: number; cpu: number; main: number};

async function launch(command: [string, string[]], ready: (output: string) => boolean, env: Record<string, string> = {}): Promise<Launch> {
	const started = performance.now();
	const session = new PtySession({cols: 120, rows: 40, command, env});
	const {pty} = session as unknown as {pty: {onData(listener: () => void): {dispose(): void}}};
	try {
		return await new Promise<Launch>((resolve, reject) => {
			const timer = setTimeout(() => {
				reject(new Error(`timed out; screen:\n${session.screenText()}`));
			}, 30_000);
			const subscription = pty.onData(() => {
				if (!ready(session.rawOutputSince(0).toString('latin1'))) return;
				const wall = performance.now() - started;
				clearTimeout(timer);
				subscription.dispose();
				resolve({wall, cpu: cpuTime(session.pid, true), main: cpuTime(session.pid, false)});
			});
		});
	} finally {
		session.dispose();
	}
}

const results = new Map<string, Launch[]>([['bare node -e', []], ...builds.map(({label}) => [label, []] as [string, Launch[]])]);
for (let round = 0; round < runs; round++) {
	// eslint-disable-next-line no-await-in-loop
	results.get('bare node -e')!.push(await launch([process.execPath, ['-e', 'process.stdout.write("ready")']], output => output.includes('ready')));
	// Alternate the order, so neither build always runs right after the bare node.
	for (const build of round % 2 === 0 ? builds : [...builds].reverse()) {
		const copy = build.fresh ? copyOfBuild(path.resolve(build.file, '../..')) : undefined;
		try {
			// eslint-disable-next-line no-await-in-loop
			results.get(build.label)!.push(await launch([process.execPath, [copy?.cli ?? build.file]], fullDashboard, {...build.env, ...copy?.env}));
		} finally {
			copy?.dispose();
		}
	}
}

const bare = percentile(results.get('bare node -e')!.map(({wall}) => wall), 50);
const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(9);
console.log(`${runs} rounds, load average ${(await import('node:os')).loadavg().map(load => load.toFixed(2)).join(' ')}`);
for (const [label, launches] of results) {
	const wall = launches.map(one => one.wall);
	console.log(`${label.padEnd(14)} wall median ${ms(percentile(wall, 50))} p95 ${ms(percentile(wall, 95))} (${(percentile(wall, 50) / bare).toFixed(2)}× bare)  cpu median ${ms(percentile(launches.map(one => one.cpu), 50))}  main thread ${ms(percentile(launches.map(one => one.main), 50))}`);
}
