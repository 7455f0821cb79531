// The built dashboard in a real pseudo-terminal, read off a headless xterm: what a
// person at a 120×40 (or smaller) terminal sees and can do with the keyboard.
import test from 'ava';
import {startSitrep, type PtySession} from '../helpers/pty.js';

const badge = /\b(PER|ORG|LOC|NAT) \d+/;

/** The entity rows on screen: name (and badge) per row of the names pane. */
function listedNames(session: PtySession): string[] {
	return session.screenLines().flatMap(line => {
		const match = /[›·* ] ([^│║]+?)\s+(PER|ORG|LOC|NAT) \d+/.exec(line);
		return match ? [match[1]!] : [];
	});
}

async function launch(t: import('ava').ExecutionContext, cols = 120, rows = 40, env: Record<string, string | undefined> = {}) {
	const session = startSitrep({cols, rows, env}, t);
	await session.waitFor(screen => screen.includes('Names') && screen.includes('Summary') && screen.includes('DUSHANBE'), 'the dashboard');
	// Raw mode is switched on just after the first frame (in an effect): keys typed before it
	// would be line-buffered. Open and close the help to know the keys arrive.
	await session.waitForQuiet(50);
	session.write('?');
	await session.waitForText('redraw the screen');
	session.write('?');
	await session.waitFor(screen => !screen.includes('redraw the screen'), 'the help to close');
	await session.waitForQuiet(30);
	return session;
}

const beginFrame = '\u001B[?2026h';
const endFrame = '\u001B[?2026l';

/**
 * Types keys and waits until the frames they cause are complete: Ink wraps every frame in
 * synchronized-output markers, and a big frame can reach us in pieces with gaps between.
 */
async function type(session: PtySession, keys: string) {
	const before = session.rawLength();
	session.write(keys);
	const deadline = Date.now() + 3000;
	for (;;) {
		// eslint-disable-next-line no-await-in-loop
		await session.waitForQuiet(30);
		const output = session.rawOutputSince(before).toString('latin1');
		const complete = output.length > 0 && output.lastIndexOf(endFrame) > output.lastIndexOf(beginFrame);
		if (complete || Date.now() > deadline) return;
	}
}

test.serial('launch shows the article, names and summary panes side by side, and the key hints', async t => {
	const session = await launch(t);
	const lines = session.screenLines();
	t.regex(lines[1]!, /line 1\/\d+.*Names/, 'article and names side by side');
	t.true(lines.some(line => line.includes('Summary')));
	t.true(lines.some(line => line.startsWith('│') && line.includes('DUSHANBE, Tajikistan')));
	t.true(listedNames(session).length > 3, 'the names pane lists the story\'s names');
	t.regex(lines[38]!, /ARTICLE.*\? help/);
	t.is(lines[39], '', 'the last row stays empty (root at rows - 1)');
	t.true(session.alternateScreen());
});

test.serial('/ then "ziyo" leaves Mirzo Ziyoyev in the list and filters out the others; Enter scrolls to his mention', async t => {
	const session = await launch(t);
	t.true(listedNames(session).length > 1);
	await type(session, '/');
	for (const letter of 'ziyo') {
		// eslint-disable-next-line no-await-in-loop
		await type(session, letter);
	}

	t.deepEqual(listedNames(session), ['Mirzo Ziyoyev']);
	t.regex(session.screenText(), /\/ ziyo/);
	await type(session, '\r');
	const screen = session.screenText();
	t.regex(screen, /Mirzo Ziyoyev: mention 1 of \d/);
	t.false(screen.includes('DUSHANBE, Tajikistan'), 'the article scrolled away from the top');
	t.true(session.screenLines().some(line => /^│.{0,2}.*led by Mirzo Ziyoyev/.test(line)), 'his mention is on screen');
});

test.serial('n and N step through the selected name\'s mentions', async t => {
	const session = await launch(t);
	await type(session, '/ziyo\r');
	t.regex(session.screenText(), /mention 1 of (\d)/);
	await type(session, 'n');
	t.regex(session.screenText(), /mention 2 of \d/);
	t.regex(session.screenText(), /Ziyoyev's group/);
	await type(session, 'N');
	t.regex(session.screenText(), /mention 1 of \d/);
});

test.serial('Tab and Shift-Tab move focus between panes; 1-3 jump to one', async t => {
	const session = await launch(t);
	const status = () => session.screenLines()[38]!;
	t.regex(status(), /ARTICLE/);
	await type(session, '\t');
	t.regex(status(), /NAMES/);
	await type(session, '\t');
	t.regex(status(), /SUMMARY/);
	await type(session, '\u001B[Z');
	t.regex(status(), /NAMES/);
	await type(session, '1');
	t.regex(status(), /ARTICLE/);
	// j in the names pane moves the list, not the article.
	await type(session, '2j');
	t.regex(session.screenText(), /line 1\//);
});

test.serial('? opens a help overlay listing the keys; ? closes it', async t => {
	const session = await launch(t);
	await type(session, '?');
	const screen = session.screenText();
	for (const words of ['Tab / Shift-Tab', 'PgDn PgUp Space b', 'Ctrl-L', 'q Ctrl-C', 'next / previous mention']) t.true(screen.includes(words), words);
	await type(session, '?');
	t.regex(session.screenText(), /Names[\s\S]*Summary/);
});

test.serial('j moves the reading cursor, Space pages, G goes to the end, g to the top', async t => {
	const session = await launch(t);
	await type(session, 'jjj');
	t.regex(session.screenText(), /line 4\/\d+/);
	await type(session, 'G');
	t.regex(session.screenText(), /line (\d+)\/\1 100%/);
	t.regex(session.screenText(), /economic stagnation/);
	await type(session, 'g');
	t.regex(session.screenText(), /line 1\//);
	await type(session, ' ');
	t.false(session.screenText().includes('DUSHANBE, Tajikistan'));
});

test.serial('resizing 120×40 → 70×20 → 120×40 re-lays the screen each time', async t => {
	const session = await launch(t);
	session.resize(70, 20);
	await session.waitFor(screen => screen.split('\n').some(line => /Names.*Summary/.test(line)) && /ARTICLE/.test(screen.split('\n')[18] ?? ''), 'the stacked layout');
	const stacked = session.screenLines();
	t.true(stacked.every(line => line.length <= 70));
	t.regex(stacked[1]!, /line 1\/\d+/, 'the article on top');
	t.true(stacked.findIndex(line => line.includes('Names')) > 3);
	session.resize(120, 40);
	// The whole side-by-side frame, status bar included, with no stacked row left behind.
	await session.waitFor(screen => {
		const lines = screen.split('\n');
		return /line 1\/\d+.*Names/.test(lines[1] ?? '') && /ARTICLE/.test(lines[38] ?? '') && !lines.some(line => /Names.*Summary/.test(line));
	}, 'the side-by-side layout again');
	t.true(session.screenLines().every(line => line.length <= 120));
});

test.serial('below 40×10 the screen says the terminal is too small, and recovers', async t => {
	const session = await launch(t, 80, 24);
	session.resize(30, 8);
	await session.waitForText('terminal too small');
	t.regex(session.screenLines().join(' '), /need at\s+least\s+40×10/);
	session.resize(80, 24);
	await session.waitFor(screen => screen.includes('Names') && screen.includes('Summary'), 'the dashboard again');
});

test.serial('without colour, the cursor, focus and selection stay visible through markers', async t => {
	const session = await launch(t, 120, 40, {NO_COLOR: '1'});
	await type(session, '/ziyo\r');
	const raw = session.rawOutput().toString('latin1');
	// eslint-disable-next-line no-control-regex
	t.notRegex(raw, /\u001B\[(?:3[0-7]|9[0-7]|4[0-7]|10[0-7]|38;|48;)[\d;]*m/, 'no colour codes');
	const lines = session.screenLines();
	t.true(lines.some(line => line.startsWith('│>')), 'the reading cursor is a > in the gutter');
	t.true(lines.some(line => line.startsWith('│*')), 'lines naming the selected name are starred');
	t.true(lines.some(line => line.includes('║Names')), 'the focused pane has a double border');
});

test.serial('Ctrl-L redraws the whole screen', async t => {
	const session = await launch(t);
	const before = session.screenText();
	const from = session.rawLength();
	await type(session, '\u000C');
	t.true(session.rawLength() - from > 3000, 'the whole frame was written again');
	t.is(session.screenText(), before);
});

test.serial('Enter on a timeline entry scrolls the article to the sentence it came from', async t => {
	const session = await launch(t);
	await type(session, '3G');
	// The summary pane is the right column; its cursor row starts with ›.
	const row = session.screenLines().map(line => line.slice(72)).find(line => line.includes('›'));
	const label = /›\s*(.+?)(?:\s{2,}|│|$)/.exec(row ?? '')?.[1];
	t.truthy(label, `a selected timeline row: ${row}`);
	await type(session, '\r');
	// The sentence's lines carry the cursor (▌) and sentence (┃) marks in the article's gutter.
	const marked = session.screenLines().map(line => line.slice(0, 72)).filter(line => /^│[▌┃]/.test(line)).join(' ').replaceAll(/\s+/g, ' ');
	t.true(marked.includes(label!.split(' ')[0]!), `the marked sentence "${marked}" holds "${label}"`);
});
