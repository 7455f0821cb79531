// Bodies named for their subject go on across "on": "the National Commission on Civil Liberties", "the Council on
// Water Rights". A day or month after "on" is when the body spoke, not part of its name.
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

test('"Commission on …" and "Council on …" are one body', t => {
	const story = entitiesOf([
		'The Varenland National Commission on Civil Liberties said 14 protesters had been shot.',
		'The Council on Water Rights, a lobby group, said the dam had displaced 3,000 families.',
	].join('\n\n'));
	const bodies = named(story, 'organization');
	t.true(bodies.includes('Varenland National Commission on Civil Liberties'));
	t.true(bodies.includes('Council on Water Rights'));
	t.deepEqual(named(story, 'person'), []);
});

test('"the Commission on Monday" is no name going on', t => {
	const story = entitiesOf('The Electoral Commission on Monday said the vote would be held again.');
	t.deepEqual(named(story, 'organization'), ['Electoral Commission']);
});
