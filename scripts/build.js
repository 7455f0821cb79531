// Bundles the CLI into production files: Ink's first frame comes ~3x sooner
// from a single bundled file than from unbundled node_modules (see README).
import {build} from 'esbuild';
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

function bundle(entryPoint, outfile, options = {}) {
	return build({
		absWorkingDir: root,
		entryPoints: [entryPoint],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		minify: true,
		legalComments: 'none',
		banner: {js: requireBanner},
		logLevel: 'warning',
		plugins: [lazyAnyAscii],
		...options,
	});
}

// The stand-in above loads this on the first character outside ASCII that is folded.
await build({
	absWorkingDir: root,
	entryPoints: ['node_modules/any-ascii/any-ascii.js'],
	outfile: 'dist/any-ascii.cjs',
	bundle: true,
	platform: 'node',
	format: 'cjs',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	logLevel: 'warning',
});

// The CLI and the dashboard.
await bundle('source/cli.tsx', 'dist/sitrep-main.js', {
	define: {'process.env.NODE_ENV': '"production"'},
	// Ink imports react-devtools-core, and ws for it (devtools-window-polyfill.js), only when
	// DEV is set; a bundle would make them hard imports (ws alone is 49 KB to compile at launch).
	alias: {'react-devtools-core': './scripts/empty-module.js', ws: './scripts/empty-module.js'},
});

// dist/sitrep.js, the command: a small launcher that starts the parsing worker and
// then loads dist/sitrep-main.js (see source/launch.ts for why).
await bundle('source/launch.ts', 'dist/sitrep.js', {
	external: ['./sitrep-main.js'],
	banner: {js: '#!/usr/bin/env node'},
});

// The desk's parsing worker (sitrep <folder>): its own small bundle beside the CLI,
// found by the CLI as ./parse-worker.js. Only the parser is in it, not Ink.
await bundle('source/desk/parse-worker.ts', 'dist/parse-worker.js');
