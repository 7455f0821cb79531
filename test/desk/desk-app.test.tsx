// The App with a folder in ink-testing-library: the story list, the progress in the
// status bar, and a file that turns out not to be a story when opened early.
import React from 'react';
import test from 'ava';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {App} from '../../source/ui/app.js';
import {listStoryFiles} from '../../source/desk/list-folder.js';
import {openDeskSession} from '../../source/desk/session.js';
import {currentStory} from '../../source/ui/desk/desk-parts.js';
import {initialDeskState} from '../../source/ui/desk/desk-state.js';
import {initialState} from '../../source/ui/state.js';
import {driveApp, flushInk} from '../helpers/drive-app.js';

const wire = fileURLToPath(new URL('../fixtures/desk/wire', import.meta.url));

const teardown: Array<() => void> = [];
test.afterEach.always(() => {
	for (const done of teardown.splice(0)) done();
});

const flush = async () => flushInk(20);

function renderDesk(root: string, size = {columns: 110, rows: 24}) {
	const session = openDeskSession(listStoryFiles(root))!;
	const {screen, typeKeys} = driveApp(<App story={session.cache.get(session.first)!} desk={session} color={false} onQuit={() => undefined} columns={size.columns} rows={size.rows}/>, teardown, 20);
	return {session, screen, typeKeys};
}

async function until(condition: () => boolean) {
	for (let n = 0; n < 200 && !condition(); n++) await flush(); // eslint-disable-line no-await-in-loop
}

test.serial('the first story shows at once with reading progress, which ends at the folder size', async t => {
	const {session, screen} = renderDesk(wire);
	t.regex(screen(), /Inmates kill guards in prison break in Khujand/);
	t.regex(screen(), /story 1\/6 · this story · reading 1\/6/);
	await until(() => session.desk.done);
	await until(() => /story 1\/6 · this story {2}/.test(screen()));
	t.regex(screen(), /story 1\/6 · this story {2}j\/k move/);
});

test.serial('the story list shows title, date and totals, marks the story on screen, and hides nothing', async t => {
	const {session, screen, typeKeys} = renderDesk(wire);
	await until(() => session.desk.done);
	await typeKeys('s');
	const lines = screen().split('\n');
	t.regex(lines.find(line => line.includes('Inmates kill guards'))!, /› 2024-03-01 +Inmates kill guards in prison break in Khujand +k at least 3 · w 2 · e 11/);
	t.regex(lines.find(line => line.includes('Manhunt'))!, /k 2/);
	t.regex(lines.find(line => line.includes('empty.txt'))!, /\(empty\)/);
	t.regex(screen(), /STORIES/);
	await typeKeys('j', '\r');
	t.regex(screen(), /Manhunt widens for inmates who fled Khujand prison/);
	t.regex(screen(), /story 2\/6/);
});

test.serial('all stories: the names and summary panes say so in their titles; the message fits beside the tag at 80 columns', async t => {
	const {session, screen, typeKeys} = renderDesk(wire, {columns: 80, rows: 24});
	await until(() => session.desk.done);
	await typeKeys('a');
	const lines = screen().split('\n');
	t.true(lines.some(line => /Names · all stories +\d+/.test(line)), 'the names pane');
	t.true(lines.some(line => /Summary · all stories/.test(line)), 'the summary pane');
	t.regex(lines.at(-1)!, /ALL STORIES +names and totals of all stories \(a: back\)$/, 'the whole message');
	await typeKeys('a');
	t.true(screen().split('\n').some(line => /║?Names +\d+/.test(line) && !line.includes('all stories')));
});

test.serial('40×10 with a folder: the status bar keeps how to get help and quit (a shorter tag); the story list keeps the titles', async t => {
	const {session, screen, typeKeys} = renderDesk(wire, {columns: 40, rows: 10});
	await until(() => session.desk.done);
	await typeKeys('j');
	const status = screen().split('\n').at(-1)!;
	t.regex(status, /^ ARTICLE {2}1\/6 {2}.*\? help {2}q quit$/, status);
	await typeKeys('a', 'j');
	t.regex(screen().split('\n').at(-1)!, /^ ARTICLE {2}1\/6 · ALL {2}.*q quit$/);
	await typeKeys('s');
	const lines = screen().split('\n');
	t.true(lines.some(line => /› Inmates kill guards/.test(line)), lines.join('\n'));
	t.false(lines.some(line => line.includes('2024-03-01')), 'no date column at 40 columns');
	t.regex(lines.at(-1)!, /STORIES .*Enter open {2}Esc close/);
});

test('a file opened before it was read, that is not a story, says so in the article pane', t => {
	const root = mkdtempSync(path.join(tmpdir(), 'sitrep-desk-app-'));
	t.teardown(() => rmSync(root, {recursive: true, force: true}));
	writeFileSync(path.join(root, 'a.txt'), 'KHOROG, Tajikistan (EW) — Four guards were wounded.\n');
	writeFileSync(path.join(root, 'b.txt'), 'binary\u0000data');
	// Not started: b.txt is still pending, as when the user opens it before the background gets there.
	const session = openDeskSession(listStoryFiles(root))!;
	t.is(session.desk.stories[1]!.state, 'pending');
	const first = session.cache.get(0)!;
	const state = {...initialState(first), desk: {...initialDeskState(0), story: 1}};
	const shown = currentStory(session, state, first);
	t.is(shown.text, 'b.txt is not a story (binary): press s for the list of stories.');
	t.is(session.desk.stories[1]!.state, 'skipped');
});
