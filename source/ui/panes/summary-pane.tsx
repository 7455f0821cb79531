// Totals with qualifier, subject, breakdown, attribution and competing claims, then
// the timeline: rows from summary-rows.ts, the visible ones only.
import React, {memo} from 'react';
import {Text} from 'ink';
import type {SummaryRow} from '../summary-rows.js';
import type {Box as Size} from '../layout.js';
import type {Theme} from '../theme.js';
import {PaneFrame} from './pane-frame.js';

type Props = {
	rows: readonly SummaryRow[];
	cursor: number;
	top: number;
	height: number;
	focused: boolean;
	size: Size;
	theme: Theme;
};

// The longest kinds ("sentenced", "evacuated") and a space.
const labelWidth = 10;

function Row({row, isCursor, focused, theme}: {row: SummaryRow; isCursor: boolean; focused: boolean; theme: Theme}) {
	const marker = isCursor ? (focused ? '›' : '·') : ' ';
	const highlight = isCursor && focused;
	switch (row.kind) {
		case 'heading': {
			return <Text wrap='truncate' bold underline>{row.label}</Text>;
		}

		case 'empty': {
			return <Text wrap='truncate' dimColor={theme.dim}>{' '}{row.detail}</Text>;
		}

		case 'total': {
			return (
				<Text wrap='truncate' inverse={highlight}>
					{marker}<Text bold color={theme.figure}>{row.label.padEnd(labelWidth)}</Text>{row.detail}
				</Text>
			);
		}

		case 'source': {
			return <Text wrap='truncate' dimColor={theme.dim}>{' '.repeat(labelWidth + 1)}{row.detail}</Text>;
		}

		case 'other': {
			return (
				<Text wrap='truncate' inverse={highlight}>
					{marker}<Text dimColor={theme.dim && !highlight}>{row.label.padEnd(labelWidth)}</Text>{row.detail}
				</Text>
			);
		}

		case 'time': {
			return (
				<Text wrap='truncate' inverse={highlight}>
					{marker}<Text color={theme.accent}>{row.label}</Text>
					{row.detail === '' ? '' : <Text dimColor={theme.dim && !highlight}>{'  '}{row.detail}</Text>}
				</Text>
			);
		}

		default: {
			return <Text wrap='truncate' inverse={highlight}>{marker}{' '.repeat(labelWidth)}{row.detail}</Text>;
		}
	}
}

function SummaryPaneInner({rows, cursor, top, height, focused, size, theme}: Props) {
	const visible = rows.slice(top, top + height);
	// Which rows are on screen, when they do not all fit.
	// Down to its title (the shortest terminals): how many rows there are.
	const more = height <= 0 ? `${rows.length} rows` : rows.length > height ? `${top + 1}-${Math.min(rows.length, top + height)}/${rows.length}` : '';
	return (
		<PaneFrame title='Summary' info={more} focused={focused} size={size} theme={theme}>
			{visible.map((row, index) => (
				<Row key={top + index} row={row} isCursor={top + index === cursor} focused={focused} theme={theme}/>
			))}
		</PaneFrame>
	);
}

/** Re-rendered only when its own props change (a j in the article leaves it alone). */
export const SummaryPane = memo(SummaryPaneInner);
