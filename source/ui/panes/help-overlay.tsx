// `?`: every key, from the same table the dispatcher is documented by.
import React from 'react';
import {Box, Text} from 'ink';
import {keyHelp} from '../keys.js';
import type {Box as Size} from '../layout.js';
import type {Theme} from '../theme.js';

export function HelpOverlay({size, theme}: {size: Size; theme: Theme}) {
	const keyWidth = Math.max(...keyHelp.map(([keys]) => keys.length)) + 2;
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
			<Text bold color={theme.accent}>Keys</Text>
			{keyHelp.map(([keys, what]) => (
				<Text key={keys} wrap='truncate'><Text bold>{keys.padEnd(keyWidth)}</Text>{what}</Text>
			))}
			<Text dimColor={theme.dim}>{'\n'}Colours: people, organisations, places, nationalities; casualty figures bold and underlined.</Text>
		</Box>
	);
}
