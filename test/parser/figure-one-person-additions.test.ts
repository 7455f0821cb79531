// One dead person written without a number in a later sentence, beside a written count of the dead: "also",
// "another", "a further" and "too" say the person is on top of the count ("Two soldiers were killed. A civilian
// was also killed." is 3); without such a word the person may be one of those counted and adds nothing ("Two
// soldiers were killed, among them Sgt. X. X was buried Sunday." stays 2).
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

test('"also", "too", "another" and "a further" add a one-person death to a written count', t => {
	t.is(summaryTotal('Two soldiers were killed when the convoy was ambushed. A civilian was also killed, the army said.', 'killed'), 'exact 3');
	t.is(summaryTotal('Two soldiers were killed when the convoy was ambushed. A passing farmer also died in the crossfire.', 'killed'), 'exact 3');
	t.is(summaryTotal('Three guards died in the riot. Another inmate died in hospital on Tuesday.', 'killed'), 'exact 4');
	t.is(summaryTotal('Three guards died in the riot. A further inmate died in hospital on Tuesday.', 'killed'), 'exact 4');
	t.is(summaryTotal('At least four miners were killed in the blast. A rescuer was killed too, the company said.', 'killed'), 'at least 5');
});

test('a one-person death without an addition word adds nothing to a written count', t => {
	t.is(summaryTotal('Two soldiers were killed in the ambush, among them Sgt. Omar Haddad. Haddad was shot dead as he left his vehicle.', 'killed'), 'exact 2');
	t.is(summaryTotal('Two soldiers were killed in the ambush. A soldier died as he tried to help a comrade.', 'killed'), 'exact 2');
});

test('one person named twice is added once', t => {
	t.is(summaryTotal('Two soldiers were killed in the ambush. Their interpreter, Karim Nasser, was also killed. Nasser had also died, his family said.', 'killed'), 'exact 3');
});

test('"also" beside a toll of people in general may be one of them: added only with "another" or "a further"', t => {
	t.is(summaryTotal('At least 12 people were killed in the fire. The building\'s owner was also killed.', 'killed'), 'at least 12');
	t.is(summaryTotal('At least 12 people were killed in the fire. Another person died in hospital on Sunday.', 'killed'), 'at least 13');
});

test('"also killed" with its people after the verb adds them', t => {
	t.is(summaryTotal('Militants killed 12 soldiers, the army said. The attackers also killed a village chief, Abu Musa, and his son.', 'killed'), 'exact 14');
});
