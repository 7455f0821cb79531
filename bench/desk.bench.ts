// The desk at scale: a generated folder of 2,000 stories (~8 MB) and one of 10,000.
// Measured in-process (listing, first story, background parsing with event-loop
// delay, cross-story search per keystroke, memory) and through the built CLI
// (--json streaming: time to first line and throughput).
// Run: npm run bench -- desk      (SITREP_DESK_BIG=0 skips the 10,000-story folder)
import {mkdtempSync, rmSync} from 'node:fs';
import {availableParallelism, loadavg, tmpdir} from 'node:os';
import path from 'node:path';
import {spawn} from 'node:child_process';
import {monitorEventLoopDelay} from 'node:perf_hooks';
import {fileURLToPath} from 'node:url';
import {openDesk, parseFirstStory, parseInBackground} from '../source/desk/load-desk.js';
import {readOnWorkers} from '../source/desk/desk-reader.js';
import {generateStories} from './desk-story-generator.js';
import {PtySession} from '../test/helpers/pty.js';

// SITREP_BENCH_CLI=<another build's dist/sitrep.js>: the same pty and --json runs against it (A/B).
const builtCli = process.env['SITREP_BENCH_CLI'] ?? fileURLToPath(new URL('../dist/sitrep.js', import.meta.url));
const ptyOf = (args: string[]) => new PtySession({cols: 120, rows: 40, command: [process.execPath, [builtCli, ...args]]});
const ms = (value: number) => `${value.toFixed(1)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function median(values: number[]): number {
	return percentile(values, 50);
}

async function openFolder(root: string, workers: number) {
	const started = performance.now();
	const desk = openDesk(root);
	const listed = performance.now();
	parseFirstStory(desk);
	const first = performance.now();
	const delay = monitorEventLoopDelay({resolution: 1});
	delay.enable();
	let progressCalls = 0;
	if (workers > 0) await readOnWorkers(desk, {onProgress: () => progressCalls++}, workers);
	else await parseInBackground(desk, {onProgress: () => progressCalls++});
	delay.disable();
	const done = performance.now();
	// The first "all stories" view: entities merged and totals summed.
	const entities = desk.entities();
	const totals = desk.totals();
	const merged = performance.now();
	return {
		desk,
		listMs: listed - started,
		firstStoryMs: first - started,
		allParsedMs: done - started,
		mergeMs: merged - done,
		entities: entities.length,
		counted: totals.counted,
		// Longest time a keystroke could wait behind the parser.
		delayP99: delay.percentile(99) / 1e6,
		delayMax: delay.max / 1e6,
		slices: progressCalls,
	};
}

function searchKeystrokes(desk: ReturnType<typeof openDesk>) {
	const queries = ['rakhmon', 'hudoyberdiyev', 'muhammad', 'interior ministry', 'ziyoev', 'traore', 'red cross', 'tashkent'];
	const build = performance.now();
	desk.search('r', 50);
	const buildMs = performance.now() - build;
	const times: number[] = [];
	for (let round = 0; round < 5; round++) {
		for (const query of queries) {
			for (let length = 1; length <= query.length; length++) {
				const started = performance.now();
				desk.search(query.slice(0, length), 50);
				times.push(performance.now() - started);
			}
		}
	}

	return {buildMs, median: median(times), p95: percentile(times, 95), keystrokes: times.length};
}

async function jsonLines(root: string, bytes: number, runs = 3, env: Record<string, string> = {}) {
	const results: Array<{firstLine: number; total: number}> = [];
	for (let run = 0; run < runs; run++) {
		const started = performance.now();
		let firstLine = 0;
		let lines = 0;
		await new Promise<void>((resolve, reject) => {
			const child = spawn(process.execPath, [builtCli, root, '--json'], {stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, ...env}});
			let stderr = '';
			child.stderr.on('data', (chunk: Buffer) => {
				stderr += chunk.toString('utf8');
			});
			child.stdout.on('data', (chunk: Buffer) => {
				if (firstLine === 0 && chunk.includes(10)) firstLine = performance.now() - started;
				// indexOf, not a loop over 35 MB of bytes: this process shares the cores with the one it measures.
				for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
			});
			child.on('error', reject);
			child.on('close', code => (code === 0 ? resolve() : reject(new Error(`sitrep exited ${code}: ${stderr.slice(0, 500)}`))));
		});
		results.push({firstLine, total: performance.now() - started});
		if (run === 0) console.log(`  --json lines: ${lines}`);
	}

	const total = median(results.map(result => result.total));
	return {firstLine: median(results.map(result => result.firstLine)), total, mbPerSecond: bytes / 1024 / 1024 / (total / 1000)};
}

// ---- the dashboard in a real pty (120×40, built bundle), as in dashboard.bench.ts ----

const endOfFrame = '\u001B[?2026l';
const fullDashboard = (output: string) => output.includes('Names') && output.includes('Summary') && output.includes('ARTICLE');
const sleep = async (delay: number) => new Promise<void>(resolve => {
	setTimeout(resolve, delay);
});

async function until(session: PtySession, done: (output: string) => boolean, from = 0, timeout = 30_000): Promise<number> {
	const deadline = performance.now() + timeout;
	for (;;) {
		if (done(session.rawOutputSince(from).toString('latin1'))) return performance.now();
		if (performance.now() > deadline) throw new Error(`timed out; screen:\n${session.screenText()}`);
		// eslint-disable-next-line no-await-in-loop
		await new Promise<void>(resolve => {
			setImmediate(resolve);
		});
	}
}

async function press(session: PtySession, keys: string): Promise<number> {
	const from = session.rawLength();
	const started = performance.now();
	session.write(keys);
	const finished = await until(session, output => output.includes(endOfFrame), from, 5000);
	await sleep(12);
	return finished - started;
}

/** A story list row that shows a file name: no title or date known for it yet (the generator's names). */
const generatedFileName = /\d{5}-[a-z-]+\.(?:txt|md)\b/;

const statusLine = (session: PtySession) => session.screenLines().find(line => /story \d+\/\d+ ·/.test(line)) ?? '';

async function dashboard(root: string, runs: number) {
	const firstFrames: number[] = [];
	const singleStory: number[] = [];
	const allRead: number[] = [];
	const listed: number[] = [];
	const openUnread: number[] = [];
	const duringLoad: number[] = [];
	const searchAll: number[] = [];
	const searchOne: number[] = [];
	for (let run = 0; run < runs; run++) {
		// The bundled story alone, launched just before: what the folder adds, whatever the machine's load.
		const singleStarted = performance.now();
		const single = ptyOf([]);
		try {
			// eslint-disable-next-line no-await-in-loop
			singleStory.push((await until(single, fullDashboard)) - singleStarted);
		} finally {
			single.dispose();
		}

		const started = performance.now();
		const session = ptyOf([root]);
		try {
			// eslint-disable-next-line no-await-in-loop
			firstFrames.push((await until(session, fullDashboard)) - started);
			// The headless terminal parses what arrived a moment later: wait until it shows the status line.
			// eslint-disable-next-line no-await-in-loop
			await session.waitFor(screen => /story 1\/\d+ ·/.test(screen), 'the status line', 30_000);
			// Usable: the story list complete with titles and dates (the bottom of the list, read
			// last, shows no bare file name), keys answered, the first story shown whole. Then the
			// last story, most likely not parsed yet, opened from the list.
			// eslint-disable-next-line no-await-in-loop
			await press(session, 's');
			// eslint-disable-next-line no-await-in-loop
			await session.waitForText('Stories', 10_000);
			// eslint-disable-next-line no-await-in-loop
			await press(session, 'G');
			while (session.screenLines().some(line => generatedFileName.test(line))) {
				// eslint-disable-next-line no-await-in-loop
				await sleep(20);
			}

			listed.push(performance.now() - started);
			if (statusLine(session).includes('reading')) {
				// eslint-disable-next-line no-await-in-loop
				openUnread.push(await press(session, '\r'));
			} else {
				// eslint-disable-next-line no-await-in-loop
				await press(session, '\r');
			}

			// Keys while the rest of the folder is parsed: j/k in the article.
			let key = 0;
			while (statusLine(session).includes('reading')) {
				// eslint-disable-next-line no-await-in-loop
				duringLoad.push(await press(session, key++ % 2 === 0 ? 'j' : 'k'));
				// A key every 100 ms: a person reading, not a key storm that would slow the reading it measures.
				// eslint-disable-next-line no-await-in-loop
				await sleep(100);
			}

			allRead.push(performance.now() - started);
			if (run === 0) {
				// Typing a search in this story's names, then over all stories' names, once everything is in.
				const typeNames = async (into: number[]) => {
					for (const name of ['rahmon', 'hudoyberdiyev', 'muhammad', 'interior']) {
						// eslint-disable-next-line no-await-in-loop
						for (const letter of name) into.push(await press(session, letter));
						// eslint-disable-next-line no-await-in-loop
						for (const _letter of name) await press(session, '\u007F');
					}
				};

				// eslint-disable-next-line no-await-in-loop
				await press(session, '/');
				// eslint-disable-next-line no-await-in-loop
				await typeNames(searchOne);
				// eslint-disable-next-line no-await-in-loop
				await press(session, '\u001B');
				// eslint-disable-next-line no-await-in-loop
				await sleep(100);
				// eslint-disable-next-line no-await-in-loop
				await press(session, 'a');
				// eslint-disable-next-line no-await-in-loop
				await press(session, '/');
				// eslint-disable-next-line no-await-in-loop
				await typeNames(searchAll);
			}
		} finally {
			session.dispose();
		}
	}

	return {firstFrames, singleStory, allRead, listed, openUnread, duringLoad, searchAll, searchOne};
}

async function dashboardSection(root: string, runs: number) {
	const pty = await dashboard(root, runs);
	console.log(`  dashboard (pty 120×40, ${runs} launches):`);
	console.log(`    launch to first full frame:   median ${ms(median(pty.firstFrames))}, p95 ${ms(percentile(pty.firstFrames, 95))}   (target ≤ 500 ms; the bundled story alone, same runs: median ${ms(median(pty.singleStory))})`);
	console.log(`    launch to usable:             median ${ms(median(pty.listed))}, p95 ${ms(percentile(pty.listed, 95))}   (first story shown, story list complete with titles and dates, keys answered, search over what is read; target ≤ 1.5 s)`);
	if (pty.openUnread.length > 0) console.log(`    open an unread story (Enter in the list, parsed on the spot): key to frame p50 ${ms(median(pty.openUnread))}, max ${ms(Math.max(...pty.openUnread))} (n=${pty.openUnread.length})`);
	console.log(`    launch to every story read:   median ${ms(median(pty.allRead))}   (keys answered all along, below)`);
	if (pty.duringLoad.length > 0) console.log(`    key to frame while reading:   p50 ${ms(median(pty.duringLoad))}, p95 ${ms(percentile(pty.duringLoad, 95))}, max ${ms(Math.max(...pty.duringLoad))} (n=${pty.duringLoad.length})`);
	if (pty.searchAll.length > 0) {
		console.log(`    search all stories, per key:  p50 ${ms(median(pty.searchAll))}, p95 ${ms(percentile(pty.searchAll, 95))} (n=${pty.searchAll.length}; key to finished frame; target p95 ≤ 33 ms)`);
		console.log(`    search this story, per key:   p50 ${ms(median(pty.searchOne))}, p95 ${ms(percentile(pty.searchOne, 95))} (same session, same names: the render's share)`);
	}
}

async function jsonSection(root: string, bytes: number) {
	const json = await jsonLines(root, bytes);
	console.log(`  sitrep <folder> --json:  first line ${ms(json.firstLine)}, all ${ms(json.total)}, ${json.mbPerSecond.toFixed(1)} MB/s of stories   (median of 3; target ≥ 5 MB/s)`);
	for (const workers of ['1', '0']) {
		// eslint-disable-next-line no-await-in-loop
		const other = await jsonLines(root, bytes, 1, {SITREP_WORKERS: workers});
		console.log(`    same, SITREP_WORKERS=${workers}:  first line ${ms(other.firstLine)}, all ${ms(other.total)}, ${other.mbPerSecond.toFixed(1)} MB/s (one run)`);
	}
}

async function section(count: number, options: {json: boolean; ptyRuns: number}) {
	const root = mkdtempSync(path.join(tmpdir(), `sitrep-desk-${count}-`));
	try {
		const generated = generateStories(root, count);
		console.log(`\n### ${count} stories, ${mb(generated.bytes)} (generated in ${root}; load average ${loadavg().map(value => value.toFixed(1)).join(' ')} on ${availableParallelism()} cores)`);
		// SITREP_DESK_INPROCESS=0: only what the built CLI does (the pty and --json), e.g. for an A/B against SITREP_BENCH_CLI.
		if (process.env['SITREP_DESK_INPROCESS'] === '0') {
			if (options.ptyRuns > 0) await dashboardSection(root, options.ptyRuns);
			if (options.json) await jsonSection(root, generated.bytes);
			return;
		}

		globalThis.gc?.();
		const before = process.memoryUsage();
		const cpuBefore = process.cpuUsage();
		const opened = await openFolder(root, 0);
		const cpu = process.cpuUsage(cpuBefore);
		globalThis.gc?.();
		const after = process.memoryUsage();
		const mentions = opened.desk.entities().reduce((sum, entity) => sum + entity.mentions, 0);
		console.log(`  listing:                 ${ms(opened.listMs)}`);
		console.log(`  list + first story:      ${ms(opened.firstStoryMs)}   (in-process part of the first frame; target ≤ 500 ms)`);
		console.log(`  every story parsed, main thread in slices: ${ms(opened.allParsedMs)}   (${(generated.bytes / 1024 / 1024 / (opened.allParsedMs / 1000)).toFixed(1)} MB/s; CPU ${ms((cpu.user + cpu.system) / 1000)}, i.e. ${(generated.bytes / 1024 / 1024 / ((cpu.user + cpu.system) / 1e6)).toFixed(1)} MB per CPU-second; ${opened.slices} slices)`);
		console.log(`  cross-story merge:       ${ms(opened.mergeMs)}   (${opened.entities} entities from ${mentions} name mentions, ${opened.counted} stories counted)`);
		console.log(`  event-loop delay while parsing: p99 ${ms(opened.delayP99)}, max ${ms(opened.delayMax)}`);
		console.log(`  memory after load (gc):  heap ${mb(after.heapUsed)} (+${mb(after.heapUsed - before.heapUsed)}), rss ${mb(after.rss)}   (target ≤ 500 MB)`);
		// Every core (what an idle machine gets), then one: the pool size itself depends on the load (defaultPoolSize).
		for (const workers of [Math.min(4, availableParallelism()), 1]) {
			const cpuBefore = process.cpuUsage();
			const onPool = await openFolder(root, workers);
			const cpu = process.cpuUsage(cpuBefore);
			console.log(`  every story parsed, on ${workers} worker${workers === 1 ? '' : 's'}:  ${ms(onPool.allParsedMs)}   (${(generated.bytes / 1024 / 1024 / (onPool.allParsedMs / 1000)).toFixed(1)} MB/s; process CPU ${ms((cpu.user + cpu.system) / 1000)}; main-thread event-loop delay p99 ${ms(onPool.delayP99)}, max ${ms(onPool.delayMax)})`);
		}

		const search = searchKeystrokes(opened.desk);
		console.log(`  search all stories:      index build ${ms(search.buildMs)}; per keystroke median ${ms(search.median)}, p95 ${ms(search.p95)} over ${search.keystrokes} keystrokes   (target p95 ≤ 33 ms)`);
		await dashboardSection(root, options.ptyRuns);
		if (options.json) await jsonSection(root, generated.bytes);
	} finally {
		rmSync(root, {recursive: true, force: true});
	}
}

if (process.env.SITREP_DESK_SMALL !== '0') await section(2000, {json: process.env.SITREP_DESK_JSON !== '0', ptyRuns: Number(process.env['SITREP_DESK_PTY_RUNS'] ?? 5)});
if (process.env.SITREP_DESK_BIG !== '0') await section(10_000, {json: false, ptyRuns: 1});
