// The desk's list over the panes: every story of the folder (`s`) with its date and
// killed/wounded/escaped totals, or the stories that mention one name. Only the
// rows on screen are drawn, so ten thousand stories cost what twenty do.
import React from 'react';
import {Text} from 'ink';
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
				const left = `${marker} ${row.date.padEnd(10)}  ${row.title}`;
				return (
					<Text key={`${row.story}:${at}`} wrap='truncate' inverse={isCursor} dimColor={theme.dim && !row.openable && !isCursor}>
						{titleRow(left, row.detail, inner)}
					</Text>
				);
			})}
		</OverlayFrame>
	);
}
