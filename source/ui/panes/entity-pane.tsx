// The search box and the entity list. The list is drawn by ink-select-input but never
// focused: the dashboard's one dispatcher owns every key (so j/k/digits typed into the
// search box can never move the list), and we pass only the rows that fit.
import React, {memo} from 'react';
import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import stringWidth from 'string-width';
import type {EntityType} from '../../model/types.js';
import type {SearchHit, Searchable} from '../../search/index.js';
import {fitWidth} from '../fit-width.js';
import type {Box as Size} from '../layout.js';
import {entityBadges, type Theme} from '../theme.js';
import {styled} from '../styled-text.js';
import {PaneFrame} from './pane-frame.js';

export type EntityHit = SearchHit<Searchable>;

type Props = {
	query: string;
	searching: boolean;
	hits: readonly EntityHit[];
	/** The search stopped at its limit: there may be more matches than `hits`. */
	capped?: boolean;
	total: number;
	cursor: number;
	top: number;
	listHeight: number;
	/** "Names", or what the list holds when that is not the story's names ("Names · all stories"). */
	title?: string;
	/** False on the shortest terminals: the search box then takes the title's place once there is a query. */
	searchBoxRow?: boolean;
	selected: string | null;
	focused: boolean;
	size: Size;
	theme: Theme;
};

type RowItem = {
	key: string;
	label: string;
	value: string;
	hit: EntityHit;
	isCursor: boolean;
	isChosen: boolean;
	showCursor: boolean;
	width: number;
	theme: Theme;
};

/** The name cut to `width` columns, split into plain and matched pieces. */
function nameParts(name: string, ranges: Array<[number, number]>, width: number): Array<{text: string; matched: boolean}> {
	const shown = fitWidth(name, width);

	const parts: Array<{text: string; matched: boolean}> = [];
	let at = 0;
	for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
		const from = Math.max(at, Math.min(start, shown.length));
		const to = Math.min(end, shown.length);
		if (from > at) parts.push({text: shown.slice(at, from), matched: false});
		if (to > from) parts.push({text: shown.slice(from, to), matched: true});
		at = Math.max(at, to);
	}

	if (at < shown.length) parts.push({text: shown.slice(at), matched: false});
	return parts;
}

function EntityRow(props: {isSelected?: boolean; label: string}) {
	// ink-select-input spreads the item into its item component: our fields come along.
	const {hit, isCursor, isChosen, showCursor, width, theme} = props as unknown as RowItem;
	const {item, ranges} = hit;
	// All stories of a folder (desk entities carry `stories`): "3×12" is 12 mentions in 3 stories.
	const stories = (item as {stories?: unknown}).stories;
	const count = typeof stories === 'number' ? `${stories}×${item.mentionCount}` : String(item.mentionCount);
	const badge = entityBadges[item.type as EntityType];
	const nameWidth = Math.max(1, width - 2 - badge.length - 1 - count.length - 1);
	const parts = nameParts(item.name, ranges, nameWidth);
	const used = parts.reduce((sum, part) => sum + stringWidth(part.text), 0);
	const marker = isCursor ? (showCursor ? '›' : '·') : isChosen ? '*' : ' ';
	// One pre-styled string (styled-text.ts), not a <Text> per matched piece, badge and count.
	let row = `${marker} `;
	for (const part of parts) row += part.matched ? styled(part.text, {bold: true, underline: true, color: theme.match}) : part.text;
	row += ' '.repeat(Math.max(1, nameWidth - used + 1));
	row += `${styled(badge, {color: theme.entity[item.type]})} ${styled(count, {dimColor: theme.dim && !(isCursor && showCursor)})}`;
	return <Text wrap='truncate' inverse={isCursor && showCursor}>{row}</Text>;
}

function NoIndicator() {
	return null;
}

function EntityPaneInner({query, searching, hits, capped = false, total, cursor, top, listHeight, title: paneTitle = 'Names', searchBoxRow = true, selected, focused, size, theme}: Props) {
	const width = Math.max(1, size.width - 2);
	const visible = hits.slice(top, top + listHeight);
	const items: RowItem[] = visible.map((hit, index) => ({
		key: hit.item.id,
		label: hit.item.name,
		value: hit.item.id,
		hit,
		isCursor: top + index === cursor,
		isChosen: hit.item.id === selected,
		showCursor: focused,
		width,
		theme,
	}));
	// A search stopped at its limit says so ("500+/100000"): its count is a floor, not the matches.
	const info = query === '' ? `${total}` : `${hits.length}${capped ? '+' : ''}/${total}`;
	let empty: string | null = null;
	if (total === 0) empty = 'no names found';
	else if (hits.length === 0) empty = `no names match "${query}"`;
	const list = listHeight <= 0
		? null
		: empty === null
			? <SelectInput items={items} isFocused={false} indicatorComponent={NoIndicator} itemComponent={EntityRow}/>
			: <Box><Text dimColor={theme.dim}>{empty}</Text></Box>;
	if (!searchBoxRow) {
		// No row to spare: the query (with a text cursor while typing) is the title.
		const title = searching ? `/ ${query}${theme.color ? '▏' : '_'}` : query === '' ? paneTitle : `/ ${query}`;
		return <PaneFrame title={title} info={info} focused={focused} size={size} theme={theme}>{list}</PaneFrame>;
	}

	const box = searching
		? <Text wrap='truncate'><Text bold color={theme.accent}>/ </Text>{query}<Text inverse> </Text></Text>
		: query === ''
			? <Text wrap='truncate' dimColor={theme.dim}>/ search names</Text>
			: <Text wrap='truncate'><Text bold>/ </Text>{query}<Text dimColor={theme.dim}>  (Esc clears)</Text></Text>;
	return (
		<PaneFrame title={paneTitle} info={info} focused={focused} size={size} theme={theme}>
			{box}
			{list}
		</PaneFrame>
	);
}

/** Re-rendered only when its own props change (a j in the article leaves it alone). */
export const EntityPane = memo(EntityPaneInner);
