// A bare "one" that opens its own clause after "and", beside a count of the same sentence, is one person.
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

test('"and one remained missing" beside a count is one missing person', t => {
	const story = 'Six climbers were injured, three of them badly, and one remained unaccounted for, the park service said.';
	t.is(summaryTotal(story, 'missing'), 'exact 1');
	t.is(summaryTotal(story, 'wounded'), 'exact 6');
	t.is(summaryTotal('Four fishermen were rescued and one died in hospital.', 'killed'), 'exact 1');
});

test('a bare "one" with no count beside it, or not opening a clause, is no person', t => {
	t.is(summaryTotal('The ministry said one remained unaccounted for.', 'missing'), null);
	t.is(summaryTotal('Four fishermen were rescued, and one of the boats was still missing.', 'missing'), null);
});
