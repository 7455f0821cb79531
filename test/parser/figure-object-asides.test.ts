// "Police arrested two men, a father and his son, on Sunday": an aside in commas after a verb's counted object that
// names as many people as the count is who they were, not more people.
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

test('an aside naming as many people as the count is the count told again', t => {
	t.is(summaryTotal('LAGOS (Reuters) - Police arrested two men, a father and his son, on Sunday over the killing.', 'arrested'), 'exact 2');
	t.is(summaryTotal('LAGOS (Reuters) - The blast killed three people, a guard, a nurse and a cook, at the clinic.', 'killed'), 'exact 3');
});

test('a list of more people after the count still adds them', t => {
	t.is(summaryTotal('LAGOS (Reuters) - The blast killed two guards, a nurse and a cook on Monday.', 'killed'), 'exact 4');
	t.is(summaryTotal('LAGOS (Reuters) - Police arrested three men, a woman and a boy, and seized two rifles.', 'arrested'), 'exact 5');
});
