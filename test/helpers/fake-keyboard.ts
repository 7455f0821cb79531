import {EventEmitter} from 'node:events';

/**
 * A stdin for Ink without a terminal: `type()` hands Ink one read, the way a TTY does
 * ('readable', then read()). Used by in-process tests and the dashboard bench.
 */
export class FakeKeyboard extends EventEmitter {
	readonly isTTY = true;
	private data: string | null = null;
	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
	read() {
		const {data} = this;
		this.data = null;
		return data;
	}

	type(keys: string) {
		this.data = keys;
		this.emit('readable');
	}
}
