// Sports clubs carry a town's name or a name with no body word in it: what the story says about a club (its fans,
// its players, a match, a result with a score) makes it a body. Each on a short story written for the test.
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

test('a club named alone is a body when the story follows it, plays it or scores it', t => {
	const found = entitiesOf('Three supporters died on Saturday as fans of Kessling pushed through a gate before the cup final between Kessling and Marovia in Lagos, police said. Marovia beat Kessling 2-1. Aldo Ferrante, a striker for Marovia, said the players were told at half-time. Kessling said in a statement that it would pay for the funerals.');
	t.deepEqual(named(found, 'organization'), ['Kessling', 'Marovia']);
	t.deepEqual(named(found, 'location'), ['Lagos']);
	t.deepEqual(named(found, 'person'), ['Aldo Ferrante']);
});

test('a club of several words, and the second of two clubs a cue names', t => {
	const found = entitiesOf('Last year supporters of Al Zamalek and Enugu Rangers clashed outside the ground, and Real Brescona fans were banned from away games.');
	t.deepEqual(named(found, 'organization'), ['Al Zamalek', 'Enugu Rangers', 'Real Brescona']);
});

test('a town\'s club carries the town\'s name; a country\'s side stays the country', t => {
	const found = entitiesOf('Leeds beat Sundal 2-1 in the semi-final on Sunday. In the other match, Norway beat Brazil 3-0.');
	t.deepEqual(named(found, 'organization'), ['Leeds', 'Sundal']);
	t.deepEqual(named(found, 'location'), ['Norway', 'Brazil']);
});

test('a town named beside fans or a score it does not own stays a place', t => {
	const found = entitiesOf('Fans travelled from Leeds to Sundal for the match. Residents of Brakvik said the final ended 2-1.');
	t.deepEqual(named(found, 'organization'), []);
	t.deepEqual(named(found, 'location'), ['Leeds', 'Sundal', 'Brakvik']);
});

test('one side beating another needs no score; a player\'s position before a name describes a person', t => {
	const found = entitiesOf('Varnholm defeated Brakvel on Saturday. Marovia striker Tomas Velde scored twice. Police beat Tarsel protesters with sticks.');
	t.deepEqual(named(found, 'organization'), ['Varnholm', 'Brakvel', 'Marovia']);
	t.deepEqual(named(found, 'person'), ['Tomas Velde']);
});
