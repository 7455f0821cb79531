// Short names a story gives a body once in full: "known as IS-K" (an acronym with a hyphen), "known by its
// Spanish initials CRIC", and a branch named "<body> group in <place>, known as X", which is one body.
// Short stories written for the test.
import test from 'ava';
import {entitiesOf} from '../helpers/entity-stories.js';

const bodies = (text: string) => entitiesOf(text).filter(entity => entity.type === 'organization').map(entity => [entity.name, ...entity.aliases]);

test('"known as" an acronym with a hyphen, and "known by its initials"', t => {
	t.deepEqual(bodies('The Tarsen Liberation Front, known as TLF-R, claimed the attack. The Regional Council of Velka Farmers, known by its Spanish initials CRVA, said 40 leaders had been killed. CRVA asked for help.'), [
		['Tarsen Liberation Front', 'TLF-R'],
		['Regional Council of Velka Farmers', 'CRVA'],
	]);
});

test('a body\'s branch in a place, given a short name, is one body', t => {
	const found = entitiesOf('The Islamic State group in Khorasan Province, known as IS-K, claimed the bombing in Kabul.');
	const body = found.find(entity => entity.type === 'organization');
	t.is(body?.name, 'Islamic State group in Khorasan Province');
	t.deepEqual(body?.aliases, ['IS-K']);
	t.deepEqual(found.filter(entity => entity.type === 'location').map(entity => entity.name), ['Kabul']);
});
