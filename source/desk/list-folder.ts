// Finding the stories in a folder: only names and sizes, no story text, so a
// folder of ten thousand files lists in milliseconds and parsing can be lazy.
import {readdirSync, statSync} from 'node:fs';
import path from 'node:path';

export const storyExtensions = ['.txt', '.md'] as const;

export type SkippedFile = {
	path: string;
	reason: string;
};

export type FolderListing = {
	root: string;
	/** Absolute paths of the story files, in a stable order (code-point order of the relative path). */
	files: string[];
	/** Files that are not stories by name, and folders we could not read. */
	skipped: SkippedFile[];
};

export function isStoryFileName(name: string): boolean {
	const extension = path.extname(name).toLowerCase();
	return (storyExtensions as readonly string[]).includes(extension);
}

/** Walks `root` recursively. Hidden files and folders (".git") are neither stories nor counted. */
export function listStoryFiles(root: string): FolderListing {
	const absoluteRoot = path.resolve(root);
	const files: string[] = [];
	const skipped: SkippedFile[] = [];
	const pending = [absoluteRoot];
	const seen = new Set<string>([realKey(absoluteRoot)]);
	while (pending.length > 0) {
		const folder = pending.pop()!;
		let entries;
		try {
			entries = readdirSync(folder, {withFileTypes: true});
		} catch (error) {
			skipped.push({path: folder, reason: `unreadable folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`});
			continue;
		}

		for (const entry of entries) {
			if (entry.name.startsWith('.')) continue;
			const full = path.join(folder, entry.name);
			let isDirectory = entry.isDirectory();
			// A named pipe is a story that is still being written: read it like a file.
			let isFile = entry.isFile() || entry.isFIFO();
			if (entry.isSymbolicLink()) {
				try {
					const target = statSync(full);
					isDirectory = target.isDirectory();
					isFile = target.isFile() || target.isFIFO();
				} catch {
					skipped.push({path: full, reason: 'broken link'});
					continue;
				}
			}

			if (isDirectory) {
				// A link loop would otherwise walk forever.
				const key = realKey(full);
				if (seen.has(key)) continue;
				seen.add(key);
				pending.push(full);
			} else if (isFile && isStoryFileName(entry.name)) files.push(full);
			else skipped.push({path: full, reason: 'not a .txt or .md file'});
		}
	}

	// Sort keys computed once: path.relative inside the comparator cost ~0.3 s on 10,000 files.
	const sortedFiles = files.map(file => ({file, key: path.relative(absoluteRoot, file)})).sort((a, b) => compareCodePoints(a.key, b.key)).map(entry => entry.file);
	const sortedSkipped = skipped.map(file => ({file, key: path.relative(absoluteRoot, file.path)})).sort((a, b) => compareCodePoints(a.key, b.key)).map(entry => entry.file);
	return {root: absoluteRoot, files: sortedFiles, skipped: sortedSkipped};
}

function realKey(folder: string): string {
	try {
		const stats = statSync(folder);
		return `${stats.dev}:${stats.ino}`;
	} catch {
		return folder;
	}
}

// Locale-independent, so two machines list a folder in the same order.
function compareCodePoints(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
