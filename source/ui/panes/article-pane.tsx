// The story, wrapped once per width (article-lines.ts); only the visible slice is
// rendered, one <Text> per line, and lines whose props did not change are not
// re-rendered at all (React.memo), so a keystroke costs a handful of lines.
import React, {memo} from 'react';
import {Text} from 'ink';
import type {Span} from '../../model/types.js';
import type {Segment, WrappedArticle} from '../article-lines.js';
import type {Box as Size} from '../layout.js';
import type {Theme} from '../theme.js';
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

const ArticleLine = memo(({segments, gutter, selected, focused, theme}: LineProps) => {
	const mark = gutter === 'cursor' ? theme.cursorMark : gutter === 'sentence' ? theme.sentenceMark : gutter === 'selected' ? theme.selectedMark : ' ';
	const markColor = gutter === 'cursor' ? (focused ? theme.accent : theme.border) : gutter === 'sentence' ? theme.figure : theme.match;
	return (
		<Text wrap='truncate'>
			{gutter === 'none' ? ' ' : <Text color={markColor} bold={gutter === 'cursor' && focused}>{mark}</Text>}
			{segments.map((segment, index) => {
				if (segment.kind === 'plain') return segment.text;
				if (segment.kind === 'figure') {
					return <Text key={index} bold underline color={theme.figure}>{segment.text}</Text>;
				}

				const isSelected = segment.entity !== null && segment.entity === selected;
				return (
					<Text
						key={index}
						color={segment.type ? theme.entity[segment.type] : undefined}
						underline={!theme.color && !isSelected}
						inverse={isSelected}
						bold={isSelected}
					>
						{segment.text}
					</Text>
				);
			})}
		</Text>
	);
});

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
