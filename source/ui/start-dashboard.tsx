// Runs the dashboard full-screen and owns the terminal's life around it: alternate
// screen in, and out again with the cursor shown and raw mode off on every way out
// (q, Ctrl-C, SIGTERM, SIGINT, SIGHUP, a crash, a terminal that goes away).
import {openSync} from 'node:fs';
import process from 'node:process';
import tty from 'node:tty';
import React from 'react';
import {render} from 'ink';
import chalk from 'chalk';
import type {Story} from '../model/types.js';
import {App} from './app.js';
import type {DeskSession} from '../desk/session.js';
import {colorLevel} from './terminal/color-support.js';
import {KeyboardStream} from './terminal/keyboard-stream.js';
import {enterFullScreen, leaveFullScreen} from './terminal/screen-modes.js';

export type DashboardOptions = {
	/** Where keys come from; process.stdin by default (see openKeyboard for piped stories). */
	stdin?: tty.ReadStream;
	/** A folder of stories (sitrep <folder>); `story` is its first. */
	desk?: DeskSession;
};

const signalExitCodes = {SIGHUP: 129, SIGINT: 130, SIGTERM: 143} as const;
type ExitSignal = keyof typeof signalExitCodes;

/**
 * The terminal to read keys from: stdin when it is one, else the controlling terminal
 * (`cat story.txt | sitrep -`), else null (no terminal at all: print the report instead).
 */
export function openKeyboard(): tty.ReadStream | null {
	if (process.stdin.isTTY) return process.stdin;
	try {
		const fd = openSync('/dev/tty', 'r');
		return tty.isatty(fd) ? new tty.ReadStream(fd) : null;
	} catch {
		return null;
	}
}

/** An error as one line for stderr: the stack is no use to a reader and newlines could forge output. */
function oneLine(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	// eslint-disable-next-line no-control-regex
	return message.replace(/[\u0000-\u001F\u007F-\u009F]+/g, ' ').trim() || 'unknown error';
}

export async function startDashboard(story: Story, options: DashboardOptions = {}): Promise<void> {
	const {stdout, stderr} = process;
	const source = options.stdin ?? (process.stdin as tty.ReadStream);
	const level = colorLevel(process.env, stdout);
	const color = level > 0;
	// Chalk (Ink's styling library) decides its own level at import: it ignores NO_COLOR, and it
	// turns off every style, inverse and bold too, for TERM=dumb or any CI variable (even CI=false).
	// Without colour the App asks for no colour, and level 1 keeps inverse/bold/underline so the
	// selection stays visible.
	chalk.level = color ? level : 1;

	let instance: ReturnType<typeof render> | undefined;
	let restored = false;
	const writeToTerminal = (data: string) => {
		try {
			stdout.write(data);
		} catch {}
	};

	/** Puts the terminal back as the user had it. Safe to call from any exit path, more than once. */
	const restore = () => {
		if (restored) return;
		restored = true;
		// Unmount first: Ink writes its last frame and would otherwise do it on process exit, onto the user's screen.
		try {
			instance?.unmount();
		} catch {}

		try {
			source.setRawMode(false);
		} catch {}

		writeToTerminal(leaveFullScreen);
	};

	const exitNow = (code: number, message?: string) => {
		restore();
		if (message !== undefined) {
			try {
				stderr.write(`sitrep: ${message}\n`);
			} catch {}
		}

		process.exit(code);
	};

	// The terminal is gone (SSH link dropped, pty closed): nothing to restore, nobody to tell. Leave at once.
	const hangUp = () => {
		restored = true;
		process.exit(signalExitCodes.SIGHUP);
	};

	const onSignal = (signal: ExitSignal) => {
		if (signal === 'SIGHUP') hangUp();
		else exitNow(signalExitCodes[signal]);
	};

	const onCrash = (error: unknown) => {
		exitNow(1, oneLine(error));
	};

	// Our own listeners also keep Ink's signal-exit from re-raising the signal before we restore.
	for (const signal of Object.keys(signalExitCodes) as ExitSignal[]) process.on(signal, onSignal);
	process.on('uncaughtException', onCrash);
	process.on('unhandledRejection', onCrash);
	// EIO/EPIPE writing to a terminal that closed under us.
	stdout.on('error', hangUp);

	// The App gets the terminal size as props, updated here, in a listener registered before
	// Ink's own: Ink repaints on 'resize' with whatever tree it has, and a tree still laid out
	// for the old size (the App's own size hook fires after Ink's) draws lines wider or taller
	// than the terminal, which wrap and scroll the frame out from under the incremental
	// renderer. So: wipe the screen, home the cursor, re-render at the new size; then Ink
	// (patched to clear on every resize, not only narrowing) repaints the whole frame from there.
	const size = () => ({columns: stdout.columns || 80, rows: stdout.rows || 24});
	const dashboard = () => (
		<App
			story={story}
			desk={options.desk}
			color={color}
			{...size()}
			onQuit={() => {
				instance?.unmount();
			}}
		/>
	);
	const onResize = () => {
		writeToTerminal('\u001B[2J\u001B[H');
		instance?.rerender(dashboard());
	};

	stdout.on('resize', onResize);
	const keyboard = new KeyboardStream(source, hangUp);
	writeToTerminal(enterFullScreen);
	// Raw mode now, not when Ink gets to it in an effect after the first frame: a key typed
	// during launch would be echoed by the terminal onto the screen in between.
	try {
		source.setRawMode(true);
	} catch {}

	instance = render(
		dashboard(),
		{
			stdin: keyboard as unknown as NodeJS.ReadStream,
			stdout,
			// The App's key dispatcher treats Ctrl-C like q (onQuit), in every mode.
			exitOnCtrlC: false,
			patchConsole: false,
			// Rewrite only the lines that changed (with the ink #910 fix in patches/): ~1 KB per scroll key over SSH.
			incrementalRendering: true,
			// Ink throttles frames to 1000/maxFps ms (leading edge): 120 keeps a key's frame within ~8 ms of the last.
			maxFps: 120,
		},
	);

	// Test hook (pty tests): prove that a crash after launch still restores the terminal.
	const crash = process.env['SITREP_TEST_CRASH'];
	if (crash) {
		setTimeout(() => {
			if (crash === 'reject') void Promise.reject(new Error('test crash\nsecond line'));
			else throw new Error('test crash\nsecond line');
		}, 200);
	}

	try {
		await instance.waitUntilExit();
	} catch (error) {
		// A render error Ink caught in its error boundary: it drew the stack in the alternate screen, which we leave.
		onCrash(error);
	}

	restore();
	for (const signal of Object.keys(signalExitCodes) as ExitSignal[]) process.off(signal, onSignal);
	process.off('uncaughtException', onCrash);
	process.off('unhandledRejection', onCrash);
	stdout.off('error', hangUp);
	stdout.off('resize', onResize);
	keyboard.destroy();
	if (source !== process.stdin) source.destroy();
	else source.pause();
	// Nothing should keep the process up after q; if something does (a stray handle), do not hang the shell.
	setTimeout(() => {
		process.exit(process.exitCode ?? 0);
	}, 500).unref();
}
