// What the words around a name say about it when its own words do not: a body's position, a body noun
// before it, its initials in brackets, an office held over a place. Each on a short story written for the test.
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

test('a body noun right before the name: "the anti-racism group X", "the X think tank"', t => {
	const found = entitiesOf('Police cleared the square, while the anti-racism group Tolva Egalité urged calm. Valdoria is among the ten most exposed countries, according to the Klimawacht think tank.');
	t.deepEqual(named(found, 'organization'), ['Tolva Egalité', 'Klimawacht']);
	t.deepEqual(named(found, 'person'), []);
});

test('a body\'s position: "members of X", "X\'s headquarters", "a spokesman for the X"', t => {
	const found = entitiesOf('Members of Tarvenco blocked the road on Monday. Police searched Brennel’s headquarters later. A spokesman for the Harbour Riders declined to comment.');
	t.deepEqual(named(found, 'organization'), ['Tarvenco', 'Brennel', 'Harbour Riders']);
});

test('a spokesman for someone who looks like a person keeps the person', t => {
	const found = entitiesOf('A spokesman for Ola Vale said the senator was resting.');
	t.deepEqual(named(found, 'organization'), []);
	t.deepEqual(named(found, 'person'), ['Ola Vale']);
});

test('a name followed by its initials in brackets is a body', t => {
	const found = entitiesOf('Engineers from Kestrel Harbour Pilots (KHP) inspected the dam on Monday.');
	t.deepEqual(named(found, 'organization'), ['Kestrel Harbour Pilots']);
	t.deepEqual(found[0]!.aliases, ['KHP']);
});

test('a sentence\'s first word before a body noun and a name is no body of its own; the name after is the body', t => {
	const found = entitiesOf('Relief group Sundal Hjelp said it had sent two teams. Aid group Brennvik Care said the same.');
	t.deepEqual(named(found, 'organization'), ['Sundal Hjelp', 'Brennvik Care']);
});

test('an appositive that is a person\'s role for a body does not make the person a body', t => {
	const found = entitiesOf('The boat was towed to port, said Ola Vale, a spokesman for the agency.');
	t.deepEqual(named(found, 'person'), ['Ola Vale']);
	t.deepEqual(named(found, 'organization'), []);
});

test('a capitalised particle inside a name is a name part though the story writes it small', t => {
	const found = entitiesOf('Officers of the Guardia di Finanza towed the boat, said Flavio Di Marzano, a spokesman for the agency.');
	t.deepEqual(named(found, 'person'), ['Flavio Di Marzano']);
});

test('one unknown word before a regional office is a place; a sentence\'s first adjective is not', t => {
	const found = entitiesOf('Tarvena Chief Minister Ola Vale closed the schools. Civil Aviation Minister Kari Dahl grounded the fleet.');
	t.deepEqual(named(found, 'location'), ['Tarvena']);
	t.deepEqual(named(found, 'person'), ['Ola Vale', 'Kari Dahl']);
});

test('a known body, a title and a name: the body and the person, not one body', t => {
	const found = entitiesOf('Hamas Minister Ola Vale said the crossing would reopen.');
	t.deepEqual(named(found, 'organization'), ['Hamas']);
	t.deepEqual(named(found, 'person'), ['Ola Vale']);
});

test('a body noun before a single name outweighs the speech verb after it; a possessive name is the noun\'s article', t => {
	const found = entitiesOf('Rights group Kontrava said the rules were ignored. Valdoria\'s state power utility Valenergo said 200,000 homes were cut off.');
	t.deepEqual(named(found, 'organization'), ['Kontrava', 'Valenergo']);
	t.deepEqual(named(found, 'person'), []);
});

test('a person set after a role noun by a comma stays a person', t => {
	const found = entitiesOf('Police detained the operator, Chinedu Obi, 41, on Monday.');
	t.deepEqual(named(found, 'person'), ['Chinedu Obi']);
});

test('places by position: "off the coast of X", "residents of X told"', t => {
	const found = entitiesOf('A ferry sank off the coast of Tarvesi on Sunday. Residents of Kurvaga told reporters the village had no police post.');
	t.deepEqual(named(found, 'location'), ['Tarvesi', 'Kurvaga']);
	t.deepEqual(named(found, 'person'), []);
});

test('"Community" heads a body\'s name; a known aid group is found by its name alone', t => {
	const found = entitiesOf('The Economic Community of Coastal States (ECOCS) condemned the attack. Save the Children said the pupils must be freed.');
	t.deepEqual(named(found, 'organization'), ['Economic Community of Coastal States', 'Save the Children']);
});

test('an acronym set after a body\'s name as an appositive ("X, the SBU, said") is its short name', t => {
	const found = entitiesOf('Valdoria\'s Security Service, the VSB, said it had detained a man. The VSB did not name him.');
	const service = found.find(entity => entity.name === 'Security Service')!;
	t.true(service.aliases.includes('VSB'));
	t.is(service.mentions.length, 3);
});

test('an occupation from the longer list opens the sentence as a role', t => {
	const found = entitiesOf('Headmaster Sani Abdullahi, who escaped, said the gunmen came on motorcycles.');
	t.deepEqual(named(found, 'person'), ['Sani Abdullahi']);
});

test('a hyphenated word gives each part\'s initial to the acronym after the name', t => {
	const found = entitiesOf('The Inter-Services Press Relations (ISPR) said the attacker drove a truck into the post.');
	t.deepEqual(named(found, 'organization'), ['Inter-Services Press Relations']);
});

test('more heads let a name go on with "for": "Observatory for Human Rights"', t => {
	const found = entitiesOf('Fighters clashed near Idlib, the Valdorian Observatory for Human Rights said.');
	t.deepEqual(named(found, 'organization'), ['Valdorian Observatory for Human Rights']);
	t.deepEqual(named(found, 'person'), []);
});

test('"and" before a known body\'s word starts a second body', t => {
	const found = entitiesOf('The Popular Defence Forces and Kataib Hezbollah denied involvement.');
	t.deepEqual(named(found, 'organization'), ['Popular Defence Forces', 'Kataib Hezbollah']);
});

test('a cleric\'s form of address comes off the name; "head of the X" makes X a body', t => {
	const found = entitiesOf('Maulana Fazal Karim, head of the Jamiat Ulema-e-Valdor, called for talks.');
	t.deepEqual(named(found, 'person'), ['Fazal Karim']);
	t.deepEqual(named(found, 'organization'), ['Jamiat Ulema-e-Valdor']);
});

test('"a faction of the group, X," names the group; "a spokesman for the agency, X," names a person', t => {
	const found = entitiesOf('A faction of the group, Jamaat-ul-Valdor, carried out a similar attack in 2023. A spokesman for the agency, Ola Vale, said.');
	t.deepEqual(named(found, 'organization'), ['Jamaat-ul-Valdor']);
	t.deepEqual(named(found, 'person'), ['Ola Vale']);
});

test('a name of several unknown words before a regional office is the region', t => {
	const found = entitiesOf('Kestra Pakhtun Chief Minister Ali Amin Durrani announced compensation.');
	t.deepEqual(named(found, 'location'), ['Kestra Pakhtun']);
	t.deepEqual(named(found, 'person'), ['Ali Amin Durrani']);
});

test('what an "X-backed" adjective qualifies is a body; a place before "-based" ends where its hyphen starts', t => {
	const found = entitiesOf('The Kremlin-controlled Valgaz said gas flows were stable. Human Rights Watch and Paris-based Reporters Without Borders condemned the killing.');
	t.deepEqual(named(found, 'organization'), ['Kremlin', 'Valgaz', 'Human Rights Watch', 'Reporters Without Borders']);
	t.deepEqual(named(found, 'location'), ['Paris']);
	t.deepEqual(named(found, 'person'), []);
});

test('a known place opening the sentence keeps its first word', t => {
	const found = entitiesOf('New York-based Human Rights Watch said the trial was unfair.');
	t.deepEqual(named(found, 'location'), ['New York']);
});

test('a speaker that is an "it" ("said on Monday it would appeal", "said its staff") is a body; "it would be" is no cue', t => {
	const found = entitiesOf('Brennvik Lindqvist said on Monday it would appeal. Harbour Lindqvist said its staff were safe. Kari Dahlberg said it would be hard.');
	t.deepEqual(named(found, 'organization'), ['Brennvik Lindqvist', 'Harbour Lindqvist']);
	t.deepEqual(named(found, 'person'), ['Kari Dahlberg']);
});

test('an appositive closed by a relative clause still says what the name is', t => {
	const found = entitiesOf('Prosecutors opened a case against Gradnja Sever, the company that last repaired the bridge.');
	t.deepEqual(named(found, 'organization'), ['Gradnja Sever']);
	t.deepEqual(found[0]!.descriptions, ['the company']);
});

test('a name of several words that owns, runs or charters a thing is a body, unless it looks like a person\'s', t => {
	const found = entitiesOf('The boat was owned by Sundal Aquatics and chartered by Fjordwide Diving Adventures. The pier is managed by Kari Nordmann.');
	t.deepEqual(named(found, 'organization'), ['Sundal Aquatics', 'Fjordwide Diving Adventures']);
});

test('a one-word name that is also a common or title word is a body when its appositive says so', t => {
	const found = entitiesOf('Emergency, an Italian aid group that runs a hospital in the city, said it had treated 27 of the wounded.');
	t.deepEqual(found.filter(entity => entity.type === 'organization').map(entity => entity.name), ['Emergency']);
});
