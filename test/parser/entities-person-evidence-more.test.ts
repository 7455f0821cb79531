// What tells a person's name whose words no list knows: an age in an appositive, a nickname in quotation
// marks, "the death of X", initials written together, names ending like English participles ("Naveed",
// "Sayed"), and a known first name before a surname that is also a place's head. Stories written for the test.
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

test('an age, a nickname and a death make a name a person\'s', t => {
	const found = entitiesOf('"I think there were 180," said Wahyurni, a 34-year-old trader. The gang freed a former soldier, Hery Andrianaivo, known as "Bota", who was serving a life sentence. Protests after the death of Mahsa Aminor in custody left 500 dead.');
	t.deepEqual(named(found, 'person'), ['Wahyurni', 'Hery Andrianaivo', 'Mahsa Aminor']);
});

test('names ending like participles, and initials written together, are people\'s names', t => {
	const found = entitiesOf('One of the captives, Naveed Ullah Dorrani, a 38-year-old schoolteacher, was found dead, said the district\'s police superintendent, S.K. Bhowrani. "There was smoke," said Sayed Jawad Hussarni, 38, who was praying. Police spokesman Tarek el-Sayed Mansouri said 11 were hurt.');
	t.deepEqual(named(found, 'person'), ['Naveed Ullah Dorrani', 'S.K. Bhowrani', 'Sayed Jawad Hussarni', 'Tarek el-Sayed Mansouri']);
	t.deepEqual(named(found, 'organization'), []);
	t.deepEqual(named(found, 'location'), []);
});

test('a known first name before a surname that is a place\'s head is a person, unless a place cue stands', t => {
	const found = entitiesOf('In 2016 the group beheaded two hostages, John Ridsdel and Robert Hall. The vigil was held at Victoria Park.');
	t.deepEqual(named(found, 'person'), ['John Ridsdel', 'Robert Hall']);
	t.deepEqual(named(found, 'location'), ['Victoria Park']);
});

test('an appositive closed by a nickname\'s "known as" describes a person', t => {
	const found = entitiesOf('The gang is led by Jean-Robert Dorvane, a former police officer known as "Ti Mawon," who is under sanctions.');
	t.deepEqual(named(found, 'person'), ['Jean-Robert Dorvane']);
	t.deepEqual(found[0]!.descriptions, ['a former police officer']);
});

test('a Turkic patronymic written small ends the person\'s name', t => {
	const found = entitiesOf('"I grabbed my daughter and ran," said Bakyt Temir uulu, 38, a farmer. Temir uulu said the house fell.');
	t.deepEqual(named(found, 'person'), ['Bakyt Temir uulu']);
});
