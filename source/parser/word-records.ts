// Word-keyed records (kindWords, scales …) read through a Map. Reading a record with a word sliced from the text,
// record[word], is one of V8's slowest property reads: the fresh string is looked up among the internalized
// strings on every read. A Map hashes the word once and keeps the hash.

// What every plain object inherits ('constructor', 'toString', '__proto__' …): record[word] answers for these too.
const inherited = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Reads `record[key]` by a Map, with the same answer for every key, inherited members included. */
export function recordReader<T>(record: Record<string, T>): (key: string) => T | undefined {
	const answers = new Map<string, T>();
	for (const key of [...inherited, ...Object.keys(record)]) answers.set(key, record[key]!);
	return key => answers.get(key);
}

/** Answers `key in record` by a Set, with the same answer for every key, inherited members included. */
export function recordHas(record: Record<string, unknown>): (key: string) => boolean {
	const keys = new Set([...inherited, ...Object.keys(record)]);
	return key => keys.has(key);
}
