// Deaths written without a number beside a written count that cannot hold them: "a tenth hostage died in
// captivity" is one more death, whatever else the sentence counts; and where the only written deaths are the
// attackers' ("three kidnappers were killed"), the victims named or described one by one ("a hostage was found
// dead", "the driver was shot dead") are added to them, each person once.
import test from 'ava';
import {parseStory} from '../../source/parser/index.js';
import {summaryTotal} from '../helpers/figure-stories.js';

test('"a tenth hostage died" is one more death, not a count of hostages', t => {
	const story = 'The rebels freed nine foreign engineers on Monday, but a tenth Italian hostage died in captivity, the embassy said. Two soldiers were killed when the rebels ambushed the convoy on Friday.';
	t.is(summaryTotal(story, 'killed'), 'exact 3');
	t.is(summaryTotal(story, 'hostages'), null);
	t.is(summaryTotal('Two guards were killed in the riot. A third guard died in hospital on Tuesday.', 'killed'), 'exact 3');
});

test('victims counted one by one are added to a written count of attackers killed', t => {
	const story = 'Troops killed three kidnappers in a raid on Saturday, police said. The driver was shot dead when the gang stopped the van on Thursday.\n\nA hostage, Omar Khalid, was found dead near the hideout on Wednesday.';
	t.is(summaryTotal(story, 'killed'), 'exact 5');
	// An attacker told one by one is one of the attackers counted.
	t.is(summaryTotal('Police killed three gunmen at the bank on Friday. The gunman who led them was shot dead in the vault.', 'killed'), 'exact 3');
	// A victim named twice is one person.
	t.is(summaryTotal('Police killed two robbers at the bank on Friday. A guard, Ivan Petrov, was shot dead. Petrov died before help arrived.', 'killed'), 'exact 3');
});

test('abductors told twice by two sources are one group; the victim is added once', t => {
	const story = 'Troops killed three abductors in a raid on Saturday, the army said. "Three kidnappers died in the raid," the police chief told reporters.\n\nA hostage was found dead on Wednesday, the police chief said.';
	t.is(summaryTotal(story, 'killed'), 'exact 4');
});

test('a count after "and" with a verb of its own is not the count before it', t => {
	const story = 'The gang freed nine workers on Monday, but a tenth Italian hostage died in captivity and four colleagues remain in the gang\'s hands.';
	t.is(summaryTotal(story, 'killed'), 'exact 1');
});

test('a named attacker told one by one is one of the attackers counted, not a victim', t => {
	t.is(summaryTotal('Police killed three gunmen at the bank on Friday. One of the gunmen, Ali Haddad, was shot dead as he fled.', 'killed'), 'exact 3');
});

test('"and two were from Vietnam" goes on with the share before it', t => {
	const story = parseStory('At least 11 people died in the fire. Nine of the dead were Chinese nationals and two were from Vietnam, the fire chief said.');
	t.is(story.figures.filter(figure => figure.kind === 'killed').length, 3);
	t.is(summaryTotal(story.text, 'killed'), 'at least 11');
});

test('a body found is a death; "the body of a third fisherman" is one more; "shot dead a driver" is active', t => {
	t.is(summaryTotal('The body of a woman was found in the river on Monday, police said.', 'killed'), 'exact 1');
	t.is(summaryTotal('The body of the plane was badly damaged in the crash landing.', 'killed'), null);
	t.is(summaryTotal('Two fishermen drowned when the boat capsized on Monday. The body of a third fisherman was recovered on Tuesday.', 'killed'), 'exact 3');
	t.is(summaryTotal('Gunmen killed two guards at the bank, police said. The gang also shot dead a driver.', 'killed'), 'exact 3');
});
