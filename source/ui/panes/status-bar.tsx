// One line at the bottom: the mode, then either the last message or the keys that matter now.
import React from 'react';
import {Text} from 'ink';
import type {Mode} from '../state.js';
import type {Theme} from '../theme.js';

const hints: Record<Mode, string> = {
	article: 'j/k move  Space/b page  g/G top/end  n/N mention  / search  Tab pane  ? help  q quit',
	entities: 'j/k move  Enter go to name  n/N mention  / search  Esc clear  Tab pane  ? help  q quit',
	search: 'type to filter  ↑/↓ move  Enter go to name  Esc leave search  Tab pane',
	summary: 'j/k move  Enter go to sentence  n/N mention  / search  Tab pane  ? help  q quit',
	help: 'Esc or ? closes help',
};

const labels: Record<Mode, string> = {
	article: 'ARTICLE',
	entities: 'NAMES',
	search: 'SEARCH',
	summary: 'SUMMARY',
	help: 'HELP',
};

export function StatusBar({mode, message, theme}: {mode: Mode; message: string | null; theme: Theme}) {
	return (
		<Text wrap='truncate'>
			<Text inverse bold color={theme.accent}>{` ${labels[mode]} `}</Text>
			{' '}
			{message === null ? <Text dimColor={theme.dim}>{hints[mode]}</Text> : message}
		</Text>
	);
}
