import type {ReactElement} from 'react';
import {render} from 'ink-testing-library';

/** Lets React commit and Ink write after a key: a macrotask after the pending immediates. */
export async function flushInk(delay: number): Promise<void> {
	return new Promise<void>(resolve => {
		setImmediate(() => setTimeout(resolve, delay));
	});
}

/**
 * Renders an element in ink-testing-library and gives the test the screen without
 * colour codes and a way to type keys (each read followed by a flush).
 * `teardown` collects the unmount, for the test file's afterEach.
 */
export function driveApp(element: ReactElement, teardown: Array<() => void>, flushDelay: number) {
	const app = render(element);
	teardown.push(() => {
		app.unmount();
	});
	const typeKeys = async (...sequence: string[]) => {
		for (const keys of sequence) {
			app.stdin.write(keys);
			// eslint-disable-next-line no-await-in-loop
			await flushInk(flushDelay);
		}
	};

	// eslint-disable-next-line no-control-regex
	const screen = () => (app.lastFrame() ?? '').replaceAll(/\u001B\[[\d;]*m/g, '');
	return {app, typeKeys, screen};
}
