// Evacuations told without the word "evacuated": people "ordered to leave" by the authorities, and the base verb
// ("forcing officials to evacuate 6,000 people").
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

test('people ordered or told to leave are evacuated', t => {
	t.is(summaryTotal('About 2,400 residents of four hamlets were ordered to leave as the river rose, officials said.', 'evacuated'), 'about 2400');
	t.is(summaryTotal('Some 800 people living near the plant were told to leave their homes on Sunday.', 'evacuated'), 'about 800');
});

test('the base verb "evacuate" takes its count as an object', t => {
	t.is(summaryTotal('The eruption forced the authorities to evacuate more than 5,000 people from the slopes.', 'evacuated'), 'more than 5000');
	t.is(summaryTotal('Officials began to evacuate 300 patients from the hospital on Monday.', 'evacuated'), 'exact 300');
});

test('people who choose to leave are not counted as evacuated', t => {
	t.is(summaryTotal('About 40 families decided to leave the village after the storm, a resident said.', 'evacuated'), null);
});
