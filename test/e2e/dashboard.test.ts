// The built dashboard in a real pseudo-terminal, read off a headless xterm: what a
// person at a 120×40 (or smaller) terminal sees and can do with the keyboard.
import test from 'ava';
import {startDashboard, type PtySession} from '../helpers/pty.js';

const badge = /\b(PER|ORG|LOC|NAT) \d+/;

/** The entity rows on screen: name (and badge) per row of the names pane. */
function listedNames(session: PtySession): string[] {
	return session.screenLines().flatMap(line => {
		const match = /[›·* ] ([^│║]+?)\s+(PER|ORG|LOC|NAT) \d+/.exec(line);
		return match ? [match[1]!] : [];
	});
}

test.serial('launch shows the article, names and summary panes side by side, and the key hints', async t => {
	const session = await startDashboard(t);
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
	const session = await startDashboard(t);
	t.true(listedNames(session).length > 1);
	await session.typeUntilDrawn('/');
	for (const letter of 'ziyo') {
		// eslint-disable-next-line no-await-in-loop
		await session.typeUntilDrawn(letter);
	}

	t.deepEqual(listedNames(session), ['Mirzo Ziyoyev']);
	t.regex(session.screenText(), /\/ ziyo/);
	await session.typeUntilDrawn('\r');
	const screen = session.screenText();
	t.regex(screen, /Mirzo Ziyoyev: mention 1 of \d/);
	t.false(screen.includes('DUSHANBE, Tajikistan'), 'the article scrolled away from the top');
	t.true(session.screenLines().some(line => /^│.{0,2}.*led by Mirzo Ziyoyev/.test(line)), 'his mention is on screen');
});

test.serial('n and N step through the selected name\'s mentions', async t => {
	const session = await startDashboard(t);
	await session.typeUntilDrawn('/ziyo\r');
	t.regex(session.screenText(), /mention 1 of (\d)/);
	await session.typeUntilDrawn('n');
	t.regex(session.screenText(), /mention 2 of \d/);
	t.regex(session.screenText(), /Ziyoyev's group/);
	await session.typeUntilDrawn('N');
	t.regex(session.screenText(), /mention 1 of \d/);
});

test.serial('Tab and Shift-Tab move focus between panes; 1-3 jump to one', async t => {
	const session = await startDashboard(t);
	const status = () => session.screenLines()[38]!;
	t.regex(status(), /ARTICLE/);
	await session.typeUntilDrawn('\t');
	t.regex(status(), /NAMES/);
	await session.typeUntilDrawn('\t');
	t.regex(status(), /SUMMARY/);
	await session.typeUntilDrawn('\u001B[Z');
	t.regex(status(), /NAMES/);
	await session.typeUntilDrawn('1');
	t.regex(status(), /ARTICLE/);
	// j in the names pane moves the list, not the article.
	await session.typeUntilDrawn('2j');
	t.regex(session.screenText(), /line 1\//);
});

test.serial('? opens a help overlay listing the keys; ? closes it', async t => {
	const session = await startDashboard(t);
	await session.typeUntilDrawn('?');
	const screen = session.screenText();
	for (const words of ['Tab / Shift-Tab', 'PgDn PgUp Space b', 'Ctrl-L', 'q Ctrl-C', 'next / previous mention']) t.true(screen.includes(words), words);
	await session.typeUntilDrawn('?');
	t.regex(session.screenText(), /Names[\s\S]*Summary/);
});

test.serial('j moves the reading cursor, Space pages, G goes to the end, g to the top', async t => {
	const session = await startDashboard(t);
	await session.typeUntilDrawn('jjj');
	t.regex(session.screenText(), /line 4\/\d+/);
	await session.typeUntilDrawn('G');
	t.regex(session.screenText(), /line (\d+)\/\1 100%/);
	t.regex(session.screenText(), /economic stagnation/);
	await session.typeUntilDrawn('g');
	t.regex(session.screenText(), /line 1\//);
	await session.typeUntilDrawn(' ');
	t.false(session.screenText().includes('DUSHANBE, Tajikistan'));
});

test.serial('resizing 120×40 → 70×20 → 120×40 re-lays the screen each time', async t => {
	const session = await startDashboard(t);
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
	const session = await startDashboard(t, {cols: 80, rows: 24});
	session.resize(30, 8);
	await session.waitForText('terminal too small');
	t.regex(session.screenLines().join(' '), /need at\s+least\s+40×10/);
	session.resize(80, 24);
	await session.waitFor(screen => screen.includes('Names') && screen.includes('Summary'), 'the dashboard again');
});

test.serial('without colour, the cursor, focus and selection stay visible through markers', async t => {
	const session = await startDashboard(t, {cols: 120, rows: 40, env: {NO_COLOR: '1'}});
	await session.typeUntilDrawn('/ziyo\r');
	const raw = session.rawOutput().toString('latin1');
	// eslint-disable-next-line no-control-regex
	t.notRegex(raw, /\u001B\[(?:3[0-7]|9[0-7]|4[0-7]|10[0-7]|38;|48;)[\d;]*m/, 'no colour codes');
	const lines = session.screenLines();
	t.true(lines.some(line => line.startsWith('│>')), 'the reading cursor is a > in the gutter');
	t.true(lines.some(line => line.startsWith('│*')), 'lines naming the selected name are starred');
	t.true(lines.some(line => line.includes('║Names')), 'the focused pane has a double border');
});

test.serial('Ctrl-L redraws the whole screen', async t => {
	const session = await startDashboard(t);
	const before = session.screenText();
	const from = session.rawLength();
	await session.typeUntilDrawn('\u000C');
	t.true(session.rawLength() - from > 3000, 'the whole frame was written again');
	t.is(session.screenText(), before);
});

test.serial('Enter on a timeline entry scrolls the article to the sentence it came from', async t => {
	const session = await startDashboard(t);
	await session.typeUntilDrawn('3G');
	// The summary pane is the right column; its cursor row starts with ›.
	const row = session.screenLines().map(line => line.slice(72)).find(line => line.includes('›'));
	const label = /›\s*(.+?)(?:\s{2,}|│|$)/.exec(row ?? '')?.[1];
	t.truthy(label, `a selected timeline row: ${row}`);
	await session.typeUntilDrawn('\r');
	// The sentence's lines carry the cursor (▌) and sentence (┃) marks in the article's gutter.
	const marked = session.screenLines().map(line => line.slice(0, 72)).filter(line => /^│[▌┃]/.test(line)).join(' ').replaceAll(/\s+/g, ' ');
	t.true(marked.includes(label!.split(' ')[0]!), `the marked sentence "${marked}" holds "${label}"`);
});
