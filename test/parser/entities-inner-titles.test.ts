// "Sheikh" inside a Somali or Arabic name: after a title and a given name it is part of the name, not a
// second title. Short stories written for the test.
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

test('"Sheikh" after a title and a given name stays in the name', t => {
	const found = entitiesOf('President Abdi Sheikh Warsame condemned the bombing. Warsame visited the wounded in hospital.');
	t.deepEqual(named(found, 'person'), ['Abdi Sheikh Warsame']);
});

test('"Sheikh" right after a title or opening the name is still a title', t => {
	const found = entitiesOf('Emir Sheikh Khalid Nasser met the envoy. Sheikh Jabir Saleh, a tribal leader, said two of his relatives were killed.');
	t.deepEqual(named(found, 'person'), ['Khalid Nasser', 'Jabir Saleh']);
});
