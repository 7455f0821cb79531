// The dashboard in ink-testing-library: each pane, the layouts, and keys typed into
// stdin travelling through the one dispatcher to the screen.
import React from 'react';
import test from 'ava';
import chalk from 'chalk';
import {App} from '../../source/ui/app.js';
import {keyHelp} from '../../source/ui/keys.js';
import type {Story} from '../../source/model/types.js';
import {dashboardStory} from '../fixtures/dashboard-story.js';
import {driveApp} from '../helpers/drive-app.js';

// Colour codes are what some tests look for; ava's stdout is not a terminal.
chalk.level = 1;

// Ink instances reading input side by side in one process miss keys: one test at a time.
const teardown: Array<() => void> = [];
test.afterEach.always(() => {
	for (const done of teardown.splice(0)) done();
});

function renderApp(story: Story, size: {columns: number; rows: number}, color = true) {
	const quits: number[] = [];
	const {app, typeKeys, screen} = driveApp(<App story={story} color={color} onQuit={() => quits.push(1)} columns={size.columns} rows={size.rows}/>, teardown, 10);
	return {app, typeKeys, screen, quits};
}

const wide = {columns: 100, rows: 30};

test.serial('wide: the article, names and summary panes side by side, and the key-hint bar', async t => {
	const {screen, typeKeys} = renderApp(dashboardStory(), wide);
	const lines = screen().split('\n');
	t.true(lines.length <= wide.rows - 1, 'the frame is at most rows - 1 high');
	const titleRow = lines[1]!;
	t.regex(titleRow, /Floods in Khorog.*line 1\/\d+.*Names\s+4/);
	t.regex(screen(), /Summary/);
	t.regex(screen(), /Alisher Nazarov\s+PER 2/);
	t.regex(screen(), /Khorog\s+LOC 3/);
	t.regex(screen(), /killed\s+at least 12 people/);
	t.regex(screen(), /according to the regional +│\n.*│ {11}emergency ministry +│/, 'a long attribution wraps under its column');
	t.regex(screen(), /\+ 8 of the dead/, 'the breakdown in the story\'s words');
	t.regex(screen(), /\+ 4\b/);
	t.regex(screen(), /also claimed: 15, accordin/);
	t.regex(screen(), /wounded\s+30 people/);
	t.regex(lines.at(-1)!, /ARTICLE.*\? help.*q quit/);
	await typeKeys('3', 'G');
	t.regex(screen(), /Timeline[\s\S]*on Tuesday[\s\S]*before next spring/);
});

test.serial('stacked below 100 columns: the article on top, names and summary under it', t => {
	const {screen} = renderApp(dashboardStory(), {columns: 70, rows: 20});
	const lines = screen().split('\n');
	const articleRow = lines.findIndex(line => line.includes('Floods in Khorog'));
	const namesRow = lines.findIndex(line => line.includes('Names'));
	t.true(articleRow >= 0 && namesRow > articleRow);
	t.regex(lines[namesRow]!, /Names.*Summary/);
	t.true(lines.every(line => line.length <= 70));
	t.true(lines.length <= 19);
});

test.serial('from 160 columns: article, names and summary in three full-height columns', t => {
	const {screen} = renderApp(dashboardStory(), {columns: 200, rows: 30});
	const lines = screen().split('\n');
	const titles = lines.findIndex(line => line.includes('Names'));
	t.regex(lines[titles]!, /Floods in Khorog.*Names.*Summary/, 'the three titles on one row');
	t.true(lines.every(line => line.length <= 200));
	// The summary's timeline fits in its full-height column, beside the article.
	t.true(lines.some(line => line.includes('Timeline')), screen());
});

test.serial('too small: says so and how big it needs to be', t => {
	const {screen} = renderApp(dashboardStory(), {columns: 30, rows: 8});
	t.regex(screen().replaceAll('\n', ' '), /terminal too small: need at least 40×10/);
});

test.serial('a story with no names and no figures: the panes say so', t => {
	const {screen} = renderApp(dashboardStory({entities: false, figures: false}), wide);
	t.regex(screen(), /no names found/);
	t.regex(screen(), /no casualty figures found/);
});

test.serial('the article pane colours mentions by type and marks figures; the frame shows only the visible lines', t => {
	const {app} = renderApp(dashboardStory(), {columns: 100, rows: 14});
	const frame = app.lastFrame()!;
	// Cyan (36) for a person, red bold underline for a figure.
	t.regex(frame, /\u001B\[36mAlisher Nazarov/);
	t.regex(frame, /\u001B\[4m(\u001B\[\d+m)*at least 12/, 'underlined');
	t.regex(frame, /\u001B\[31mat least 12/, 'red');
	t.notRegex(frame, /Aid groups warned/, 'the end of the story is not rendered');
});

test.serial('without colour: no colour codes at all, but the selection stays visible', async t => {
	const {app, typeKeys} = renderApp(dashboardStory(), wide, false);
	await typeKeys('/', 'nazarov', '\r');
	const frame = app.lastFrame()!;
	t.notRegex(frame, /\u001B\[(3\d|9\d|4\d|10\d|38;|48;)/);
	t.regex(frame, /\u001B\[7m(\u001B\[\d+m)*(Alisher )?Nazarov/, 'the selected name is in inverse video');
	t.regex(frame, /│>/, 'the reading cursor is a > in the gutter');
	t.regex(frame, /╔/, 'the focused pane has a double border');
});

test.serial('typing a search filters and re-ranks the list at every key; matched letters are highlighted', async t => {
	const {app, typeKeys, screen} = renderApp(dashboardStory(), wide);
	await typeKeys('/');
	t.regex(screen(), /SEARCH/);
	await typeKeys('r');
	t.regex(screen(), /Names\s+\d\/4/);
	await typeKeys('e', 'd');
	t.regex(screen(), /Red Crescent Society\s+ORG/);
	t.notRegex(screen(), /Alisher Nazarov\s+PER/);
	t.regex(app.lastFrame()!, /\u001B\[4m(\u001B\[\d+m)*Red/, 'matched letters are underlined');
	await typeKeys('\u007F', '\u007F', '\u007F', 'q');
	t.regex(screen(), /\/ q/, 'q is typed, not quit');
});

test.serial('Enter on a name selects it and n moves to its next mention; Esc, Esc clears the query', async t => {
	const {typeKeys, screen} = renderApp(dashboardStory(), {columns: 100, rows: 12});
	await typeKeys('/', 'nazarov', '\r');
	t.regex(screen(), /Alisher Nazarov: mention 1 of 2/);
	await typeKeys('n');
	t.regex(screen(), /mention 2 of 2/);
	t.regex(screen(), /Nazarov promised/, 'the article scrolled to the second mention');
	await typeKeys('\u001B');
	t.regex(screen(), /NAMES/);
	await typeKeys('\u001B');
	t.regex(screen(), /\/ search names/);
});

test.serial('Tab moves focus (the status bar says where); ? shows every key', async t => {
	const {typeKeys, screen} = renderApp(dashboardStory(), wide);
	t.regex(screen(), /ARTICLE/);
	await typeKeys('\t');
	t.regex(screen(), /NAMES/);
	await typeKeys('\t');
	t.regex(screen(), /SUMMARY/);
	await typeKeys('?');
	for (const [keys] of keyHelp) t.true(screen().includes(keys), keys);
	await typeKeys('?');
	t.regex(screen(), /Summary/);
});

test.serial('Enter on a summary row takes the article to its sentence', async t => {
	const {typeKeys, screen} = renderApp(dashboardStory(), {columns: 100, rows: 12});
	await typeKeys('3', 'G', '\r');
	t.regex(screen(), /Nazarov promised new barriers/);
});

test.serial('q and Ctrl-C call onQuit', async t => {
	const {typeKeys, quits} = renderApp(dashboardStory(), wide);
	await typeKeys('q');
	t.is(quits.length, 1);
	await typeKeys('\u0003');
	t.is(quits.length, 2);
});

test.serial('a 1 MB story renders only the lines on screen', async t => {
	const base = dashboardStory();
	const text = (base.text + '\n\n').repeat(Math.ceil(1_000_000 / base.text.length));
	const big: Story = {...base, text, entities: [], figures: []};
	const {app, typeKeys, screen} = renderApp(big, wide);
	t.true(app.lastFrame()!.length < 10_000);
	await typeKeys('G');
	t.regex(screen(), /line (\d+)\/\1 100%/);
});

test.serial('40×10, the smallest size: every pane keeps its title row, the focused one its content, and the frame fits', async t => {
	const {typeKeys, screen} = renderApp(dashboardStory(), {columns: 40, rows: 10}, false);
	const check = (step: string) => {
		const lines = screen().split('\n');
		t.true(lines.length <= 9, `${step}: rows - 1 at most`);
		t.regex(lines[1]!, /Floods in Khorog.*line \d+\/\d+/, `${step}: the article's title row`);
		t.regex(lines.at(-1)!, /\? help {2}q quit$|Esc/, `${step}: the status bar`);
		return lines;
	};

	let lines = check('launch');
	t.regex(lines[2]!, /^║>/, 'the focused article shows its text');
	t.true(lines.some(line => /│Names +4│/.test(line)), 'the names pane, down to its title');
	t.true(lines.some(line => /│Summary +\d+ rows│/.test(line)), 'the summary pane, down to its title, says how much it holds');
	await typeKeys('/', 'naz');
	lines = check('searching');
	t.true(lines.some(line => /║Names +1\/4║/.test(line)), 'the hit count');
	t.true(lines.some(line => /║\/ naz +║/.test(line)), 'the search box');
	t.true(lines.some(line => /› Alisher N.*PER 2/.test(line)), 'the best hit under it');
	await typeKeys('\r', '1');
	lines = check('back in the article');
	t.true(lines.some(line => /│\/ naz +1\/4│/.test(line)), 'the query takes the names pane\'s title when it has no row of its own');
	t.true(lines.some(line => /Nazarov/.test(line)), 'the article at his mention');
});

test.serial('a search that stops at its limit says its count is a floor ("500+/620"), not the number of matches', async t => {
	const base = dashboardStory();
	const entities = Array.from({length: 620}, (_, index) => ({
		id: `e${index + 1}`,
		name: `Karimov ${String.fromCodePoint(65 + (index % 26))}${index}`,
		type: 'person' as const,
		aliases: [],
		descriptions: [],
		mentions: [{start: 0, end: 6, sentence: 0}],
	}));
	const {typeKeys, screen} = renderApp({...base, entities}, wide);
	t.regex(screen(), /Names +620/);
	await typeKeys('/', 'karimov');
	t.regex(screen(), /Names +500\+\/620/);
	await typeKeys('\u007F'.repeat(7), 'karimov z25');
	t.regex(screen(), /Names +\d+\/620/, 'fewer matches than the limit: an exact count');
	t.notRegex(screen(), /Names +\d+\+/);
});
