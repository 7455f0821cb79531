// Bodies that wire copy names bare, with no body word to give them away: agencies of East Asia, Turkey,
// Ukraine and Russia, and armed groups of Iraq and Ethiopia. Short stories written for the test.
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

test('news agencies named bare are bodies', t => {
	const found = entitiesOf('Kyodo said three people died. Anadolu reported the strike, citing KCNA. Ukrinform said the drones were shot down.');
	t.deepEqual(named(found, 'organization'), ['Kyodo', 'Anadolu Agency', 'Korean Central News Agency', 'Ukrinform']);
});

test('the British spelling and the Arabic name of the Popular Mobilization Forces are one body', t => {
	const found = entitiesOf('Fighters of the Popular Mobilisation Forces, known as Hashd al-Shaabi, were deployed to the border.');
	t.deepEqual(named(found, 'organization'), ['Popular Mobilization Forces']);
	t.deepEqual(named(found, 'person'), []);
});
