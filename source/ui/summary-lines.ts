// The summary pane's rows as screen lines for one width: a detail too long for the pane
// (an attribution, a breakdown part, a competing claim) wraps under its own column
// instead of being cut off, and the pane and the dispatcher window the rows by the
// lines they take. Pure: no Ink.
import {wrapText} from './article-lines.js';
import type {SummaryRow} from './summary-rows.js';

/** The left column: the longest kinds ("sentenced", "evacuated") and a space. */
export const labelWidth = 10;

/** Narrower than this for the detail, wrapping would make a column of single words: cut instead. */
const minimumWrapWidth = 12;

/** Columns before a row's detail (the cursor marker, then the label column); null for rows that never wrap. */
export function detailIndent(row: SummaryRow): number | null {
	switch (row.kind) {
		case 'heading': {
			// Headings are one word.
			return null;
		}

		case 'time': {
			// The expression and its date on the first line, what happened under it.
			return 3;
		}

		case 'empty': {
			return 1;
		}

		default: {
			return 1 + labelWidth;
		}
	}
}

/** A row's detail as the lines it takes in a pane `width` columns wide (one line when it fits or never wraps). */
export function detailLines(row: SummaryRow, width: number): string[] {
	const indent = detailIndent(row);
	if (row.kind === 'time') return row.detail === '' ? [''] : ['', ...firstLines(row.detail, width - indent!, eventLines)];
	if (indent === null || width - indent < minimumWrapWidth || row.detail.length <= width - indent) return [row.detail];
	return wrapped(row.detail, width - indent);
}

/** `text` wrapped to `width` columns, as its lines. */
function wrapped(text: string, width: number): string[] {
	return wrapText(text, width).map(line => text.slice(line.start, line.end));
}

/** A timeline event takes at most this many lines: the gist, not the whole sentence (Enter shows that). */
const eventLines = 2;

/** `text` wrapped to `width`, at most `count` lines, the last ending in "…" when some is left out. */
function firstLines(text: string, width: number, count: number): string[] {
	if (width < minimumWrapWidth) return [text];
	const lines = wrapped(text, width);
	if (lines.length <= count) return lines;
	const last = lines[count - 1]!;
	return [...lines.slice(0, count - 1), `${last.length < width ? last : last.slice(0, width - 1).trimEnd()}…`];
}

/**
 * The first row to show so that the cursor's row is on screen whole, starting from `top`
 * as kept and moving as little as possible. `lines(index)` is how many lines a row takes.
 */
export function summaryTopFor(top: number, cursor: number, count: number, height: number, lines: (index: number) => number): number {
	// The last top that still fills the pane: a resize can leave `top` further down.
	let maxTop = count;
	for (let used = 0; maxTop > 0 && used + lines(maxTop - 1) <= height;) used += lines(--maxTop);
	let first = Math.max(0, Math.min(top, maxTop));
	if (cursor >= 0 && cursor < first) first = cursor;
	if (cursor >= 0 && cursor < count) {
		let used = 0;
		for (let index = first; index <= cursor; index++) used += lines(index);
		while (first < cursor && used > height) used -= lines(first++);
	}

	return first;
}
