import test from 'ava';
import {tokenize} from '../../source/parser/entities/tokens.js';
import {inList, List, listsOf} from '../../source/parser/entities/word-lists.js';
import {entitiesOf, named} from '../helpers/entity-stories.js';

const words = (text: string) => tokenize(text, 0, text.length);

test('inList answers from the word lists, for any of the lists asked', t => {
	const [minister, john, the, on] = words('Minister John the on');
	t.true(inList(minister, List.titleHead));
	t.false(inList(minister, List.firstName));
	t.true(inList(john, List.firstName));
	t.true(inList(john, List.knownName), 'a first name is a known name');
	t.true(inList(minister, List.firstName | List.titleHead));
	t.false(inList(the, List.functionWord), 'the lists are written as the words are: "the" is not "The"');
	t.true(inList(words('The')[0], List.functionWord));
	t.false(inList(on, List.titleHead | List.firstName | List.organizationHead));
	t.false(inList(undefined, List.firstName));
});

test('a word is read written small for the common-word list, as written for the others', t => {
	t.not(listsOf('Trials') & List.commonWhenLowered, 0);
	t.is(listsOf('Brakvik') & List.commonWhenLowered, 0);
});

test('the lists of a token are worked out once and kept on it', t => {
	const [token] = words('Minister');
	t.is(token!.lists, -1);
	inList(token, List.titleHead);
	t.is(token!.lists, listsOf('Minister'));
});

test('first names of Latin America, francophone Africa and the Caucasus open people\'s names', t => {
	// A surname that is also a place ("Lima") makes a name a body's unless its first word is known as a first name.
	const found = entitiesOf('Nine suspects were killed, said the security secretary, Anderson Ribeiro da Costa Lima. Magomed Tsakhaev, a lawyer for one family, told reporters the post had asked for help. Ousmane Kébé Traoré, a fisherman, pulled four people from the water.');
	t.deepEqual(named(found, 'person'), ['Anderson Ribeiro da Costa Lima', 'Magomed Tsakhaev', 'Ousmane Kébé Traoré']);
	t.deepEqual(named(found, 'organization'), []);
});
