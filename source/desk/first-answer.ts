// A parsing worker (parse-worker.ts) tells its launcher (source/parse-worker-launch.ts) that
// it is about to send its first answer: the moment to take the worker's code cache, with the
// parser's functions compiled by the first parse. Before the answer, not after: whoever gets
// it may terminate the worker at once (the dashboard's launch does). A global keyed by a
// registered symbol, as in source/cli/early-worker.ts: the two are separate bundles.
const key = Symbol.for('sitrep.beforeFirstAnswer');
const store = globalThis as Record<symbol, unknown>;

/** The worker's launcher: call `listener` once, before the first answer goes out. */
export function onFirstAnswer(listener: () => void): void {
	store[key] = listener;
}

/** The worker: an answer is about to go out (a no-op after the first, or when nothing listens). */
export function beforeAnswer(): void {
	const listener = store[key] as (() => void) | undefined;
	if (!listener) return;
	delete store[key];
	listener();
}
