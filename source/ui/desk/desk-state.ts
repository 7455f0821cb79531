// The desk's part of the dashboard state and its keys, as an extension of state.ts
// and keys.ts: the story switcher (`s`), "this story" / "all stories" names (`a`),
// the list of stories that mention an all-stories name (Enter), and [ / ] for the
// previous / next story. Pure: (state, key, view) → next state, like keys.ts.
import type {KeyPress} from '../keys.js';
import type {Outcome, UiState, View} from '../state.js';
import type {StoryRow} from './story-rows.js';

export type DeskScope = 'story' | 'all';

export type DeskUiState = {
	/** Index of the story on screen. */
	story: number;
	/** Whether the names and summary panes show this story or all stories. */
	scope: DeskScope;
	/** The open list: every story (`s`), or the stories that mention `entity`. */
	list: 'stories' | 'occurrences' | null;
	listCursor: number;
	listTop: number;
	/** The all-stories entity whose stories the occurrences list shows. */
	entity: string | null;
};

export type DeskView = {
	/** One row per story of the folder. */
	stories: readonly StoryRow[];
	/** The stories that mention one all-stories entity. */
	occurrences(entity: string): readonly StoryRow[];
	listHeight: number;
};

export function initialDeskState(story: number): DeskUiState {
	return {story, scope: 'story', list: null, listCursor: 0, listTop: 0, entity: null};
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

function listWindow(cursor: number, top: number, count: number, height: number): {cursor: number; top: number} {
	if (count === 0) return {cursor: 0, top: 0};
	const next = clamp(cursor, 0, count - 1);
	let first = clamp(top, 0, Math.max(0, count - height));
	if (next < first) first = next;
	if (next >= first + height) first = next - height + 1;
	return {cursor: next, top: first};
}

/** Shows story `index`: at its top, or at a mention (selected, so n/N go on from there). */
export function openStory(state: UiState, index: number, jump: {offset: number | null; entity: string | null; title?: string} = {offset: null, entity: null}): UiState {
	const desk = state.desk!;
	const offset = jump.offset ?? 0;
	return {
		...state,
		focus: 'article',
		searching: false,
		// The article pane turns a text offset into its line whatever the width: the mention's line comes to the top.
		articleTop: offset,
		articleCursor: offset,
		entityCursor: desk.scope === 'story' ? 0 : state.entityCursor,
		entityTop: desk.scope === 'story' ? 0 : state.entityTop,
		summaryCursor: -1,
		summaryTop: 0,
		selected: jump.entity,
		mention: 0,
		marked: null,
		message: jump.title === undefined ? null : `story ${index + 1}: ${jump.title}`,
		desk: {...desk, story: index, list: null},
	};
}

function openList(state: UiState, list: 'stories' | 'occurrences', cursor: number, height: number, entity: string | null = null): UiState {
	const desk = state.desk!;
	// Centre the current story in the switcher so its neighbours show.
	const top = Math.max(0, cursor - Math.floor(height / 2));
	return {...state, searching: false, desk: {...desk, list, entity, listCursor: cursor, listTop: top}};
}

function stepStory(state: UiState, view: View, delta: number): UiState {
	const rows = view.desk!.stories;
	for (let index = state.desk!.story + delta; index >= 0 && index < rows.length; index += delta) {
		const row = rows[index]!;
		if (row.openable) return openStory(state, index, {offset: null, entity: null, title: row.title});
	}

	return {...state, message: delta > 0 ? 'this is the last story' : 'this is the first story'};
}

/** The desk's keys; undefined hands the key on to the dashboard's own dispatcher. */
export function deskKey(state: UiState, press: KeyPress, view: View): Outcome | undefined {
	const desk = state.desk;
	if (!desk || !view.desk || state.help) return undefined;
	const {input, key} = press;
	if (desk.list !== null) return listKey(state, press, view);
	if (key.return && state.focus === 'entities' && desk.scope === 'all') {
		const hit = view.hits[state.entityCursor];
		if (!hit) return {state};
		return {state: openList(state, 'occurrences', 0, view.desk.listHeight, hit.id)};
	}

	// In the search box letters are the query's.
	if (state.searching && state.focus === 'entities') return undefined;
	if (key.ctrl || key.meta) return undefined;
	if (input === 's') return {state: openList(state, 'stories', desk.story, view.desk.listHeight)};
	if (input === 'a') {
		const scope = desk.scope === 'story' ? 'all' : 'story';
		return {
			state: {
				...state,
				entityCursor: 0,
				entityTop: 0,
				summaryCursor: -1,
				summaryTop: 0,
				// Short: the status bar's tag says the scope too, and this must fit beside it at 80 columns.
				message: scope === 'all' ? 'names and totals of all stories (a: back)' : 'names and summary of this story',
				desk: {...desk, scope},
			},
		};
	}

	if (input === ']') return {state: stepStory(state, view, 1)};
	if (input === '[') return {state: stepStory(state, view, -1)};
	return undefined;
}

/** The rows of the open list: every story, or the stories of one entity. */
export function listRows(desk: DeskUiState, view: DeskView): readonly StoryRow[] {
	if (desk.list === 'stories') return view.stories;
	return desk.entity === null ? [] : view.occurrences(desk.entity);
}

function listKey(state: UiState, press: KeyPress, view: View): Outcome {
	const desk = state.desk!;
	const {listHeight} = view.desk!;
	const rows = listRows(desk, view.desk!);
	const {input, key} = press;
	if (input === 'q' && !key.ctrl && !key.meta) return {state, effect: 'quit'};
	// The help opens over the list and closes back to it; Ctrl-L redraws here as everywhere.
	if (input === '?') return {state: {...state, help: true, helpTop: 0}};
	if (key.ctrl && input === 'l') return {state, effect: 'redraw'};
	if (key.escape || (input === 's' && desk.list === 'stories')) return {state: {...state, desk: {...desk, list: null}}};
	if (key.return) {
		const row = rows[desk.listCursor];
		if (!row?.openable) return {state};
		return {state: openStory(state, row.story, {offset: row.offset, entity: row.entity, title: row.title})};
	}

	let target: number | null = null;
	if (key.downArrow || input === 'j') target = desk.listCursor + 1;
	else if (key.upArrow || input === 'k') target = desk.listCursor - 1;
	else if (key.pageDown || input === ' ') target = desk.listCursor + listHeight;
	else if (key.pageUp || input === 'b') target = desk.listCursor - listHeight;
	else if (key.home || input === 'g') target = 0;
	else if (key.end || input === 'G') target = rows.length - 1;
	if (target === null) return {state};
	const moved = listWindow(target, desk.listTop, rows.length, listHeight);
	return {state: {...state, desk: {...desk, listCursor: moved.cursor, listTop: moved.top}}};
}
