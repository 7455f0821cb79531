// Totals with qualifier, subject, breakdown, attribution and competing claims, then
// the timeline: rows from summary-rows.ts, the visible ones only.
import React, {memo} from 'react';
import {Text} from 'ink';
import type {SummaryRow} from '../summary-rows.js';
import {detailIndent, detailLines, labelWidth} from '../summary-lines.js';
import type {Box as Size} from '../layout.js';
import type {Theme} from '../theme.js';
import {styled} from '../styled-text.js';
import {PaneFrame} from './pane-frame.js';

type Props = {
	rows: readonly SummaryRow[];
	cursor: number;
	top: number;
	height: number;
	/** "Summary", or "Summary · all stories" for a folder's totals. */
	title?: string;
	/** Each row's detail as wrapped lines (summary-lines.ts), when the caller has them already. */
	details?: ReadonlyArray<readonly string[]>;
	focused: boolean;
	size: Size;
	theme: Theme;
};

type RowProps = {row: SummaryRow; lines: readonly string[]; isCursor: boolean; focused: boolean; theme: Theme};

/** A row: its first line, then the rest of a long detail under the detail column. */
function Row({row, lines, isCursor, focused, theme}: RowProps) {
	const first = <FirstLine row={{...row, detail: lines[0] ?? ''}} isCursor={isCursor} focused={focused} theme={theme}/>;
	if (lines.length <= 1) return first;
	const highlight = isCursor && focused;
	const indent = ' '.repeat(detailIndent(row) ?? 0);
	return (
		<>
			{first}
			{lines.slice(1).map((line, index) => (
				// eslint-disable-next-line react/no-array-index-key
				<Text key={index} wrap='truncate' inverse={highlight} dimColor={theme.dim && !highlight && row.kind === 'source'}>{indent + line}</Text>
			))}
		</>
	);
}

// Each line is one <Text> holding one pre-styled string (styled-text.ts), not a <Text> per label.
function FirstLine({row, isCursor, focused, theme}: Omit<RowProps, 'lines'>) {
	const marker = isCursor ? (focused ? '›' : '·') : ' ';
	const highlight = isCursor && focused;
	switch (row.kind) {
		case 'heading': {
			return <Text wrap='truncate' bold underline>{row.label}</Text>;
		}

		case 'empty': {
			return <Text wrap='truncate' dimColor={theme.dim}>{` ${row.detail}`}</Text>;
		}

		case 'total': {
			return <Text wrap='truncate' inverse={highlight}>{marker + styled(row.label.padEnd(labelWidth), {bold: true, color: theme.figure}) + row.detail}</Text>;
		}

		case 'source': {
			return <Text wrap='truncate' dimColor={theme.dim}>{' '.repeat(labelWidth + 1) + row.detail}</Text>;
		}

		case 'other': {
			return <Text wrap='truncate' inverse={highlight}>{marker + styled(row.label.padEnd(labelWidth), {dimColor: theme.dim && !highlight}) + row.detail}</Text>;
		}

		case 'time': {
			// Its event goes on the lines under it (summary-lines.ts); here the expression and its date.
			const when = row.when ? styled(`  ${row.when}`, {dimColor: theme.dim && !highlight}) : '';
			return <Text wrap='truncate' inverse={highlight}>{marker + styled(row.label, {color: theme.accent}) + when}</Text>;
		}

		default: {
			return <Text wrap='truncate' inverse={highlight}>{marker + ' '.repeat(labelWidth) + row.detail}</Text>;
		}
	}
}

function SummaryPaneInner({rows, cursor, top, height, title = 'Summary', details, focused, size, theme}: Props) {
	const width = Math.max(1, size.width - 2);
	// The rows from `top` that fit; the last one may be cut at the bottom, like a pager's last line
	// (the dispatcher keeps the cursor's row whole).
	const shown: Array<{index: number; lines: readonly string[]}> = [];
	let used = 0;
	for (let index = top; index < rows.length && used < height; index++) {
		const lines = details?.[index] ?? detailLines(rows[index]!, width);
		shown.push({index, lines: lines.slice(0, height - used)});
		used += lines.length;
	}

	// Which rows are on screen, when they do not all fit; down to its title (the shortest terminals), how many there are.
	const last = top + shown.length;
	const more = height <= 0 ? `${rows.length} rows` : top > 0 || last < rows.length ? `${top + 1}-${last}/${rows.length}` : '';
	return (
		<PaneFrame title={title} info={more} focused={focused} size={size} theme={theme}>
			{shown.map(({index, lines}) => (
				<Row key={index} row={rows[index]!} lines={lines} isCursor={index === cursor} focused={focused} theme={theme}/>
			))}
		</PaneFrame>
	);
}

/** Re-rendered only when its own props change (a j in the article leaves it alone). */
export const SummaryPane = memo(SummaryPaneInner);
