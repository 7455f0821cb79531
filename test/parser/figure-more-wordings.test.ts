// Other wordings of arrests, rescues and sentences: "in police custody", "plucked from the sea", "received jail terms".
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

test('people in police custody are arrested', t => {
	t.is(summaryTotal('LONDON (Reuters) - Forty people were in police custody on Tuesday.', 'arrested'), 'exact 40');
});

test('people plucked from the water are rescued', t => {
	t.is(summaryTotal('LONDON (Reuters) - Eleven crew members were plucked from the sea on Monday.', 'rescued'), 'exact 11');
	t.is(summaryTotal('LONDON (Reuters) - A helicopter plucked 9 people from rooftops.', 'rescued'), 'exact 9');
});

test('people who received or were handed prison terms are sentenced', t => {
	t.is(summaryTotal('LONDON (Reuters) - Seven defendants received jail terms of up to 10 years.', 'sentenced'), 'exact 7');
	t.is(summaryTotal('LONDON (Reuters) - Twelve activists were handed prison sentences on Monday.', 'sentenced'), 'exact 12');
});
