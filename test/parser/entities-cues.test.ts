// Position cues, run joining and the word lists, each on a small story written for the test.
import {readFileSync} from 'node:fs';
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

const placeStory = entitiesOf(readFileSync(new URL('../fixtures/stories/entities-place-cues.txt', import.meta.url), 'utf8'));

test('places by position: "the districts of A and B", "the X district", "the X mountains", "the X area"', t => {
	const places = named(placeStory, 'location');
	for (const name of ['Sundal', 'Velmora', 'Kestra Ran', 'Tolvik', 'Harnes']) t.true(places.includes(name), name);
});

test('places by position: "Name, 52, of X" and a place qualifying a building', t => {
	const places = named(placeStory, 'location');
	for (const name of ['Fjellstad', 'Lindby', 'Sorvik']) t.true(places.includes(name), name);
	t.deepEqual(named(placeStory, 'person'), ['Ola Nyheim']);
});

test('every demonym is a nationality; an agency named before "news agency" is an organisation; CCTV footage is no body', t => {
	t.true(named(placeStory, 'nationality').includes('Nepali'));
	t.true(named(placeStory, 'organization').includes('Fjordnytt'));
	t.false(placeStory.some(entity => entity.name === 'CCTV'));
});

test('CCTV standing alone is the broadcaster', t => {
	t.deepEqual(named(entitiesOf('The fire was shown live on state broadcaster CCTV. CCTV said three people died.'), 'organization'), ['CCTV']);
});

test('a month abbreviation is a name part unless a day follows ("the Lavra Jan district" is a place)', t => {
	const entities = entitiesOf('Houses fell in the Lavra Jan district on Friday. Payments resume on Jan 5, the Lavra council said.');
	t.true(named(entities, 'location').includes('Lavra Jan'));
	t.false(entities.some(entity => entity.name.includes('Jan 5')));
});

test('a name with a number in it: "the Calle 12 gang"', t => {
	t.true(named(entitiesOf('Police said a leader of the Calle 12 gang was among the escaped inmates.'), 'organization').includes('Calle 12'));
});

test('a stop-list word between a first name and a surname does not split the person', t => {
	const entities = entitiesOf('Prime Minister Ali Sunni Karimov said the talks would resume. Monday Ahmed Wali arrived late.');
	t.true(named(entities, 'person').includes('Ali Sunni Karimov'));
	t.false(named(entities, 'person').includes('Ali'));
});

test('a body named for where it works keeps its "in", "for" or "of" and the place', t => {
	const entities = entitiesOf('Staff of the United Nations Relief Mission for Chad met the European Union Training Mission in Mali. Officials in Mali welcomed them.');
	const bodies = named(entities, 'organization');
	t.true(bodies.includes('United Nations Relief Mission for Chad'));
	t.true(bodies.includes('European Union Training Mission in Mali'));
	t.true(named(entities, 'location').includes('Mali'));
});

test('"World" and "Locks" are no place endings', t => {
	const entities = entitiesOf('A spokesman for Fenwick World said the ride was closed. Fenwick World reopened later. He visited Orrin Locks on Monday.');
	t.false(named(entities, 'location').includes('Fenwick World'));
	t.false(named(entities, 'location').includes('Orrin Locks'));
});

const evidenceStory = entitiesOf(readFileSync(new URL('../fixtures/stories/entities-person-evidence.txt', import.meta.url), 'utf8'));

test('a capitalised run is a person only with evidence: an age, an appositive, a speech verb', t => {
	const people = named(evidenceStory, 'person');
	for (const name of ['Tashi Dorje Lama', 'Ingrid Solberg', 'Oystein Brekkvold']) t.true(people.includes(name), name);
	// Names that only look like people's: a company, a province, a car.
	for (const name of ['Harbour Summit Tours', 'Himal Pradesh', 'Skoda Octavia', 'Grelva Fjellvei']) t.false(people.includes(name), name);
});

test('a body set before the name ("the company, X,") and a "Pradesh" are not people', t => {
	t.true(named(evidenceStory, 'organization').includes('Harbour Summit Tours'));
	t.true(named(evidenceStory, 'location').includes('Himal Pradesh'));
});

test('unknown names become people by the company they keep: a list of people, "the government of X", "X of The Herald told"', t => {
	const entities = entitiesOf('The victims were identified as Michael Dahl, Orla Venn and Peter Holm. The war began under the government of Abdel Karim Qasso. Ysolde Frame of The Herald told reporters the vote was close.');
	const people = named(entities, 'person');
	for (const name of ['Michael Dahl', 'Orla Venn', 'Peter Holm', 'Abdel Karim Qasso', 'Ysolde Frame']) t.true(people.includes(name), name);
});

test('two common words both capitalised open a sentence as a name ("Coastal Roads said")', t => {
	const entities = entitiesOf('Coastal Roads said the bridge would reopen. Several roads were flooded.');
	t.deepEqual(named(entities, 'organization'), ['Coastal Roads']);
	t.deepEqual(named(entities, 'person'), []);
});

test('bodies by the look of a word or what it runs: "HarbourOnline", "operated by X", "X TV"', t => {
	const entities = entitiesOf('A coach operated by Fenbus crashed. The move met what HarbourOnline called fury. Speaking on al-Nour TV, he said. Harbour TV said the road was shut. A FundRaise page was set up. Orla McAllister said she was safe.');
	const bodies = named(entities, 'organization');
	for (const name of ['Fenbus', 'HarbourOnline', 'al-Nour TV', 'Harbour TV', 'FundRaise']) t.true(bodies.includes(name), name);
	t.deepEqual(named(entities, 'person'), ['Orla McAllister']);
});

test('"The Army said" stays the common noun phrase; "Press TV said" is a body', t => {
	const entities = entitiesOf('The Army said the road was shut. Press TV said the crash killed two.');
	t.deepEqual(named(entities, 'organization'), ['Press TV']);
});

test('an appositive that calls a name a database or a publication makes it a body', t => {
	t.deepEqual(named(entitiesOf('Fleetbook, a database of aircraft, lists the plane as twenty years old.'), 'organization'), ['Fleetbook']);
});

test('a later surname without its "al-" is the same person', t => {
	const entities = entitiesOf('Prime Minister Ali Shia al-Karimi said the talks went well. Karimi also met the bloc.');
	t.deepEqual(named(entities, 'person'), ['Ali Shia al-Karimi']);
	t.is(entities.find(entity => entity.name === 'Ali Shia al-Karimi')!.mentions.length, 2);
});

test('"X was not available for comment" is evidence of a person', t => {
	t.deepEqual(named(entitiesOf('Smugglers fled across the river. Tarun Velkavi was not available for comment.'), 'person'), ['Tarun Velkavi']);
});
