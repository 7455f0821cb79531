// `?`: every key, from the same table the dispatcher is documented by, wrapped to the
// width (help-lines.ts). Its title row stays put and says which lines show when the
// help is taller than the screen; j/k, PgDn/PgUp, g/G scroll the rest (keys.ts).
import React from 'react';
import {Text} from 'ink';
import stringWidth from 'string-width';
import type {HelpLine, HelpPart} from '../help-lines.js';
import type {Box as Size} from '../layout.js';
import type {Theme} from '../theme.js';
import {OverlayFrame, titleRow} from './pane-frame.js';

/** Rows of help text an overlay of this size shows: less its border and its title row. */
export function helpBodyHeight(size: Size): number {
	return Math.max(1, size.height - 3);
}

function Part({part, theme}: {part: HelpPart; theme: Theme}) {
	switch (part.style) {
		case 'plain': {
			return part.text;
		}

		case 'key': {
			return <Text bold>{part.text}</Text>;
		}

		case 'figure': {
			return <Text bold underline color={theme.figure}>{part.text}</Text>;
		}

		case 'selected': {
			return <Text inverse bold>{part.text}</Text>;
		}

		default: {
			return <Text color={theme.entity[part.style]} underline={!theme.color}>{part.text}</Text>;
		}
	}
}

type Props = {
	lines: readonly HelpLine[];
	/** First line shown (kept in the state; clamped here after a resize). */
	top: number;
	size: Size;
	theme: Theme;
};

export function HelpOverlay({lines, top, size, theme}: Props) {
	const inner = Math.max(1, size.width - 4);
	const height = helpBodyHeight(size);
	const first = Math.max(0, Math.min(top, lines.length - height));
	const visible = lines.slice(first, first + height);
	const info = lines.length > height ? `${first + 1}-${first + visible.length}/${lines.length}` : '';
	const withHint = 'Keys · Esc closes';
	const heading = stringWidth(withHint) + 1 + stringWidth(info) <= inner ? withHint : 'Keys';
	return (
		<OverlayFrame size={size} theme={theme}>
			<Text wrap='truncate' bold color={theme.accent}>{titleRow(heading, info, inner)}</Text>
			{visible.map((line, index) => (
				// eslint-disable-next-line react/no-array-index-key
				<Text key={first + index} wrap='truncate'>
					{line.length === 0 ? ' ' : line.map((part, at) => <Part key={at} part={part} theme={theme}/>)}
				</Text>
			))}
		</OverlayFrame>
	);
}
