// What app.tsx needs to show a folder, kept out of it so the App stays one file about
// panes and keys: the desk's initial state, the story on screen, the desk's view for
// the dispatcher, the status-bar tag and the list overlay.
import React, {useMemo} from 'react';
import type {Story} from '../../model/types.js';
import type {DeskSession} from '../../desk/session.js';
import type {Box as Size} from '../layout.js';
import type {UiState} from '../state.js';
import type {Theme} from '../theme.js';
import {initialDeskState, listRows, type DeskView} from './desk-state.js';
import {occurrenceRows, storyListRows, type StoryRow} from './story-rows.js';
import {StoryListOverlay} from './story-list-overlay.js';

export function withDesk(state: UiState, session: DeskSession | undefined): UiState {
	return session ? {...state, desk: initialDeskState(session.first)} : state;
}

/** The story on screen: the desk's current one (parsed now if the background has not reached it). */
export function currentStory(session: DeskSession | undefined, state: UiState, fallback: Story): Story {
	if (!session || !state.desk) return fallback;
	const story = session.story(state.desk.story);
	if (story) return story;
	// Opened before the background reached it, and it turned out not to be a story: say so in its place.
	return session.notAStoryPage(state.desk.story) ?? fallback;
}

/** Rows of the overlay's list, less its border and title. */
export function overlayListHeight(size: Size): number {
	return Math.max(1, size.height - 3);
}

export function useDeskView(session: DeskSession | undefined, tick: number, listHeight: number): DeskView | undefined {
	return useMemo(() => {
		if (!session) return undefined;
		// Built on first use: while stories arrive the view is remade every tick, and ten
		// thousand rows are only worth building when the list is open or [ ] is pressed.
		let stories: readonly StoryRow[] | undefined;
		const occurrences = new Map<string, readonly StoryRow[]>();
		return {
			get stories() {
				stories ??= storyListRows(session.desk);
				return stories;
			},
			occurrences(entity: string) {
				let rows = occurrences.get(entity);
				if (!rows) {
					rows = occurrenceRows(session.desk, entity);
					occurrences.set(entity, rows);
				}

				return rows;
			},
			listHeight,
		};
		// `tick` is the desk's progress: a new view when stories arrive.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [session, tick, listHeight]);
}

/** "story 3/120 · this story · reading 80/120": beside the mode in the status bar. */
export function deskTag(session: DeskSession | undefined, state: UiState): string | undefined {
	if (!session || !state.desk) return undefined;
	const {parsed, skipped, total} = session.desk.progress;
	const scope = state.desk.scope === 'all' ? 'ALL STORIES' : 'this story';
	const reading = parsed + skipped < total ? ` · reading ${parsed + skipped}/${total}` : '';
	return `story ${state.desk.story + 1}/${total} · ${scope}${reading}`;
}

/** The same in a few columns, for a narrow status bar: "3/120 · ALL · 66%". */
export function deskShortTag(session: DeskSession | undefined, state: UiState): string | undefined {
	if (!session || !state.desk) return undefined;
	const {parsed, skipped, total} = session.desk.progress;
	const scope = state.desk.scope === 'all' ? ' · ALL' : '';
	const reading = parsed + skipped < total ? ` · ${Math.floor(((parsed + skipped) / total) * 100)}%` : '';
	return `${state.desk.story + 1}/${total}${scope}${reading}`;
}

/** The list's first row: as kept, moved only as far as needed to show the cursor (after a resize). */
function visibleTop(top: number, cursor: number, count: number, height: number): number {
	let first = Math.max(0, Math.min(top, count - height));
	if (cursor < first) first = cursor;
	if (cursor >= first + height) first = cursor - height + 1;
	return Math.max(0, first);
}

export function DeskOverlay({session, state, view, size, theme}: {session: DeskSession; state: UiState; view: DeskView; size: Size; theme: Theme}) {
	const desk = state.desk!;
	const rows = listRows(desk, view);
	const {parsed, skipped, total} = session.desk.progress;
	const entity = desk.entity === null ? undefined : session.desk.entity(desk.entity);
	const heading = desk.list === 'stories' ? 'Stories' : `${entity?.name ?? 'Name'} in ${rows.length} stor${rows.length === 1 ? 'y' : 'ies'}`;
	const info = desk.list === 'stories'
		? `${parsed + skipped < total ? `reading ${parsed + skipped}/${total}` : `${total}`}`
		: `${entity?.mentions ?? 0} mentions`;
	return (
		<StoryListOverlay
			heading={heading}
			info={info}
			rows={rows}
			cursor={desk.listCursor}
			top={visibleTop(desk.listTop, desk.listCursor, rows.length, view.listHeight)}
			height={view.listHeight}
			current={desk.story}
			size={size}
			theme={theme}
		/>
	);
}
