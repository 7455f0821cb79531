// "bringing the number of arrests since the protests began to 410": a running total since a past start is the
// protest movement's tally, not the story's own arrests.
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

test('a running total since protests began is background; the day\'s arrests are the story\'s', t => {
	t.is(summaryTotal('MINSK (Reuters) - Police detained 23 protesters in the capital on Sunday, bringing the number of arrests since the demonstrations began to 410, a rights group said.', 'arrested'), 'exact 23');
});

test('a toll brought up within the story\'s own event still counts', t => {
	t.is(summaryTotal('MINSK (Reuters) - Police detained 23 protesters in the capital on Sunday and 12 more on Monday, bringing the number of arrests since the protests began on Sunday to 35.', 'arrested'), 'exact 35');
});
