// What a disaster strikes is a place: "a quake struck Velmora", "an earthquake and tsunami destroyed Tarsk and
// Lower Brann", "floods swept through Gorvan". Something else striking a name ("the car struck …") says nothing.
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

test('the objects of a disaster\'s verb are places', t => {
	const story = entitiesOf([
		'In 1911 an earthquake and tsunami destroyed Tarsk and Lower Brann. Decades later a quake struck Velmora, and floods swept through Gorvan.',
	].join('\n\n'));
	const places = named(story, 'location');
	for (const name of ['Tarsk', 'Lower Brann', 'Velmora', 'Gorvan']) t.true(places.includes(name), name);
	t.deepEqual(named(story, 'person'), []);
});

test('a car striking someone makes no place of them', t => {
	t.deepEqual(named(entitiesOf('A car struck Maria Lopez on Sunday, police said.'), 'location'), []);
});
