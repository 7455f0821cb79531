// The help overlay (`?`) at every size the dashboard allows: its title row and a hint
// always on screen, every key reachable (wrapped, never cut), scrolled with the keys a
// pager uses when it is taller than the screen, and closed by Esc, ? and q.
import React from 'react';
import test from 'ava';
import stringWidth from 'string-width';
import {App} from '../../source/ui/app.js';
import {helpLines, wrapParts} from '../../source/ui/help-lines.js';
import {deskKeyHelp, dispatchKey, keyHelp, type KeyFlags, type KeyPress} from '../../source/ui/keys.js';
import {initialState, modeOf, type UiState, type View} from '../../source/ui/state.js';
import {themeFor} from '../../source/ui/theme.js';
import {dashboardStory} from '../fixtures/dashboard-story.js';
import {driveApp} from '../helpers/drive-app.js';
import {makeView} from './make-view.js';

const story = dashboardStory();
const marks = themeFor(true);
const lineText = (line: ReturnType<typeof helpLines>[number]) => line.map(part => part.text).join('');

const teardown: Array<() => void> = [];
test.afterEach.always(() => {
	for (const done of teardown.splice(0)) done();
});

test('help lines: never wider than the overlay, and every key and its whole description is in them', t => {
	for (const width of [36, 46, 60, 76, 116]) {
		for (const desk of [false, true]) {
			const lines = helpLines(width, desk, marks);
			for (const line of lines) t.true(stringWidth(lineText(line)) <= width, `${width}: "${lineText(line)}"`);
			// Words joined back across lines: nothing was cut off.
			const all = lines.map(line => lineText(line).trim()).join(' ').replaceAll(/\s+/g, ' ');
			for (const [keys, what] of desk ? [...keyHelp, ...deskKeyHelp] : keyHelp) {
				t.true(all.includes(keys), `${width}: ${keys}`);
				t.true(all.includes(what), `${width}: ${what}`);
			}

			t.is(deskKeyHelp.some(([keys]) => all.includes(`${keys} folder`) || all.includes(`${keys}  folder`)), desk, 'the folder keys only with a folder');
			t.true(all.includes('sentence a summary row points to'));
		}
	}
});

test('help lines: a separator stays with the word before it, a mark with its meaning', t => {
	const lines = wrapParts([{text: 'people', style: 'person'}, {text: '\u00A0· ', style: 'plain'}, {text: 'places', style: 'location'}], 8);
	t.deepEqual(lines.map(line => line.map(part => part.text).join('')), ['people\u00A0·', 'places']);
	t.deepEqual(wrapParts([{text: 'abcdefghij', style: 'plain'}], 4).map(line => line[0]!.text), ['abcd', 'efgh', 'ij'], 'a word wider than a line is cut');
	for (const line of helpLines(60, false, marks)) t.false(/^\s*·/.test(lineText(line)), lineText(line));
});

const press = (input: string, key: Partial<KeyFlags> = {}): KeyPress => ({input, key});

function typeIn(state: UiState, view: View, ...presses: KeyPress[]): {state: UiState; effects: string[]} {
	const effects: string[] = [];
	for (const one of presses) {
		const outcome = dispatchKey(state, one, view);
		state = outcome.state;
		if (outcome.effect) effects.push(outcome.effect);
	}

	return {state, effects};
}

test('help keys: j/k, arrows, PgDn/PgUp, Space/b, g/G, Home/End scroll it and stop at its ends', t => {
	const start = initialState(story);
	const view: View = {...makeView(story, start), help: {lines: 30, height: 8}};
	const open = typeIn(start, view, press('?')).state;
	t.is(modeOf(open), 'help');
	t.is(open.helpTop, 0);
	const top = (...presses: KeyPress[]) => typeIn(open, view, ...presses).state.helpTop;
	t.is(top(press('j')), 1);
	t.is(top(press('', {downArrow: true}), press('', {downArrow: true})), 2);
	t.is(top(press('j'), press('j'), press('k')), 1);
	t.is(top(press('', {upArrow: true})), 0, 'not above the first line');
	t.is(top(press('', {pageDown: true})), 8);
	t.is(top(press(' '), press(' ')), 16);
	t.is(top(press(' '), press(' '), press('b')), 8);
	t.is(top(press(' '), press('', {pageUp: true})), 0);
	t.is(top(press('G')), 22, 'the last line at the bottom');
	t.is(top(press('', {end: true})), 22);
	t.is(top(press('G'), press('j'), press(' ')), 22, 'not past the last line');
	t.is(top(press('G'), press('g')), 0);
	t.is(top(press('G'), press('', {home: true})), 0);
	// Keys that mean something elsewhere do nothing here.
	const after = typeIn(open, view, press('2'), press('/'), press('n'), press('', {tab: true})).state;
	t.is(modeOf(after), 'help');
	t.is(after.focus, 'article');
	t.is(after.query, '');
	// Reopened, it starts at its top again.
	const reopened = typeIn(open, view, press('G'), press('?'), press('?')).state;
	t.is(reopened.helpTop, 0);
});

test('help keys: Esc, ? and q close it (q does not quit); Ctrl-C still quits; Ctrl-L redraws', t => {
	const start = initialState(story);
	const view: View = {...makeView(story, start), help: {lines: 30, height: 8}};
	const open = typeIn(start, view, press('?')).state;
	for (const closer of [press('', {escape: true, meta: true}), press('?'), press('q')]) {
		const {state, effects} = typeIn(open, view, closer);
		t.is(modeOf(state), 'article', JSON.stringify(closer));
		t.deepEqual(effects, []);
	}

	t.deepEqual(typeIn(open, view, press('c', {ctrl: true})).effects, ['quit']);
	t.deepEqual(typeIn(open, view, press('l', {ctrl: true})).effects, ['redraw']);
});

function renderApp(columns: number, rows: number) {
	const quits: number[] = [];
	const driven = driveApp(<App story={story} color={false} onQuit={() => quits.push(1)} columns={columns} rows={rows}/>, teardown, 10);
	const lines = () => driven.screen().split('\n');
	return {...driven, lines, quits};
}

/** The help's text rows: inside the border, less the padding. */
const helpBody = (lines: string[]) => lines.slice(2, -2).map(line => line.slice(2, -2).trimEnd());

for (const [columns, rows] of [[120, 40], [80, 24], [50, 14], [40, 10]] as const) {
	test.serial(`help at ${columns}×${rows}: title and hint on screen, no row overlaps another, every line reachable`, async t => {
		const {typeKeys, lines, quits} = renderApp(columns, rows);
		await typeKeys('?');
		const first = lines();
		t.true(first.length <= rows - 1, 'at most rows - 1 high');
		t.true(first.every(line => stringWidth(line) <= columns), 'no row wider than the terminal');
		t.regex(first[0]!, /^[╔╭]/, 'the top border on the first row');
		t.regex(first[1]!, /Keys/, 'the title row right under it');
		t.regex(first.at(-1)!, /HELP .*Esc/, 'the status bar says how to close it');
		t.regex(first.at(-2)!, /^[╚╰]/, 'the bottom border right above the status bar');
		const expected = helpLines(columns - 4, false, themeFor(false)).map(line => lineText(line).trimEnd().replaceAll('\u00A0', ' '));
		const height = rows - 1 - 1 - 3;
		const scrolls = expected.length > height;
		t.is(/\d+-\d+\/\d+/.test(first[1]!), scrolls, 'a position only when the help is taller than the screen');
		t.is(/scroll/.test(first.at(-1)!), scrolls, 'scroll keys in the hint only when there is something to scroll');
		// Page through: every line of the help shows, in order, exactly as wrapped.
		const seen: string[] = [];
		let page = helpBody(first).map(line => line.replaceAll('\u00A0', ' '));
		seen.push(...page.slice(0, expected.length));
		for (let guard = 0; guard < 100 && seen.length < expected.length; guard++) {
			// eslint-disable-next-line no-await-in-loop
			await typeKeys('j');
			const lines_ = lines();
			t.regex(lines_[1]!, /Keys/, 'the title stays while scrolling');
			page = helpBody(lines_).map(line => line.replaceAll('\u00A0', ' '));
			seen.push(page.at(-1)!);
		}

		t.deepEqual(seen, expected);
		await typeKeys('G');
		t.is(helpBody(lines()).filter(line => line !== '').at(-1)!.replaceAll('\u00A0', ' '), expected.at(-1)!);
		await typeKeys('g');
		t.is(helpBody(lines())[0]!.replaceAll('\u00A0', ' '), expected[0]);
		await typeKeys('q');
		t.regex(lines().at(-1)!, /ARTICLE/, 'q closed the help');
		t.deepEqual(quits, [], 'and did not quit');
	});
}

test.serial('help at 50×14: PgDn pages, the position follows, Esc closes', async t => {
	const {typeKeys, lines} = renderApp(50, 14);
	await typeKeys('?');
	const total = helpLines(46, false, themeFor(false)).length;
	t.regex(lines()[1]!, new RegExp(`Keys.*1-9/${total}`));
	await typeKeys('\u001B[6~');
	t.regex(lines()[1]!, new RegExp(`10-18/${total}`));
	await typeKeys('\u001B[5~');
	t.regex(lines()[1]!, new RegExp(`1-9/${total}`));
	await typeKeys('\u001B');
	t.regex(lines().at(-1)!, /ARTICLE/);
});
