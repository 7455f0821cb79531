// Reading a folder into the desk on worker threads. Every worker takes the next
// file from a shared counter (see ClaimRequest) and sends back digests in small
// batches, so the workers never wait on the main thread: it can draw, merge and
// answer keys while they read. Workers can join while the reading is under way (the
// dashboard starts with the launcher's worker and adds the others after its first
// frame). A worker that dies loses at most the story it was on: whatever is still
// pending when the workers are done is parsed on this thread, in slices.
import process from 'node:process';
import {Worker} from 'node:worker_threads';
import type {Story} from '../model/types.js';
import type {Desk} from './desk.js';
import {parseInBackground, type BackgroundOptions} from './load-desk.js';
import {defaultPoolSize, workerScript} from './worker-pool.js';
import type {ClaimRequest, ClaimResponse} from './worker-protocol.js';

export type ReaderOptions = BackgroundOptions & {
	/** The full Story of the first story read (asked for with `fullFirst`). */
	onFirstStory?: (index: number, story: Story) => void;
};

export class DeskReader {
	/** [next file index, stop flag, go flag], shared with every worker (see ClaimRequest). */
	private readonly shared = new Int32Array(new SharedArrayBuffer(12));
	private readonly workers = new Set<Worker>();
	private readonly files: string[];
	private finish!: () => void;
	private finished = false;
	/** Resolves once every story is parsed or skipped (or the reading was stopped). */
	readonly done: Promise<void>;

	constructor(private readonly desk: Desk, private readonly options: ReaderOptions = {}) {
		this.files = desk.stories.map(story => story.path);
		this.done = new Promise(resolve => {
			this.finish = resolve;
		});
		options.signal?.addEventListener('abort', () => {
			this.stop();
		});
	}

	/** Who hears about progress, when it is not known yet at construction (DeskSession). */
	setProgress(onProgress: () => void): void {
		this.progress = onProgress;
	}

	private progress: (() => void) | undefined;

	/** How many workers are reading. */
	get size(): number {
		return this.workers.size;
	}

	/** Starts one more worker (from the worker script); false when none could start. */
	addNew(): boolean {
		const script = process.env['SITREP_WORKERS'] === '0' ? null : workerScript();
		if (!script || this.finished) return false;
		try {
			this.add(new Worker(script));
			return true;
		} catch {
			return false;
		}
	}

	/**
	 * Puts `worker` (a dist/parse-worker.cjs worker, maybe already booted) to reading. `fullFirst`:
	 * the first story comes whole, then the worker waits for go(), reading the list's titles
	 * and dates meanwhile when `readAhead` (see ClaimRequest).
	 */
	add(worker: Worker, fullFirst = false, readAhead = false): void {
		if (this.finished || Atomics.load(this.shared, 0) >= this.files.length) {
			void worker.terminate();
			return;
		}

		this.workers.add(worker);
		worker.ref();
		let gone = false;
		const leave = () => {
			if (gone) return;
			gone = true;
			this.workers.delete(worker);
			void worker.terminate();
			if (this.workers.size === 0) void this.settle();
		};

		worker.on('message', (response: ClaimResponse) => {
			if (response.kind !== 'claimed') return;
			for (const {index, title, published} of response.headers ?? []) this.desk.recordHeader(index, {title, published});
			for (const result of response.results) {
				if (result.ok) {
					this.desk.recordDigest(result.index, result.digest, result.bytes);
					if (result.story) this.options.onFirstStory?.(result.index, result.story);
				} else this.desk.skip(result.index, result.reason, result.bytes);
			}

			if (response.results.length > 0 || response.headers) {
				this.options.onProgress?.(this.desk);
				this.progress?.();
			}

			if (response.done) leave();
		});
		worker.on('error', leave);
		worker.on('exit', leave);
		const request: ClaimRequest = {kind: 'claim', files: this.files, shared: this.shared, date: this.options.date, fullFirst, readAhead: fullFirst && readAhead};
		worker.postMessage(request);
	}

	/** Lets a worker that sent its first story whole read on (see ClaimRequest.fullFirst). */
	go(): void {
		Atomics.store(this.shared, 2, 1);
		Atomics.notify(this.shared, 2);
	}

	/** Stops reading: workers finish the story they are on and are terminated. */
	stop(): void {
		Atomics.store(this.shared, 1, 1);
		this.go();
		for (const worker of this.workers) void worker.terminate();
		this.workers.clear();
		this.finished = true;
		this.finish();
	}

	/** Every worker is gone: what is still pending (a worker died on it) is parsed here. */
	private async settle(): Promise<void> {
		if (this.finished) return;
		// More files left and no worker: a worker died early, or none could start.
		if (!this.desk.done && !this.options.signal?.aborted) await parseInBackground(this.desk, this.options);
		this.finished = true;
		this.finish();
	}
}

/** Reads every pending story of the desk on `size` workers; in-process when no worker can start. */
export async function readOnWorkers(desk: Desk, options: ReaderOptions = {}, size = defaultPoolSize()): Promise<void> {
	const reader = new DeskReader(desk, options);
	let started = 0;
	for (let n = 0; n < size; n++) if (reader.addNew()) started++;
	if (started === 0) await parseInBackground(desk, options);
	else await reader.done;
}
