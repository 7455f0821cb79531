// The hand-over of a parsing worker started by the launcher (source/launch.ts) to the
// CLI bundle it then loads: a global keyed by a registered symbol, since the two are
// separate bundles with no module in common.
import type {Worker} from 'node:worker_threads';

const key = Symbol.for('sitrep.earlyParseWorker');

export function leaveEarlyWorker(worker: Worker): void {
	(globalThis as Record<symbol, unknown>)[key] = worker;
}

/** The launcher's worker, once: whoever takes it owns it (and must terminate it). */
export function takeEarlyWorker(): Worker | undefined {
	const worker = (globalThis as Record<symbol, unknown>)[key] as Worker | undefined;
	delete (globalThis as Record<symbol, unknown>)[key];
	return worker;
}

/** Withdraws `worker` if it has not been taken yet (it died before the CLI wanted it). */
export function forgetEarlyWorker(worker: Worker): void {
	if ((globalThis as Record<symbol, unknown>)[key] === worker) delete (globalThis as Record<symbol, unknown>)[key];
}
