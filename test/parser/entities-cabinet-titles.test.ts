// "Cabinet" inside an office's name ("Interior Cabinet Secretary", "Chief Cabinet Secretary") is no body
// named before the title. Short stories written for the test.
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

test('"Cabinet Secretary" titles name a person and no body', t => {
	const found = entitiesOf('Interior Cabinet Secretary Joseph Kamau said police had arrested six people. Chief Cabinet Secretary Kenji Mori said the quake killed 12.');
	t.deepEqual(named(found, 'person'), ['Joseph Kamau', 'Kenji Mori']);
	t.deepEqual(named(found, 'organization'), []);
});

test('a body before a title is still a body', t => {
	const found = entitiesOf('Ontario Provincial Police Constable Mark Lee said two people were hurt.');
	t.deepEqual(named(found, 'organization'), ['Ontario Provincial Police']);
});
