// Background and cumulative tolls kept out of the story's own totals: a count "since May", "from March", "this
// year", or said in a month without a day ("the ministry said in April that …": a statement made weeks before). A
// month alone is no cue: in a kidnapping story the abduction months ago is part of the incident.
import test from 'ava';
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
