// Bundles the CLI into production files: Ink's first frame comes ~3x sooner
// from a single bundled file than from unbundled node_modules (see README).
import {readFile, rm, writeFile} from 'node:fs/promises';
import {builtinModules} from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import {build} from 'esbuild';
import {warmCodeCache} from './warm-code-cache.js';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// CommonJS packages inside an ESM bundle call require(); give them one.
const requireBanner = "import {createRequire as __sitrepCreateRequire} from 'node:module';const require=__sitrepCreateRequire(import.meta.url);";

// any-ascii is 547 KB of transliteration tables, 40% of the CLI bundle, which every launch
// would compile; search/fold.ts only needs it for a character outside ASCII. So the bundles
// get a stand-in that loads dist/any-ascii.cjs (built below) synchronously on the first
// call; tests and `npm run dev` import the real package from source.
const lazyAnyAscii = {
	name: 'lazy-any-ascii',
	setup(context) {
		context.onResolve({filter: /^any-ascii$/}, () => ({path: 'any-ascii', namespace: 'lazy-any-ascii'}));
		context.onLoad({filter: /.*/, namespace: 'lazy-any-ascii'}, () => ({
			contents: `import {createRequire} from 'node:module';
let anyAscii;
export default function lazyAnyAscii(text) {
	anyAscii ??= createRequire(import.meta.url)('./any-ascii.cjs').default;
	return anyAscii(text);
}`,
			loader: 'js',
		}));
	},
};

// yoga-layout (Ink's layout engine) compiles its WebAssembly with WebAssembly.instantiate, on a
// background thread, and awaits it at import: the main thread, done loading Ink, sat idle for it
// (~10-20 ms at launch, more on a busy machine; V8's Liftoff compiles its 72 KB in ~2 ms on the
// spot). So the bundle gets yoga-layout's own index.js with one change: loadYoga() is handed
// Emscripten's instantiateWasm hook, which compiles and instantiates synchronously from the bytes
// of the module's data: URL (exported from its glue below). This also keeps yoga off fetch().
const yogaRoot = path.join(root, 'node_modules/yoga-layout/dist');
const syncYoga = {
	name: 'sync-yoga',
	setup(context) {
		context.onResolve({filter: /^yoga-layout$/}, () => ({path: 'yoga-layout', namespace: 'sync-yoga'}));
		context.onLoad({filter: /.*/, namespace: 'sync-yoga'}, () => ({
			contents: `import loadYoga, {yogaWasmDataUrl} from '../binaries/yoga-wasm-base64-esm.js';
import wrapAssembly from './wrapAssembly.js';
const bytes = Buffer.from(yogaWasmDataUrl.slice(yogaWasmDataUrl.indexOf(',') + 1), 'base64');
const Yoga = wrapAssembly(await loadYoga({
	instantiateWasm(imports, receiveInstance) {
		const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), imports);
		receiveInstance(instance);
		return instance.exports;
	},
}));
export default Yoga;
export * from './generated/YGEnums.js';
`,
			resolveDir: path.join(yogaRoot, 'src'),
			loader: 'js',
		}));
		context.onLoad({filter: /yoga-wasm-base64-esm\.js$/}, async ({path: file}) => {
			const glue = await readFile(file, 'utf8');
			const dataUrl = /\bH="(data:application\/octet-stream;base64,[A-Za-z\d+/=]+)"/g;
			const found = [...glue.matchAll(dataUrl)];
			// A yoga-layout whose glue no longer looks like this must fail the build, not launch slowly.
			if (found.length !== 1) throw new Error(`sync-yoga: expected one H="data:…" in ${file}, found ${found.length}; update scripts/build.js`);
			return {contents: `export const yogaWasmDataUrl = ${JSON.stringify(found[0][1])};\n${glue.replace(dataUrl, 'H=yogaWasmDataUrl')}`, loader: 'js'};
		});
	},
};

function bundle(entryPoint, outfile, options = {}) {
	return build({
		absWorkingDir: root,
		entryPoints: [entryPoint],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		minify: process.env.SITREP_MINIFY !== "0",
		legalComments: 'none',
		banner: {js: requireBanner},
		logLevel: 'warning',
		plugins: [lazyAnyAscii, syncYoga],
		...options,
	});
}

// Files of older builds that nothing loads any more (`npm pack` would still ship them).
await rm(path.join(root, 'dist/parse-worker.js'), {force: true});

// The stand-in above loads this on the first character outside ASCII that is folded.
await build({
	absWorkingDir: root,
	entryPoints: ['node_modules/any-ascii/any-ascii.js'],
	outfile: 'dist/any-ascii.cjs',
	bundle: true,
	platform: 'node',
	format: 'cjs',
	target: 'node20',
	minify: process.env.SITREP_MINIFY !== "0",
	legalComments: 'none',
	logLevel: 'warning',
});

// The CLI bundle is compiled by the launcher through vm.Script with a V8 code cache
// (source/launch.ts, source/code-cache.ts): a script, not a module, since Node 20 has no
// code cache for ES modules. So the bundle is built as one async function body,
//   (async function (require, __sitrepRequire, __sitrepImportMeta) { … })
// which keeps the top-level awaits (Ink's reconciler, yoga below, the CLI's main) legal.
// What a module would have had comes in as arguments: Node's built-in modules (every
// `import … from 'node:fs'` becomes a require through this plugin, so no import statement
// is left), and import.meta (meow reads package.json through it; the bundled story and
// the worker script are found from its url).
const builtins = new Set(builtinModules.flatMap(name => [name, `node:${name}`]));
const builtinsByRequire = {
	name: 'builtins-by-require',
	setup(context) {
		context.onResolve({filter: /^[a-z_:/]+$/}, ({path: name}) => (builtins.has(name) ? {path: name, namespace: 'builtin-by-require'} : undefined));
		context.onLoad({filter: /.*/, namespace: 'builtin-by-require'}, ({path: name}) => ({
			contents: `module.exports = __sitrepRequire(${JSON.stringify(name)});`,
			loader: 'js',
		}));
	},
};

const scriptParameters = 'require, __sitrepRequire, __sitrepImportMeta';

async function bundleAsScript(entryPoint, outfile, options) {
	const result = await bundle(entryPoint, outfile, {
		...options,
		banner: {},
		write: false,
		metafile: true,
		define: {...options.define, 'import.meta': '__sitrepImportMeta'},
		plugins: [builtinsByRequire, lazyAnyAscii, syncYoga],
	});
	// An import left to Node (a package marked external, an import() of a computed name) would
	// parse as a script but fail at run time: vm.Script has no module loader behind it.
	const left = Object.values(result.metafile.outputs).flatMap(output => output.imports);
	if (left.length > 0) throw new Error(`${outfile} must be self-contained to run as a script; it imports ${left.map(({path: name, kind}) => `${name} (${kind})`).join(', ')}`);
	const [output] = result.outputFiles;
	// An import() of a computed name is not in the metafile; the text is looked at instead (if a string
	// in the bundle ever holds "import(", this check is too strict, never too lax).
	if (/\bimport\s*\(/.test(output.text)) throw new Error(`${outfile} must be self-contained to run as a script; it holds an import()`);
	const script = `(async function (${scriptParameters}) {'use strict';\n${output.text}\n})`;
	// The same bundle as before (`npm start` builds first, every time) keeps its code cache.
	if (await readFile(path.join(root, outfile), 'utf8').catch(() => undefined) === script) return;
	// The old bundle's code cache would only be found not to match.
	await rm(path.join(root, `${outfile}.v8-cache`), {force: true});
	// Anything a script cannot hold (an import or export statement, import.meta) fails here, not at launch.
	new vm.Script(script, {filename: outfile});
	await writeFile(path.join(root, outfile), script);
}

// The CLI and the dashboard.
await bundleAsScript('source/cli.tsx', 'dist/sitrep-main.js', {
	define: {'process.env.NODE_ENV': '"production"'},
	// Ink imports react-devtools-core, and ws for it (devtools-window-polyfill.js), only when
	// DEV is set; a bundle would make them hard imports (ws alone is 49 KB to compile at launch).
	alias: {'react-devtools-core': './scripts/empty-module.js', ws: './scripts/empty-module.js'},
});

// dist/sitrep.js, the command: a small launcher that starts the parsing worker and
// then runs dist/sitrep-main.js with its code cache (see source/launch.ts for why).
await bundle('source/launch.ts', 'dist/sitrep.js', {
	banner: {js: '#!/usr/bin/env node'},
});

// The parsing worker (the dashboard's story at launch, sitrep <folder>): its own small bundle
// beside the CLI, found by the CLI as ./parse-worker.cjs. Only the parser is in it, not Ink.
// Like the CLI, a script run with its code cache by a small entry (source/parse-worker-launch.ts).
await bundleAsScript('source/desk/parse-worker.ts', 'dist/parse-worker-main.js', {});
// The entry is CommonJS: a worker starts ~5 ms sooner without the ES module loader, and the
// early worker's answer is the last thing the dashboard's launch waits for.
await bundle('source/parse-worker-launch.ts', 'dist/parse-worker.cjs', {
	format: 'cjs',
	banner: {js: "'use strict';const __sitrepEntryUrl=require('node:url').pathToFileURL(__filename).href;"},
	define: {'import.meta.url': '__sitrepEntryUrl'},
});

// Last, the code caches a first launch would leave (scripts/warm-code-cache.js): never a reason for the build to fail.
const warmUp = await warmCodeCache(root);
if (process.env.SITREP_DEBUG_CODE_CACHE === '1') process.stderr.write(`sitrep build: code cache warm-up ${warmUp}\n`);
