// The help overlay in the built program at 80×24, the size most terminals open at: its
// title row on screen (it was cut off when the help was taller than the screen), every
// key listed, and with a folder (three more keys) scrolled with j/G/g.
import test from 'ava';
import {fileURLToPath} from 'node:url';
import {keyHelp, deskKeyHelp} from '../../source/ui/keys.js';
import {startSitrep, type PtySession} from '../helpers/pty.js';

const wire = fileURLToPath(new URL('../fixtures/desk/wire', import.meta.url));

async function press(session: PtySession, keys: string, until: (screen: string) => boolean, what: string) {
	session.write(keys);
	await session.waitFor(until, what);
	await session.waitForQuiet(40);
}

const status = (session: PtySession) => session.screenLines()[22]!;

test.serial('80×24, one story: ? shows every key under a title row, with the hint to close it; Esc closes it', async t => {
	const session = startSitrep({cols: 80, rows: 24}, t);
	await session.waitFor(screen => screen.includes('Names') && screen.includes('DUSHANBE'), 'the dashboard');
	await session.waitForQuiet(80);
	await press(session, '?', screen => screen.includes('HELP'), 'the help');
	const lines = session.screenLines();
	t.regex(lines[0]!, /^╭─+╮$/);
	t.regex(lines[1]!, /^│ Keys · Esc closes +│$/, 'the title row, and no position: all of it fits');
	for (const [keys, what] of keyHelp) t.true(lines.some(line => line.includes(keys) && line.includes(what)), `${keys} ${what}`);
	t.false(lines.some(line => line.includes(deskKeyHelp[0]![1])), 'no folder keys without a folder');
	t.regex(lines[21]!, /^╰─+╯$/);
	t.regex(status(session), /HELP +Esc \? q close/);
	await press(session, '\u001B', screen => screen.includes('ARTICLE'), 'the dashboard again');
	t.regex(session.screenText(), /Names[\s\S]*Summary/);
});

test.serial('80×24, a folder: the help is taller than the screen; j, G and g scroll it under a title that stays; q closes it', async t => {
	const session = startSitrep({args: [wire], cols: 80, rows: 24}, t);
	await session.waitFor(screen => /story 1\/6 · this story/.test(screen) && !screen.includes('reading'), 'the desk, every story read');
	await session.waitForQuiet(100);
	await press(session, '?', screen => screen.includes('HELP'), 'the help');
	t.regex(session.screenLines()[1]!, /Keys · Esc closes +1-19\/\d+ │$/);
	t.regex(session.screenLines()[2]!, /Tab \/ Shift-Tab/);
	t.regex(status(session), /HELP .*j\/k scroll .*Esc \? q close/);
	await press(session, 'j', screen => /2-20\/\d+/.test(screen), 'one line down');
	t.regex(session.screenLines()[2]!, /1 2 3/);
	await press(session, 'G', screen => screen.includes('sentence a summary row points to'), 'the end of the help');
	const end = session.screenLines();
	t.regex(end[1]!, /Keys · Esc closes +\d+-(\d+)\/\1 │$/, 'the title row stays, at the end');
	t.regex(end[20]!, /sentence a summary row points to/, 'the last line right above the border');
	// The folder's keys come last in the list, right above the legend.
	for (const [keys, what] of deskKeyHelp) t.true(end.some(line => line.includes(keys) && line.includes(what)), `${keys} ${what}`);
	await press(session, 'g', screen => /1-19\//.test(screen), 'the top again');
	t.regex(session.screenLines()[2]!, /Tab \/ Shift-Tab/);
	await press(session, 'q', screen => screen.includes('ARTICLE'), 'the dashboard again');
	t.is(session.exited(), undefined, 'q closed the help, it did not quit');
	await press(session, 'q', () => session.exited() !== undefined, 'the program to quit');
	t.pass();
});
