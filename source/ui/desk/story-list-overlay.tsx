// The desk's list over the panes: every story of the folder (`s`) with its date and
// killed/wounded/escaped totals, or the stories that mention one name. Only the
// rows on screen are drawn, so ten thousand stories cost what twenty do.
import React from 'react';
import {Text} from 'ink';
import stringWidth from 'string-width';
import {fitWidth} from '../fit-width.js';
import type {Box as Size} from '../layout.js';
import {OverlayFrame, titleRow} from '../panes/pane-frame.js';
import type {Theme} from '../theme.js';
import type {StoryRow} from './story-rows.js';

type Props = {
	heading: string;
	info: string;
	rows: readonly StoryRow[];
	cursor: number;
	top: number;
	height: number;
	/** The story on screen, marked in the list. */
	current: number;
	size: Size;
	theme: Theme;
};

/** A row's totals in at most `width` columns (the compact form, then cut): they must leave the title room. */
function totals(row: StoryRow, width: number): string {
	let text = row.detail;
	if (stringWidth(text) > width && row.compact) text = row.compact;
	return fitWidth(text, width);
}

export function StoryListOverlay({heading, info, rows, cursor, top, height, current, size, theme}: Props) {
	const inner = Math.max(1, size.width - 4);
	const visible = rows.slice(top, top + height);
	return (
		<OverlayFrame size={size} theme={theme}>
			<Text wrap='truncate' bold color={theme.accent}>{titleRow(heading, info, inner)}</Text>
			{visible.length === 0 ? <Text dimColor={theme.dim}>no stories</Text> : visible.map((row, index) => {
				const at = top + index;
				const isCursor = at === cursor;
				const marker = isCursor ? '›' : row.story === current ? '*' : ' ';
				// Narrow: the title matters more than the date column.
				const left = inner >= 60 ? `${marker} ${row.date.padEnd(10)}  ${row.title}` : `${marker} ${row.title}`;
				return (
					<Text key={`${row.story}:${at}`} wrap='truncate' inverse={isCursor} dimColor={theme.dim && !row.openable && !isCursor}>
						{titleRow(left, totals(row, Math.max(8, Math.floor(inner * 0.45))), inner)}
					</Text>
				);
			})}
		</OverlayFrame>
	);
}
