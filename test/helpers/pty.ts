// Runs the built sitrep in a real pseudo-terminal and reads the screen through a
// headless xterm of the same size: what a person would see, byte for byte.
// Every e2e test uses this; it never looks at React or Ink internals.
import {Buffer} from 'node:buffer';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import * as nodePty from '@lydell/node-pty';
import xtermHeadless from '@xterm/headless';
import unicode11 from '@xterm/addon-unicode11';

const {Terminal} = xtermHeadless;
const {Unicode11Addon} = unicode11;

export const builtCli = fileURLToPath(new URL('../../dist/sitrep.js', import.meta.url));

export type PtyOptions = {
	/** Arguments after `node dist/sitrep.js`. */
	args?: string[];
	cols?: number;
	rows?: number;
	/** Added to (and overriding) the test's environment; `undefined` removes a variable. */
	env?: Record<string, string | undefined>;
	cwd?: string;
	/**
	 * Answer device queries (DSR `ESC[6n`, DA `ESC[c`) the way a real terminal does, by typing
	 * the reply back into the program. On by default: a leaked query then shows up as input.
	 */
	answerQueries?: boolean;
	/** The program to run instead of the built sitrep (e.g. `['sh', ['-c', '…']]`). */
	command?: [string, string[]];
};

export type ExitStatus = {exitCode: number; signal?: number};

const defaultTimeout = 5000;
// Ink wraps every frame in synchronized-output markers (begin / end).
const beginFrame = '\u001B[?2026h';
const endFrame = '\u001B[?2026l';

const sleep = async (ms: number) => new Promise<void>(resolve => {
	setTimeout(resolve, ms);
});

export class PtySession {
	readonly cols: number;
	readonly rows: number;
	readonly pid: number;
	readonly terminal: InstanceType<typeof Terminal>;
	/** What the terminal typed back into the program (answers to queries it received). */
	readonly replies: string[] = [];
	/** Window titles the program set (OSC 0/2): a story must never manage to set one. */
	readonly titles: string[] = [];
	// `destroy()` exists on the Unix pty but is missing from node-pty's typings.
	private readonly pty: nodePty.IPty & {destroy(): void};
	private readonly chunks: Buffer[] = [];
	private byteCount = 0;
	/** The start of a character whose last bytes have not been read yet (see splitAtLastCharacter). */
	private heldBack: Buffer = Buffer.alloc(0);
	private exitStatus: ExitStatus | undefined;
	private readonly exitWaiters: Array<(status: ExitStatus) => void> = [];
	private pendingWrites: Promise<void> = Promise.resolve();
	private disposed = false;
	private currentCols: number;
	private currentRows: number;

	constructor(options: PtyOptions = {}) {
		this.cols = options.cols ?? 120;
		this.rows = options.rows ?? 40;
		this.currentCols = this.cols;
		this.currentRows = this.rows;
		this.terminal = new Terminal({cols: this.cols, rows: this.rows, allowProposedApi: true, scrollback: 0});
		// Character widths of today's terminals (emoji are wide), as string-width measures them.
		this.terminal.loadAddon(new Unicode11Addon());
		this.terminal.unicode.activeVersion = '11';
		const env: Record<string, string> = {};
		for (const [name, value] of Object.entries({...process.env, CI: 'false', TERM: 'xterm-256color', FORCE_COLOR: undefined, NO_COLOR: undefined, ...options.env})) {
			if (value !== undefined) env[name] = value;
		}

		const [file, args] = options.command ?? [process.execPath, [builtCli, ...(options.args ?? [])]];
		this.pty = nodePty.spawn(file, args, {
			// node-pty sets TERM from `name`: keep the test's TERM (e.g. dumb).
			name: env.TERM ?? 'xterm-256color',
			cols: this.cols,
			rows: this.rows,
			cwd: options.cwd ?? process.cwd(),
			env,
			// Bytes, not strings: a stray C1 byte (0x9B) must be seen as itself, not as U+FFFD.
			encoding: null,
		}) as nodePty.IPty & {destroy(): void};
		this.pid = this.pty.pid;
		this.pty.onData(data => {
			const chunk = Buffer.isBuffer(data) ? data : Buffer.from(data as unknown as string);
			this.chunks.push(chunk);
			this.byteCount += chunk.length;
			// A read can end inside a character; @xterm/headless 6.0 drops a 3-byte character split after
			// its second byte ("•" vanished from a help row under load), so whole characters go to it.
			const [whole, rest] = splitAtLastCharacter(Buffer.concat([this.heldBack, chunk]));
			this.heldBack = rest;
			this.pendingWrites = this.pendingWrites.then(async () => new Promise<void>(resolve => {
				if (this.disposed) {
					resolve();
					return;
				}

				this.terminal.write(whole, resolve);
			}));
		});
		this.pty.onExit(status => {
			this.exitStatus = status;
			for (const waiter of this.exitWaiters.splice(0)) waiter(status);
		});
		this.terminal.onTitleChange(title => {
			this.titles.push(title);
		});
		if (options.answerQueries ?? true) {
			this.terminal.onData(reply => {
				this.replies.push(reply);
				if (this.exitStatus === undefined && !this.disposed) this.pty.write(reply);
			});
		}
	}

	/** Waits until every byte received so far has been parsed by the headless terminal. */
	async settle(): Promise<void> {
		await this.pendingWrites;
	}

	/** The visible screen, one string per row, trailing spaces trimmed. */
	screenLines(): string[] {
		const buffer = this.terminal.buffer.active;
		const lines: string[] = [];
		for (let row = 0; row < this.terminal.rows; row++) {
			lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
		}

		return lines;
	}

	screenText(): string {
		return this.screenLines().join('\n');
	}

	/** Every byte the program wrote so far. */
	rawOutput(): Buffer {
		return Buffer.concat(this.chunks, this.byteCount);
	}

	/** Bytes written from `offset` (a previous `rawLength()`) on. */
	rawOutputSince(offset: number): Buffer {
		return this.rawOutput().subarray(offset);
	}

	rawLength(): number {
		return this.byteCount;
	}

	/** Waits for text (or a match) on the visible screen; the error shows the screen it saw. */
	async waitForText(expected: string | RegExp, timeout = defaultTimeout): Promise<void> {
		await this.waitFor(screen => typeof expected === 'string' ? screen.includes(expected) : expected.test(screen), `text ${String(expected)}`, timeout);
	}

	/** Waits until `predicate(screenText)` holds. */
	async waitFor(predicate: (screen: string) => boolean, description: string, timeout = defaultTimeout): Promise<void> {
		const deadline = Date.now() + timeout;
		for (;;) {
			// eslint-disable-next-line no-await-in-loop
			await this.settle();
			const screen = this.screenText();
			if (predicate(screen)) return;
			if (Date.now() > deadline) {
				const exited = this.exitStatus ? ` (the program exited: ${JSON.stringify(this.exitStatus)})` : '';
				throw new Error(`Timed out after ${timeout} ms waiting for ${description}${exited}. Screen (${this.currentCols}×${this.currentRows}):\n${screen}\n--- end of screen`);
			}

			// eslint-disable-next-line no-await-in-loop
			await sleep(this.exitStatus ? 0 : 15);
		}
	}

	/** Waits until no byte has arrived for `quietMs` (the program finished drawing). */
	async waitForQuiet(quietMs = 80, timeout = defaultTimeout): Promise<void> {
		const deadline = Date.now() + timeout;
		let lastLength = -1;
		let lastChange = Date.now();
		for (;;) {
			if (this.byteCount !== lastLength) {
				lastLength = this.byteCount;
				lastChange = Date.now();
			} else if (Date.now() - lastChange >= quietMs) {
				break;
			}

			if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for the output to go quiet`);
			// eslint-disable-next-line no-await-in-loop
			await sleep(10);
		}

		await this.settle();
	}

	/** Types keys (a string of bytes as a terminal would send them). */
	write(keys: string): void {
		if (this.exitStatus !== undefined || this.disposed) throw new Error(`cannot type ${JSON.stringify(keys)}: the program has exited`);
		this.pty.write(keys);
	}

	/**
	 * Types keys and waits until the frames they cause are complete: Ink wraps every frame in
	 * synchronized-output markers, and a big frame can reach us in pieces with gaps between.
	 */
	async typeUntilDrawn(keys: string): Promise<void> {
		const before = this.rawLength();
		this.write(keys);
		const deadline = Date.now() + 3000;
		for (;;) {
			// eslint-disable-next-line no-await-in-loop
			await this.waitForQuiet(30);
			const output = this.rawOutputSince(before).toString('latin1');
			const complete = output.length > 0 && output.lastIndexOf(endFrame) > output.lastIndexOf(beginFrame);
			if (complete || Date.now() > deadline) return;
		}
	}

	/** Resizes the pty (the program gets SIGWINCH) and the headless terminal alike. */
	resize(cols: number, rows: number): void {
		this.currentCols = cols;
		this.currentRows = rows;
		this.terminal.resize(cols, rows);
		if (this.exitStatus === undefined) this.pty.resize(cols, rows);
	}

	size(): {cols: number; rows: number} {
		return {cols: this.currentCols, rows: this.currentRows};
	}

	kill(signal: NodeJS.Signals = 'SIGTERM'): void {
		if (this.exitStatus === undefined) this.pty.kill(signal);
	}

	/** Closes the master side of the pty, as a dropped SSH connection does. */
	closePty(): void {
		this.pty.destroy();
	}

	exited(): ExitStatus | undefined {
		return this.exitStatus;
	}

	async waitForExit(timeout = defaultTimeout): Promise<ExitStatus> {
		if (this.exitStatus) return this.exitStatus;
		return new Promise<ExitStatus>((resolve, reject) => {
			const timer = setTimeout(() => {
				reject(new Error(`The program did not exit within ${timeout} ms. Screen:\n${this.screenText()}\n--- end of screen`));
			}, timeout);
			this.exitWaiters.push(status => {
				clearTimeout(timer);
				resolve(status);
			});
		});
	}

	/** True when the terminal is showing the alternate screen. */
	alternateScreen(): boolean {
		return this.terminal.buffer.active.type === 'alternate';
	}

	/** Whether the cursor is visible: the last DECTCEM (`?25h` / `?25l`) the program wrote wins. */
	cursorVisible(): boolean {
		const text = this.rawOutput().toString('latin1');
		const shown = text.lastIndexOf('\u001B[?25h');
		const hidden = text.lastIndexOf('\u001B[?25l');
		return shown >= hidden;
	}

	/** Kills the program if still running and frees the pty and the terminal. Safe to call twice. */
	dispose(): void {
		if (this.disposed) return;
		this.disposed = true;
		if (this.exitStatus === undefined) {
			try {
				this.pty.kill('SIGKILL');
			} catch {}
		}

		try {
			this.pty.destroy();
		} catch {}

		this.terminal.dispose();
	}
}

/** Starts sitrep in a pty; with an ava `t`, it is disposed when the test ends whatever happens. */
export function startSitrep(options: PtyOptions = {}, t?: {teardown: (fn: () => void) => void}): PtySession {
	const session = new PtySession(options);
	t?.teardown(() => {
		session.dispose();
	});
	return session;
}

/**
 * Starts the dashboard on the bundled story and returns once keys reach it: raw mode is switched
 * on just after the first frame (in an effect), and keys typed before it would be line-buffered,
 * so the help is opened and closed first.
 */
export async function startDashboard(t: {teardown: (fn: () => void) => void}, options: PtyOptions = {}): Promise<PtySession> {
	const session = startSitrep(options, t);
	await session.waitFor(screen => screen.includes('Names') && screen.includes('Summary') && screen.includes('DUSHANBE'), 'the dashboard');
	await session.waitForQuiet(50);
	session.write('?');
	await session.waitForText('redraw the screen');
	session.write('?');
	await session.waitFor(screen => !screen.includes('redraw the screen'), 'the help to close');
	await session.waitForQuiet(30);
	return session;
}

/** True while a process with this pid exists (and is not a zombie we could not see reaped). */
export function processAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

/**
 * `bytes` cut before a UTF-8 character whose continuation bytes are still to come: [whole characters, the
 * unfinished one]. Anything else (ASCII, stray bytes that start no character) goes through as it is, so the
 * terminal still sees a raw C1 byte as itself.
 */
export function splitAtLastCharacter(bytes: Buffer): [Buffer, Buffer] {
	// A character is at most 4 bytes: look back at most 3 for its lead byte.
	for (let back = 1; back <= Math.min(3, bytes.length); back++) {
		const byte = bytes[bytes.length - back]!;
		if ((byte & 0xc0) === 0x80) continue;
		const length = byte >= 0xf0 && byte <= 0xf4 ? 4 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xc2 && byte < 0xe0 ? 2 : 1;
		return length > back ? [bytes.subarray(0, bytes.length - back), bytes.subarray(bytes.length - back)] : [bytes, Buffer.alloc(0)];
	}

	return [bytes, Buffer.alloc(0)];
}
