import {readFileSync, readSync, statSync} from 'node:fs';
import {maxStoryBytes} from '../desk/story-limits.js';
import {InputError} from './errors.js';

// A story named on the command line over maxStoryBytes (see there) is refused with one line, before it is read.

const byteCount = (count: number) => `${count.toLocaleString('en-US')} bytes`;

function tooBig(name: string, size: string): InputError {
	return new InputError(`${name} is ${size}; sitrep reads stories up to 10 MB (${byteCount(maxStoryBytes)})`);
}

/** Reads a story file as UTF-8 (invalid bytes become U+FFFD), refusing what is not a story. `-` is stdin. */
export function readStoryFile(path: string): string {
	if (path === '-') return decodeStory(readStandardInput(), 'standard input');
	let stats;
	try {
		stats = statSync(path);
	} catch {
		throw new InputError(`no such file: ${path}`);
	}

	if (stats.isDirectory()) throw new InputError(`${path} is a folder with no stories`);
	if (stats.size > maxStoryBytes) throw tooBig(path, byteCount(stats.size));
	const bytes = readFileSync(path);
	return decodeStory(bytes, path);
}

/** All of stdin (a pipe or a file), stopping as soon as it is longer than a story may be. */
function readStandardInput(): Uint8Array {
	const chunks: Uint8Array[] = [];
	let total = 0;
	const chunk = Buffer.alloc(1024 * 1024);
	for (;;) {
		let count: number;
		try {
			count = readSync(0, chunk, 0, chunk.length, null);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			// A non-blocking pipe with nothing yet: wait for it rather than spin.
			if (code === 'EAGAIN') {
				Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
				continue;
			}

			if (code === 'EOF') break;
			throw new InputError(`cannot read standard input (${code ?? 'error'})`);
		}

		if (count === 0) break;
		total += count;
		if (total > maxStoryBytes) throw tooBig('standard input', `over ${byteCount(maxStoryBytes)}`);
		chunks.push(Uint8Array.prototype.slice.call(chunk, 0, count));
	}

	return Buffer.concat(chunks, total);
}

export function decodeStory(bytes: Uint8Array, name: string): string {
	if (bytes.includes(0)) throw new InputError(`${name} is a binary file, not a story`);
	const text = new TextDecoder('utf-8', {fatal: false}).decode(bytes);
	if (text.trim() === '') throw new InputError(`${name} is empty`);
	return text;
}
