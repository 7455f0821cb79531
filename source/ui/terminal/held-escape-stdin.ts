// The keyboard stream Ink reads from: the real terminal's bytes, except that a trailing
// escape sequence split across reads (slow SSH links) is held for up to 50 ms so the
// rest can join it and the arrow key stays one key. See escape-splitter.ts.
import {Readable} from 'node:stream';
import type tty from 'node:tty';
import {escapeTimeoutMs, splitTrailingEscape} from './escape-splitter.js';

export type KeyboardEnd = 'end' | 'error';

/** What Ink 6.8 uses of stdin: a Readable with `isTTY`, `setRawMode`, `ref` and `unref`. */
export class HeldEscapeStdin extends Readable {
	readonly isTTY = true;
	private held = '';
	private timer: NodeJS.Timeout | undefined;
	private listening = false;

	constructor(
		private readonly source: tty.ReadStream,
		/** Called once when the terminal goes away (EOF, or EIO from a closed pty). */
		private readonly onGone: (why: KeyboardEnd, error?: Error) => void = () => {},
	) {
		super();
		// Decode in the source so a UTF-8 character split across reads stays whole.
		source.setEncoding('utf8');
	}

	setRawMode(mode: boolean): this {
		this.source.setRawMode(mode);
		return this;
	}

	ref(): this {
		this.source.ref();
		return this;
	}

	unref(): this {
		this.source.unref();
		return this;
	}

	override _read(): void {
		if (this.listening) return;
		this.listening = true;
		this.source.on('data', this.onData);
		this.source.once('end', () => {
			this.flushHeld();
			this.onGone('end');
		});
		this.source.on('error', (error: Error) => {
			this.onGone('error', error);
		});
	}

	override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
		clearTimeout(this.timer);
		this.source.off('data', this.onData);
		callback(error);
	}

	private readonly onData = (chunk: string | Buffer): void => {
		clearTimeout(this.timer);
		const {ready, held} = splitTrailingEscape(this.held + chunk.toString());
		this.held = held;
		if (ready !== '') this.push(ready);
		if (held !== '') {
			this.timer = setTimeout(() => {
				this.flushHeld();
			}, escapeTimeoutMs);
		}
	};

	private flushHeld(): void {
		clearTimeout(this.timer);
		if (this.held === '') return;
		const held = this.held;
		this.held = '';
		// Nothing came to finish it: deliver it as typed (a bare ESC is the Esc key).
		this.push(held);
	}
}
