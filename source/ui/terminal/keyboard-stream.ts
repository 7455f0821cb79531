// The keyboard Ink reads from. Ink 6.8 uses only this much of stdin: `isTTY`,
// `setRawMode`, `setEncoding`, `ref`/`unref`, the 'readable' event and `read()`.
// Between the terminal and Ink it holds a trailing escape sequence split across reads
// (slow SSH links) for up to 50 ms, so the rest can join it and the arrow key stays one
// key (escape-splitter.ts). Everything else passes through a read at a time: the App
// splits a read into keys itself and handles them in one React batch, one frame per read.
import {EventEmitter} from 'node:events';
import type tty from 'node:tty';
import {escapeTimeoutMs, splitTrailingEscape} from './escape-splitter.js';

export type KeyboardEnd = 'end' | 'error';

export class KeyboardStream extends EventEmitter {
	readonly isTTY = true;
	private readonly queue: string[] = [];
	private held = '';
	private timer: NodeJS.Timeout | undefined;
	private listening = false;
	private destroyed = false;

	constructor(
		private readonly source: tty.ReadStream,
		/** Called when the terminal goes away (EOF, or EIO from a closed pty). */
		private readonly onGone: (why: KeyboardEnd, error?: Error) => void = () => {},
	) {
		super();
	}

	setEncoding(): this {
		// Always strings: the source is decoded as UTF-8 so a character split across reads stays whole.
		return this;
	}

	setRawMode(mode: boolean): this {
		this.source.setRawMode(mode);
		if (mode) this.listen();
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

	/** The next read (a key, keys typed together, or a paste), or null when there is none. */
	read(): string | null {
		return this.queue.shift() ?? null;
	}

	destroy(): void {
		this.destroyed = true;
		clearTimeout(this.timer);
		this.source.off('data', this.onData);
		this.removeAllListeners();
	}

	private listen(): void {
		if (this.listening) return;
		this.listening = true;
		this.source.setEncoding('utf8');
		this.source.on('data', this.onData);
		this.source.once('end', () => {
			this.flushHeld();
			this.onGone('end');
		});
		this.source.on('error', (error: Error) => {
			this.onGone('error', error);
		});
	}

	private readonly onData = (chunk: string | Buffer): void => {
		clearTimeout(this.timer);
		const {ready, held} = splitTrailingEscape(this.held + chunk.toString());
		this.held = held;
		this.deliver(ready);
		if (held !== '') {
			this.timer = setTimeout(() => {
				this.flushHeld();
			}, escapeTimeoutMs);
		}
	};

	private deliver(text: string): void {
		if (text === '' || this.destroyed) return;
		this.queue.push(text);
		this.emit('readable');
	}

	private flushHeld(): void {
		clearTimeout(this.timer);
		const {held} = this;
		this.held = '';
		// Nothing came to finish it: deliver it as typed (a bare ESC is the Esc key).
		this.deliver(held);
	}
}
