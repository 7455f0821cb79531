// Arrests given as a list of roles rather than a number: "detained the plant's manager, Ivo Marek, and two shift
// supervisors" is 3 (1 + 2), "ordered the detention of the bus driver, his assistant and a conductor" is 3; a name in
// commas after a role is who that role is, not one more person.
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

test('a role, a name in commas and a counted group of roles are one plus the group', t => {
	t.is(summaryTotal('Prosecutors detained the plant\'s manager, Ivo Marek, and two shift supervisors, the agency said.', 'arrested'), 'exact 3');
	t.is(summaryTotal('Police arrested the factory\'s owner, Li Wen, and three engineers on Friday.', 'arrested'), 'exact 4');
});

test('"the detention of" a list of roles counts each role once', t => {
	t.is(summaryTotal('A court ordered the detention of the bus driver, his assistant and a conductor pending an inquiry.', 'arrested'), 'exact 3');
	t.is(summaryTotal('Police detained the ferry\'s captain, Omar Said, and his deputy after the sinking.', 'arrested'), 'exact 2');
});

test('a role with a modifier and a list closing on a counted group add up', t => {
	t.is(summaryTotal('Police arrested the bus driver and two of his assistants on Monday.', 'arrested'), 'exact 3');
	t.is(summaryTotal('Investigators detained the company\'s chief executive and two managers, the committee said.', 'arrested'), 'exact 3');
	t.is(summaryTotal('Police arrested the owner, his son and three employees after the fire.', 'arrested'), 'exact 5');
});
