// A build copied to a folder of its own (dist/ with its code caches, data/, package.json: what
// `npm install` leaves), so a launch from it is a first launch and whatever it writes goes away.
import {cpSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

export type BuildCopy = {
	/** The copy's folder (a build root itself). */
	root: string;
	/** Its dist/sitrep.js. */
	cli: string;
	/** The user's cache folder inside the copy: a launch never finds or leaves a cache outside it. */
	env: Record<string, string>;
	dispose(): void;
};

/** Copies the build in `root` (a checkout, or such a copy). */
export function copyOfBuild(root: string): BuildCopy {
	const folder = mkdtempSync(path.join(tmpdir(), 'sitrep-build-copy-'));
	for (const entry of ['dist', 'data', 'package.json']) cpSync(path.join(root, entry), path.join(folder, entry), {recursive: true});
	return {
		root: folder,
		cli: path.join(folder, 'dist/sitrep.js'),
		env: {XDG_CACHE_HOME: path.join(folder, 'user-cache')},
		dispose() {
			rmSync(folder, {recursive: true, force: true});
		},
	};
}
