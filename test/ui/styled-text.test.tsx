// styled-text.ts applies Ink's <Text> styles to a string, so a pane can render a row as one
// pre-styled string instead of nested <Text>s. It must write exactly the bytes the nested
// <Text> wrote, at every chalk level the dashboard runs with (start-dashboard.tsx sets 1 for
// NO_COLOR: inverse, bold and underline stay), for every style the panes use.
import test from 'ava';
import React from 'react';
import chalk from 'chalk';
import {Text, renderToString} from 'ink';
import {styled, type TextStyle} from '../../source/ui/styled-text.js';

const colours = [undefined, 'cyan', 'magenta', 'green', 'yellow', 'red', 'gray', '#ff8800', 'notacolour'];
const flags = ['dimColor', 'bold', 'underline', 'inverse'] as const;

function* styles(): Generator<TextStyle> {
	for (const color of colours) {
		for (let mask = 0; mask < 1 << flags.length; mask++) {
			const style: TextStyle = {color};
			for (const [bit, flag] of flags.entries()) style[flag] = (mask & (1 << bit)) !== 0;
			yield style;
		}
	}
}

for (const level of [0, 1, 3] as const) {
	test.serial(`styled() writes what <Text> writes (chalk level ${level})`, t => {
		const saved = chalk.level;
		chalk.level = level;
		try {
			let compared = 0;
			for (const style of styles()) {
				for (const text of ['Mirzo Ziyoyev', '25', ' ', '']) {
					// Inside an outer <Text>, as the panes use it: an empty piece writes nothing.
					const expected = renderToString(<Text>{'['}<Text {...style}>{text}</Text>{']'}</Text>, {columns: 200});
					t.is(`[${styled(text, style)}]`, expected, JSON.stringify({style, text}));
					compared++;
				}
			}

			t.is(compared, colours.length * 16 * 4);
		} finally {
			chalk.level = saved;
		}
	});
}
