// Name search at 100,000 names: per-keystroke time while a 10-letter query is typed one
// key at a time (goal: p95 ≤ 16 ms), index build time and how long it blocks the event
// loop, and index memory (goal ≤ 150 MB). Plain fuse.js over the same names for comparison.
// Run: npm run bench -- search-speed   (bench/index.ts runs it with --expose-gc)
import os from 'node:os';
import {performance} from 'node:perf_hooks';
import Fuse from 'fuse.js';
import {createNameIndex} from '../source/search/index.js';
import {syntheticNames} from './search-names.js';

const count = Number(process.env.SEARCH_BENCH_NAMES ?? 100_000);
const limit = 50;
const gc = (globalThis as {gc?: () => void}).gc;
if (!gc) console.log('(run with --expose-gc for memory figures)');

function quantile(sorted: number[], q: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function heap(): number {
	gc?.();
	gc?.();
	return process.memoryUsage().heapUsed;
}

const names = syntheticNames(count);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number) => `${value.toFixed(2)} ms`;

// Background build first, on a heap holding only the names (as in the dashboard): the longest
// stretch it holds the event loop is what could delay a frame. Memory is the heap it adds.
const before = heap();
let start = performance.now();
let background: ReturnType<typeof createNameIndex> | undefined = createNameIndex(names);
const construct = performance.now() - start;
let longest = 0;
let last = performance.now();
let ticking = true;
const tick = () => {
	if (!ticking) return;
	const now = performance.now();
	if (process.env.SEARCH_BENCH_DEBUG && now - last > 30) console.log('block at', (now - start).toFixed(0), 'ms:', (now - last).toFixed(0), 'ms');
	longest = Math.max(longest, now - last);
	last = now;
	setImmediate(tick);
};

setImmediate(tick);
start = performance.now();
await background.whenReady();
const backgroundTotal = performance.now() - start;
const longestBuild = longest;
longest = 0;
// Let it rank the one-letter queries (one per event-loop turn) before measuring memory and keystrokes.
await new Promise(resolve => setTimeout(resolve, 1500));
ticking = false;
const longestRanking = longest;
const memory = heap() - before;

// Queries typed one key at a time: names from the set (some mistyped, some transliterated), and nonsense.
const typed = [
	...names.filter((_, position) => position % 9973 === 0).slice(0, 10).map(item => item.name.toLowerCase().slice(0, 10)),
	'abdurasl m', 'mohamad ka', 'islamic mo', 'rakhimov a', 'natonal se', 'zhang wei ', 'ivanov ser', 'qwxzvbnmkj', 'shavkat ra', 'kuznetsof ',
].map(query => query.padEnd(10, 'a'));

/** Wall-clock and CPU milliseconds per keystroke, each sorted. CPU time leaves out waiting for a core on a busy machine. */
function keystrokes(search: (query: string) => unknown, queries: string[]): {wall: number[]; cpu: number[]} {
	const wall: number[] = [];
	const cpu: number[] = [];
	for (const query of queries) {
		for (let length = 1; length <= query.length; length++) {
			const partial = query.slice(0, length);
			const cpuBefore = process.cpuUsage();
			const begin = performance.now();
			search(partial);
			wall.push(performance.now() - begin);
			const used = process.cpuUsage(cpuBefore);
			cpu.push((used.user + used.system) / 1000);
		}
	}

	return {wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b)};
}

// Warm the JIT on other queries of the same shapes, so what is measured is not compile time.
const warmUp = [
	...names.filter((_, position) => position % 7919 === 3).slice(0, 12).map(item => item.name.toLowerCase().slice(0, 10)),
	'abdurahmon', 'natinal gu', 'petrof ivn', 'zzz yyy xx', 'kim park c', 'mohammed a', 'unted trad', 'qxqxqxqxqx',
];
keystrokes(query => background!.search(query, limit), warmUp);
// The index built by whenReady, as the dashboard does…
const oursBackground = keystrokes(query => background!.search(query, limit), typed);
background = undefined;
heap();
// …and one built by its first search (nobody called whenReady).
start = performance.now();
const index = createNameIndex(names);
index.search('b', 1);
const syncBuild = performance.now() - start;
keystrokes(query => index.search(query, limit), warmUp);
const ours = keystrokes(query => index.search(query, limit), typed);

const fuse = new Fuse(names.flatMap(item => [item.name, ...item.aliases]));
const fuseQueries = typed.slice(0, 4);
const plain = keystrokes(query => fuse.search(query, {limit}), fuseQueries);

console.log(`${count.toLocaleString('en')} names, ${typed.length} queries × 10 keystrokes, limit ${limit}`);
console.log(`index construction (lazy): ${ms(construct)}`);
console.log(`synchronous build on first search: ${ms(syncBuild)}`);
console.log(`background build (whenReady): ${ms(backgroundTotal)} in total, longest event-loop block ${ms(longestBuild)}; then one-letter rankings, longest block ${ms(longestRanking)}`);
console.log(`index memory (heap delta after gc): ${mb(memory)}   goal ≤ 150 MB`);
console.log('');
const row = (label: string, times: number[], note = '') => console.log(`${label.padEnd(22)} ${ms(quantile(times, 0.5)).padStart(9)} ${ms(quantile(times, 0.95)).padStart(9)} ${ms(times.at(-1)!).padStart(9)}   ${note}`);
console.log(`per keystroke (load average ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores)   median       p95       max`);
row('sitrep, wall', ours.wall, 'goal p95 ≤ 16 ms (index built by the first search)');
row('sitrep, CPU', ours.cpu);
row('sitrep, wall', oursBackground.wall, 'goal p95 ≤ 16 ms (index built by whenReady)');
row('sitrep, CPU', oursBackground.cpu);
row('plain fuse.js, wall', plain.wall, `(${fuseQueries.length} queries)`);
row('plain fuse.js, CPU', plain.cpu);
console.log(`ratio (fuse.js / sitrep, median wall): ${(quantile(plain.wall, 0.5) / quantile(ours.wall, 0.5)).toFixed(1)}x`);
