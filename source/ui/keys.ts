// The one key dispatcher: (state, key, view) → next state and an effect. Every key
// of the dashboard goes through here (app.tsx has the only useInput), so what a key
// does depends on the mode alone and is unit-tested without a terminal.
import {
	articleEnd,
	articleHome,
	cycleFocus,
	jumpToSummaryRow,
	modeOf,
	moveCursor,
	moveEntityCursor,
	moveSummaryCursor,
	panes,
	scrollArticle,
	scrollHelp,
	scrollLines,
	selectEntity,
	type Outcome,
	type UiState,
	type View,
} from './state.js';
import {deskKey} from './desk/desk-state.js';

/** The fields of Ink's `Key` the dashboard reads; tests build these by hand. */
export type KeyFlags = {
	upArrow: boolean;
	downArrow: boolean;
	leftArrow: boolean;
	rightArrow: boolean;
	pageUp: boolean;
	pageDown: boolean;
	home: boolean;
	end: boolean;
	return: boolean;
	escape: boolean;
	ctrl: boolean;
	shift: boolean;
	tab: boolean;
	backspace: boolean;
	delete: boolean;
	meta: boolean;
};

export type KeyPress = {input: string; key: Partial<KeyFlags>};

/** Every key, for the help overlay; the dispatcher below is the truth. */
export const keyHelp: Array<[string, string]> = [
	['Tab / Shift-Tab', 'next / previous pane'],
	['1 2 3', 'article / names / summary pane'],
	['j k ↓ ↑', 'move down / up'],
	['PgDn PgUp Space b', 'page down / up'],
	['Ctrl-d Ctrl-u', 'half page down / up'],
	['Ctrl-e Ctrl-y', 'article: scroll one line down / up'],
	['g G Home End', 'top / bottom'],
	['/', 'search names (letters go to the query)'],
	['Esc', 'leave search; again: clear the query'],
	['Enter', 'go to a name\'s first mention, a summary row\'s sentence'],
	['n N', 'next / previous mention of the selected name'],
	['Ctrl-L', 'redraw the screen'],
	['?', 'this help'],
	['q Ctrl-C', 'quit'],
];

/** The keys a folder adds (sitrep <folder>); the help lists them only then. */
export const deskKeyHelp: Array<[string, string]> = [
	['s', 'folder: list the stories (Enter opens one)'],
	['a', 'folder: names and summary for this story / all stories'],
	['[ ]', 'folder: previous / next story'],
];

const isCtrl = (press: KeyPress, letter: string) => press.key.ctrl === true && press.input === letter;

function isPrintable(press: KeyPress): boolean {
	const {key} = press;
	if (key.ctrl || key.meta || key.escape || key.return || key.tab || key.backspace || key.delete) return false;
	return press.input.length > 0 && !/[\u0000-\u001F\u007F-\u009F]/.test(press.input);
}

/** Movement shared by every scrollable pane: how many lines a key moves, or null. */
function movement(press: KeyPress, page: number): number | 'top' | 'bottom' | null {
	const {input, key} = press;
	if (key.downArrow || (input === 'j' && !key.ctrl && !key.meta)) return 1;
	if (key.upArrow || (input === 'k' && !key.ctrl && !key.meta)) return -1;
	if (key.pageDown || (input === ' ' && !key.ctrl)) return Math.max(1, page);
	if (key.pageUp || (input === 'b' && !key.ctrl && !key.meta)) return -Math.max(1, page);
	if (isCtrl(press, 'd')) return Math.max(1, Math.floor(page / 2));
	if (isCtrl(press, 'u')) return -Math.max(1, Math.floor(page / 2));
	if (key.home || (input === 'g' && !key.ctrl && !key.meta)) return 'top';
	if (key.end || (input === 'G' && !key.ctrl && !key.meta)) return 'bottom';
	return null;
}

/** Reads longer than this, in the search box, are pastes rather than keys typed ahead. */
const pasteLength = 16;
const ctrlC: KeyPress = {input: 'c', key: {ctrl: true}};
/** Names are short; a longer query is a paste gone wrong, and every keystroke re-ranks it. */
export const maxQueryLength = 100;

/**
 * Ink hands over everything read at once as one input: keys typed faster than a frame
 * ("jjj", "/ziyo⏎") and pastes. Split it into single keys so each one means what it
 * would alone; in the search box the letters then simply join the query one by one.
 */
export function splitInput(press: KeyPress, searching = false): KeyPress[] {
	const {input, key} = press;
	const characters = [...input];
	if (characters.length <= 1 || key.ctrl || key.meta || key.escape) return [press];
	// Ctrl-C read together with what came before it (a key typed while a paste is still being
	// read, on a slow or busy machine) still quits: no paste of a story's names holds one.
	const interrupt = input.indexOf('\u0003');
	if (interrupt !== -1) return [...(interrupt > 0 ? splitInput({input: input.slice(0, interrupt), key}, searching) : []), ctrlC];
	// In the search box a long read is a paste: all of it is query text, and a newline in it
	// must not act as Enter (nor the text after it as commands: a "q" would quit).
	if (searching && characters.length > pasteLength) return [{input, key: {}}];

	const presses = characters.map((character): KeyPress => {
		if (character === '\r' || character === '\n') return {input: '\r', key: {return: true}};
		if (character === '\t') return {input: '', key: {tab: true}};
		if (character === '\u007F' || character === '\b') return {input: '', key: {backspace: true}};
		return {input: character, key: {}};
	});
	if (!searching) return presses;
	// In the search box a run of letters is one edit of the query (one search), not one per letter.
	const joined: KeyPress[] = [];
	for (const one of presses) {
		const last = joined.at(-1);
		if (last && isPrintable(last) && isPrintable(one)) joined[joined.length - 1] = {input: last.input + one.input, key: {}};
		else joined.push(one);
	}

	return joined;
}

export function dispatchKey(state: UiState, press: KeyPress, view: View): Outcome {
	// Any key clears the last message; the move below may set a new one.
	const base = state.message === null ? state : {...state, message: null};
	if (isCtrl(press, 'c')) return {state: base, effect: 'quit'};
	// A folder's keys (story list, scope, Enter on an all-stories name) come first; without a folder it passes.
	const desk = deskKey(base, press, view);
	if (desk) return desk;
	const mode = modeOf(base);
	if (mode === 'help') return helpKey(base, press, view);
	if (mode === 'search') return {state: searchKey(base, press, view)};
	return globalKey(base, press, view) ?? {state: paneKey(base, press, view)};
}

/** The help: its own scrolling keys; ? q Esc Enter close it, Ctrl-L still redraws; nothing else gets through. */
function helpKey(state: UiState, press: KeyPress, view: View): Outcome {
	const {input, key} = press;
	if (isCtrl(press, 'l')) return {state, effect: 'redraw'};
	if (input === '?' || input === 'q' || key.escape || key.return) return {state: {...state, help: false}};
	const move = movement(press, view.help?.height ?? 1);
	return {state: move === null ? state : scrollHelp(state, view, move)};
}

function searchKey(state: UiState, press: KeyPress, view: View): UiState {
	const {input, key} = press;
	if (key.escape) return {...state, searching: false};
	if (key.tab) return cycleFocus(state, key.shift ? -1 : 1);
	if (key.return) {
		const hit = view.hits[state.entityCursor];
		const left = {...state, searching: false};
		return hit ? selectEntity(left, view, hit.id) : left;
	}

	if (key.downArrow || isCtrl(press, 'n')) return moveEntityCursor(state, view, 1);
	if (key.upArrow || isCtrl(press, 'p')) return moveEntityCursor(state, view, -1);
	if (key.backspace || key.delete) return withQuery(state, [...state.query].slice(0, -1).join(''));
	if (isCtrl(press, 'u')) return withQuery(state, '');
	if (isCtrl(press, 'w')) return withQuery(state, state.query.replace(/\S*\s*$/u, ''));
	// Letters (q, j, k, digits, n…) are text here, never commands; a paste arrives as one
	// string, its line breaks and tabs as spaces and any other control character dropped.
	if (key.ctrl || key.meta || key.escape) return state;
	const text = input.replaceAll(/[\r\n\t]+/g, ' ').replaceAll(/[\u0000-\u001F\u007F-\u009F]/g, '');
	return text === '' ? state : withQuery(state, state.query + text);
}

function withQuery(state: UiState, text: string): UiState {
	const characters = [...text];
	const query = characters.length > maxQueryLength ? characters.slice(0, maxQueryLength).join('') : text;
	if (query === state.query) return state;
	// A new query is a new ranking: start at its best hit.
	return {...state, query, entityCursor: 0, entityTop: 0};
}

/** Keys that mean the same in every pane (outside the search box and help). */
function globalKey(state: UiState, press: KeyPress, view: View): Outcome | undefined {
	const {input, key} = press;
	if (input === 'q' && !key.ctrl && !key.meta) return {state, effect: 'quit'};
	if (isCtrl(press, 'l')) return {state, effect: 'redraw'};
	if (key.tab) return {state: cycleFocus(state, key.shift ? -1 : 1)};
	if (/^[1-3]$/.test(input) && !key.ctrl && !key.meta) return {state: {...state, focus: panes[Number(input) - 1]!, searching: false}};
	if (input === '/' && !key.ctrl) return {state: {...state, focus: 'entities', searching: true}};
	if (input === '?') return {state: {...state, help: true, helpTop: 0}};
	if ((input === 'n' || input === 'N') && !key.ctrl && !key.meta) {
		if (state.selected === null) return {state: {...state, message: 'no name selected: pick one in the names pane and press Enter'}};
		return {state: selectEntity(state, view, state.selected, state.mention + (input === 'n' ? 1 : -1))};
	}

	return undefined;
}

function paneKey(state: UiState, press: KeyPress, view: View): UiState {
	switch (state.focus) {
		case 'article': {
			if (isCtrl(press, 'e')) return scrollLines(state, view, 1);
			if (isCtrl(press, 'y')) return scrollLines(state, view, -1);
			const move = movement(press, view.pageHeight);
			if (move === 'top') return articleHome(state, view);
			if (move === 'bottom') return articleEnd(state, view);
			if (move === null) return state;
			// j/k move the reading cursor; paging moves the view and the cursor together.
			return Math.abs(move) === 1 ? moveCursor(state, view, move) : scrollArticle(state, view, move);
		}

		case 'entities': {
			if (press.key.return) {
				const hit = view.hits[state.entityCursor];
				return hit ? selectEntity(state, view, hit.id) : state;
			}

			if (press.key.escape) return state.query === '' ? state : {...state, query: '', entityCursor: 0, entityTop: 0};
			const move = movement(press, view.listHeight);
			if (move === null) return state;
			if (move === 'top') return moveEntityCursor(state, view, -view.hits.length);
			if (move === 'bottom') return moveEntityCursor(state, view, view.hits.length);
			return moveEntityCursor(state, view, move);
		}

		case 'summary': {
			if (press.key.return) return jumpToSummaryRow(state, view);
			const move = movement(press, view.summaryHeight);
			if (move === null) return state;
			if (move === 'top') return moveSummaryCursor(state, view, -view.summaryRows.length);
			if (move === 'bottom') return moveSummaryCursor(state, view, view.summaryRows.length);
			return moveSummaryCursor(state, view, move);
		}
	}
}
