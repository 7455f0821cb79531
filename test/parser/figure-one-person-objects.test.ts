// One person as the object of an active verb, told without a number: "shooting dead a security guard" (a role of two
// words), "arrested a 58-year-old man" (an age before the noun), "the developer of the building, a man in his 50s".
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

test('"shooting dead" a person of a two-word role is one killed', t => {
	t.is(summaryTotal('Gunmen stormed the school before dawn, shooting dead a security guard, police said.', 'killed'), 'exact 1');
	t.is(summaryTotal('The attackers shot dead a night watchman and fled.', 'killed'), 'exact 1');
});

test('an age before the noun does not hide the person arrested', t => {
	t.is(summaryTotal('Police said they had arrested a 58-year-old man on suspicion of starting the fire.', 'arrested'), 'exact 1');
});

test('a decade after the noun ("a man in his 40s") is an age, not a count', t => {
	t.is(summaryTotal('A man in his 40s was detained after the attack, police said.', 'arrested'), 'exact 1');
	t.is(summaryTotal('Police detained a woman in her 30s and a man in his 40s on Sunday.', 'arrested'), 'exact 2');
});

test('a role named by its shape is one person arrested, with the age in an aside', t => {
	t.is(summaryTotal('Police arrested the developer of the building, a man in his 50s, on Tuesday.', 'arrested'), 'exact 1');
	t.is(summaryTotal('Police arrested the order of the day.', 'arrested'), null);
});
