import {readFileSync, statSync} from 'node:fs';
import {InputError} from './errors.js';

/** Reads a story file as UTF-8 (invalid bytes become U+FFFD), refusing what is not a story. */
export function readStoryFile(path: string): string {
	let stats;
	try {
		stats = statSync(path);
	} catch {
		throw new InputError(`no such file: ${path}`);
	}

	if (stats.isDirectory()) throw new InputError(`${path} is a folder with no stories`);
	const bytes = readFileSync(path);
	return decodeStory(bytes, path);
}

export function decodeStory(bytes: Uint8Array, name: string): string {
	if (bytes.includes(0)) throw new InputError(`${name} is a binary file, not a story`);
	const text = new TextDecoder('utf-8', {fatal: false}).decode(bytes);
	if (text.trim() === '') throw new InputError(`${name} is empty`);
	return text;
}
