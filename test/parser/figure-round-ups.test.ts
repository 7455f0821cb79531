// People "rounded up" by police or troops are arrested, active or passive.
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

test('people rounded up are arrested', t => {
	t.is(summaryTotal('Police rounded up at least 120 people after the march on Friday, a rights group said.', 'arrested'), 'at least 120');
	t.is(summaryTotal('More than 60 protesters were rounded up near the palace, witnesses said.', 'arrested'), 'more than 60');
	t.is(summaryTotal('Troops round up dozens in border town raid', 'arrested'), 'at least 24');
});

test('other things rounded up are not arrests', t => {
	t.is(summaryTotal('The figure was rounded up to 300 people in the final report.', 'arrested'), null);
});
