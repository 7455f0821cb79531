// The CLI bundle tells the launcher (source/launch.ts) that the dashboard has drawn its
// first frame, the moment to take the code cache (source/cli/code-cache.ts): the functions
// a launch compiles lazily have all been compiled by then. A global keyed by a registered
// symbol, as in early-worker.ts: the two are separate bundles with no module in common.
const key = Symbol.for('sitrep.onDashboardShown');
const store = globalThis as Record<symbol, unknown>;

/** `parsedHere`: the story was parsed on the main thread (so the parser's functions are compiled there). */
export type DashboardShown = {parsedHere: boolean};

/** The launcher: call `listener` once, when the dashboard is on screen. */
export function onDashboardShown(listener: (shown: DashboardShown) => void): void {
	store[key] = listener;
}

/** The CLI: the dashboard is on screen (a no-op when nothing listens, e.g. run from source). */
export function dashboardShown(shown: DashboardShown): void {
	const listener = store[key] as ((shown: DashboardShown) => void) | undefined;
	delete store[key];
	listener?.(shown);
}
