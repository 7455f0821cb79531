// One line at the bottom: the mode, then either the last message or the keys that matter now.
// The hints that do not fit are dropped least useful first, so a narrow terminal still
// shows how to get help and how to leave instead of cutting them off at the end.
import React from 'react';
import {Text} from 'ink';
import stringWidth from 'string-width';
import type {Mode} from '../state.js';
import type {Theme} from '../theme.js';

/** A hint, how much it matters (0 kept longest) and a shorter form for the narrowest bars; shown in this order. */
type Hint = [text: string, rank: number, short?: string];

const hints: Record<Mode | 'helpFits', Hint[]> = {
	article: [['j/k move', 2], ['Space/b page', 4], ['g/G top/end', 5], ['n/N mention', 3], ['/ search', 2], ['Tab pane', 1], ['? help', 0], ['q quit', 0]],
	entities: [['j/k move', 2], ['Enter go to name', 1], ['n/N mention', 4], ['/ search', 3], ['Esc clear', 3], ['Tab pane', 1], ['? help', 0], ['q quit', 0]],
	search: [['type to filter', 1], ['↑/↓ move', 2], ['Enter go to name', 0, 'Enter go'], ['Esc leave search', 0, 'Esc leave'], ['Tab pane', 3]],
	summary: [['j/k move', 2], ['Enter go to sentence', 1], ['n/N mention', 4], ['/ search', 3], ['Tab pane', 1], ['? help', 0], ['q quit', 0]],
	help: [['j/k scroll', 1], ['Space/b page', 2], ['g/G top/end', 3], ['Esc ? q close', 0]],
	// The help when all of it is on screen: nothing to scroll.
	helpFits: [['Esc ? q close', 0]],
	stories: [['j/k move', 1], ['Enter open', 0], ['g/G top/end', 2], ['Esc close', 0], ['q quit', 1]],
};

const labels: Record<Mode, string> = {
	article: 'ARTICLE',
	entities: 'NAMES',
	search: 'SEARCH',
	summary: 'SUMMARY',
	help: 'HELP',
	stories: 'STORIES',
};

const separator = '  ';

/** The mode's hints that fit in `width` columns, dropping the least useful first. */
export function fitHints(mode: Mode | 'helpFits', width: number): string {
	let kept = [...hints[mode]];
	const length = () => kept.reduce((sum, [text]) => sum + stringWidth(text), 0) + separator.length * Math.max(0, kept.length - 1);
	while (kept.length > 1 && length() > width && kept.some(([, rank]) => rank > 0)) {
		const worst = kept.reduce((found, hint, index) => (hint[1] >= kept[found]![1] ? index : found), 0);
		kept.splice(worst, 1);
	}

	if (length() > width) kept = kept.map(([text, rank, short]) => [short ?? text, rank]);
	return kept.map(([text]) => text).join(separator);
}

type Props = {
	mode: Mode;
	message: string | null;
	theme: Theme;
	/** What a folder adds (scope, stories read so far), shown beside the mode. */
	tag?: string;
	/** The tag in fewer columns, used when the whole one leaves no room for how to get help and quit. */
	shortTag?: string;
	/** Columns of the terminal: the hints are fitted to it. */
	width?: number;
	/** In the help: whether it is taller than the screen (else there is nothing to scroll). */
	helpScrolls?: boolean;
};

/** Columns the hints that are never dropped take. */
function essentialWidth(mode: Mode | 'helpFits'): number {
	return stringWidth(fitHints(mode, 0));
}

export function StatusBar({mode, message, theme, tag, shortTag, width = 80, helpScrolls = true}: Props) {
	const label = ` ${labels[mode]} `;
	const hintMode = mode === 'help' && !helpScrolls ? 'helpFits' : mode;
	const roomWith = (text: string) => width - stringWidth(label) - stringWidth(text) - 1;
	// The tag gives way to the shorter tag, then to nothing, before the keys that get help and leave.
	const needed = message === null ? essentialWidth(hintMode) : Math.min(stringWidth(message), 30);
	let tagText = tag ? ` ${tag} ` : '';
	if (tagText !== '' && roomWith(tagText) < needed) tagText = shortTag ? ` ${shortTag} ` : '';
	if (tagText !== '' && roomWith(tagText) < needed) tagText = '';
	const room = roomWith(tagText);
	return (
		<Text wrap='truncate'>
			<Text inverse bold color={theme.accent}>{label}</Text>
			{tagText === '' ? '' : <Text bold>{tagText}</Text>}
			{' '}
			{message === null ? <Text dimColor={theme.dim}>{fitHints(hintMode, room)}</Text> : message}
		</Text>
	);
}
