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

test('people moved to safer ground or shelters, relocated or airlifted out are evacuated', t => {
	t.is(summaryTotal('About 12,000 people were moved to safer ground before the storm made landfall.', 'evacuated'), 'about 12000');
	t.is(summaryTotal('Some 4,000 villagers were moved to shelters on Saturday, officials said.', 'evacuated'), 'about 4000');
	t.is(summaryTotal('Nearly 500 tourists were airlifted out of the valley on Sunday.', 'evacuated'), 'about 500');
	t.is(summaryTotal('More than 900 residents were relocated as the river rose.', 'evacuated'), 'more than 900');
});

test('an order to leave with its count as the object is an evacuation', t => {
	t.is(summaryTotal('Officials ordered 3,000 residents to leave their homes as the fire approached.', 'evacuated'), 'exact 3000');
});

test('people moved or airlifted to hospital are not evacuated', t => {
	t.is(summaryTotal('Six people were airlifted to hospital after the crash.', 'evacuated'), null);
	t.is(summaryTotal('Six people were moved to a hospital in the capital.', 'evacuated'), null);
});

test('people in evacuation centres, or evacuations ordered for a count, are evacuated', t => {
	t.is(summaryTotal('About 20,000 people were in evacuation centres on Monday.', 'evacuated'), 'about 20000');
	t.is(summaryTotal('Evacuations were ordered for 15,000 people in low-lying areas.', 'evacuated'), 'exact 15000');
	t.is(summaryTotal('Evacuation orders were issued for 4,500 residents on Sunday.', 'evacuated'), 'exact 4500');
	t.is(summaryTotal('The evacuation plan was drawn up for 300 families years ago, officials said.', 'evacuated'), null);
});
