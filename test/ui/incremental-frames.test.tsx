// patches/ink+6.8.0.patch makes Ink's incremental renderer rewrite only the changed part
// of each changed line. This drives two dashboards with the same keys, one incremental and
// one repainting every frame in full, each into its own headless xterm, and compares the
// screens after every key: no timing, no pty, so a wrong cursor column shows at once.
import {EventEmitter} from 'node:events';
import React from 'react';
import test from 'ava';
import chalk from 'chalk';
import {render} from 'ink';
import xtermHeadless from '@xterm/headless';
import {App} from '../../source/ui/app.js';
import {dashboardStory} from '../fixtures/dashboard-story.js';
import {FakeKeyboard as FakeStdin} from '../helpers/fake-keyboard.js';

const {Terminal} = xtermHeadless;
chalk.level = 1;

class FakeStdout extends EventEmitter {
	readonly isTTY = true;
	constructor(readonly columns: number, readonly rows: number, private readonly terminal: InstanceType<typeof Terminal>) {
		super();
	}

	write(data: string) {
		// A terminal's line discipline turns LF into CR LF on output (onlcr); Ink relies on it.
		this.terminal.write(data.replaceAll('\n', '\r\n'));
		return true;
	}
}

const screen = async (terminal: InstanceType<typeof Terminal>) => {
	await new Promise<void>(resolve => {
		terminal.write('', resolve);
	});
	const lines: string[] = [];
	for (let row = 0; row < terminal.rows; row++) lines.push(terminal.buffer.active.getLine(row)?.translateToString(true) ?? '');
	return lines.join('\n');
};

const sleep = async (delay: number) => new Promise<void>(resolve => {
	setTimeout(resolve, delay);
});

for (const [columns, rows] of [[100, 30], [70, 20]] as const) {
	test.serial(`incremental updates put the same screen as full repaints (${columns}×${rows})`, async t => {
		const story = dashboardStory();
		const sides = [true, false].map(incremental => {
			const terminal = new Terminal({cols: columns, rows, allowProposedApi: true, scrollback: 0});
			const stdin = new FakeStdin();
			const instance = render(<App story={story} color onQuit={() => {}}/>, {
				stdout: new FakeStdout(columns, rows, terminal) as unknown as NodeJS.WriteStream,
				stdin: stdin as unknown as NodeJS.ReadStream,
				incrementalRendering: incremental,
				maxFps: 1000,
				patchConsole: false,
				exitOnCtrlC: false,
			});
			return {terminal, stdin, instance};
		});
		t.teardown(() => {
			for (const side of sides) side.instance.unmount();
		});
		await sleep(50);
		const keys = ['j', 'j', ' ', 'k', 'G', 'g', '/', 'n', 'a', 'z', '\r', 'n', 'N', '\t', 'j', 'j', '\r', '?', '?', '\u001B', '2', 'j', 'j', '3', 'G', '\r', 'u', '\u0005', '\u0019', 'b'];
		for (const [index, key] of keys.entries()) {
			for (const side of sides) side.stdin.type(key);
			// Both sides render on their own schedule: wait until they agree (a wrongly placed
			// update never heals by waiting, it stays on screen until that row changes again).
			let incremental = '';
			let full = '';
			for (let attempt = 0; attempt < 40; attempt++) {
				// eslint-disable-next-line no-await-in-loop
				await sleep(attempt === 0 ? 10 : 25);
				// eslint-disable-next-line no-await-in-loop
				[incremental, full] = await Promise.all(sides.map(async side => screen(side.terminal)));
				if (incremental === full) break;
			}

			t.is(incremental, full, `after key ${index + 1} ${JSON.stringify(key)}`);
		}
	});
}
