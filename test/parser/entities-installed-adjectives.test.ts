// "a Moscow-installed official": the place before "-installed", "-imposed", "-nominated" is named, and the
// hyphenated adjective is no place of its own. Short stories written for the test.
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

test('"X-installed" and "X-imposed" name X, not a place "X-installed"', t => {
	const found = entitiesOf('In the occupied south, Moscow-installed official Pavel Ostrov said two people were wounded. A Tehran-imposed governor took office in the province.');
	t.deepEqual(named(found, 'location'), ['Moscow', 'Tehran']);
	t.deepEqual(named(found, 'person'), ['Pavel Ostrov']);
});
