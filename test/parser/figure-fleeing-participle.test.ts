// ", fleeing …" after a count of people on the move: they left their homes, displaced (prisoners are still escapees).
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

test('people who moved somewhere, fleeing something, are displaced', t => {
	t.is(summaryTotal('More than 3,000 people have crossed into Niger since Sunday, fleeing attacks by armed groups, the UN said.', 'displaced'), 'more than 3000');
	t.is(summaryTotal('Some 1,500 villagers arrived in the provincial capital on Sunday, fleeing the fighting, officials said.', 'displaced'), 'about 1500');
});

test('prisoners fleeing are not displaced', t => {
	t.is(summaryTotal('Twelve inmates scaled the wall of the jail on Sunday, fleeing into the forest, police said.', 'displaced'), null);
});
