// A pane's border and title row. The focused pane's border is coloured, and
// double-lined when there is no colour, so focus never depends on colour.
import React, {type ReactNode} from 'react';
import {Box, Text} from 'ink';
import stringWidth from 'string-width';
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

/** `left` and `right` on one row of `width` columns, `left` cut short first. */
export function titleRow(left: string, right: string, width: number): string {
	const rightWidth = stringWidth(right);
	const room = Math.max(0, width - rightWidth - 1);
	let shown = left;
	if (stringWidth(shown) > room) {
		shown = '';
		for (const character of left) {
			if (stringWidth(shown + character) > room - 1) break;
			shown += character;
		}

		shown += '…';
	}

	return shown + ' '.repeat(Math.max(1, width - stringWidth(shown) - rightWidth)) + right;
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
			<Text wrap='truncate' bold={focused} color={focused ? theme.accent : undefined}>
				{titleRow(title, info, inner)}
			</Text>
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
