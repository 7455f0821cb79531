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

test('people not located, yet to be found, out of contact or still searched for are missing', t => {
	t.is(summaryTotal('Nine people could not be located after the storm, officials said.', 'missing'), 'exact 9');
	t.is(summaryTotal('Six people have yet to be found, police said.', 'missing'), 'exact 6');
	t.is(summaryTotal('Rescuers lost contact with 12 fishermen on Sunday.', 'missing'), 'exact 12');
	t.is(summaryTotal('The search continued for 18 people on Tuesday.', 'missing'), 'exact 18');
});
