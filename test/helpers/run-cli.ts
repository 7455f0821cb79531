import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';

export const builtCli = fileURLToPath(new URL('../../dist/sitrep.js', import.meta.url));

/** Runs the built sitrep (npm test builds it first) with stdout as a pipe. */
export function runCli(args: string[], options: {input?: string | Uint8Array; env?: NodeJS.ProcessEnv} = {}) {
	const result = spawnSync(process.execPath, [builtCli, ...args], {
		input: options.input,
		env: {...process.env, ...options.env},
		encoding: 'utf8',
		timeout: 30_000,
	});
	return {stdout: result.stdout, stderr: result.stderr, code: result.status};
}
