// The story, wrapped once per width (article-lines.ts); only the visible slice is
// rendered, one <Text> per line holding one pre-styled string (styled-text.ts), and lines
// whose props did not change are not re-rendered at all (React.memo), so a keystroke costs
// a handful of lines.
import React, {memo} from 'react';
import {Text} from 'ink';
import type {Span} from '../../model/types.js';
import type {Segment, WrappedArticle} from '../article-lines.js';
import type {Box as Size} from '../layout.js';
import type {Theme} from '../theme.js';
import {styled} from '../styled-text.js';
import {PaneFrame} from './pane-frame.js';

type Props = {
	title: string;
	article: WrappedArticle;
	top: number;
	cursor: number;
	pageHeight: number;
	selected: string | null;
	marked: Span | null;
	focused: boolean;
	size: Size;
	theme: Theme;
};

type Gutter = 'cursor' | 'sentence' | 'selected' | 'none';

type LineProps = {
	segments: Segment[];
	gutter: Gutter;
	/** The selected entity when this line mentions it, else null (so other lines stay memoised). */
	selected: string | null;
	focused: boolean;
	theme: Theme;
};

/** The line as one pre-styled string: gutter mark, then its text with mentions and figures styled. */
function styledLine({segments, gutter, selected, focused, theme}: LineProps): string {
	const mark = gutter === 'cursor' ? theme.cursorMark : gutter === 'sentence' ? theme.sentenceMark : gutter === 'selected' ? theme.selectedMark : ' ';
	const markColor = gutter === 'cursor' ? (focused ? theme.accent : theme.border) : gutter === 'sentence' ? theme.figure : theme.match;
	let line = gutter === 'none' ? ' ' : styled(mark, {color: markColor, bold: gutter === 'cursor' && focused});
	for (const segment of segments) {
		if (segment.kind === 'plain') {
			line += segment.text;
		} else if (segment.kind === 'figure') {
			line += styled(segment.text, {bold: true, underline: true, color: theme.figure});
		} else {
			const isSelected = segment.entity !== null && segment.entity === selected;
			line += styled(segment.text, {
				color: segment.type ? theme.entity[segment.type] : undefined,
				underline: !theme.color && !isSelected,
				inverse: isSelected,
				bold: isSelected,
			});
		}
	}

	return line;
}

// One <Text> per line, its mentions styled inside the string (styled-text.ts), not a <Text> each.
const ArticleLine = memo((props: LineProps) => <Text wrap='truncate'>{styledLine(props)}</Text>);

export function ArticlePane({title, article, top, cursor, pageHeight, selected, marked, focused, size, theme}: Props) {
	const total = article.lines.length;
	const bottom = Math.min(total, top + pageHeight);
	const percent = total <= pageHeight ? 100 : Math.round((bottom / total) * 100);
	const info = `line ${Math.min(total, cursor + 1)}/${total} ${percent}%`;
	const rows = [];
	for (let index = top; index < bottom; index++) {
		const line = article.lines[index]!;
		const inMarked = marked !== null && line.end > marked.start && line.start < marked.end;
		const touchesSelected = selected !== null && article.entitiesOn(index).has(selected);
		const gutter: Gutter = index === cursor ? 'cursor' : inMarked ? 'sentence' : touchesSelected ? 'selected' : 'none';
		rows.push(
			<ArticleLine
				key={index}
				segments={article.segments(index)}
				gutter={gutter}
				selected={touchesSelected ? selected : null}
				focused={index === cursor && focused}
				theme={theme}
			/>,
		);
	}

	return (
		<PaneFrame title={title} info={info} focused={focused} size={size} theme={theme}>
			{rows}
		</PaneFrame>
	);
}
