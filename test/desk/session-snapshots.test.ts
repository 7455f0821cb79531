// The all-stories name index of a DeskSession: a new snapshot's index is built in
// the background, and searches keep using the previous ready one until it is done,
// so a keystroke never pays for building an index over the whole desk.
import test from 'ava';
import {Desk} from '../../source/desk/desk.js';
import {DeskSession} from '../../source/desk/session.js';
import {makeStory} from './make-story.js';

/** Made-up names, many enough that the index takes several event-loop turns to build. */
function crowd(story: number, count: number) {
	return Array.from({length: count}, (_, n) => ({name: `Tavor${story}x${n} Quillan${n}`}));
}

function openDesk(stories: number) {
	const desk = new Desk({root: null, files: Array.from({length: stories}, (_, n) => `story-${n}.txt`)});
	const first = makeStory({title: 'First', entities: [{name: 'Odile Farrant'}]});
	desk.record(0, first);
	return {desk, session: new DeskSession(desk, 0, first)};
}

test('searches a ready index from the start', t => {
	const {session} = openDesk(2);
	const snapshot = session.entities();
	t.true(snapshot.index.ready);
	t.deepEqual(session.search('farrant').map(hit => hit.item.name), ['Odile Farrant']);
});

test('a snapshot swap keeps searching the previous ready index until the new one is built', async t => {
	const {desk, session} = openDesk(3);
	let told = 0;
	session.subscribe(() => told++);
	desk.record(1, makeStory({title: 'Second', entities: [{name: 'Brannoc Ively'}, ...crowd(1, 3000)]}));
	desk.record(2, makeStory({title: 'Third', entities: crowd(2, 3000)}));
	t.true(desk.done);

	// The desk moved on: this call starts the new snapshot, and answers from the old one.
	const before = session.entities();
	t.true(before.index.ready, 'the keystroke path got an unbuilt index');
	t.is(before.list.length, 1);
	t.deepEqual(session.search('ively'), []);

	// Keys typed while the new index builds: every one is answered by a built index.
	let swapped = false;
	const unsubscribe = session.subscribe(() => {
		swapped = true;
	});
	let keys = 0;
	while (!swapped) {
		const snapshot = session.entities();
		t.true(snapshot.index.ready, 'the keystroke path got an unbuilt index');
		session.search('quil', 10);
		keys++;
		await new Promise<void>(resolve => { // eslint-disable-line no-await-in-loop
			setImmediate(resolve);
		});
	}

	unsubscribe();
	t.true(keys > 1, 'the new index was built in one go, not in the background');
	t.true(told > 0, 'the views were not told to re-run the query');
	const after = session.entities();
	t.true(after.index.ready);
	t.is(after.version, desk.version);
	t.is(after.list.length, 6002);
	t.deepEqual(session.search('brannoc ively').map(hit => hit.item.name), ['Brannoc Ively']);
});

test('a desk that has not moved on keeps its snapshot', t => {
	const {session} = openDesk(2);
	t.is(session.entities(), session.entities());
});
