// Loads the dashboard's modules (Ink, React, yoga-layout) only when a dashboard is wanted.
//
// yoga-layout, Ink's layout engine, fetches its WebAssembly (a data: URL it could decode
// itself) with fetch() whenever a global fetch exists. On Node, merely touching the global
// fetch loads undici, which cost 10–25 ms of a ~300 ms launch here (pty, 120×40,
// median of 15). Hiding fetch while these modules load makes yoga take its own path;
// sitrep itself never uses fetch, and the global is put back right after.
export async function loadDashboard(): Promise<typeof import('./start-dashboard.js')> {
	const fetchProperty = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
	if (fetchProperty?.configurable) delete (globalThis as {fetch?: unknown}).fetch;
	try {
		return await import('./start-dashboard.js');
	} finally {
		if (fetchProperty?.configurable) Object.defineProperty(globalThis, 'fetch', fetchProperty);
	}
}
