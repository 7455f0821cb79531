// Every key issue #3 lists, typed into the built program at 80×24 (the size most
// terminals open at, where the panes stack) and checked on the screen a person sees.
// The other e2e tests run at 120×40, side by side.
import test from 'ava';
import {startDashboard, type PtySession} from '../helpers/pty.js';

const cols = 80;
const rows = 24;

const keys = {
	tab: '\t',
	shiftTab: '\u001B[Z',
	down: '\u001B[B',
	up: '\u001B[A',
	pageDown: '\u001B[6~',
	pageUp: '\u001B[5~',
	home: '\u001B[H',
	end: '\u001B[F',
	escape: '\u001B',
	enter: '\r',
	ctrlL: '\u000C',
	ctrlC: '\u0003',
};

const status = (session: PtySession) => session.screenLines()[rows - 2]!;
const articleLine = (session: PtySession) => Number(/line (\d+)\/\d+/.exec(session.screenText())?.[1]);
/** The names pane is the left half of the lower row, the summary pane the right half. */
const namesPane = (session: PtySession) => session.screenLines().map(line => line.slice(0, cols / 2)).join('\n');
const summaryPane = (session: PtySession) => session.screenLines().map(line => line.slice(cols / 2)).join('\n');
const listedNames = (session: PtySession) => namesPane(session).split('\n').flatMap(line => {
	const match = /[›·* ] ([^│║]+?)\s+(?:PER|ORG|LOC|NAT) \d+/.exec(line);
	return match ? [match[1]!] : [];
});

test.serial('80×24: Tab/Shift-Tab, j/k and arrows, PgDn/PgUp, Space/b, g/G, Home/End in the article', async t => {
	const session = await startDashboard(t, {cols, rows});
	const lines = session.screenLines();
	t.regex(lines[1]!, /Dushanbe, Tajikistan \(AP\) +line 1\/\d+/, 'the article on top, with its position');
	t.true(lines.some(line => /Names +\d+.*Summary +\d+-\d+\/\d+/.test(line)), 'names and summary side by side under it');
	t.regex(status(session), /^ ARTICLE .*\? help {2}q quit$/, 'the mode, and how to get help and quit, at 80 columns');
	await session.typeUntilDrawn(keys.tab);
	t.regex(status(session), /^ NAMES /);
	await session.typeUntilDrawn(keys.tab);
	t.regex(status(session), /^ SUMMARY /);
	await session.typeUntilDrawn(keys.shiftTab + keys.shiftTab);
	t.regex(status(session), /^ ARTICLE /);
	await session.typeUntilDrawn('jjj');
	t.is(articleLine(session), 4);
	await session.typeUntilDrawn('k');
	t.is(articleLine(session), 3);
	await session.typeUntilDrawn(keys.down + keys.down);
	t.is(articleLine(session), 5);
	await session.typeUntilDrawn(keys.up);
	t.is(articleLine(session), 4);
	await session.typeUntilDrawn(keys.pageDown);
	t.false(session.screenText().includes('DUSHANBE'), 'PgDn: the first page scrolled away');
	const paged = articleLine(session);
	t.true(paged > 10, `a page further: line ${paged}`);
	await session.typeUntilDrawn(keys.pageUp);
	t.true(session.screenText().includes('DUSHANBE'), 'PgUp: back to the first page');
	await session.typeUntilDrawn(' ');
	t.is(articleLine(session), paged, 'Space pages like PgDn');
	await session.typeUntilDrawn('b');
	t.is(articleLine(session), 4, 'b pages back like PgUp');
	await session.typeUntilDrawn('G');
	t.regex(session.screenText(), /line (\d+)\/\1 100%/);
	t.regex(session.screenText(), /economic stagnation/);
	await session.typeUntilDrawn('g');
	t.is(articleLine(session), 1);
	await session.typeUntilDrawn(keys.end);
	t.regex(session.screenText(), /line (\d+)\/\1 100%/);
	await session.typeUntilDrawn(keys.home);
	t.is(articleLine(session), 1);
	t.true(session.screenText().includes('DUSHANBE'));
});

test.serial('80×24: / from every pane, letters go to the query (never move the list), Esc then Esc clears it', async t => {
	const session = await startDashboard(t, {cols, rows});
	for (const pane of ['1', '2', '3']) {
		// eslint-disable-next-line no-await-in-loop
		await session.typeUntilDrawn(pane);
		// eslint-disable-next-line no-await-in-loop
		await session.typeUntilDrawn('/');
		t.regex(status(session), /^ SEARCH /, `/ from pane ${pane}`);
		// eslint-disable-next-line no-await-in-loop
		await session.typeUntilDrawn(keys.escape + keys.escape);
		t.regex(namesPane(session), /\/ search names/);
	}

	const before = listedNames(session);
	await session.typeUntilDrawn('/');
	// j, k and G would move the list outside the search box; here they are the query.
	await session.typeUntilDrawn('jkG');
	t.regex(namesPane(session), /\/ jkG/);
	t.regex(status(session), /^ SEARCH /);
	await session.typeUntilDrawn('\u007F\u007F\u007F');
	t.deepEqual(listedNames(session), before, 'the list as it was, its first name under the cursor');
	t.regex(namesPane(session), /› Tajikistan/);
	for (const letter of 'ziyo') {
		// eslint-disable-next-line no-await-in-loop
		await session.typeUntilDrawn(letter);
	}

	t.deepEqual(listedNames(session), ['Mirzo Ziyoyev']);
	await session.typeUntilDrawn(keys.escape);
	t.regex(status(session), /^ NAMES /, 'the first Esc leaves the search box');
	t.regex(namesPane(session), /\/ ziyo {2}\(Esc clears\)/, 'and keeps the query');
	t.deepEqual(listedNames(session), ['Mirzo Ziyoyev']);
	await session.typeUntilDrawn(keys.escape);
	t.regex(namesPane(session), /\/ search names/, 'the second clears it');
	t.true(listedNames(session).length > 3);
});

test.serial('80×24: Enter on a name, n/N through its mentions, Enter on a summary line and on a timeline entry', async t => {
	const session = await startDashboard(t, {cols, rows});
	await session.typeUntilDrawn('/ziyo');
	await session.typeUntilDrawn(keys.enter);
	t.regex(status(session), /Mirzo Ziyoyev: mention 1 of 3/);
	t.true(session.screenLines().slice(0, 14).some(line => /^│.*Ziyoyev/.test(line)), 'his mention in the article');
	await session.typeUntilDrawn('n');
	t.regex(status(session), /mention 2 of 3/);
	t.regex(session.screenText(), /Ziyoyev's group/);
	await session.typeUntilDrawn('N');
	t.regex(status(session), /mention 1 of 3/);
	await session.typeUntilDrawn('N');
	t.regex(status(session), /mention 3 of 3 \(wrapped to the last\)/);
	// The summary: its first row (escaped) leads to the first sentence.
	await session.typeUntilDrawn('3');
	t.regex(summaryPane(session), /›escaped/);
	await session.typeUntilDrawn(keys.enter);
	t.true(session.screenText().includes('DUSHANBE'), 'the article back at the sentence the total came from');
	t.true(session.screenLines().some(line => /^│▌DUSHANBE/.test(line)), 'the reading cursor on it');
	// The last timeline entry: the article goes to its sentence and marks it.
	await session.typeUntilDrawn('G');
	const row = summaryPane(session).split('\n').find(line => line.includes('›'));
	const label = /›\s*(.+?)(?:\s{2,}|│|$)/.exec(row ?? '')?.[1];
	t.truthy(label, `a timeline row under the cursor: ${row}`);
	await session.typeUntilDrawn(keys.enter);
	const marked = session.screenLines().slice(0, 14).filter(line => /^│[▌┃]/.test(line)).join(' ').replaceAll(/\s+/g, ' ');
	t.true(marked.includes(label!.split(' ')[0]!), `the marked sentence "${marked}" holds "${label}"`);
});

test.serial('80×24: Ctrl-L redraws the same screen, ? opens the help and Esc closes it, q quits', async t => {
	const session = await startDashboard(t, {cols, rows});
	await session.typeUntilDrawn('jj');
	const before = session.screenText();
	const from = session.rawLength();
	await session.typeUntilDrawn(keys.ctrlL);
	t.true(session.rawLength() - from > 1500, 'the whole frame was written again');
	t.is(session.screenText(), before);
	await session.typeUntilDrawn('?');
	t.regex(session.screenLines()[1]!, /Keys/);
	await session.typeUntilDrawn(keys.escape);
	t.is(session.screenText(), before);
	session.write('q');
	await session.waitForExit();
	await session.settle();
	t.false(session.alternateScreen(), 'back on the main screen');
	t.true(session.cursorVisible());
});

test.serial('80×24: Ctrl-C quits, from the search box too', async t => {
	const session = await startDashboard(t, {cols, rows});
	await session.typeUntilDrawn('/ziy');
	session.write(keys.ctrlC);
	const exit = await session.waitForExit();
	t.is(exit.exitCode, 0);
	await session.settle();
	t.false(session.alternateScreen());
});
