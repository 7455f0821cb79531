// Runs sitrep under `sh` so a test can see what the terminal is like after sitrep has
// gone: the exit code, and `stty` (is raw mode off again?), printed on the user's screen.
import {execFileSync} from 'node:child_process';
import process from 'node:process';
import {builtCli, type PtyOptions} from './pty.js';

export const beforeMarker = 'BEFORE-SITREP';
export const afterMarker = 'AFTER-SITREP';

const quote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

/** A pty command: print a marker, run sitrep, then print its exit code and the tty's modes. */
export function wrappedSitrep(args: string[] = []): NonNullable<PtyOptions['command']> {
	const script = [
		`printf '%s\\n' ${beforeMarker}`,
		`${quote(process.execPath)} ${quote(builtCli)} ${args.map(quote).join(' ')}`,
		'code=$?',
		`printf '\\n%s code=%s\\n' ${afterMarker} "$code"`,
		// One line per setting so the screen shows "icanon" / "-icanon" whole.
		'stty -a | tr " ;" "\\n\\n" | grep -E "^-?(icanon|echo|isig|icrnl)$" | tr "\\n" " "',
		`printf '\\nDONE\\n'`,
		// Keep the pty open so the test can read the screen.
		'sleep 5',
	].join('; ');
	return ['sh', ['-c', script]];
}

/** The pid of sitrep (the node child of the wrapping shell), or undefined. */
export function childPid(shellPid: number): number | undefined {
	try {
		const output = execFileSync('ps', ['-o', 'pid=', '--ppid', String(shellPid)], {encoding: 'utf8'});
		const pid = Number.parseInt(output.trim().split('\n')[0] ?? '', 10);
		return Number.isNaN(pid) ? undefined : pid;
	} catch {
		return undefined;
	}
}

/** Parses "AFTER-SITREP code=143" and the stty flags from the screen. */
export function afterState(screen: string): {code: number; flags: string[]} | undefined {
	const match = new RegExp(`${afterMarker} code=(\\d+)\\s*\\n([^\\n]*)\\n`).exec(screen);
	if (!match) return undefined;
	return {code: Number(match[1]), flags: match[2]!.trim().split(/\s+/)};
}
