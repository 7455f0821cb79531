import test from 'ava';
import {colorLevel} from '../source/ui/terminal/color-support.js';

// A TTY whose colour depth follows Node's rules closely enough for these cases.
const tty = {
	isTTY: true,
	getColorDepth(env: Record<string, string | undefined> = {}) {
		if (env.NO_COLOR !== undefined || env.TERM === 'dumb' || env.CI !== undefined) return 1;
		return env.TERM === 'xterm-256color' ? 8 : 4;
	},
};

test('NO_COLOR with any non-empty value means no colour', t => {
	t.is(colorLevel({TERM: 'xterm-256color', NO_COLOR: '1'}, tty), 0);
	t.is(colorLevel({TERM: 'xterm-256color', NO_COLOR: 'false'}, tty), 0);
});

test('an empty NO_COLOR does not disable colour', t => {
	t.is(colorLevel({TERM: 'xterm-256color', NO_COLOR: ''}, tty), 2);
});

test('TERM=dumb and a stream that is not a terminal get no colour', t => {
	t.is(colorLevel({TERM: 'dumb'}, tty), 0);
	t.is(colorLevel({TERM: 'xterm-256color'}, {isTTY: false}), 0);
});

test('CI=false is not a CI', t => {
	t.is(colorLevel({TERM: 'xterm-256color', CI: 'false'}, tty), 2);
	t.is(colorLevel({TERM: 'xterm-256color', CI: 'true'}, tty), 0);
});
