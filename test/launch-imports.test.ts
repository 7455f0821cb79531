// What the dashboard's launch sets up on the main thread: esbuild runs a module's top level
// at launch when a chain of static imports reaches it from the CLI, and only on import()
// otherwise. The parser (its tables took ~10 ms to set up) must be one of the latter: with
// the launcher's worker parsing the story, the main thread never needs it.
import {fileURLToPath} from 'node:url';
import test from 'ava';
import {build, type Metafile} from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

async function metafileOf(entry: string): Promise<Metafile> {
	const result = await build({
		absWorkingDir: root,
		entryPoints: [entry],
		bundle: true,
		platform: 'node',
		format: 'esm',
		write: false,
		metafile: true,
		outfile: 'out.js',
		// Packages are not the question here (and yoga needs the build's own plugin).
		packages: 'external',
		logLevel: 'silent',
	});
	return result.metafile;
}

/** The chain of static imports from `entry` to `target`, or undefined if there is none. */
function staticChain(metafile: Metafile, entry: string, target: string): string[] | undefined {
	const cameFrom = new Map<string, string | undefined>([[entry, undefined]]);
	const queue = [entry];
	while (queue.length > 0) {
		const file = queue.shift()!;
		for (const {path, kind} of metafile.inputs[file]?.imports ?? []) {
			if (kind !== 'import-statement' || cameFrom.has(path)) continue;
			cameFrom.set(path, file);
			queue.push(path);
		}
	}

	if (!cameFrom.has(target)) return undefined;
	const chain: string[] = [];
	for (let file: string | undefined = target; file !== undefined; file = cameFrom.get(file)) chain.unshift(file);
	return chain;
}

test('neither the CLI nor the dashboard imports the parser statically (it loads only to parse on the main thread)', async t => {
	const metafile = await metafileOf('source/cli.tsx');
	for (const entry of ['source/cli.tsx', 'source/ui/start-dashboard.tsx']) {
		t.true(entry in metafile.inputs, entry);
		const chain = staticChain(metafile, entry, 'source/parser/index.ts');
		t.is(chain, undefined, `static imports reach the parser: ${chain?.join(' → ')}`);
	}

	// And the check can see such a chain: a folder's desk does import it statically.
	t.truthy(staticChain(metafile, 'source/cli/run-folder.ts', 'source/parser/index.ts'));
});
