// Headlines tell what happened in the present tense: "Police arrest 30", "Gunmen kidnap 20 passengers", "Kidnappers
// free 52 of 87 students". The present and base forms take their count as an object like the past forms, but not
// after "to" (an aim: "trying to rescue 12 miners").
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

const body = '\n\nLONDON (Reuters) - It happened on Monday, officials said.';

test('present-tense verbs of a headline take their count as an object', t => {
	t.is(summaryTotal(`Police arrest 30 after clashes in capital${body}`, 'arrested'), 'exact 30');
	t.is(summaryTotal(`Police detain 45 protesters${body}`, 'arrested'), 'exact 45');
	t.is(summaryTotal(`Gunmen kidnap 20 passengers in Nigeria${body}`, 'hostages'), 'exact 20');
	t.is(summaryTotal(`Gunmen abduct 30 villagers in Zamfara${body}`, 'hostages'), 'exact 30');
	t.is(summaryTotal(`Troops rescue 14 hostages in Mali raid${body}`, 'rescued'), 'exact 14');
	t.is(summaryTotal(`Court sentences 12 activists to prison${body}`, 'sentenced'), 'exact 12');
	t.is(summaryTotal(`Kidnappers free 52 of 87 students${body}`, 'rescued'), 'exact 52');
	t.is(summaryTotal(`Gunmen free 50 inmates in jail attack${body}`, 'escaped'), 'exact 50');
});

test('people forced "from homes" without a pronoun are displaced', t => {
	t.is(summaryTotal(`Floods force 10,000 from homes in Kenya${body}`, 'displaced'), 'exact 10000');
});

test('an aim after "to" is not a count of what happened', t => {
	t.is(summaryTotal('LONDON (Reuters) - Rescuers were trying to rescue 12 miners trapped underground on Monday.', 'rescued'), null);
	t.is(summaryTotal('LONDON (Reuters) - Police moved to arrest 30 people on Monday, officials said.', 'arrested'), null);
});
