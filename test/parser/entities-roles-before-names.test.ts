// A person introduced by a role before the name: "said district magistrate Anjali Varma Rathore", "said the
// district official, Kiran Patel Desai" (a place noun inside a role is no place), "said Kelso's chief
// administrator, Nuno Ferra" (a possessive name opens the role as an article does).
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

const story = entitiesOf([
	'Flood water reached the station on Monday, said district magistrate Anjali Varma Rathore.',
	'Twelve homes were lost, said the district official, Kiran Patel Desai. Power should return by Friday, said Kelso\'s chief administrator, Nuno Ferra.',
].join('\n\n'));

test('a role word before a name makes it a person\'s', t => {
	t.true(named(story, 'person').includes('Anjali Varma Rathore'));
});

test('a place noun inside a role before the name is no place', t => {
	t.true(named(story, 'person').includes('Kiran Patel Desai'));
	t.false(named(story, 'location').includes('Kiran Patel Desai'));
});

test('a possessive name opens a role before a name', t => {
	t.true(named(story, 'person').includes('Nuno Ferra'));
});

test('an article before the possessive stays in the role', t => {
	const front = entitiesOf('The Harbour Front\'s chief spokesman, Aled Brannoch, said the group had withdrawn.');
	t.deepEqual(front.find(entity => entity.name === 'Aled Brannoch')?.descriptions, ['The Harbour Front\'s chief spokesman']);
});
