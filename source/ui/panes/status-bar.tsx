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
	stories: 'j/k move  Enter open  g/G top/end  Esc close  q quit',
};

const labels: Record<Mode, string> = {
	article: 'ARTICLE',
	entities: 'NAMES',
	search: 'SEARCH',
	summary: 'SUMMARY',
	help: 'HELP',
	stories: 'STORIES',
};

/** `tag`: what a folder adds (scope, stories read so far), shown beside the mode. */
export function StatusBar({mode, message, theme, tag}: {mode: Mode; message: string | null; theme: Theme; tag?: string}) {
	return (
		<Text wrap='truncate'>
			<Text inverse bold color={theme.accent}>{` ${labels[mode]} `}</Text>
			{tag ? <Text bold>{` ${tag} `}</Text> : ''}
			{' '}
			{message === null ? <Text dimColor={theme.dim}>{hints[mode]}</Text> : message}
		</Text>
	);
}
