// npm run bench [-- name…]: runs every bench/*.bench.ts in its own process (so one
// section's heap and JIT state do not colour another's), in name order.
// Each section prints its own medians and ratios.
import {readdirSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';

const folder = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const sections = readdirSync(folder)
	.filter(name => name.endsWith('.bench.ts'))
	.filter(name => only.length === 0 || only.some(wanted => name.includes(wanted)))
	.sort();

let failed = 0;
for (const section of sections) {
	console.log(`\n## ${section.replace('.bench.ts', '')}`);
	const result = spawnSync(process.execPath, ['--import=tsx', '--expose-gc', `${folder}/${section}`], {stdio: 'inherit'});
	if (result.status !== 0) failed++;
}

process.exitCode = failed > 0 ? 1 : 0;
