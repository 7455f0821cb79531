// The dashboard's whole UI state and the pure moves on it. Keys are turned into
// these moves by keys.ts; app.tsx only renders. A new pane (the desk's story list)
// adds a Pane, its fields here and its keys in keys.ts: an extension, not a rewrite.
import type {Span, Story} from '../model/types.js';
import type {WrappedArticle} from './article-lines.js';
import {buildSummaryRows, type SummaryRow} from './summary-rows.js';
import {summaryTopFor} from './summary-lines.js';
import type {DeskUiState, DeskView} from './desk/desk-state.js';

export const panes = ['article', 'entities', 'summary'] as const;
export type Pane = (typeof panes)[number];

/** What a key means depends on this. */
export type Mode = 'article' | 'entities' | 'search' | 'summary' | 'help' | 'stories';

export type UiState = {
	focus: Pane;
	/** The search box has the keys (only while the entity pane has focus). */
	searching: boolean;
	help: boolean;
	/** First help line on screen, when the help is taller than the screen. */
	helpTop: number;
	query: string;
	/** Text offset at the start of the first visible article line: survives re-wrapping on resize. */
	articleTop: number;
	/** Text offset at the start of the reading cursor's line. */
	articleCursor: number;
	/** Index into the current search hits. */
	entityCursor: number;
	entityTop: number;
	/** Index into the summary rows. */
	summaryCursor: number;
	summaryTop: number;
	/** Id of the selected entity, whose mentions stand out and n/N visit. */
	selected: string | null;
	/** Index into the selected entity's mentions. */
	mention: number;
	/** The sentence a summary or timeline row jumped to. */
	marked: Span | null;
	/** One line for the status bar, cleared by the next key. */
	message: string | null;
	/** Only when a folder is open: which story, which scope, which list (desk/desk-state.ts). */
	desk?: DeskUiState;
};

/** What the dispatcher needs to know about the screen as it is drawn now. */
export type View = {
	story: Story;
	article: WrappedArticle;
	/** Visible article lines. */
	pageHeight: number;
	/** The entity list in its current (filtered, ranked) order. */
	hits: ReadonlyArray<{id: string}>;
	listHeight: number;
	summaryRows: readonly SummaryRow[];
	/** Visible summary lines. */
	summaryHeight: number;
	/** Lines each summary row takes (a long detail wraps); one each when absent. */
	summaryRowLines?: readonly number[];
	/** Only when a folder is open. */
	desk?: DeskView;
	/** The help overlay: how many lines it has at this width and how many fit. */
	help?: {lines: number; height: number};
};

export type Effect = 'quit' | 'redraw';

export type Outcome = {state: UiState; effect?: Effect};

export function initialState(story: Story): UiState {
	return {
		focus: 'article',
		searching: false,
		help: false,
		helpTop: 0,
		query: '',
		articleTop: 0,
		articleCursor: 0,
		entityCursor: 0,
		entityTop: 0,
		summaryCursor: buildSummaryRows(story).findIndex(row => row.sentence !== null),
		summaryTop: 0,
		selected: null,
		mention: 0,
		marked: null,
		message: null,
	};
}

export function modeOf(state: UiState): Mode {
	if (state.help) return 'help';
	if (state.desk?.list) return 'stories';
	if (state.focus === 'entities' && state.searching) return 'search';
	return state.focus;
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

// ---- article ----

export function articlePosition(state: UiState, view: View): {top: number; cursor: number; maxTop: number} {
	const {article, pageHeight} = view;
	const maxTop = Math.max(0, article.lines.length - pageHeight);
	const top = clamp(article.lineOfOffset(state.articleTop), 0, maxTop);
	const cursor = clamp(article.lineOfOffset(state.articleCursor), top, Math.min(article.lines.length - 1, top + pageHeight - 1));
	return {top, cursor, maxTop};
}

function setArticle(state: UiState, view: View, top: number, cursor: number): UiState {
	const {lines} = view.article;
	const lastLine = Math.max(0, lines.length - 1);
	const maxTop = Math.max(0, lines.length - view.pageHeight);
	const cursorLine = clamp(cursor, 0, lastLine);
	let topLine = clamp(top, 0, maxTop);
	// When the cursor leaves the screen the view jumps half a page (like mutt, or vim's
	// scrolljump), putting the cursor mid-screen: without terminal scroll regions every
	// scrolled line repaints the whole pane (~7 KB at 120×40), so reading on with j costs
	// one repaint per half page instead of one per line over SSH. Ctrl-E/Ctrl-Y scroll by one line.
	const jump = Math.max(1, Math.floor(view.pageHeight / 2));
	if (cursorLine < topLine) topLine = Math.max(0, cursorLine - jump + 1);
	if (cursorLine >= topLine + view.pageHeight) topLine = Math.min(maxTop, cursorLine - view.pageHeight + jump);
	return {...state, articleTop: lines[topLine]?.start ?? 0, articleCursor: lines[cursorLine]?.start ?? 0};
}

/** Moves the reading cursor by lines; the view follows. */
export function moveCursor(state: UiState, view: View, delta: number): UiState {
	const {top, cursor} = articlePosition(state, view);
	return setArticle(state, view, top, cursor + delta);
}

/** Scrolls the view and the cursor together (paging). */
export function scrollArticle(state: UiState, view: View, delta: number): UiState {
	const {top, cursor} = articlePosition(state, view);
	// At either end the view stops but the cursor goes on to the first or last line.
	return setArticle(state, view, top + delta, cursor + delta);
}

/** Scrolls the view by lines and keeps the cursor where it was, unless it would leave the screen. */
export function scrollLines(state: UiState, view: View, delta: number): UiState {
	const {top, cursor, maxTop} = articlePosition(state, view);
	const newTop = clamp(top + delta, 0, maxTop);
	return setArticle(state, view, newTop, clamp(cursor, newTop, newTop + view.pageHeight - 1));
}

export function articleHome(state: UiState, view: View): UiState {
	return setArticle(state, view, 0, 0);
}

export function articleEnd(state: UiState, view: View): UiState {
	const last = view.article.lines.length - 1;
	return setArticle(state, view, last, last);
}

/** Puts a text offset on screen with a little context above it, and the cursor on its line. */
export function revealOffset(state: UiState, view: View, offset: number): UiState {
	const line = view.article.lineOfOffset(offset);
	const {top} = articlePosition(state, view);
	const visible = line >= top && line < top + view.pageHeight;
	return setArticle(state, view, visible ? top : line - Math.min(2, Math.floor(view.pageHeight / 4)), line);
}

// ---- lists (entities, summary) ----

function moveInList(cursor: number, top: number, count: number, height: number, delta: number): {cursor: number; top: number} {
	if (count === 0) return {cursor: 0, top: 0};
	const next = clamp(cursor + delta, 0, count - 1);
	let nextTop = clamp(top, 0, Math.max(0, count - height));
	if (next < nextTop) nextTop = next;
	if (next >= nextTop + height) nextTop = next - height + 1;
	return {cursor: next, top: nextTop};
}

export function moveEntityCursor(state: UiState, view: View, delta: number): UiState {
	const moved = moveInList(state.entityCursor, state.entityTop, view.hits.length, view.listHeight, delta);
	return {...state, entityCursor: moved.cursor, entityTop: moved.top};
}

/** Selects an entity and takes the article to one of its mentions. */
export function selectEntity(state: UiState, view: View, id: string, mention = 0): UiState {
	const entity = view.story.entities.find(candidate => candidate.id === id);
	if (!entity) return state;
	const count = entity.mentions.length;
	if (count === 0) return {...state, selected: id, mention: 0, message: `${entity.name}: no mentions`};
	const index = ((mention % count) + count) % count;
	const target = entity.mentions[index]!;
	const wrapped = mention >= count ? ' (wrapped to the first)' : mention < 0 ? ' (wrapped to the last)' : '';
	return {
		...revealOffset(state, view, target.start),
		selected: id,
		mention: index,
		marked: null,
		message: `${entity.name}: mention ${index + 1} of ${count}${wrapped}`,
	};
}

export function selectableSummaryRows(view: View): number[] {
	const rows: number[] = [];
	for (const [index, row] of view.summaryRows.entries()) if (row.sentence !== null) rows.push(index);
	return rows;
}

export function moveSummaryCursor(state: UiState, view: View, delta: number): UiState {
	const selectable = selectableSummaryRows(view);
	if (selectable.length === 0) return state;
	let at = selectable.indexOf(state.summaryCursor);
	if (at === -1) at = delta > 0 ? -1 : selectable.length;
	const next = selectable[clamp(at + delta, 0, selectable.length - 1)]!;
	const lines = (index: number) => view.summaryRowLines?.[index] ?? 1;
	let top = summaryTopFor(state.summaryTop, -1, view.summaryRows.length, view.summaryHeight, lines);
	// Show the heading or total a row belongs to when scrolling up to the first rows.
	if (next < top) top = next === selectable[0] ? 0 : next;
	top = summaryTopFor(top, next, view.summaryRows.length, view.summaryHeight, lines);
	return {...state, summaryCursor: next, summaryTop: top};
}

export function jumpToSummaryRow(state: UiState, view: View): UiState {
	const row = view.summaryRows[state.summaryCursor];
	const sentence = row?.sentence === null || row === undefined ? undefined : view.story.sentences[row.sentence];
	if (!sentence) return state;
	return {...revealOffset(state, view, sentence.start), marked: {start: sentence.start, end: sentence.end}, message: null};
}

/** Scrolls the help by lines, or to its top or bottom; it stops with its last line at the bottom. */
export function scrollHelp(state: UiState, view: View, move: number | 'top' | 'bottom'): UiState {
	const {lines, height} = view.help ?? {lines: 0, height: 1};
	const maxTop = Math.max(0, lines - height);
	const from = clamp(state.helpTop, 0, maxTop);
	const helpTop = move === 'top' ? 0 : move === 'bottom' ? maxTop : clamp(from + move, 0, maxTop);
	return helpTop === state.helpTop ? state : {...state, helpTop};
}

export function cycleFocus(state: UiState, delta: number): UiState {
	const index = panes.indexOf(state.focus);
	const next = panes[(index + delta + panes.length) % panes.length]!;
	return {...state, focus: next, searching: false};
}
