// People forced "out of their homes" or left "without homes/shelter" are displaced.
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

test('people forced out of their homes or left without homes are displaced', t => {
	t.is(summaryTotal('LAGOS (Reuters) - About 7,000 people have been forced out of their homes.', 'displaced'), 'about 7000');
	t.is(summaryTotal('LAGOS (Reuters) - The storm left 2,000 people without homes.', 'displaced'), 'exact 2000');
	t.is(summaryTotal('LAGOS (Reuters) - The quake left more than 900 people without shelter.', 'displaced'), 'more than 900');
});

test('people who went out of their homes to watch are not displaced', t => {
	t.is(summaryTotal('LAGOS (Reuters) - About 300 people came out of their homes to watch.', 'displaced'), null);
});
