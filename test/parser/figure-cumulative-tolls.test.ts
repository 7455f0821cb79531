// Background and cumulative tolls kept out of the story's own totals: a count "since May", "from March", "this
// year", or said in a month without a day ("the ministry said in April that …": a statement made weeks before). A
// month alone is no cue: in a kidnapping story the abduction months ago is part of the incident.
import test from 'ava';
import {parseStory} from '../../source/parser/index.js';
import {summaryTotal} from '../helpers/figure-stories.js';

test('a toll counted since a month, from a month or this year is another event', t => {
	t.is(summaryTotal('A landslide buried a village on Tuesday, killing 12 people, officials said. Landslides have killed 140 people in the province since May.', 'killed'), 'exact 12');
	t.is(summaryTotal('Gunmen killed four police officers on Sunday. From March, attacks on police have killed 56 officers, the ministry said.', 'killed'), 'exact 4');
	t.is(summaryTotal('A measles outbreak has killed nine children in the town this week, doctors said. The disease has killed 310 children this year.', 'killed'), 'exact 9');
});

test('a count said in a month without a day is another event; a date with a day is not', t => {
	t.is(summaryTotal('Cholera has killed 41 people in the camp, the charity said on Friday. The ministry said in March that 70 people had died in the capital.', 'killed'), 'exact 41');
	t.is(summaryTotal('Gunmen seized 14 workers on Jan. 14, killing two soldiers of their escort.', 'killed'), 'exact 2');
	t.is(summaryTotal('Gunmen killed two soldiers and seized 14 workers in January. Nine of the workers were freed on Monday.', 'killed'), 'exact 2');
});

test('a war\'s toll to date and a region\'s count to date are other events', t => {
	const story = 'Cholera has killed 52 people in the camp this week, the charity said on Friday.\n\nThe conflict has killed tens of thousands of people and displaced about 9 million.';
	t.is(summaryTotal(story, 'killed'), 'exact 52');
	t.is(summaryTotal(story, 'displaced'), null);
	const region = 'Rebels burned a village on Tuesday, and more than 4,000 people fled to a nearby town, officials said.\n\nMore than 2 million people have been displaced in the province, the U.N. says.';
	t.is(summaryTotal(region, 'displaced'), 'more than 4000');
});

test('the people a place shelters are no count of the story\'s event', t => {
	const story = 'An outbreak of measles has killed 30 children in a town sheltering 150,000 people displaced by fighting, doctors said.';
	t.is(summaryTotal(story, 'killed'), 'exact 30');
	t.is(summaryTotal(story, 'displaced'), null);
	t.is(summaryTotal('Fire swept through a camp home to 40,000 refugees on Monday, killing nine people.', 'displaced'), null);
	t.is(summaryTotal('Fire swept through a camp home to 40,000 refugees on Monday, killing nine people.', 'killed'), 'exact 9');
});

test('hostages taken in an earlier abduction are another event, whatever holds them now', t => {
	const story = 'Gunmen abducted 20 passengers from a bus on Monday, police said. Twelve aid workers abducted last year are still held by the group.';
	t.is(summaryTotal(story, 'hostages'), 'exact 20');
	// Freed today, taken months ago: the release is the story's own event.
	t.is(summaryTotal('Nine aid workers kidnapped five months ago were freed on Tuesday.', 'rescued'), 'exact 9');
});

test('a count over the past months and a country\'s displaced to date are other events', t => {
	t.is(summaryTotal('A bomb killed four people at a bus stop on Monday. Attacks have killed 700 people over the past 12 months.', 'killed'), 'exact 4');
	t.is(summaryTotal('Gunmen burned 30 homes on Sunday, forcing 800 villagers to flee. About 2 million people remain displaced in the country, the U.N. says.', 'displaced'), 'exact 800');
});

test('"one of the bloodiest nights this year" compares the incident with the year: its count stays the story\'s', t => {
	const story = 'Gunmen fought soldiers in the city late Sunday, leaving at least 15 people dead in one of the bloodiest nights in the capital this year, officials said.';
	t.true(parseStory(story).figures[0].mainEvent);
});
