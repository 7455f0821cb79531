// `?`: every key, from the same table the dispatcher is documented by.
import React from 'react';
import {Text} from 'ink';
import {keyHelp} from '../keys.js';
import type {Box as Size} from '../layout.js';
import type {Theme} from '../theme.js';
import {OverlayFrame} from './pane-frame.js';

export function HelpOverlay({size, theme}: {size: Size; theme: Theme}) {
	const keyWidth = Math.max(...keyHelp.map(([keys]) => keys.length)) + 2;
	return (
		<OverlayFrame size={size} theme={theme}>
			<Text bold color={theme.accent}>Keys</Text>
			{keyHelp.map(([keys, what]) => (
				<Text key={keys} wrap='truncate'><Text bold>{keys.padEnd(keyWidth)}</Text>{what}</Text>
			))}
			<Text> </Text>
			<Text wrap='truncate'>
				{'Article  '}
				<Text color={theme.entity.person} underline={!theme.color}>people</Text>{' · '}
				<Text color={theme.entity.organization} underline={!theme.color}>organisations</Text>{' · '}
				<Text color={theme.entity.location} underline={!theme.color}>places</Text>{' · '}
				<Text color={theme.entity.nationality} underline={!theme.color}>nationalities</Text>{' · '}
				<Text bold underline color={theme.figure}>casualty figures</Text>{' · '}
				<Text inverse bold>selected name</Text>
			</Text>
			<Text wrap='truncate'>
				{'Gutter   '}{theme.cursorMark} reading cursor (j/k; the view jumps half a page at the edge) · {theme.selectedMark} line naming the selected name · {theme.sentenceMark} sentence a summary row points to
			</Text>
		</OverlayFrame>
	);
}
