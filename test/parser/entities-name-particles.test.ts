// Particles inside people's names: the Filipino "dela" and "delos", and a surname repeated with its particle
// written small at the start of a clause ("dos Santos Lima told"), which links to the full name and is no body.
// Short stories written for the test.
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

test('"dela" and "delos" join a Filipino name', t => {
	const found = entitiesOf('Among the dead were two children, said Major Rodel dela Paz, a spokesman for the brigade. The town mayor, Liza delos Reyes, asked for calm.');
	t.deepEqual(named(found, 'person'), ['Rodel dela Paz', 'Liza delos Reyes']);
});

test('a surname after its small particle is the person named in full, not a body', t => {
	const found = entitiesOf('Nine suspects were killed, said the security secretary, Marcos Ribeiro dos Santos Lima. "The gang chose to fight," dos Santos Lima told reporters.');
	const people = found.filter(entity => entity.type === 'person');
	t.deepEqual(people.map(person => person.name), ['Marcos Ribeiro dos Santos Lima']);
	t.is(people[0]!.mentions.length, 2);
	t.deepEqual(named(found, 'organization'), []);
});

test('"de los" and "de las" join a Spanish name; Burmese names with "Daw" are people\'s', t => {
	const found = entitiesOf('"We could not let the children play outside," said Rosa Inés de los Ríos Vera, a neighbour. Daw Khin Myint, a 58-year-old resident, lost her grandson. The army seized power from Aung Min Thet\'s elected government.');
	t.deepEqual(named(found, 'person'), ['Rosa Inés de los Ríos Vera', 'Khin Myint', 'Aung Min Thet']);
});
