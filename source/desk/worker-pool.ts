// A few parsing workers (one per core, at most four). Used for folders big enough
// to repay starting them (~100 ms each: the parser and its word lists load in each).
// When the worker script is missing (an odd install) or SITREP_WORKERS=0, callers
// parse in-process instead: same results, only slower. SITREP_WORKERS=n sets the
// number of workers (benchmarks compare counts with it).
import {existsSync, statSync} from 'node:fs';
import {availableParallelism, loadavg} from 'node:os';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import type {ParseRequest, ParseResponse, ParseResult} from './worker-protocol.js';
import {idleCores} from '../util/idle-cores.js';
import {answerParse} from './answer-parse.js';

/** Below this many stories the workers would start slower than the parsing they save. */
export const poolThreshold = 16;

/**
 * A story this big takes ~100 ms or more to parse (~3 MB/s cold): on the dashboard's thread it would hold every key
 * that long, and a 10 MB one seconds (q included). A folder with one is read on workers however few its stories.
 */
export const workerStoryBytes = 256 * 1024;

/** Whether the dashboard should read these story files on workers: many of them, or one big enough to freeze keys. */
export function wantsWorkers(files: readonly string[]): boolean {
	if (files.length >= poolThreshold) return true;
	return files.some(file => {
		try {
			return statSync(file).size > workerStoryBytes;
		} catch {
			return false;
		}
	});
}

type Slot = {worker: Worker; pending: Map<number, (result: ParseResult) => void>; dead: boolean};

export function workerScript(): URL | null {
	// In the bundle this module is dist/sitrep-main.js, beside dist/parse-worker.cjs. From source
	// (tsx: tests, benches, npm run dev) it is source/desk/worker-pool.ts, and a worker cannot
	// load .ts on Node 20 (workers do not get tsx's --import hooks), so the built worker is used.
	const here = import.meta.url;
	const script = new URL(here.endsWith('.ts') ? '../../dist/parse-worker.cjs' : './parse-worker.cjs', here);
	return existsSync(fileURLToPath(script)) ? script : null;
}

export class ParsePool {
	private readonly slots: Slot[];
	private nextId = 0;
	private readonly requests = new Map<number, ParseRequest>();

	private constructor(script: URL, size: number, early: Worker | undefined) {
		this.slots = Array.from({length: size}, (_, n) => {
			const slot: Slot = {worker: n === 0 && early ? early : new Worker(script), pending: new Map(), dead: false};
			slot.worker.on('message', (response: ParseResponse) => {
				const resolve = slot.pending.get(response.id);
				slot.pending.delete(response.id);
				// An idle worker must not keep the process alive (the dashboard quits with q).
				if (slot.pending.size === 0) slot.worker.unref();
				const {id: _id, ...result} = response;
				resolve?.(result);
			});
			// A worker that dies hands what it held back to the main thread, so nothing waits forever.
			const die = () => {
				if (slot.dead) return;
				slot.dead = true;
				const files = [...slot.pending.entries()];
				slot.pending.clear();
				for (const [id, resolve] of files) resolve(parseHere(this.requests.get(id)!));
			};

			slot.worker.on('error', die);
			slot.worker.on('exit', die);
			slot.worker.unref();
			return slot;
		});
	}

	/**
	 * A pool, or null when workers are off or unavailable. `early`: a worker already
	 * booted (the launcher's, see source/launch.ts) to take as the first one.
	 */
	static create(size = defaultPoolSize(), early?: Worker): ParsePool | null {
		if (process.env['SITREP_WORKERS'] === '0') return null;
		const script = workerScript();
		if (!script) return null;
		try {
			return new ParsePool(script, size, early);
		} catch {
			return null;
		}
	}

	get size(): number {
		return this.slots.length;
	}

	parse(file: string, options: {date?: string; json?: boolean} = {}): Promise<ParseResult> {
		const id = this.nextId++;
		const request: ParseRequest = {id, file, date: options.date, json: options.json};
		// The least busy live worker: stories differ in size, round-robin would queue behind a long one.
		let slot: Slot | undefined;
		for (const candidate of this.slots) if (!candidate.dead && (!slot || candidate.pending.size < slot.pending.size)) slot = candidate;
		if (!slot) return Promise.resolve(parseHere(request));
		const chosen = slot;
		this.requests.set(id, request);
		return new Promise(resolve => {
			chosen.pending.set(id, result => {
				this.requests.delete(id);
				resolve(result);
			});
			chosen.worker.ref();
			chosen.worker.postMessage(request);
		});
	}

	close(): void {
		for (const slot of this.slots) {
			slot.dead = true;
			void slot.worker.terminate();
		}
	}
}

/**
 * SITREP_WORKERS when it is a count, else one worker per idle core, at most four, at
 * least one. Idle: the cores the last minute's load average leaves free
 * (source/util/idle-cores.ts). Every worker pays about a second of CPU to warm the parser
 * up, so on a busy machine more workers than free cores only slow everyone down
 * (`sitrep <folder> --json`, 2,000 stories, load 12 on 2 cores: 1 worker 9.2-10.6 s
 * wall and 5.0 s CPU, 2 workers 11.9-14.6 s and 6.2-6.4 s, 3 workers 18.7-20.3 s and 7.5 s).
 */
export function defaultPoolSize(load = loadavg()[0]!, cores = availableParallelism()): number {
	return wantedWorkers() ?? Math.max(1, Math.min(4, cores, Math.round(cores - load)));
}

/**
 * Workers for the dashboard's reading: one core is left to the main thread, which
 * draws and answers keys meanwhile, and to V8's compiler threads, which optimise
 * the parser once per worker (about a second of CPU each); fewer on a busy machine,
 * as defaultPoolSize. SITREP_WORKERS overrides.
 */
export function deskPoolSize(load = loadavg()[0]!, cores = availableParallelism()): number {
	return wantedWorkers() ?? Math.max(1, Math.min(4, cores - 1, Math.round(cores - load) - 1));
}

/**
 * Whether a core is idle beyond the ones this process is using: the last minute's load
 * average leaves at least one free (source/util/idle-cores.ts, as the launcher judges it for its worker).
 */
export function spareCore(): boolean {
	return idleCores() >= 1;
}

function wantedWorkers(): number | null {
	const wanted = Number(process.env['SITREP_WORKERS']);
	return Number.isInteger(wanted) && wanted > 0 ? Math.min(wanted, 16) : null;
}

/** What a worker would answer, worked out on this thread (a worker died, or none is left). */
function parseHere(request: ParseRequest): ParseResult {
	const {id: _id, ...result} = answerParse(request).response;
	return result;
}

/**
 * Parses `files` on the pool, yielding results in folder order while keeping
 * `window` files in flight: output can stream in order and memory stays bounded.
 * Every file goes to the workers, the first one too: parsing it here would make
 * this thread compile the parser as well (~1 s of CPU per thread that warms it up,
 * taken from the workers on a 2-core machine) to gain one worker boot (~0.1 s).
 */
export async function * parseInOrder(pool: ParsePool, files: readonly string[], options: {date?: string; json?: boolean} = {}, window = pool.size * 8): AsyncGenerator<{index: number; result: ParseResult}> {
	const inFlight = new Map<number, Promise<ParseResult>>();
	let next = 0;
	for (let index = 0; index < files.length; index++) {
		while (next < files.length && next < index + window) {
			inFlight.set(next, pool.parse(files[next]!, options));
			next++;
		}

		const result = await inFlight.get(index)!;
		inFlight.delete(index);
		yield {index, result};
	}
}
