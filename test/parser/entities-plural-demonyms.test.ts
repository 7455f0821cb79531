// Peoples named in the plural when their demonym has two words or is not in the country data:
// "six South Koreans", "two Saudi Arabians" are nationalities, not places or bodies. Stories written for the test.
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

test('plural demonyms of two words are nationalities', t => {
	const found = entitiesOf('The crew of the trawler included six South Koreans and five Indonesian workers. Two Saudi Arabians were among the passengers, and four North Koreans were later detained.');
	t.deepEqual(named(found, 'nationality'), ['South Korean', 'Indonesian', 'Saudi Arabian', 'North Korean']);
	t.deepEqual(named(found, 'location'), []);
	t.deepEqual(named(found, 'organization'), []);
});

test('a plural that is a place stays a place', t => {
	const found = entitiesOf('Floods hit northern Laos on Monday, officials in Vientiane said.');
	t.deepEqual(named(found, 'location'), ['Laos', 'Vientiane']);
});
