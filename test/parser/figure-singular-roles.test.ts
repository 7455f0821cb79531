// A digit count before a singular role, as hurried copy writes it ("3 constable", "2 officer", "1 soldier"): still a
// count of people of that role, a group like any other, not a toll of people in general.
import test from 'ava';
import {parseStory} from '../../source/parser/index.js';
import {summaryTotal} from '../helpers/figure-stories.js';

test('"3 constable" is a group of three constables, added to the other groups', t => {
	const story = 'Militants attacked a checkpoint on Monday night, killing 3 constable, police said.\n\nTwo soldiers who came to help were also killed.';
	t.is(summaryTotal(story, 'killed'), 'exact 5');
	t.is(summaryTotal('The blast killed 2 labourer and 1 driver at the quarry.', 'killed'), 'exact 3');
});

test('"two other soldiers" keeps its noun', t => {
	t.is(summaryTotal('Militants killed three police officers. Two other soldiers were wounded.', 'wounded'), 'exact 2');
});

test('a capitalised word after a rough count is no singular role', t => {
	const story = parseStory('Officials said hundreds of American service members had been killed in earlier attacks.');
	t.not(story.figures[0]?.subject, 'American');
});
