// "The flooding has affected 1.2 million people and displaced 80,000": a verb after "and" with a count of its own as
// object is that count's, not the predicate of the count before it.
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

test('a verb with its own counted object after "and" does not give its kind to the count before', t => {
	t.is(summaryTotal('MANILA (Reuters) - The flooding has affected 1.2 million people and displaced 80,000.', 'displaced'), 'exact 80000');
	t.is(summaryTotal('MANILA (Reuters) - The storm hit 40 villages and 300,000 people and displaced more than 9,000.', 'displaced'), 'more than 9000');
});

test('a verb after "and" without its own count is still the predicate', t => {
	t.is(summaryTotal('MANILA (Reuters) - About 3,000 people lost their homes and were displaced by the floods.', 'displaced'), 'about 3000');
});
