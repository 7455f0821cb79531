// Word-keyed records (kindWords, scales …) read through a Map. Reading a record with a word sliced from the text,
// record[word], is one of V8's slowest property reads: the fresh string is looked up among the internalized
// strings on every read. A Map hashes the word once and keeps the hash.

// Only the record's own words answer: a story's "constructor" or "toString" is a word, not a member every
// object inherits (read as record[word] it turned a figure's kind into a function and its count into NaN).

/** Reads the record's own `record[key]` by a Map. */
export function recordReader<T>(record: Record<string, T>): (key: string) => T | undefined {
	const answers = new Map<string, T>(Object.entries(record));
	return key => answers.get(key);
}

/** Answers whether `key` is one of the record's own words, by a Set. */
export function recordHas(record: Record<string, unknown>): (key: string) => boolean {
	const keys = new Set(Object.keys(record));
	return key => keys.has(key);
}
