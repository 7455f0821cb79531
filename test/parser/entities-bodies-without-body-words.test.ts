// Bodies whose names hold no English body word: companies named by their industry, brands, groups named
// after a body noun with a people's adjective, gangs named with a plural article, names led by an acronym,
// and armed groups the gazetteer knows. Each on a short story written for the test.
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

test('an industry ends a company\'s name', t => {
	const found = entitiesOf('The blast hit a workshop of Tarsen Velko Chemical Co., which makes pesticides. The pit lies on a concession held by Brakmin Mining, and the refinery of Sundal Precision Chemical closed.');
	t.deepEqual(named(found, 'organization'), ['Tarsen Velko Chemical Co.', 'Brakmin Mining', 'Sundal Precision Chemical']);
});

test('a brand\'s shape opening a sentence, a parent company, a nonprofit\'s appositive', t => {
	const found = entitiesOf('Police cordoned off the area. VelkoEnergies, whose gas project lies nearby, said its staff were safe. In 2019 a mine operated by a Brakcore subsidiary collapsed. The Shooting Tally Archive, a nonprofit that tracks shootings, counted 120.');
	t.deepEqual(named(found, 'organization'), ['VelkoEnergies', 'Brakcore', 'Shooting Tally Archive']);
});

test('a body noun after a people\'s adjective names the body after it', t => {
	const found = entitiesOf('The Italian aid group Emergency said its surgical centre had received 19 of the wounded.');
	t.deepEqual(named(found, 'organization'), ['Emergency']);
	t.deepEqual(named(found, 'nationality'), ['Italian']);
});

test('a plural article opens a gang\'s name, not a person\'s; a movement word or a place cue before it is no gang', t => {
	const found = entitiesOf('The breakout was organized by Los Tarsenos, one of the most powerful gangs. Members of Las Brakvas were held. He was flown to Los Velkos and questioned in Los Mirandos.');
	t.deepEqual(named(found, 'organization'), ['Los Tarsenos', 'Las Brakvas']);
	t.deepEqual(named(found, 'person'), []);
	t.deepEqual(named(found, 'location'), ['Los Mirandos']);
});

test('a name led by an acronym is a body\'s; initials before a surname are a person\'s', t => {
	const found = entitiesOf('The train, operated by state-owned TRV Calatori, hit a freight train of TRV Marfa, said the police superintendent, S.K. Bhowrani.');
	t.deepEqual(named(found, 'organization'), ['TRV Calatori', 'TRV Marfa']);
	t.deepEqual(named(found, 'person'), ['S.K. Bhowrani']);
});

test('armed groups the gazetteer knows, and a known body after a lower-case article', t => {
	const found = entitiesOf('Troops raided the camp. Six sailors held by Abu Sayyaf were freed. The gunmen fled. Weeks later JNIM, al Qaeda\'s affiliate in the Sahel, claimed the abduction.');
	t.deepEqual(named(found, 'organization'), ['Abu Sayyaf', 'Jama\'at Nusrat al-Islam wal-Muslimin', 'al-Qaeda']);
	t.deepEqual(named(found, 'person'), []);
});

test('a cartel named for its place carries the noun; the place stays a place', t => {
	const found = entitiesOf('Gunmen of the Tarsala cartel fought soldiers on Sunday. The Tarsala state prosecutor raised the toll. The Gulf cartel denied any role.');
	t.deepEqual(named(found, 'organization'), ['Tarsala cartel', 'Gulf cartel']);
	t.deepEqual(named(found, 'location'), ['Tarsala']);
});
