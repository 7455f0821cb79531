// A people's word names a language when an acronym or a name in that language follows it ("its Spanish acronym"),
// or when a naming verb puts it after "in" ("known in French as"); and the demonyms the country data lacks.
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

test('a language\'s name is no people', t => {
	const found = entitiesOf('The Civil Protection Agency, known by its Spanish acronym Cepral, said the road was closed. The Safety Board, known in French as the Bureau de la sécurité, sent investigators. A Portuguese-language daily said the toll was rising, and the French name of the group means "brothers".');
	t.deepEqual(named(found, 'nationality'), []);
});

test('the people of a name beside a language stays a people', t => {
	const found = entitiesOf('Two Spanish tourists and a French pilot were among the dead, and the rescuers spoke to them in Spanish.');
	t.deepEqual(named(found, 'nationality'), ['Spanish', 'French']);
});

test('a people\'s name before a hyphenated adjective is the people', t => {
	const found = entitiesOf('Fighters from a Ugandan-rooted militia attacked the village, police said.');
	t.deepEqual(named(found, 'nationality'), ['Ugandan']);
	t.deepEqual(named(found, 'organization'), []);
});

test('demonyms the country data spells otherwise or lacks', t => {
	const found = entitiesOf('Two Comorian nationals and three Djiboutian fishermen were rescued by an Ecuadorian crew, with a Slovenian doctor aboard.');
	t.deepEqual(named(found, 'nationality'), ['Comorian', 'Djiboutian', 'Ecuadorian', 'Slovenian']);
	t.deepEqual(named(found, 'location'), []);
});
