// An acronym the story defines wins over a gazetteer body with the same letters: in a story about the
// Rapid Support Forces, "the RSF" is not Reporters Without Borders. Short stories written for the test.
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

test('a story\'s own acronym beats the gazetteer\'s', t => {
	const found = entitiesOf('The Rapid Support Forces (RSF) shelled a market on Sunday, killing 20 people, medics said. The RSF denied the attack.');
	t.deepEqual(named(found, 'organization'), ['Rapid Support Forces']);
	t.is(found.find(entity => entity.name === 'Rapid Support Forces')!.mentions.length, 3);
});

test('without a definition in the story, the gazetteer\'s reading stands', t => {
	const found = entitiesOf('The RSF said a journalist was killed in the shelling.');
	t.deepEqual(named(found, 'organization'), ['Reporters Without Borders']);
});
