// The launcher (source/launch.ts) runs the CLI bundle, dist/sitrep-main.js, through a V8
// code cache: compiling the ~800 KB bundle, and then each function the first frame calls,
// was a fifth of a launch; a code cache holds them compiled. Node 20 has no code cache
// for ES modules (module.enableCompileCache is Node ≥ 22.1), so scripts/build.js builds
// the bundle as one script, an async function expression, compiled here by vm.Script.
//
// The cache is taken from a run that has drawn its first frame (or finished its command),
// so the functions compiled lazily on the way are in it too. It lives beside the bundle,
// or in the user's cache folder when the bundle's folder is read-only (a global install).
// Nothing about it may break a launch: a cache that is missing, unreadable, from another
// bundle or Node, or damaged is ignored and written afresh. Its header carries a SHA-1 of
// the bundle and the cache bytes together, since V8 itself only checks their lengths (a
// damaged cache of the right length is not rejected by V8: it could crash the process).
import {Buffer} from 'node:buffer';
import {mkdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {homedir} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {pathToFileURL} from 'node:url';
import vm from 'node:vm';

/**
 * What the cache was taken after, from less of the program run to more: a command (--json,
 * --summary…) that ran to its end; a dashboard's first frame, its story parsed by the
 * launcher's worker; the same with the story parsed on the main thread (no idle core), so
 * the parser's functions are in it too.
 */
export type CacheKind = 'command' | 'dashboard' | 'dashboard+parser';
const kinds: readonly CacheKind[] = ['command', 'dashboard', 'dashboard+parser'];
/**
 * 'hit', or why no cache was used: none ('missing'), not a cache file ('damaged'), one from
 * another Node ('stale'), one of another build of the bundle or with damaged bytes ('mismatch'),
 * one V8 would not take ('rejected'), or SITREP_CODE_CACHE=0 ('off').
 */
export type CacheStatus = 'hit' | 'missing' | 'damaged' | 'stale' | 'mismatch' | 'rejected' | 'off';

export type CachedScript<Run> = {
	/** What the script evaluates to (the bundle: its async function). */
	value: Run;
	status: CacheStatus;
	/** The kind of the cache that was used, if one was. */
	kind: CacheKind | undefined;
	/** Whether a run of `kind` should leave a new cache (none was used, or one taken after less of the program had run). */
	wants(kind: CacheKind): boolean;
	/** Writes the cache (first place that takes it); returns its path, or undefined if none did. Never throws. */
	save(kind: CacheKind): string | undefined;
};

const magic = 'sitrep-v8-cache/1';

// node:crypto is loaded on first use, not imported: an import would load it before the
// launcher's first line, and so before it starts the parsing worker (~4 ms of CPU there).
let crypto: typeof import('node:crypto') | undefined;
function sha1() {
	crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
	return crypto.createHash('sha1');
}
// V8 rejects a cache from another V8 version or other flags itself; the runtime in the
// header only saves reading the rest of a file that cannot be used.
const runtime = `${process.version}/${process.arch}/${process.versions.v8}`;

/** Where the cache of `bundle` may be, in the order tried: beside it, then the user's cache folder. */
export function cacheFiles(bundle: string, env: NodeJS.ProcessEnv = process.env): string[] {
	const files = [`${bundle}.v8-cache`];
	const xdg = env['XDG_CACHE_HOME'];
	let home: string | undefined;
	try {
		home = homedir();
	} catch {}

	const folder = xdg && path.isAbsolute(xdg) ? xdg : home ? path.join(home, '.cache') : undefined;
	// One file per installed bundle, so two installs do not overwrite each other's.
	if (folder) files.push(path.join(folder, 'sitrep', `${sha1().update(bundle).digest('hex').slice(0, 16)}.v8-cache`));
	return files;
}

function digestOf(source: Buffer, data: Buffer): string {
	return sha1().update(source).update(data).digest('hex');
}

type Found = {status: CacheStatus; data?: Buffer; kind?: CacheKind};

/** The cache in `file` for `source`, if it is one. */
function readCache(file: string, source: Buffer): Found {
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch {
		return {status: 'missing'};
	}

	const end = bytes.indexOf(10);
	const [head, kind, from, digest] = (end > 0 && end < 512 ? bytes.toString('latin1', 0, end) : '').split(' ');
	if (head !== magic || !kinds.includes(kind as CacheKind) || !digest) return {status: 'damaged'};
	if (from !== runtime) return {status: 'stale'};
	const data = bytes.subarray(end + 1);
	// The bundle and the cache bytes in one digest: a cache of another build, or one damaged on disk, does not match.
	if (digestOf(source, data) !== digest) return {status: 'mismatch'};
	return {status: 'hit', data, kind: kind as CacheKind};
}

/** Writes `bytes` to `file` whole or not at all (another launch may be reading it). */
function writeWhole(file: string, bytes: Buffer[]): void {
	mkdirSync(path.dirname(file), {recursive: true});
	const temporary = `${file}.${process.pid}.tmp`;
	try {
		writeFileSync(temporary, Buffer.concat(bytes));
		renameSync(temporary, file);
	} catch (error) {
		rmSync(temporary, {force: true});
		throw error;
	}
}

/**
 * Compiles the script in `file` with its code cache when there is a good one, and runs it
 * (a script's top level: the bundle's is one function expression, returned as `value`).
 * `SITREP_CODE_CACHE=0` compiles without one (for A/B measurements).
 */
export function runCachedScript<Run>(file: string, options: {env?: NodeJS.ProcessEnv} = {}): CachedScript<Run> {
	const env = options.env ?? process.env;
	const sourceBytes = readFileSync(file);
	const off = env['SITREP_CODE_CACHE'] === '0';
	const places = off ? [] : cacheFiles(file, env);
	let found: Found = {status: off ? 'off' : 'missing'};
	for (const place of places) {
		const candidate = readCache(place, sourceBytes);
		if (candidate.status === 'hit') {
			found = candidate;
			break;
		}

		// The most telling reason wins: a damaged or stale file says more than a missing one.
		if (found.status === 'missing') found = candidate;
	}

	const script = new vm.Script(sourceBytes.toString('utf8'), {filename: file, cachedData: found.data});
	if (found.data && script.cachedDataRejected) found = {status: 'rejected'};
	const value = script.runInThisContext() as Run;
	let savedKind = found.kind;
	return {
		value,
		status: found.status,
		kind: found.kind,
		wants(kind) {
			if (off) return false;
			// A dashboard's cache holds most of a command's functions and Ink's (the CLI's start is the same).
			return savedKind === undefined || kinds.indexOf(kind) > kinds.indexOf(savedKind);
		},
		save(kind) {
			let data: Buffer;
			try {
				data = script.createCachedData();
			} catch {
				return undefined;
			}

			const header = Buffer.from(`${magic} ${kind} ${runtime} ${digestOf(sourceBytes, data)}\n`, 'latin1');
			for (const place of places) {
				try {
					writeWhole(place, [header, data]);
					savedKind = kind;
					return place;
				} catch {}
			}

			return undefined;
		},
	};
}

/** What a bundle built as a script evaluates to (scripts/build.js, bundleAsScript). */
export type BundleFunction = (require: NodeJS.Require, builtin: NodeJS.Require, importMeta: {url: string}) => Promise<void>;

/** Runs such a bundle, compiled from `file`, handing it what a module would have had: require for Node's modules, import.meta. */
export async function runBundle(compiled: CachedScript<BundleFunction>, file: string): Promise<void> {
	const require = createRequire(file);
	return compiled.value(require, require, {url: pathToFileURL(file).href});
}
