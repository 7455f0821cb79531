// "as" right before a count opens a clause of its own ("Hundreds evacuated as two hikers missing"): the verb before
// it has its own object, and the count after it takes the kind its own clause gives it.
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

test('a count after "as" is not the object of the verb before it', t => {
	const story = 'Hundreds evacuated as two hikers missing after Alpine landslide\n\nGENEVA (Reuters) - A landslide hit a Swiss valley on Monday, police said.';
	t.is(summaryTotal(story, 'evacuated'), 'at least 200');
	t.is(summaryTotal(story, 'missing'), 'exact 2');
	t.is(summaryTotal('Rescuers evacuated 40 residents as three others remained trapped, police said.', 'evacuated'), 'exact 40');
});

test('"as many as" is still a qualifier of the verb\'s object', t => {
	t.is(summaryTotal('The fire killed as many as 12 people on Monday, officials said.', 'killed'), 'up to 12');
});
