// People's names with an occupation or a foreign form of address glued before them, and names that
// the word lists would cut: each on a short story written for the test.
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

test('an occupation opening the sentence is the person\'s role, not part of the name', t => {
	const found = entitiesOf('Fisherman Tomás Arevo Lindqvist said the water rose in minutes. Shopkeeper Ilse Varga lost her stall.');
	t.deepEqual(named(found, 'person'), ['Tomás Arevo Lindqvist', 'Ilse Varga']);
	t.deepEqual(found[0]!.descriptions, ['Fisherman']);
});

test('a foreign form of address is dropped from the name', t => {
	const found = entitiesOf('Maître Colette Varenne-Roux, who represents the families, said an appeal would follow. Señora Inés Albarca agreed.');
	t.deepEqual(named(found, 'person'), ['Colette Varenne-Roux', 'Inés Albarca']);
});

test('a faith\'s name ending a full name is part of it', t => {
	const found = entitiesOf('Mohammad Rafiq Islam, a fire officer, said 12 people were rescued.');
	t.deepEqual(named(found, 'person'), ['Mohammad Rafiq Islam']);
});

test('a first name that is also a city\'s is a person\'s when a role or a speech verb says so', t => {
	const found = entitiesOf('Florence Tembo, a spokeswoman for the league, said the match was called off. Tembo said fans left calmly. The Kenya Pipeline said supplies were safe.');
	t.deepEqual(named(found, 'person'), ['Florence Tembo']);
	t.deepEqual(named(found, 'organization'), ['Kenya Pipeline']);
});

test('a titled name before a building\'s noun names the building, not a person', t => {
	const found = entitiesOf('The bomber walked into the Imam Velazi mosque in the capital. Patients were taken to the King Tarsal hospital, said Ola Ressen, a doctor.');
	t.deepEqual(named(found, 'person'), ['Ola Ressen']);
});
