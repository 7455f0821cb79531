// The dashboard: picks the layout for the terminal size, derives what each pane shows
// (memoised, so scrolling neither re-wraps nor re-searches) and sends every key through
// the one dispatcher. The terminal's lifecycle (alternate screen, signals, /dev/tty)
// belongs to start-dashboard.tsx, which renders this.
import React, {useMemo, useRef, useState} from 'react';
import {Box, Text, useInput, useStdin, useStdout} from 'ink';
import type {Story} from '../model/types.js';
import {createNameIndex} from '../search/index.js';
import {collectAnnotations, wrapArticle} from './article-lines.js';
import {dispatchKey, splitInput} from './keys.js';
import {computeLayout, innerBox, minimumColumns, minimumRows} from './layout.js';
import {ArticlePane} from './panes/article-pane.js';
import {EntityPane} from './panes/entity-pane.js';
import {helpLines} from './help-lines.js';
import {helpBodyHeight, HelpOverlay} from './panes/help-overlay.js';
import {StatusBar} from './panes/status-bar.js';
import {SummaryPane} from './panes/summary-pane.js';
import {articlePosition, initialState, modeOf, type UiState, type View} from './state.js';
import {buildSummaryRows} from './summary-rows.js';
import {detailLines, summaryTopFor} from './summary-lines.js';
import {themeFor} from './theme.js';
import {useTerminalSize} from './use-terminal-size.js';
import type {DeskSession} from '../desk/session.js';
import {currentStory, DeskOverlay, deskShortTag, deskTag, overlayListHeight, useDeskView, withDesk} from './desk/desk-parts.js';
import {buildDeskSummaryRows} from './desk/desk-summary-rows.js';
import {useDeskTick} from './desk/use-desk.js';

export type AppProps = {
	story: Story;
	/** False for NO_COLOR and terminals without colour: no colour codes at all. */
	color: boolean;
	/** Called on q / Ctrl-C: unmount and restore the terminal. */
	onQuit: () => void;
	/** Fixed size (tests); otherwise the size of Ink's stdout, following resizes. */
	columns?: number;
	rows?: number;
	/** A folder of stories (sitrep <folder>): `story` is its first, the story list and "all stories" come with it. */
	desk?: DeskSession;
};

/** Most hits the entity list keeps; nobody pages past this, and it bounds a search over a huge desk. */
export const hitLimit = 500;

/** A list's first visible row: as kept in the state, moved only as far as needed to show the cursor (after a resize). */
function windowTop(top: number, cursor: number, count: number, height: number): number {
	let first = Math.max(0, Math.min(top, count - height));
	if (cursor >= 0 && cursor < first) first = cursor;
	if (cursor >= first + height) first = cursor - height + 1;
	return first;
}

const clearScreen = '\u001B[2J\u001B[3J\u001B[H';

export function App({story: givenStory, color, onQuit, columns: fixedColumns, rows: fixedRows, desk}: AppProps) {
	const terminal = useTerminalSize({columns: 80, rows: 24});
	const columns = fixedColumns ?? terminal.columns;
	const rows = fixedRows ?? terminal.rows;
	const theme = themeFor(color);
	const {isRawModeSupported} = useStdin();
	const {write} = useStdout();

	const [state, setState] = useState<UiState>(() => withDesk(initialState(givenStory), desk));
	const stateRef = useRef(state);
	stateRef.current = state;
	// With a folder: re-rendered as stories arrive; the story on screen is the desk's current one.
	const deskTick = useDeskTick(desk);
	const story = currentStory(desk, state, givenStory);
	const allStories = desk !== undefined && state.desk?.scope === 'all';

	// Memoised so the panes' size props keep their identity and memoised panes skip unrelated keys.
	const layout = useMemo(() => computeLayout(columns, rows, state.focus), [columns, rows, state.focus]);
	const wide = layout.kind === 'too-small' ? null : layout;
	const articleBox = innerBox(wide?.article ?? {width: 40, height: 10});
	const entitiesBox = innerBox(wide?.entities ?? {width: 40, height: 10});
	const summaryBox = innerBox(wide?.summary ?? {width: 40, height: 10});
	// On the shortest terminals a pane without focus is down to its title (no rows): the
	// panes draw what fits, the dispatcher still moves by at least one line.
	// The names pane's search box has a row of its own when there are two rows or more, else it moves into the title.
	const searchBoxRow = entitiesBox.height >= 2;
	const nameRows = searchBoxRow ? entitiesBox.height - 1 : entitiesBox.height;
	// One column of the article pane is the gutter (cursor, selected-name and sentence marks).
	const textWidth = Math.max(1, articleBox.width - 1);

	const annotations = useMemo(() => collectAnnotations(story), [story]);
	const article = useMemo(() => wrapArticle(story, annotations, textWidth), [story, annotations, textWidth]);
	const searchItems = useMemo(() => story.entities.map(entity => ({
		id: entity.id,
		name: entity.name,
		aliases: entity.aliases,
		type: entity.type,
		mentionCount: entity.mentions.length,
	})), [story]);
	const nameIndex = useMemo(() => createNameIndex(searchItems), [searchItems]);
	// The last query's hits, kept: scrolling never re-searches, and keys typed together
	// ("ziyo⏎" in one read) each see the hits of the query before them.
	const searchFor = useMemo(() => {
		let lastQuery: string | undefined;
		let last = {hits: [] as ReturnType<typeof nameIndex.search>, ids: [] as Array<{id: string}>};
		return (query: string, scope = 'story') => {
			// All stories: the desk's names, at its current snapshot (which moves on as stories arrive).
			const key = scope === 'all' && desk ? `all\u0000${desk.entities().version}\u0000${query}` : query;
			if (key !== lastQuery) {
				const hits = scope === 'all' && desk ? desk.search(query, hitLimit) : nameIndex.search(query, hitLimit);
				last = {hits, ids: hits.map(hit => ({id: hit.item.id}))};
				lastQuery = key;
			}

			return last;
		};
	}, [nameIndex, desk]);
	const {hits, ids: hitIds} = searchFor(state.query, state.desk?.scope);
	const summaryRows = useMemo(() => (allStories ? buildDeskSummaryRows(desk.desk) : buildSummaryRows(story)), [story, allStories, desk, deskTick]);
	// The help's lines at this width (the overlay is the whole width, less border and padding).
	const help = useMemo(() => helpLines(Math.max(1, columns - 4), desk !== undefined, theme), [columns, desk, theme]);
	const overlaySize = {width: columns, height: (wide?.height ?? 10) - 1};
	// Long summary details wrap: the pane and the dispatcher window the rows by the lines they take.
	const summaryDetails = useMemo(() => summaryRows.map(row => detailLines(row, summaryBox.width)), [summaryRows, summaryBox.width]);
	const summaryRowLines = useMemo(() => summaryDetails.map(lines => lines.length), [summaryDetails]);
	const deskView = useDeskView(desk, deskTick, overlayListHeight(overlaySize));

	const view: View = {
		story,
		article,
		pageHeight: Math.max(1, articleBox.height),
		hits: hitIds,
		listHeight: Math.max(1, nameRows),
		summaryRows,
		summaryHeight: Math.max(1, summaryBox.height),
		summaryRowLines,
		desk: deskView,
		help: {lines: help.length, height: helpBodyHeight(overlaySize)},
	};
	const viewRef = useRef(view);
	viewRef.current = view;
	const searchRef = useRef(searchFor);
	searchRef.current = searchFor;

	// The only useInput of the dashboard: every key goes through dispatchKey.
	useInput((input, key) => {
		for (const press of splitInput({input, key}, modeOf(stateRef.current) === 'search')) {
			const view = {...viewRef.current, hits: searchRef.current(stateRef.current.query, stateRef.current.desk?.scope).ids};
			const outcome = dispatchKey(stateRef.current, press, view);
			stateRef.current = outcome.state;
			setState(outcome.state);
			// Ink's write() clears its frame, writes, then repaints the whole last frame: a full redraw.
			if (outcome.effect === 'redraw') write(clearScreen);
			if (outcome.effect === 'quit') {
				onQuit();
				return;
			}
		}
	}, {isActive: isRawModeSupported});

	if (layout.kind === 'too-small') {
		return (
			<Box width={columns} height={Math.max(1, rows - 1)} overflow='hidden'>
				<Text wrap='wrap'>terminal too small: need at least {minimumColumns}×{minimumRows} (now {columns}×{rows})</Text>
			</Box>
		);
	}

	const mode = modeOf(state);
	const position = articlePosition(state, view);
	const {dateline} = story;
	const title = story.title ?? (dateline ? [dateline.place, dateline.region].filter(Boolean).join(', ') + (dateline.agency ? ` (${dateline.agency})` : '') : 'Article');
	const panes = state.help
		? <HelpOverlay lines={help} top={state.helpTop} size={overlaySize} theme={theme}/>
		: desk && deskView && state.desk?.list
			? <DeskOverlay session={desk} state={state} view={deskView} size={{width: columns, height: layout.height - 1}} theme={theme}/>
			: (
			<Box flexDirection={layout.kind === 'stacked' ? 'column' : 'row'} height={layout.height - 1}>
				<ArticlePane
					title={title}
					article={article}
					top={position.top}
					cursor={position.cursor}
					pageHeight={articleBox.height}
					selected={state.selected}
					marked={state.marked}
					focused={state.focus === 'article'}
					size={layout.article}
					theme={theme}
				/>
				<Box flexDirection={layout.kind === 'wide' ? 'column' : 'row'}>
					{/* Stacked: names and summary side by side under the article; wide: one above the other; columns: beside the article. */}
					<EntityPane
						query={state.query}
						searching={state.searching}
						hits={hits}
						capped={hits.length >= hitLimit}
						total={allStories ? desk.entities().list.length : story.entities.length}
						cursor={state.entityCursor}
						top={windowTop(state.entityTop, state.entityCursor, hits.length, view.listHeight)}
						listHeight={nameRows}
						title={allStories ? 'Names · all stories' : 'Names'}
						searchBoxRow={searchBoxRow}
						selected={state.selected}
						focused={state.focus === 'entities'}
						size={layout.entities}
						theme={theme}
					/>
					<SummaryPane
						rows={summaryRows}
						cursor={state.summaryCursor}
						top={summaryTopFor(state.summaryTop, state.summaryCursor, summaryRows.length, view.summaryHeight, index => summaryRowLines[index] ?? 1)}
						height={summaryBox.height}
						details={summaryDetails}
						title={allStories ? 'Summary · all stories' : 'Summary'}
						focused={state.focus === 'summary'}
						size={layout.summary}
						theme={theme}
					/>
				</Box>
			</Box>
		);
	return (
		<Box flexDirection='column' width={columns} height={layout.height} overflow='hidden'>
			{panes}
			<StatusBar mode={mode} message={state.message} theme={theme} tag={deskTag(desk, state)} shortTag={deskShortTag(desk, state)} width={columns} helpScrolls={help.length > view.help!.height}/>
		</Box>
	);
}
