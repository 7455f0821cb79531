// Where a story sets an unknown name that makes it a place: a neighbour ("neighbouring X"), a bearing or a
// border taken from it, a settlement's noun before it, a person's home after an age, a place noun before a
// comma (but not an office: "the mayor, X" is the mayor). Each on a short story written for the test.
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

test('a neighbour, a bearing, a border and a settlement\'s noun set a place', t => {
	const found = entitiesOf('Floods cut off villages in Tarsenia and neighbouring Haut-Velka on Monday, and rescuers reached the hamlet of Ostrava Dol. Police tracked the gang to a compound near the border with North Vessaria, 60 kilometres south of Pimbova. Two hostages escaped from a house in the hills above Carrefine.');
	t.deepEqual(named(found, 'location'), ['Tarsenia', 'Haut-Velka', 'Ostrava Dol', 'North Vessaria', 'Pimbova', 'Carrefine']);
});

test('a person\'s home after an age, and a place noun before a comma', t => {
	const found = entitiesOf('The gunman, Tom Vale, 22, of Broken Harrow, was arrested. The governor declared mourning in Varela and in the state capital, Curitela.');
	t.deepEqual(named(found, 'location'), ['Broken Harrow', 'Varela', 'Curitela']);
	t.deepEqual(named(found, 'person'), ['Tom Vale']);
});

test('an office before a comma is the person\'s, not a place\'s', t => {
	const found = entitiesOf('Brakvel\'s mayor, Zbigniew Łuczak, said the flood wall had held.');
	t.deepEqual(named(found, 'person'), ['Zbigniew Łuczak']);
	t.deepEqual(named(found, 'location'), ['Brakvel']);
});

test('a compass word before an unknown name, a reach, a course and a local government set a place', t => {
	const found = entitiesOf('The warning stayed in force for Lower Velkia until Thursday. Families came from as far as Brakumbashi. The plane was bound for Wabrosh with seven passengers. The agency cited the city government of Lianvessa.');
	t.deepEqual(named(found, 'location'), ['Lower Velkia', 'Brakumbashi', 'Wabrosh', 'Lianvessa']);
});

test('the office holder of a place noun, named after a comma, is a person, not the place', t => {
	// "the mayor of the district, X": the comma sets the office's holder, not another name for the district.
	const found = entitiesOf('Gunmen burned the granaries, the mayor of the district, Bakoro Tessendi, told reporters. The boat overturned near the shore, the head of the Velka region, Kelefa Niang, said. Families fled to the state capital, Curitela.');
	t.deepEqual(named(found, 'person'), ['Bakoro Tessendi', 'Kelefa Niang']);
	t.deepEqual(named(found, 'location'), ['Velka', 'Curitela']);
});

test('a settlement named in its own language, a shanty town\'s noun, a bazaar and a town fled to are places', t => {
	const found = entitiesOf('Police entered the Complexo do Vessal before sunrise. An earlier raid in the Tarvelinho favela left 28 dead. The fire broke out in Camp 11 near Brakman\'s Bazar. Survivors fled to Pembaraga and to the border.');
	t.deepEqual(named(found, 'location'), ['Complexo do Vessal', 'Tarvelinho', 'Brakman\'s Bazar', 'Pembaraga']);
});

test('a name set before ", in the X region" is a place', t => {
	const found = entitiesOf('The attackers surrounded Dialvessa, in the Kervo region, in the late afternoon. Hundreds fled Tembara, in central Mali, on Monday.');
	t.deepEqual(named(found, 'location'), ['Dialvessa', 'Kervo', 'Tembara', 'Mali']);
});
