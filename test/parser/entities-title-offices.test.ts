// "the Attorney General's Office", "the Chief Coroner's Office": the office of a title is a body, not a person
// called "Office".
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

const story = entitiesOf([
	'Two guards were charged on Friday over the escape of 12 inmates from Valmor prison, the Attorney General\'s Office said.',
	'The Chief Coroner\'s Office has identified four of the dead, according to Mayor Inés Farrow.',
].join('\n\n'));

test('a title\'s office is an organisation', t => {
	const bodies = named(story, 'organization');
	t.true(bodies.includes('Attorney General\'s Office'));
	t.true(bodies.includes('Chief Coroner\'s Office'));
	t.deepEqual(named(story, 'person'), ['Inés Farrow']);
});
