// TEMPORARY stand-in for the dashboard App (source/ui/app.tsx, being built in parallel)
// so the terminal layer and its pty tests can be built first. Same props as App.
import React, {useEffect, useState} from 'react';
import {Box, Text, useInput, useStdout} from 'ink';
import type {Story} from '../model/types.js';

export type AppProps = {story: Story; color: boolean; onQuit: () => void};

export function App({story, color, onQuit}: AppProps) {
	const {stdout} = useStdout();
	const [size, setSize] = useState({cols: stdout.columns, rows: stdout.rows});
	const [top, setTop] = useState(0);
	useEffect(() => {
		const onResize = () => {
			setSize({cols: stdout.columns, rows: stdout.rows});
		};

		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	const width = Math.max(1, size.cols - 2);
	const lines = story.text.split('\n').flatMap(line => {
		const parts: string[] = [];
		for (let index = 0; index < Math.max(1, line.length); index += width) parts.push(line.slice(index, index + width));
		return parts;
	});
	const height = Math.max(1, size.rows - 4);
	useInput((input, key) => {
		if (input === 'q' || (key.ctrl && input === 'c')) onQuit();
		if (input === 'j' || key.downArrow) setTop(value => Math.min(Math.max(0, lines.length - height), value + 1));
		if (input === 'k' || key.upArrow) setTop(value => Math.max(0, value - 1));
	});
	return (
		<Box flexDirection='column' height={size.rows - 1} width={size.cols}>
			<Box borderStyle='single' borderColor={color ? 'cyan' : undefined} flexDirection='column' height={size.rows - 2}>
				{lines.slice(top, top + height).map((line, index) => <Text key={index} wrap='truncate'>{line}</Text>)}
			</Box>
			<Text inverse wrap='truncate'>{` line ${top + 1}/${lines.length}  j/k scroll  q quit`}</Text>
		</Box>
	);
}
