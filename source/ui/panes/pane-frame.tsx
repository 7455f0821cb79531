// A pane's border and title row. The focused pane's title is in inverse video and its
// border coloured, and double-lined when there is no colour, so focus never depends on colour.
import React, {type ReactNode} from 'react';
import {Box, Text} from 'ink';
import stringWidth from 'string-width';
import {fitWidth} from '../fit-width.js';
import type {Box as Size} from '../layout.js';
import type {Theme} from '../theme.js';

type Props = {
	title: string;
	/** Shown at the right end of the title row (a position, a count). */
	info?: string;
	focused: boolean;
	size: Size;
	theme: Theme;
	children: ReactNode;
};

/** `left` and `right` on one row of `width` columns, `left` cut short first: the three pieces. */
export function titleParts(left: string, right: string, width: number): {left: string; gap: string; right: string} {
	const rightWidth = stringWidth(right);
	const room = Math.max(0, width - rightWidth - 1);
	const shown = fitWidth(left, room);

	return {left: shown, gap: ' '.repeat(Math.max(1, width - stringWidth(shown) - rightWidth)), right};
}

/** `left` and `right` on one row of `width` columns, `left` cut short first. */
export function titleRow(left: string, right: string, width: number): string {
	const parts = titleParts(left, right, width);
	return parts.left + parts.gap + parts.right;
}

/**
 * The focused pane's title in inverse video, like the mode in the status bar: focus shows
 * in a monochrome terminal, to a reader who cannot tell the border colours apart, and
 * with NO_COLOR (where the border is also doubled).
 */
function FocusedTitle({title, info, width, theme}: {title: string; info: string; width: number; theme: Theme}) {
	const parts = titleParts(title, info, width);
	return (
		<Text wrap='truncate' bold color={theme.accent}>
			<Text inverse>{parts.left}</Text>{parts.gap}{parts.right}
		</Text>
	);
}

export function PaneFrame({title, info = '', focused, size, theme, children}: Props) {
	const inner = Math.max(1, size.width - 2);
	return (
		<Box
			flexDirection='column'
			flexShrink={0}
			width={size.width}
			height={size.height}
			overflow='hidden'
			borderStyle={focused && !theme.color ? 'double' : 'round'}
			borderColor={focused ? theme.focusBorder : theme.border}
		>
			{focused ? <FocusedTitle title={title} info={info} width={inner} theme={theme}/> : <Text wrap='truncate'>{titleRow(title, info, inner)}</Text>}
			{children}
		</Box>
	);
}

/** The frame of an overlay drawn over the panes (help, story list): the focused border, padded. */
export function OverlayFrame({size, theme, children}: {size: Size; theme: Theme; children: ReactNode}) {
	return (
		<Box
			flexDirection='column'
			width={size.width}
			height={size.height}
			borderStyle={theme.color ? 'round' : 'double'}
			borderColor={theme.focusBorder}
			paddingX={1}
			overflow='hidden'
		>
			{children}
		</Box>
	);
}
