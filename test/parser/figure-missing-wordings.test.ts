// People "not found" yet are missing.
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

test('people who have not been found are missing', t => {
	t.is(summaryTotal('Four fishermen have not been found, the coast guard said.', 'missing'), 'exact 4');
	t.is(summaryTotal('Nine passengers had still not been found by Monday evening.', 'missing'), 'exact 9');
});

test('people found are not missing', t => {
	t.is(summaryTotal('Four fishermen have been found alive, the coast guard said.', 'missing'), null);
});
