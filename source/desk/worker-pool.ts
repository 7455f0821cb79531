// A few parsing workers (one per core, at most four). Used for folders big enough
// to repay starting them (~100 ms each: the parser and its word lists load in each).
// When the worker script is missing (an odd install) or SITREP_WORKERS=0, callers
// parse in-process instead: same results, only slower.
import {existsSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import type {ParseRequest, ParseResponse, ParseResult} from './worker-protocol.js';

/** Below this many stories the workers would start slower than the parsing they save. */
export const poolThreshold = 16;

type Slot = {worker: Worker; pending: Map<number, (result: ParseResult) => void>};

function workerScript(): URL | null {
	// In the bundle this module is dist/sitrep.js and the worker dist/parse-worker.js; from
	// source (tsx: tests, npm run dev) it is source/desk/worker-pool.ts beside parse-worker.ts.
	const here = import.meta.url;
	const script = new URL(here.endsWith('.ts') ? './parse-worker.ts' : './parse-worker.js', here);
	return existsSync(fileURLToPath(script)) ? script : null;
}

export class ParsePool {
	private readonly slots: Slot[];
	private nextId = 0;

	private constructor(script: URL, size: number) {
		this.slots = Array.from({length: size}, () => {
			const slot: Slot = {worker: new Worker(script), pending: new Map()};
			slot.worker.on('message', (response: ParseResponse) => {
				const resolve = slot.pending.get(response.id);
				slot.pending.delete(response.id);
				// An idle worker must not keep the process alive (the dashboard quits with q).
				if (slot.pending.size === 0) slot.worker.unref();
				const {id: _id, ...result} = response;
				resolve?.(result);
			});
			slot.worker.on('error', error => {
				// A worker that died answers what it held with the reason, so nothing waits forever.
				for (const resolve of slot.pending.values()) resolve({ok: false, bytes: 0, reason: `parser error (${error.message.split('\n', 1)[0]})`});
				slot.pending.clear();
			});
			slot.worker.unref();
			return slot;
		});
	}

	/** A pool, or null when workers are off or unavailable. */
	static create(size = Math.max(1, Math.min(4, availableParallelism()))): ParsePool | null {
		if (process.env['SITREP_WORKERS'] === '0') return null;
		const script = workerScript();
		if (!script) return null;
		try {
			return new ParsePool(script, size);
		} catch {
			return null;
		}
	}

	get size(): number {
		return this.slots.length;
	}

	parse(file: string, options: {date?: string; json?: boolean} = {}): Promise<ParseResult> {
		// The least busy worker: stories differ in size, round-robin would queue behind a long one.
		let slot = this.slots[0]!;
		for (const candidate of this.slots) if (candidate.pending.size < slot.pending.size) slot = candidate;
		const id = this.nextId++;
		const request: ParseRequest = {id, file, date: options.date, json: options.json};
		return new Promise(resolve => {
			slot.pending.set(id, resolve);
			slot.worker.ref();
			slot.worker.postMessage(request);
		});
	}

	close(): void {
		for (const slot of this.slots) void slot.worker.terminate();
	}
}

/**
 * Parses `files` on the pool, yielding results in folder order while keeping
 * `window` files in flight: output can stream in order and memory stays bounded.
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
