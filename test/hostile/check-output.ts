// What sitrep may write to a terminal, and what a screen with its layout intact looks
// like. Used by the hostile-input, storm and resize tests.
import {Buffer} from 'node:buffer';
import type {PtySession} from '../helpers/pty.js';

/**
 * The only escape sequences the dashboard writes (Ink's renderer and our screen modes):
 * SGR styles, cursor left/up/next-line and column, erase in line, cursor home, and the
 * private modes for the cursor (25), the alternate screen (1049) and synchronized output (2026).
 * Anything else in the output came from somewhere it should not have.
 */
const allowedSequence = /^\u001B\[(?:[\d;]*[mGKEA]|H|\?(?:25|1049|2026)[hl])$/;
/** Clearing the screen: only after a resize or Ctrl-L. */
const clearSequence = /^\u001B\[[23]J$/;
const csi = /\u001B\[[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]/y;

/** Problems in a program's terminal output; empty when it is clean. */
export function outputProblems(raw: Buffer, forbidden: string[] = [], options: {allowClearScreen?: boolean} = {}): string[] {
	const problems: string[] = [];
	let text: string;
	try {
		text = new TextDecoder('utf-8', {fatal: true}).decode(raw);
	} catch {
		problems.push('output is not valid UTF-8');
		text = raw.toString('utf8');
	}

	const sequences = new Map<string, number>();
	for (let index = text.indexOf('\u001B'); index !== -1; index = text.indexOf('\u001B', index + 1)) {
		csi.lastIndex = index;
		const match = csi.exec(text);
		const sequence = match ? match[0] : text.slice(index, index + 12);
		const allowed = match && (allowedSequence.test(sequence) || (options.allowClearScreen === true && clearSequence.test(sequence)));
		if (!allowed) sequences.set(sequence, (sequences.get(sequence) ?? 0) + 1);
	}

	for (const [sequence, count] of sequences) problems.push(`unexpected escape sequence ${JSON.stringify(sequence)} ×${count}`);
	// eslint-disable-next-line no-control-regex
	const controls = text.match(/[\u0000-\u0009\u000B\u000C\u000E-\u001A\u001C-\u001F\u007F-\u009F]/g);
	if (controls) problems.push(`control characters ${JSON.stringify([...new Set(controls)].join(''))}`);
	// The pty turns each \n into \r\n; any other \r would move the cursor to forge text.
	if (/\r(?!\n)/.test(text)) problems.push('a carriage return not followed by a newline');
	const bidi = text.match(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g);
	if (bidi) problems.push(`bidi controls ${JSON.stringify([...new Set(bidi)].join(''))}`);
	for (const needle of forbidden) {
		if (needle !== '' && text.includes(needle)) problems.push(`forbidden ${JSON.stringify(needle)} found`);
	}

	return problems;
}

/** Problems with plain-text output (--summary, --search): no control characters at all but newlines. */
export function plainTextProblems(text: string): string[] {
	const problems: string[] = [];
	// eslint-disable-next-line no-control-regex
	const controls = text.match(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g);
	if (controls) problems.push(`control characters ${JSON.stringify([...new Set(controls)].join(''))}`);
	const bidi = text.match(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g);
	if (bidi) problems.push(`bidi controls ${JSON.stringify([...new Set(bidi)].join(''))}`);
	return problems;
}

const boxCharacter = /[\u2500-\u257F]/;
const topLeft = /[╭╔┌]/;
const bottomLeft = /[╰╚└]/;

function cellAt(session: PtySession, row: number, column: number): string {
	const buffer = session.terminal.buffer.active;
	return buffer.getLine(buffer.viewportY + row)?.getCell(column)?.getChars() ?? '';
}

/**
 * Problems with the dashboard's frame on screen: panes' outer borders on the first and
 * last columns, the bottom border right above the status bar, the status bar on the
 * second-to-last row and the last row empty. A character drawn wider than sitrep measured
 * it, or a stray cursor move, shifts a border and shows up here.
 */
export function layoutProblems(session: PtySession): string[] {
	const {cols, rows} = session.size();
	const lines = session.screenLines();
	const problems: string[] = [];
	if (lines.join('').trim() === '') return ['the screen is blank'];
	// Too small for panes: the screen says so instead (and is not blank, checked above).
	if (cols < 40 || rows < 10) return [];
	if (!topLeft.test(cellAt(session, 0, 0))) problems.push(`row 0 starts with ${JSON.stringify(cellAt(session, 0, 0))}, not a top-left corner`);
	for (let row = 0; row <= rows - 3; row++) {
		const first = cellAt(session, row, 0);
		const last = cellAt(session, row, cols - 1);
		if (!boxCharacter.test(first)) problems.push(`row ${row} column 0 is ${JSON.stringify(first)}, not a border`);
		if (!boxCharacter.test(last)) problems.push(`row ${row} column ${cols - 1} is ${JSON.stringify(last)}, not a border`);
	}

	if (!bottomLeft.test(cellAt(session, rows - 3, 0))) problems.push(`row ${rows - 3} does not start with a bottom-left corner`);
	const status = lines[rows - 2] ?? '';
	if (status.trim() === '' || boxCharacter.test(status[0] ?? '')) problems.push(`row ${rows - 2} is not the status bar: ${JSON.stringify(status)}`);
	if ((lines[rows - 1] ?? '').trim() !== '') problems.push(`the last row is not empty: ${JSON.stringify(lines[rows - 1])}`);
	if (problems.length > 0) problems.push(`screen:\n${lines.join('\n')}`);
	return problems;
}
