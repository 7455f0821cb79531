// A small seeded PRNG (mulberry32): storms that fail can be replayed from their seed.
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6D_2B_79_F5) >>> 0;
		let value = state;
		value = Math.imul(value ^ (value >>> 15), value | 1);
		value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
		return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
	};
}

/** The seed from SITREP_STORM_SEED (to replay a failure), else a fixed default. */
export function stormSeed(fallback: number): number {
	const fromEnv = Number.parseInt(process.env['SITREP_STORM_SEED'] ?? '', 10);
	return Number.isNaN(fromEnv) ? fallback : fromEnv;
}
