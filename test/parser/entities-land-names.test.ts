// Places named by the land they are ("the Kwando forest", "the Ruzizi plain") and by a geographic word in the
// place's own language ("Cerro Azul", "Jebel Tarsa", "Gunung Sibay").
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

test('a name before a land noun, and one after a foreign geographic word, is a place', t => {
	const story = entitiesOf([
		'Soldiers freed the hostages in the Kwando forest on Tuesday, the army said.',
		'Miners have worked the slopes of Cerro Azul for centuries, and ash from Gunung Sibay fell on the town.',
	].join('\n\n'));
	const places = named(story, 'location');
	for (const name of ['Kwando', 'Cerro Azul', 'Gunung Sibay']) t.true(places.includes(name), name);
	t.deepEqual(named(story, 'person'), []);
});

test('a compass word opening a sentence keeps a known place\'s part before a title', t => {
	const found = entitiesOf('South Sulawesi Governor Tarik Velmand visited the port. North Kivu Governor Ola Ressen flew in.');
	t.deepEqual(named(found, 'location'), ['South Sulawesi', 'North Kivu']);
	t.deepEqual(named(found, 'person'), ['Tarik Velmand', 'Ola Ressen']);
});
