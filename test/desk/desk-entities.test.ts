import test from 'ava';
import {Desk} from '../../source/desk/desk.js';
import {identityKey} from '../../source/desk/identity-key.js';
import {makeStory} from './make-story.js';

function deskOf(count: number): Desk {
	return new Desk({root: null, files: Array.from({length: count}, (_, index) => `story-${index}.txt`)});
}

test('transliteration variants of one name share an identity key', t => {
	t.is(identityKey('Emomali Rakhmon', 'person'), identityKey('Emomali Rahmon', 'person'));
	t.is(identityKey('Sherali Khudoiberdiev', 'person'), identityKey('Sherali Hudoyberdiyev', 'person'));
	t.is(identityKey('Mohammed Nasser', 'person'), identityKey('Muhammad Naser', 'person'));
	t.is(identityKey('al-Qaeda', 'organization'), identityKey('Al Qaida', 'organization'));
	t.is(identityKey('Zürich', 'location'), identityKey('Zurich', 'location'));
});

test('different names, or one name of two types, do not share a key', t => {
	t.not(identityKey('Emomali Rakhmon', 'person'), identityKey('Emomali Rustam', 'person'));
	t.not(identityKey('Georgia', 'location'), identityKey('Georgia', 'person'));
	t.not(identityKey('Dushanbe', 'location'), identityKey('Khujand', 'location'));
});

test('one entity across stories when spellings differ, with its stories, mentions and first mention per story', t => {
	const desk = deskOf(3);
	desk.record(0, makeStory({entities: [{name: 'Emomali Rakhmon', mentions: 2}, {name: 'Khujand', type: 'location'}]}));
	desk.record(1, makeStory({entities: [{name: 'Dushanbe', type: 'location'}, {name: 'Emomali Rahmon', mentions: 3}]}));
	desk.record(2, makeStory({entities: [{name: 'Emomali Rustam'}]}));
	const people = desk.entities().filter(entity => entity.type === 'person');
	t.is(people.length, 2);
	const president = people[0]!;
	t.is(president.stories, 2);
	t.is(president.mentions, 5);
	// The spelling with the most mentions is the name; the other is an alias.
	t.is(president.name, 'Emomali Rahmon');
	t.deepEqual(president.aliases, ['Emomali Rakhmon']);
	t.deepEqual(president.occurrences.map(occurrence => [occurrence.story, occurrence.entity, occurrence.name]), [
		[0, 'e1', 'Emomali Rakhmon'],
		[1, 'e2', 'Emomali Rahmon'],
	]);
	t.deepEqual(president.occurrences[1]!.first, {start: 1, end: 2});
	t.is(people[1]!.name, 'Emomali Rustam');
	t.is(people[1]!.stories, 1);
});

test('a multi-word alias joins entities, a bare surname alias does not', t => {
	const desk = deskOf(3);
	desk.record(0, makeStory({entities: [{name: 'Islamic Movement of Uzbekistan', type: 'organization', aliases: ['IMU']}, {name: 'Ali Karimov', aliases: ['Karimov']}]}));
	desk.record(1, makeStory({entities: [{name: 'IMU', type: 'organization'}, {name: 'Karimov'}]}));
	desk.record(2, makeStory({entities: [{name: 'Islom Karimov', aliases: ['Karimov']}]}));
	const movement = desk.entities().find(entity => entity.type === 'organization')!;
	t.is(movement.stories, 2);
	t.is(movement.name, 'Islamic Movement of Uzbekistan');
	const karimovs = desk.entities().filter(entity => entity.type === 'person');
	// Ali Karimov, Karimov and Islom Karimov stay three: a shared surname is not an identity.
	t.is(karimovs.length, 3);
	t.true(karimovs.every(entity => entity.stories === 1));
});

test('the merge does not depend on the order stories are parsed in', t => {
	const stories = [
		makeStory({entities: [{name: 'Emomali Rakhmon'}, {name: 'Tajikistan', type: 'location'}]}),
		makeStory({entities: [{name: 'Tadzhikistan', type: 'location'}]}),
		makeStory({entities: [{name: 'Emomali Rahmon', aliases: ['President Rahmon']}]}),
	];
	const forward = deskOf(3);
	for (const [index, story] of stories.entries()) forward.record(index, story);
	const backward = deskOf(3);
	for (const [index, story] of [...stories.entries()].reverse()) backward.record(index, story);
	const shape = (desk: Desk) => desk.entities().map(entity => [entity.id, entity.name, entity.stories, entity.occurrences.map(occurrence => occurrence.story)]);
	t.deepEqual(shape(forward), shape(backward));
	t.is(forward.entities().length, 2);
});

test('two spellings inside one story count as one story', t => {
	const desk = deskOf(1);
	desk.record(0, makeStory({entities: [{name: 'Emomali Rakhmon', mentions: 2}, {name: 'Emomali Rahmon', mentions: 1}]}));
	const [entity] = desk.entities();
	t.is(entity!.stories, 1);
	t.is(entity!.mentions, 3);
	t.is(entity!.occurrences.length, 1);
});

test('searching all stories finds an entity under any spelling and reports stories and mentions', t => {
	const desk = deskOf(2);
	desk.record(0, makeStory({entities: [{name: 'Emomali Rakhmon', mentions: 2}]}));
	desk.record(1, makeStory({entities: [{name: 'Emomali Rahmon'}, {name: 'Dushanbe', type: 'location'}]}));
	const hits = desk.search('rakhmon');
	t.is(hits.length, 1);
	t.is(hits[0]!.item.stories, 2);
	t.is(desk.search('dushanbe')[0]!.item.name, 'Dushanbe');
	t.is(desk.search('').length, 2);
});

test('a surname alone joins the one person of the desk with that surname, in any spelling, whatever the order', t => {
	const stories = [
		makeStory({entities: [{name: 'Rahmon', mentions: 3}]}),
		makeStory({entities: [{name: 'Emomali Rakhmon'}]}),
		makeStory({entities: [{name: 'Nazarov'}, {name: 'Farrukh Nazarov'}, {name: 'Alisher Nazarov'}]}),
	];
	for (const order of [[0, 1, 2], [2, 1, 0]]) {
		const desk = deskOf(3);
		for (const index of order) desk.record(index, stories[index]!);
		const president = desk.entities().find(entity => entity.occurrences.some(occurrence => occurrence.story === 0))!;
		// The full name is the name even though the bare surname has more mentions.
		t.is(president.name, 'Emomali Rakhmon');
		t.deepEqual(president.aliases, ['Rahmon']);
		t.is(president.stories, 2);
		t.is(president.mentions, 4);
		// Two Nazarovs with given names: the bare one stays apart.
		t.is(desk.entities().filter(entity => entity.name.endsWith('Nazarov')).length, 3);
	}
});
