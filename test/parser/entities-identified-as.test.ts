// Who is "identified as" or "named as" a name is a person, even a name with no first name the gazetteer knows.
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

test('"identified … as X" and "named … as X" make X a person', t => {
	const story = entitiesOf([
		'Prosecutors identified one of the escaped inmates as Teodrin Valsar Okume, a gang leader.',
		'Police named the dead driver as Ilvar Brannoch.',
	].join('\n\n'));
	const people = named(story, 'person');
	t.true(people.includes('Teodrin Valsar Okume'));
	t.true(people.includes('Ilvar Brannoch'));
});
