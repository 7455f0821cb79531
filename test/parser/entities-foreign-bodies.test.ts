// Bodies named in their own language or without an English organisation word at their end: a cooperative, an
// observatory or a hospital in Spanish, French or Italian, and "Civil Protection", are organisations.
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

const story = entitiesOf([
	'SANTA ELENA — Three miners died when a gallery collapsed at a shaft run by the Cooperativa Aurífera Nueva Esperanza on Monday, police said.',
	'The Observatoire Régional des Risques said the mountain had been unstable for weeks. Firefighters from the Civil Protection pulled two men out alive, and the injured were taken to the Ospedale Maggiore Benedetti.',
].join('\n\n'));

test('foreign cooperatives, observatories and hospitals are organisations', t => {
	const bodies = named(story, 'organization');
	for (const name of ['Cooperativa Aurífera Nueva Esperanza', 'Observatoire Régional des Risques', 'Ospedale Maggiore Benedetti', 'Civil Protection']) t.true(bodies.includes(name), name);
	t.deepEqual(named(story, 'person'), []);
});

test('a French "Maison" opens a body\'s name and carries its small words', t => {
	const found = entitiesOf('A local rights group, the Maison des Pêcheurs du Tarsel (MPT), said 40 boats were missing.');
	t.deepEqual(named(found, 'organization'), ['Maison des Pêcheurs du Tarsel']);
});

test('a general staff named in Spanish ("Estado Mayor") is a body, its "Mayor" no mayor', t => {
	const found = entitiesOf('The minister blamed the Estado Mayor Conjunto of the rebels, which split from the group in 2019. Fighters of the Estado Mayor Conjunto later denied it.');
	t.deepEqual(named(found, 'organization'), ['Estado Mayor Conjunto']);
	t.deepEqual(named(found, 'person'), []);
	t.deepEqual(named(found, 'location'), []);
});

test('a police or fire force named alone in its own language is a body', t => {
	const found = entitiesOf('More than 600 officers of the Carabineros took part, and the Bomberos put out the fire.');
	t.deepEqual(named(found, 'organization'), ['Carabineros', 'Bomberos']);
});
