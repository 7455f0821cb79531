// The desk's keys through the dashboard's one dispatcher, without a terminal.
import test from 'ava';
import {Desk} from '../../source/desk/desk.js';
import {dispatchKey, type KeyPress} from '../../source/ui/keys.js';
import {initialState, modeOf, type UiState, type View} from '../../source/ui/state.js';
import {initialDeskState, type DeskView} from '../../source/ui/desk/desk-state.js';
import {occurrenceRows, storyListRows} from '../../source/ui/desk/story-rows.js';
import {buildDeskSummaryRows} from '../../source/ui/desk/desk-summary-rows.js';
import {makeView} from '../ui/make-view.js';
import {makeStory} from './make-story.js';

const stories = [
	makeStory({title: 'Prison break', text: 'Emomali Rakhmon spoke. Rakhmon left.', entities: [{name: 'Emomali Rakhmon', mentions: 2}], totals: {killed: [3, 'at least']}}),
	makeStory({title: 'Manhunt', text: 'Police searched. Emomali Rahmon spoke.', entities: [{name: 'Police', type: 'organization'}, {name: 'Emomali Rahmon'}], totals: {killed: [2, 'exact']}}),
	makeStory({title: 'Border clash', text: 'Guards were wounded.', totals: {wounded: [4, 'exact']}}),
];

function setup() {
	const desk = new Desk({root: null, files: ['a.txt', 'b.txt', 'c.txt', 'd.txt']});
	for (const [index, story] of stories.entries()) desk.record(index, story);
	desk.skip(3, 'binary');
	const deskView: DeskView = {stories: storyListRows(desk), occurrences: entity => occurrenceRows(desk, entity), listHeight: 5};
	const viewOf = (state: UiState, hits?: Array<{id: string}>): View => {
		const story = stories[state.desk!.story]!;
		return {...makeView(story, state), desk: deskView, ...(hits ? {hits} : {})};
	};

	const state: UiState = {...initialState(stories[0]!), desk: initialDeskState(0)};
	return {desk, state, viewOf};
}

const key = (input: string, flags: KeyPress['key'] = {}): KeyPress => ({input, key: flags});

test('s opens the story list at the current story; j and Enter open the next one at its top', t => {
	const {state, viewOf} = setup();
	const listed = dispatchKey(state, key('s'), viewOf(state)).state;
	t.is(modeOf(listed), 'stories');
	t.is(listed.desk!.listCursor, 0);
	const moved = dispatchKey(listed, key('j'), viewOf(listed)).state;
	const opened = dispatchKey(moved, key('', {return: true}), viewOf(moved)).state;
	t.is(opened.desk!.story, 1);
	t.is(opened.desk!.list, null);
	t.is(opened.articleTop, 0);
	t.is(opened.focus, 'article');
	t.regex(opened.message!, /story 2: Manhunt/);
});

test('in the story list, letters are commands, never the query, and Esc closes it', t => {
	const {state, viewOf} = setup();
	let current = dispatchKey(state, key('s'), viewOf(state)).state;
	for (const letter of 'Gab/') current = dispatchKey(current, key(letter), viewOf(current)).state;
	t.is(current.query, '');
	t.is(current.desk!.scope, 'story');
	t.is(current.desk!.listCursor, 0, 'G to the end, b a page back');
	current = dispatchKey(current, key('', {escape: true}), viewOf(current)).state;
	t.is(modeOf(current), 'article');
	t.is(current.desk!.story, 0);
});

test('a skipped file in the list does not open', t => {
	const {state, viewOf} = setup();
	let current = dispatchKey(state, key('s'), viewOf(state)).state;
	current = dispatchKey(current, key('G'), viewOf(current)).state;
	t.is(current.desk!.listCursor, 3);
	const after = dispatchKey(current, key('', {return: true}), viewOf(current)).state;
	t.is(after.desk!.story, 0);
	t.is(modeOf(after), 'stories');
});

test('a switches the names to all stories; Enter lists the stories of a name and opens one at its mention', t => {
	const {desk, state, viewOf} = setup();
	const all = dispatchKey(state, key('a'), viewOf(state)).state;
	t.is(all.desk!.scope, 'all');
	const president = desk.entities().find(entity => entity.type === 'person')!;
	t.is(president.stories, 2);
	const focused = {...all, focus: 'entities' as const};
	const listed = dispatchKey(focused, key('', {return: true}), viewOf(focused, [{id: president.id}])).state;
	t.is(listed.desk!.list, 'occurrences');
	t.is(listed.desk!.entity, president.id);
	const second = dispatchKey(listed, key('j'), viewOf(listed)).state;
	const opened = dispatchKey(second, key('', {return: true}), viewOf(second)).state;
	t.is(opened.desk!.story, 1);
	// At his first mention in the manhunt story, selected there so n/N go on.
	t.is(opened.articleCursor, stories[1]!.entities[1]!.mentions[0]!.start);
	t.is(opened.selected, 'e2');
	t.is(opened.desk!.scope, 'all', 'the scope stays');
});

test('while searching, s a [ ] are letters of the query', t => {
	const {state, viewOf} = setup();
	let current: UiState = {...state, focus: 'entities', searching: true};
	for (const letter of 'sa[]') current = dispatchKey(current, key(letter), viewOf(current)).state;
	t.is(current.query, 'sa[]');
	t.is(current.desk!.list, null);
	t.is(current.desk!.story, 0);
});

test('] and [ step over skipped files and stop at the ends', t => {
	const {state, viewOf} = setup();
	let current = dispatchKey(state, key(']'), viewOf(state)).state;
	current = dispatchKey(current, key(']'), viewOf(current)).state;
	t.is(current.desk!.story, 2);
	current = dispatchKey(current, key(']'), viewOf(current)).state;
	t.is(current.desk!.story, 2);
	t.is(current.message, 'this is the last story');
	current = dispatchKey(current, key('['), viewOf(current)).state;
	t.is(current.desk!.story, 1);
});

test('without a folder the desk keys do nothing', t => {
	const story = stories[0]!;
	const state = initialState(story);
	const after = dispatchKey(state, key('s'), makeView(story, state)).state;
	t.is(after.desk, undefined);
	t.is(modeOf(after), 'article');
});

test('all-stories summary rows add each story once and say how many stories each sum rests on', t => {
	const {desk} = setup();
	const rows = buildDeskSummaryRows(desk);
	t.deepEqual(rows.filter(row => row.kind === 'total').map(row => [row.label, row.detail]), [
		['killed', 'at least 5 · from 2 stories'],
		['wounded', '4 · from 1 story'],
	]);
	t.true(rows.some(row => row.detail === '1 file skipped (not stories)'));
});

test('in the story list, ? opens the help (closing back to the list) and Ctrl-L redraws', t => {
	const {state, viewOf} = setup();
	const listed = dispatchKey(state, key('s'), viewOf(state)).state;
	const help = dispatchKey(listed, key('?'), viewOf(listed)).state;
	t.is(modeOf(help), 'help');
	const closed = dispatchKey(help, key('', {escape: true}), viewOf(help)).state;
	t.is(modeOf(closed), 'stories');
	t.is(dispatchKey(listed, key('l', {ctrl: true}), viewOf(listed)).effect, 'redraw');
	t.is(modeOf(dispatchKey(listed, key('l', {ctrl: true}), viewOf(listed)).state), 'stories');
});
