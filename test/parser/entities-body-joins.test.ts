// Where a body's name goes on or stops: across "for" after "Cooperative", into an adjective written small in its
// own language, into a known body's lower-case words only as far as that name goes, and not across "and" from
// a lone head to a known place's body. Stories written for the test.
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

test('a cooperative named for its aim, and a foreign body\'s small adjective, are one name', t => {
	const found = entitiesOf('The mayor blamed the Cooperative for the Development of Velkia, a militia. The prisoners escaped, the Gendarmerie nationale said in a statement.');
	t.deepEqual(named(found, 'organization'), ['Cooperative for the Development of Velkia', 'Gendarmerie nationale']);
	t.deepEqual(named(found, 'person'), []);
});

test('a known body\'s lower-case words join only into that name', t => {
	const found = entitiesOf('Some 8 million people are stranded, the UN children\'s agency UNICEF said on Monday.');
	t.deepEqual(named(found, 'organization'), ['United Nations', 'UNICEF']);
});

test('a lone head, "and", then a known place\'s body are two bodies', t => {
	const found = entitiesOf('Rescuers said Army and Bangladesh Navy boats were ferrying families.');
	// A head alone ("Army") is no name of its own.
	t.deepEqual(named(found, 'organization'), ['Bangladesh Navy']);
});

test('"People\'s" and "Workers\'" go on into a body\'s name; a "-majority" adjective is no place', t => {
	const found = entitiesOf('A spokesperson for the local People\'s Defense Force said 30 were wounded. The Workers\' Solidarity Front called a strike in the Muslim-majority region.');
	t.deepEqual(named(found, 'organization'), ['People\'s Defense Force', 'Workers\' Solidarity Front']);
	t.deepEqual(named(found, 'location'), []);
});

test('a police force named for its country goes on across "of" and takes the short name after it', t => {
	const found = entitiesOf('Officers of the Investigations Police of Chile, or PDI, took part. The National Police of Colombia said two officers died. PDI agents seized rifles.');
	t.deepEqual(found.filter(entity => entity.type === 'organization').map(entity => [entity.name, ...entity.aliases]), [['Investigations Police of Chile', 'PDI'], ['National Police of Colombia']]);
});
