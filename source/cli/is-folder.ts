import {statSync} from 'node:fs';

/** Whether `path` names a folder (sitrep <folder>): its own module, so the CLI asks it without loading the desk. */
export function isFolder(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}
