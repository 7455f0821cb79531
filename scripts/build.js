// Bundles the CLI into one production file: Ink's first frame comes ~3x sooner
// from a single bundled file than from unbundled node_modules (see README).
import {build} from 'esbuild';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
	absWorkingDir: root,
	entryPoints: ['source/cli.tsx'],
	outfile: 'dist/sitrep-main.js',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	define: {'process.env.NODE_ENV': '"production"'},
	// Ink imports react-devtools-core only when DEV is set; a bundle would make it a hard import.
	alias: {'react-devtools-core': './scripts/empty-module.js'},
	// CommonJS packages inside an ESM bundle call require(); give them one.
	banner: {
		js: "import {createRequire as __sitrepCreateRequire} from 'node:module';const require=__sitrepCreateRequire(import.meta.url);",
	},
	logLevel: 'warning',
});

// dist/sitrep.js, the command: a small launcher that starts the parsing worker and
// then loads dist/sitrep-main.js (see source/launch.ts for why).
await build({
	absWorkingDir: root,
	entryPoints: ['source/launch.ts'],
	outfile: 'dist/sitrep.js',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	external: ['./sitrep-main.js'],
	banner: {js: '#!/usr/bin/env node'},
	logLevel: 'warning',
});

// The desk's parsing worker (sitrep <folder>): its own small bundle beside the CLI,
// found by the CLI as ./parse-worker.js. Only the parser is in it, not Ink.
await build({
	absWorkingDir: root,
	entryPoints: ['source/desk/parse-worker.ts'],
	outfile: 'dist/parse-worker.js',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	banner: {
		js: "import {createRequire as __sitrepCreateRequire} from 'node:module';const require=__sitrepCreateRequire(import.meta.url);",
	},
	logLevel: 'warning',
});
