// The help overlay's text as screen lines for one width: every key from keys.ts and a
// legend of the article's styles, wrapped (never cut) so nothing is lost on a narrow
// terminal, and scrolled by the dispatcher when it is taller than the screen. Pure:
// no Ink, so the dispatcher knows how many lines there are and tests read them.
import stringWidth from 'string-width';
import {deskKeyHelp, keyHelp} from './keys.js';

/** How a piece of help text is drawn: the help overlay maps these to the theme. */
export type HelpStyle = 'plain' | 'key' | 'person' | 'organization' | 'location' | 'nationality' | 'figure' | 'selected';

export type HelpPart = {text: string; style: HelpStyle};

/** One screen line: pieces drawn one after the other. */
export type HelpLine = HelpPart[];

export type HelpMarks = {cursorMark: string; selectedMark: string; sentenceMark: string};

/** Below this many columns for the descriptions, a key goes on its own line with its description under it. */
const minimumDescriptionWidth = 24;

/**
 * Greedy word wrap of styled pieces to `width` columns; a word wider than a line is cut.
 * Words are split at plain spaces only and may span pieces, so a separator written with
 * a no-break space ("people\u00A0·") stays on the line of the word before it.
 */
export function wrapParts(parts: HelpPart[], width: number): HelpLine[] {
	const columns = Math.max(1, width);
	// Words as styled pieces, each with the style of the space before it.
	const words: Array<{pieces: HelpPart[]; space: HelpStyle}> = [];
	let word: HelpPart[] = [];
	let space: HelpStyle = 'plain';
	for (const part of parts) {
		for (const token of part.text.split(/( +)/)) {
			if (token === '') continue;
			if (token.startsWith(' ')) {
				if (word.length > 0) words.push({pieces: word, space});
				word = [];
				space = part.style;
			} else {
				word.push({text: token, style: part.style});
			}
		}
	}

	if (word.length > 0) words.push({pieces: word, space});
	const lines: HelpLine[] = [];
	let line: HelpLine = [];
	let used = 0;
	const add = (text: string, style: HelpStyle) => {
		const last = line.at(-1);
		if (last?.style === style) line[line.length - 1] = {text: last.text + text, style};
		else line.push({text, style});
		used += stringWidth(text);
	};

	const breakLine = () => {
		lines.push(line);
		line = [];
		used = 0;
	};

	for (const {pieces, space} of words) {
		const wordWidth = pieces.reduce((sum, piece) => sum + stringWidth(piece.text), 0);
		if (used > 0 && used + 1 + wordWidth > columns) breakLine();
		if (used > 0) add(' ', space);
		for (const piece of pieces) {
			if (used + stringWidth(piece.text) <= columns) {
				add(piece.text, piece.style);
				continue;
			}

			// Wider than a whole line: cut it, character by character.
			for (const character of piece.text) {
				if (used > 0 && used + stringWidth(character) > columns) breakLine();
				add(character, piece.style);
			}
		}
	}

	if (line.length > 0) breakLine();
	return lines.length === 0 ? [[]] : lines;
}

function keyLines(rows: ReadonlyArray<readonly [string, string]>, width: number): HelpLine[] {
	const keyWidth = Math.max(...rows.map(([keys]) => stringWidth(keys))) + 2;
	const lines: HelpLine[] = [];
	if (width - keyWidth >= minimumDescriptionWidth) {
		for (const [keys, what] of rows) {
			for (const [index, wrapped] of wrapParts([{text: what, style: 'plain'}], width - keyWidth).entries()) {
				const column = index === 0 ? keys : '';
				lines.push([{text: column + ' '.repeat(keyWidth - stringWidth(column)), style: 'key'}, ...wrapped]);
			}
		}

		return lines;
	}

	// Narrow: the keys on a line of their own, what they do indented under them.
	for (const [keys, what] of rows) {
		lines.push([{text: keys, style: 'key'}]);
		for (const wrapped of wrapParts([{text: what, style: 'plain'}], width - 2)) lines.push([{text: '  ', style: 'plain'}, ...wrapped]);
	}

	return lines;
}

/** The help as lines of at most `width` columns; the folder's keys only when a folder is open. */
export function helpLines(width: number, desk: boolean, marks: HelpMarks): HelpLine[] {
	const rows = desk ? [...keyHelp, ...deskKeyHelp] : keyHelp;
	const legendIndent = 'Article  ';
	// The separators stick to the name before them (no-break space), so no line starts with one.
	const legend: HelpPart[] = [
		{text: 'people', style: 'person'}, {text: '\u00A0· ', style: 'plain'},
		{text: 'organisations', style: 'organization'}, {text: '\u00A0· ', style: 'plain'},
		{text: 'places', style: 'location'}, {text: '\u00A0· ', style: 'plain'},
		{text: 'nationalities', style: 'nationality'}, {text: '\u00A0· ', style: 'plain'},
		{text: 'casualty figures', style: 'figure'}, {text: '\u00A0· ', style: 'plain'},
		{text: 'selected name', style: 'selected'},
	];
	// One gutter mark a line: a mark never ends up apart from what it means.
	const gutter: HelpPart[][] = [
		[{text: `${marks.cursorMark}\u00A0reading cursor (j/k; the view jumps half a page at the edge)`, style: 'plain'}],
		[{text: `${marks.selectedMark}\u00A0line naming the selected name`, style: 'plain'}],
		[{text: `${marks.sentenceMark}\u00A0sentence a summary row points to`, style: 'plain'}],
	];
	// No blank line before the legend: at 80×24 the whole help of one story then fits.
	const lines = keyLines(rows, width);
	const sideBySide = width - legendIndent.length >= minimumDescriptionWidth;
	for (const [label, items] of [['Article', [legend]], ['Gutter', gutter]] as const) {
		// The labels take a column of their own when there is room, else a line of their own.
		if (!sideBySide) lines.push([{text: label, style: 'key'}]);
		for (const [itemIndex, parts] of items.entries()) {
			const indent = sideBySide ? legendIndent.length : 2;
			for (const [index, wrapped] of wrapParts(parts, width - indent).entries()) {
				const column = sideBySide && itemIndex === 0 && index === 0 ? label : '';
				lines.push([{text: column.padEnd(indent), style: sideBySide ? 'key' : 'plain'}, ...wrapped]);
			}
		}
	}

	return lines;
}
