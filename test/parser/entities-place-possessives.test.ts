// A known place's possessive before a body's name owns the body and is no part of its name:
// "Ukraine's State Emergency Service" is Ukraine and the State Emergency Service. Stories written for the test.
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

test('a country\'s possessive is not in the body\'s name', t => {
	const found = entitiesOf('Ukraine\'s State Emergency Service said it had evacuated 54 residents from nearby buildings. The State Emergency Service said the fire was out by morning.');
	t.deepEqual(named(found, 'organization'), ['State Emergency Service']);
	t.deepEqual(named(found, 'location'), ['Ukraine']);
});

test('a possessive that is no known place stays in the name', t => {
	const found = entitiesOf('The Harris County Sheriff\'s Office said two deputies were hurt.');
	t.deepEqual(named(found, 'organization'), ['Harris County Sheriff\'s Office']);
});
