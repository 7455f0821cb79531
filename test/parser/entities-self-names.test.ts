// A name a group gives itself ("the militia, which calls itself Kora Veth") or an agency goes by ("known by its
// Malay acronym Penmar") is a body's, not a person's.
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

test('self-given names and "its acronym" are bodies', t => {
	const story = entitiesOf([
		'The gang, which calls itself Kora Veth, released two hostages on Sunday.',
		'Divers from the rescue agency, known by its Malay acronym Penmar, searched the wreck. Penmar said the search would go on.',
	].join('\n\n'));
	const bodies = named(story, 'organization');
	t.true(bodies.includes('Kora Veth'));
	t.true(bodies.includes('Penmar'));
	t.deepEqual(named(story, 'person'), []);
});
