// Religious and customary honorifics ("Sister", "Alhaji", "Monsignor") are titles, not part of the name, and
// "binti"/"bint" join a Malay or Arabic patronymic to the name the way "bin" does.
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

test('honorifics come off the name and patronymics stay in it', t => {
	const story = entitiesOf([
		'The gunmen released a nun, Sister Agathe Morency, on Friday.',
		'"We buried eight people," said Alhaji Musa Garba Tsafe, the district head.',
		'A survivor, Nur Aisyah binti Rahman, said the boat tipped over at night.',
	].join('\n\n'));
	const people = named(story, 'person');
	for (const name of ['Agathe Morency', 'Musa Garba Tsafe', 'Nur Aisyah binti Rahman']) t.true(people.includes(name), name);
	t.is(people.length, 3);
	t.deepEqual(named(story, 'location'), []);
});
