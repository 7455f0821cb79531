// The index is cheap to create and builds lazily: synchronously on the first search, or in
// slices between event-loop turns through whenReady().
import test from 'ava';
import {createNameIndex, searchableFromEntity, type Searchable} from '../../source/search/index.js';
import type {Entity} from '../../source/model/types.js';

function people(count: number): Searchable[] {
	return Array.from({length: count}, (_, index) => ({id: `p${index}`, name: `Person${index} Surname${index % 97}`, aliases: [], type: 'person' as const, mentionCount: index % 5}));
}

test('creating an index does no indexing work', t => {
	const index = createNameIndex(people(5000));
	t.false(index.ready);
	t.is(index.progress, 0);
});

test('the first search builds the index if nobody did', t => {
	const index = createNameIndex(people(300));
	t.is(index.search('person17 surname17')[0].item.id, 'p17');
	t.true(index.ready);
	t.is(index.progress, 1);
});

test('whenReady builds in slices, yielding to the event loop between them', async t => {
	const index = createNameIndex(people(5000));
	let turns = 0;
	let counting = true;
	const tick = () => {
		turns++;
		if (counting) setImmediate(tick);
	};

	setImmediate(tick);
	const progress: number[] = [];
	const watcher = setInterval(() => progress.push(index.progress), 0);
	await index.whenReady();
	counting = false;
	clearInterval(watcher);
	t.true(index.ready);
	t.true(turns > 1, 'other work ran while the index was being built');
	t.is(index.whenReady(), index.whenReady(), 'one build, however often it is awaited');
	t.is(index.search('surname3 person3')[0].item.id, 'p3');
});

test('an empty list is ready at once and finds nothing', async t => {
	const index = createNameIndex([]);
	t.is(index.progress, 1);
	await index.whenReady();
	t.deepEqual(index.search('anything'), []);
	t.deepEqual(index.search(''), []);
});

test('searchableFromEntity takes name, aliases, type and the number of mentions', t => {
	const entity: Entity = {
		id: 'e1',
		name: 'Emomali Rakhmon',
		type: 'person',
		aliases: ['Rakhmon'],
		descriptions: ['President'],
		mentions: [{start: 0, end: 7, sentence: 0}, {start: 20, end: 27, sentence: 1}],
	};
	const searchable = searchableFromEntity(entity);
	t.like(searchable, {id: 'e1', name: 'Emomali Rakhmon', aliases: ['Rakhmon'], type: 'person', mentionCount: 2});
	t.is(searchable.entity, entity);
	t.is(createNameIndex([searchable]).search('rahmon')[0].item.entity, entity);
});

test('results for a repeated query are the same (the per-query cache)', t => {
	const index = createNameIndex(people(50));
	const first = index.search('person1');
	index.search('person2');
	t.deepEqual(index.search('person1').map(hit => hit.item.id), first.map(hit => hit.item.id));
});

test('one-letter queries ranked in the background after whenReady match a direct search', async t => {
	const list = people(3000);
	const background = createNameIndex(list);
	await background.whenReady();
	// Let the background ranking of one-letter queries run.
	await new Promise(resolve => setTimeout(resolve, 200));
	const direct = createNameIndex(list);
	for (const letter of ['p', 's', 'x', '1']) {
		t.deepEqual(background.search(letter, 20).map(hit => hit.item.id), direct.search(letter, 20).map(hit => hit.item.id), letter);
	}

	t.deepEqual(background.search('P', 5).map(hit => hit.ranges), direct.search('p', 5).map(hit => hit.ranges));
	t.is(background.search('s', 1000).length, direct.search('s', 1000).length, 'a limit above the stored ranking searches afresh');
});

test('in a large index a limited search takes a known word as typed; a small one or an unlimited one still finds its typos', t => {
	const lookAlikes: Searchable[] = [
		{id: 'a', name: 'Abdurasul Mirzoyev', aliases: [], type: 'person', mentionCount: 1},
		{id: 'b', name: 'Abdullo Mirzoyef', aliases: [], type: 'person', mentionCount: 1},
	];
	const names = (index: ReturnType<typeof createNameIndex>, limit?: number) => index.search('mirzoyev', limit).map(hit => hit.item.name);
	const large = createNameIndex([...people(12_000), ...lookAlikes]);
	t.deepEqual(names(large, 10), ['Abdurasul Mirzoyev']);
	t.deepEqual(names(large), ['Abdurasul Mirzoyev', 'Abdullo Mirzoyef']);
	const small = createNameIndex(lookAlikes);
	t.deepEqual(names(small, 10), ['Abdurasul Mirzoyev', 'Abdullo Mirzoyef']);
	t.deepEqual(large.search('mirzoyeb', 10).map(hit => hit.item.name).sort(), ['Abdullo Mirzoyef', 'Abdurasul Mirzoyev'], 'a word not in the index still gets its typos');
});
