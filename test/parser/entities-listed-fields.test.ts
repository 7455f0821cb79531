// Bodies named for a list of fields, with commas inside the name: before its head ("Meteorology, Climatology and
// Geophysical Agency") or after its head's "of" ("Bureau of Alcohol, Tobacco, Firearms and Explosives"). Written for the test.
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

test('a list of fields before a body\'s head is one name', t => {
	const found = entitiesOf('The Seismology, Vulcanology and Tidal Agency, known as SVTA, had warned of waves. The slope was flagged by the Geological, Mining and Metallurgical Institute, or GMMI.');
	t.deepEqual(named(found, 'organization'), ['Seismology, Vulcanology and Tidal Agency', 'Geological, Mining and Metallurgical Institute']);
	t.deepEqual(found[0]!.aliases, ['SVTA']);
});

test('a list of fields after a body\'s "of" is one name', t => {
	const found = entitiesOf('The Bureau of Forests, Rivers, Dams and Fisheries, or BFRDF, was tracing the spill.');
	t.deepEqual(named(found, 'organization'), ['Bureau of Forests, Rivers, Dams and Fisheries']);
});

test('a list of bodies or places is no one name', t => {
	const found = entitiesOf('The Army, Navy and Air Force sent troops. Teams came from Brakvel, Sundal and Tarsen Harbour.');
	t.false(named(found, 'organization').some(name => name.includes(',')));
	t.deepEqual(named(found, 'location'), ['Brakvel', 'Sundal', 'Tarsen Harbour']);
});

test('a name goes on across "and" when the bracket after it holds the initials of the whole', t => {
	const found = entitiesOf('Some 1.3 million fled, according to the Armed Clash Tracking and Event Survey Project (ACTES). ACTES said the toll was rising. Police in Brakvel and Sundal Harbour Police (SHP) said.');
	t.deepEqual(named(found, 'organization'), ['Armed Clash Tracking and Event Survey Project', 'Sundal Harbour Police']);
	t.deepEqual(found[0]!.aliases, ['ACTES']);
});

test('a number\'s thousands comma does not end an appositive', t => {
	const found = entitiesOf('Gunmen attacked Velsarro, a town of about 20,000 people in the hills, before dawn.');
	t.deepEqual(found.find(entity => entity.name === 'Velsarro')?.descriptions, ['a town of about 20,000 people in the hills']);
});
