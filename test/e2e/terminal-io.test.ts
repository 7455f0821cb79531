// How sitrep meets the terminal: colour only when allowed, the story from a pipe with
// keys from the terminal, and a report when there is no terminal to read keys from.
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import test from 'ava';
import {builtCli, startSitrep, type PtySession} from '../helpers/pty.js';
import {colourSequences} from '../helpers/sgr.js';
import {storyWith} from '../hostile/base-story.js';

const statusLine = (session: PtySession) => session.screenLines()[session.size().rows - 2] ?? '';

async function rawOutputOfAWalk(env: Record<string, string | undefined>, t: Parameters<typeof startSitrep>[1]) {
	const session = startSitrep({cols: 120, rows: 40, env}, t);
	await session.waitForText('DUSHANBE');
	// Visit every pane, the search box and the help so every colour the theme has gets a chance to show.
	// Each step waits for its own effect: on a loaded machine "quiet" can come before the key is handled.
	const steps: Array<[string, (screen: string) => boolean]> = [
		['j', screen => /line 2\//.test(screen)],
		['\t', () => /NAMES/.test(statusLine(session))],
		['/', () => /SEARCH/.test(statusLine(session))],
		['a', screen => /\/ a/.test(screen)],
		['\u001B', () => !/SEARCH/.test(statusLine(session))],
		['\t', () => /SUMMARY/.test(statusLine(session))],
		['?', () => /HELP/i.test(statusLine(session))],
		['?', () => /SUMMARY/.test(statusLine(session))],
	];
	for (const [key, done] of steps) {
		session.write(key);
		// eslint-disable-next-line no-await-in-loop
		await session.waitFor(done, `the effect of ${JSON.stringify(key)}`);
	}

	session.write('q');
	await session.waitForExit();
	return session.rawOutput().toString('utf8');
}

test('a colour terminal gets colour (so the NO_COLOR test below can fail)', async t => {
	const output = await rawOutputOfAWalk({}, t);
	t.true(colourSequences(output).length > 0);
});

for (const env of [{NO_COLOR: '1'}, {NO_COLOR: 'yes'}, {TERM: 'dumb'}]) {
	test(`${JSON.stringify(env)}: not one colour code in anything sitrep writes`, async t => {
		const output = await rawOutputOfAWalk(env, t);
		t.deepEqual(colourSequences(output), []);
		// Selection must stay visible without colour: inverse, bold or underline.
		t.regex(output, /\u001B\[(?:[\d;]*;)?(?:1|4|7)(?:;[\d;]*)?m/);
	});
}

test('NO_COLOR set but empty does not turn colour off (no-color.org)', async t => {
	const output = await rawOutputOfAWalk({NO_COLOR: ''}, t);
	t.true(colourSequences(output).length > 0);
});

function storyFile(text: string): string {
	const folder = mkdtempSync(path.join(tmpdir(), 'sitrep-pipe-'));
	const file = path.join(folder, 'story.txt');
	writeFileSync(file, text);
	return file;
}

const quote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

test('cat story | sitrep -: the story comes from the pipe, the keys from the terminal', async t => {
	const file = storyFile(storyWith('Witnesses said the blast was heard across the bay.'));
	const script = `cat ${quote(file)} | ${quote(process.execPath)} ${quote(builtCli)} -; printf '\\nEXIT=%s\\n' $?; sleep 5`;
	const session = startSitrep({command: ['sh', ['-c', script]], cols: 120, rows: 40}, t);
	await session.waitForText('PORT HALLAM');
	t.true(session.alternateScreen());
	session.write('j');
	await session.waitForText(/line 2\//);
	session.write('q');
	await session.waitForText('EXIT=0');
	t.false(session.alternateScreen());
	t.true(session.cursorVisible());
});

test('with a story on stdin and no terminal to read keys from, sitrep prints the report', async t => {
	const file = storyFile(storyWith('Witnesses said the blast was heard across the bay.'));
	// setsid: a new session with no controlling terminal, so /dev/tty cannot be opened; stdout is still the pty.
	const script = `setsid -w ${quote(process.execPath)} ${quote(builtCli)} - < ${quote(file)}; printf '\\nEXIT=%s\\n' $?; sleep 5`;
	const session = startSitrep({command: ['sh', ['-c', script]], cols: 120, rows: 40}, t);
	await session.waitForText('EXIT=0');
	t.regex(session.screenText(), /^SUMMARY$/m);
	t.false(session.rawOutput().toString('latin1').includes('\u001B[?1049h'), 'no dashboard was started');
});
