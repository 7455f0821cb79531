// Places and peoples the gazetteers missed or that a name's neighbours hid: each on a short story written for the test.
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

test('demonyms of countries named in several words', t => {
	const found = entitiesOf('Sri Lankan peacekeepers and New Zealanders joined the search, with two Costa Rican divers.');
	t.deepEqual(named(found, 'nationality'), ['Sri Lankan', 'New Zealander', 'Costa Rican']);
});

test('"the Democratic Republic of the Congo" is the country', t => {
	const found = entitiesOf('Floods hit the Democratic Republic of the Congo on Monday.');
	t.deepEqual(named(found, 'location'), ['DR Congo']);
});

test('a federation\'s state is a place, after a possessive too', t => {
	const found = entitiesOf('In Myanmar’s Kessin State, a cyclone destroyed 2,000 homes.');
	t.deepEqual(named(found, 'location'), ['Myanmar', 'Kessin State']);
});

test('a person set before a comma and a possessive place\'s role is no "Town, Country" place', t => {
	const found = entitiesOf('Kyaw Lin Thu, Myanmar’s envoy to the UN, called for aid.');
	t.deepEqual(named(found, 'person'), ['Kyaw Lin Thu']);
	t.deepEqual(found.find(entity => entity.type === 'person')!.descriptions, ['Myanmar’s envoy to the UN']);
	t.deepEqual(named(found, 'location'), ['Myanmar']);
});

test('two particles in a row inside a person\'s name', t => {
	const found = entitiesOf('Ludwig van der Kessel, a hydrologist, said the rains were the heaviest in 40 years.');
	t.deepEqual(named(found, 'person'), ['Ludwig van der Kessel']);
});

test('a name opening with the doctors of another language is a body\'s', t => {
	const found = entitiesOf('Volunteers were sent by Médecins du Valdor, according to officials.');
	t.deepEqual(named(found, 'organization'), ['Médecins du Valdor']);
});

test('"Mayor X of Y": the place an office holder\'s "of" names', t => {
	const found = entitiesOf('Mayor Lorena Alvarado of Tiskel condemned the attack.');
	t.deepEqual(named(found, 'location'), ['Tiskel']);
	t.deepEqual(named(found, 'person'), ['Lorena Alvarado']);
});
