// The key dispatcher, called directly: what every key does in every mode.
import test from 'ava';
import {dispatchKey, maxQueryLength, splitInput, type KeyFlags, type KeyPress} from '../../source/ui/keys.js';
import {articlePosition, initialState, modeOf, type UiState} from '../../source/ui/state.js';
import {dashboardStory} from '../fixtures/dashboard-story.js';
import {makeView} from './make-view.js';

const story = dashboardStory();

const press = (input: string, key: Partial<KeyFlags> = {}): KeyPress => ({input, key});
const keys = {
	tab: press('', {tab: true}),
	shiftTab: press('', {tab: true, shift: true}),
	escape: press('', {escape: true, meta: true}),
	enter: press('\r', {return: true}),
	down: press('', {downArrow: true}),
	up: press('', {upArrow: true}),
	pageDown: press('', {pageDown: true}),
	end: press('', {end: true}),
	backspace: press('', {backspace: true}),
	ctrl: (letter: string) => press(letter, {ctrl: true}),
};

/** Types a sequence of keys (strings are typed one character at a time). */
function type(state: UiState, ...sequence: Array<KeyPress | string>): {state: UiState; effects: string[]} {
	const effects: string[] = [];
	for (const item of sequence) {
		const presses = typeof item === 'string' ? [...item].map(character => press(character)) : [item];
		for (const one of presses) {
			const outcome = dispatchKey(state, one, makeView(story, state));
			state = outcome.state;
			if (outcome.effect) effects.push(outcome.effect);
		}
	}

	return {state, effects};
}

const start = initialState(story);
const position = (state: UiState) => articlePosition(state, makeView(story, state));

test('the article pane has focus at launch and Tab / Shift-Tab / 1-3 move it', t => {
	t.is(modeOf(start), 'article');
	t.is(type(start, keys.tab).state.focus, 'entities');
	t.is(type(start, keys.tab, keys.tab).state.focus, 'summary');
	t.is(type(start, keys.tab, keys.tab, keys.tab).state.focus, 'article');
	t.is(type(start, keys.shiftTab).state.focus, 'summary');
	t.is(type(start, '3').state.focus, 'summary');
	t.is(type(start, '3', '1').state.focus, 'article');
	t.is(type(start, '2').state.focus, 'entities');
});

test('j/k move the reading cursor and the view follows it past the bottom', t => {
	let {state} = type(start, 'jjj');
	t.deepEqual(position(state), {...position(state), top: 0, cursor: 3});
	state = type(state, 'k').state;
	t.is(position(state).cursor, 2);
	state = type(start, 'j'.repeat(9)).state;
	t.is(position(state).top, 0, 'the cursor reaches the last row of a 10-line page');
	state = type(state, 'j').state;
	t.is(position(state).cursor, 10);
	t.is(position(state).top, 5, 'past it, the view jumps half a page and the cursor is mid-screen');
	state = type(state, 'jjjj').state;
	t.is(position(state).top, 5, 'then the cursor moves down the page again');
	state = type(state, 'k'.repeat(10)).state;
	t.is(position(state).cursor, 4);
	t.is(position(state).top, 0, 'going up past the top row jumps back too');
	t.is(position(type(start, 'k').state).cursor, 0, 'k at the top stays at the top');
});

test('Ctrl-E / Ctrl-Y scroll the view by one line, the cursor stays unless pushed', t => {
	let {state} = type(start, 'jjj', keys.ctrl('e'));
	t.deepEqual([position(state).top, position(state).cursor], [1, 3]);
	state = type(state, keys.ctrl('e'), keys.ctrl('e'), keys.ctrl('e')).state;
	t.deepEqual([position(state).top, position(state).cursor], [4, 4]);
	state = type(state, keys.ctrl('y')).state;
	t.deepEqual([position(state).top, position(state).cursor], [3, 4]);
});

test('paging, half pages, g/G and Home/End', t => {
	const view = makeView(story, start);
	const last = view.article.lines.length - 1;
	t.is(position(type(start, ' ').state).top, 10);
	t.is(position(type(start, keys.pageDown).state).top, 10);
	t.is(position(type(start, ' ', 'b').state).top, 0);
	t.is(position(type(start, keys.ctrl('d')).state).top, 5);
	t.is(position(type(start, keys.ctrl('d'), keys.ctrl('u')).state).top, 0);
	const bottom = type(start, 'G').state;
	t.is(position(bottom).cursor, last);
	t.is(position(bottom).top, last - 9);
	t.deepEqual(position(type(start, keys.end).state), position(bottom));
	t.is(position(type(bottom, 'g').state).cursor, 0);
	t.is(position(type(bottom, ' ').state).cursor, last, 'paging past the end stays on the last line');
});

test('`/` focuses the search box from any pane; letters then go to the query, not to commands', t => {
	for (const from of [start, type(start, '3').state, type(start, '2').state]) {
		const {state, effects} = type(from, '/', 'qjk12nN?');
		t.is(modeOf(state), 'search');
		t.is(state.query, 'qjk12nN?');
		t.deepEqual(effects, [], 'q typed in the search box does not quit');
		t.is(state.focus, 'entities');
	}
});

test('backspace, Ctrl-W and Ctrl-U edit the query; a new query starts at the best hit', t => {
	let {state} = type(start, '/', 'red cross');
	t.is(type(state, keys.backspace).state.query, 'red cros');
	t.is(type(state, keys.ctrl('w')).state.query, 'red ');
	t.is(type(state, keys.ctrl('u')).state.query, '');
	state = type(start, '/', keys.down, keys.down).state;
	t.is(state.entityCursor, 2);
	t.is(type(state, 'a').state.entityCursor, 0);
});

test('Esc leaves the search box, a second Esc clears the query', t => {
	let {state} = type(start, '/', 'naz', keys.escape);
	t.is(modeOf(state), 'entities');
	t.is(state.query, 'naz');
	state = type(state, keys.escape).state;
	t.is(state.query, '');
	t.is(modeOf(state), 'entities');
});

test('Enter on a name scrolls the article to its first mention and selects it; n/N visit its mentions', t => {
	const nazarov = story.entities.find(entity => entity.name === 'Alisher Nazarov')!;
	let {state} = type(start, '/', 'nazarov', keys.enter);
	t.is(state.selected, nazarov.id);
	t.is(modeOf(state), 'entities');
	const view = makeView(story, state);
	t.is(position(state).cursor, view.article.lineOfOffset(nazarov.mentions[0]!.start));
	t.regex(state.message ?? '', /mention 1 of 2/);
	state = type(state, 'n').state;
	t.is(state.mention, 1);
	t.is(position(state).cursor, view.article.lineOfOffset(nazarov.mentions[1]!.start));
	const {top, cursor} = position(state);
	t.true(cursor >= top && cursor < top + 10, 'the mention is on screen');
	state = type(state, 'n').state;
	t.is(state.mention, 0, 'n after the last mention wraps to the first');
	t.regex(state.message ?? '', /wrapped/);
	t.is(type(state, 'N').state.mention, 1);
});

test('n without a selected name says how to select one', t => {
	const {state} = type(start, 'n');
	t.regex(state.message ?? '', /no name selected/);
	t.is(type(state, 'j').state.message, null, 'the next key clears the message');
});

test('the entity list moves with j/k and arrows, clamped to the hits, and scrolls its window', t => {
	let {state} = type(start, '2', 'jjjjjjj');
	t.is(state.entityCursor, story.entities.length - 1);
	t.is(state.entityTop, story.entities.length - 3, 'a 3-row list shows the last three');
	state = type(state, 'g').state;
	t.is(state.entityCursor, 0);
	t.is(state.entityTop, 0);
	t.is(type(state, keys.end).state.entityCursor, story.entities.length - 1);
});

test('Enter on a summary or timeline row scrolls the article to its sentence and marks it', t => {
	let {state} = type(start, '3', 'G');
	const view = makeView(story, state);
	const row = view.summaryRows[state.summaryCursor]!;
	t.is(row.kind, 'time');
	t.is(row.label, 'before next spring');
	state = type(state, keys.enter).state;
	const sentence = story.sentences[row.sentence!]!;
	t.deepEqual(state.marked, {start: sentence.start, end: sentence.end});
	t.is(position(state).cursor, view.article.lineOfOffset(sentence.start));
	// j/k skip rows that lead nowhere (the "Timeline" heading).
	state = type(start, '3').state;
	const kinds = [];
	for (let index = 0; index < 6; index++) {
		kinds.push(view.summaryRows[state.summaryCursor]!.kind);
		state = type(state, 'j').state;
	}

	t.deepEqual(kinds, ['total', 'part', 'part', 'claim', 'total', 'time']);
});

test('? opens help, which any of ? Esc q Enter closes without quitting', t => {
	const open = type(start, '?').state;
	t.is(modeOf(open), 'help');
	for (const close of ['?', 'q', keys.escape, keys.enter]) {
		const {state, effects} = type(open, close);
		t.is(modeOf(state), 'article');
		t.deepEqual(effects, []);
	}

	t.is(modeOf(type(open, 'j').state), 'help', 'other keys do nothing while help is open');
});

test('q and Ctrl-C quit, Ctrl-L redraws; Ctrl-C quits even from the search box', t => {
	t.deepEqual(type(start, 'q').effects, ['quit']);
	t.deepEqual(type(start, keys.ctrl('c')).effects, ['quit']);
	t.deepEqual(type(start, '/', keys.ctrl('c')).effects, ['quit']);
	t.deepEqual(type(start, keys.ctrl('l')).effects, ['redraw']);
});

test('the article keeps its place when the width changes', t => {
	const state = type(start, ' ', 'jj').state;
	t.true(state.articleTop > 0);
	for (const width of [30, 50, 70]) {
		const view = makeView(story, state, {width});
		const line = view.article.lines[articlePosition(state, view).top]!;
		t.true(line.start <= state.articleTop && state.articleTop <= line.end, `width ${width}: the top line holds the same text`);
	}
});

test('keys read together ("jjj", "/ziyo⏎") are split into single keys', t => {
	t.deepEqual(splitInput(press('jjj')).map(one => one.input), ['j', 'j', 'j']);
	const typed = splitInput(press('/ziyo\r'));
	t.is(typed.length, 6);
	t.true(typed[5]!.key.return);
	t.deepEqual(splitInput(press('', {upArrow: true})), [press('', {upArrow: true})]);
	let state = start;
	for (const one of splitInput(press('/nazarov\r'))) state = dispatchKey(state, one, makeView(story, state)).state;
	t.is(state.selected, 'e3');
});

test('a Ctrl-C read together with other keys or with the tail of a paste still quits', t => {
	const quits = (presses: KeyPress[], searching: boolean) => {
		let state = searching ? type(start, '/').state : start;
		for (const one of presses) {
			const outcome = dispatchKey(state, one, makeView(story, state));
			if (outcome.effect === 'quit') return true;
			state = outcome.state;
		}

		return false;
	};

	t.true(quits(splitInput(press('jj\u0003')), false));
	t.true(quits(splitInput(press('zi\u0003'), true), true));
	const paste = `${'Mirzo Ziyoyev '.repeat(100)}\u0003`;
	const presses = splitInput(press(paste), true);
	t.is(presses[0]!.input, paste.slice(0, -1), 'what came before it is the paste');
	t.true(quits(presses, true));
});

test('a storm of random keys keeps every cursor in bounds and never throws', t => {
	const pool: KeyPress[] = [
		...'jkgGbnN/?q123 xzia'.split('').map(character => press(character)),
		keys.tab, keys.shiftTab, keys.escape, keys.enter, keys.down, keys.up, keys.pageDown, keys.end, keys.backspace,
		keys.ctrl('d'), keys.ctrl('u'), keys.ctrl('e'), keys.ctrl('y'), keys.ctrl('w'), keys.ctrl('l'),
	];
	// A fixed seed: the same storm every run, so a failure can be replayed.
	let seed = 42;
	const random = () => {
		seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
		return seed / 2_147_483_648;
	};

	let state = start;
	for (let index = 0; index < 3000; index++) {
		const size = {width: 20 + Math.floor(random() * 60), pageHeight: 1 + Math.floor(random() * 15), listHeight: 1 + Math.floor(random() * 4), summaryHeight: 1 + Math.floor(random() * 5)};
		const view = makeView(story, state, size);
		const outcome = dispatchKey(state, pool[Math.floor(random() * pool.length)]!, view);
		state = outcome.state;
		const after = makeView(story, state, size);
		const {top, cursor} = articlePosition(state, after);
		t.true(top >= 0 && cursor >= top && cursor < Math.max(1, after.article.lines.length), `article in bounds at key ${index}`);
		t.true(state.articleTop >= 0 && state.articleTop <= story.text.length);
		t.true(state.entityCursor >= 0 && (after.hits.length === 0 || state.entityCursor < after.hits.length), `entity cursor in bounds at key ${index}`);
		t.true(state.summaryCursor < after.summaryRows.length);
	}
});

test('in the search box a run of letters is one edit, and a long read is a paste: text only, capped', t => {
	t.deepEqual(splitInput(press('naz'), true), [press('naz')]);
	t.deepEqual(splitInput(press('ab\rcd'), true).map(one => one.key.return ? '⏎' : one.input), ['ab', '⏎', 'cd']);
	const pasted = `${'Mirzo Ziyoyev\n'.repeat(300)}q`;
	const presses = splitInput(press(pasted), true);
	t.is(presses.length, 1, 'one press, one search');
	let state = type(start, '/').state;
	for (const one of presses) {
		const outcome = dispatchKey(state, one, makeView(story, state));
		t.is(outcome.effect, undefined, 'the q at the end of the paste does not quit');
		state = outcome.state;
	}

	t.is(modeOf(state), 'search', 'a newline in a paste is not Enter');
	t.is([...state.query].length, maxQueryLength);
	t.true(state.query.startsWith('Mirzo Ziyoyev Mirzo'));
});

test('summary: the cursor\'s row stays whole on screen when long rows wrap over several lines', t => {
	const base = makeView(story, start, {summaryHeight: 4});
	// Every row two lines: two rows fill the pane.
	const view = {...base, summaryRowLines: base.summaryRows.map(() => 2)};
	let state = dispatchKey(start, press('3'), view).state;
	const selectable = base.summaryRows.flatMap((row, index) => row.sentence === null ? [] : [index]);
	for (let step = 1; step < selectable.length; step++) {
		state = dispatchKey(state, press('j'), view).state;
		const cursor = state.summaryCursor;
		t.is(cursor, selectable[step]);
		// Rows top..cursor take at most the pane's four lines.
		t.true((cursor - state.summaryTop + 1) * 2 <= 4, `cursor ${cursor}, top ${state.summaryTop}`);
		t.true(state.summaryTop <= cursor);
	}

	state = dispatchKey(state, press('g'), view).state;
	t.is(state.summaryTop, 0);
});

test('Ctrl-C read in one go with a paste or other keys still quits, in the search box and out of it', t => {
	const pasted = `${'Mirzo Ziyoyev '.repeat(300)}\u0003`;
	let state = type(start, '/').state;
	const outcomes = splitInput(press(pasted), true).map(one => {
		const outcome = dispatchKey(state, one, makeView(story, state));
		state = outcome.state;
		return outcome.effect;
	});
	t.is(outcomes.at(-1), 'quit');
	t.true(state.query.startsWith('Mirzo Ziyoyev Mirzo'), 'the paste before it still lands in the query');
	t.deepEqual(splitInput(press('jj\u0003')).map(one => one.key.ctrl ? `^${one.input}` : one.input), ['j', 'j', '^c']);
	t.is(dispatchKey(start, splitInput(press('\u0003j'))[0]!, makeView(story, start)).effect, 'quit');
});
