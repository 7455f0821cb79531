// One wounded or dead person written without a number: the wording of wire stories
// ("a policeman was shot and wounded", "wounding a guard", "was stabbed in the neck"),
// negated subjects ("Nobody was killed"), and a named victim wounded then dead counted once.
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

test('an injury verb with a person as its object counts one wounded', t => {
	t.is(summaryTotal('The gunmen killed two inmates and wounded a policeman.', 'wounded'), 'exact 1');
	t.is(summaryTotal('Gunmen opened fire on the convoy, wounding a policeman.', 'wounded'), 'exact 1');
	t.is(summaryTotal('The blast injured the driver and his son.', 'wounded'), 'exact 2');
	// "the wounded man" is an adjective, not a verb with an object: no second person.
	t.is(summaryTotal('A guard was wounded. The wounded man was taken to hospital.', 'wounded'), 'exact 1');
});

test('"shot and wounded", "shot in the leg" and "stabbed" are injuries; "stabbed to death" and "shot dead" are deaths', t => {
	t.is(summaryTotal('A warder was shot and wounded during the escape.', 'wounded'), 'exact 1');
	t.is(summaryTotal('A police officer was shot in the leg.', 'wounded'), 'exact 1');
	t.is(summaryTotal('The inmate was stabbed in the neck while in prison.', 'wounded'), 'exact 1');
	t.is(summaryTotal('A man was stabbed to death outside a bar.', 'killed'), 'exact 1');
	t.is(summaryTotal('A man was stabbed to death outside a bar.', 'wounded'), null);
	t.is(summaryTotal('The suspect was shot dead by police.', 'killed'), 'exact 1');
	t.is(summaryTotal('The suspect was shot dead by police.', 'wounded'), null);
	t.is(summaryTotal('A guard was shot and killed on Monday.', 'killed'), 'exact 1');
	// A shot to the head may be either: no guess.
	t.is(summaryTotal('A guard was shot in the head.', 'wounded'), null);
});

test('the singular of a plural people noun is one person', t => {
	t.is(summaryTotal('A rescuer died and two firefighters were injured while fighting the blaze.', 'killed'), 'exact 1');
	t.is(summaryTotal('A rescuer died and two firefighters were injured while fighting the blaze.', 'wounded'), 'exact 2');
});

test('a negated subject names no victim', t => {
	t.is(summaryTotal('A train derailed on Wednesday. Nobody was killed.', 'killed'), null);
	t.is(summaryTotal('A train derailed on Wednesday. No one was hurt, the operator said.', 'wounded'), null);
	t.is(summaryTotal('A bus overturned. None was injured.', 'wounded'), null);
});

test('a named victim stabbed and later dead is one death, not also an injury', t => {
	const story = 'Anna Novak, the city\'s mayor, was stabbed on stage on Sunday night. A man has been arrested.\n\nNovak died in hospital on Monday.';
	t.is(summaryTotal(story, 'killed'), 'exact 1');
	t.is(summaryTotal(story, 'wounded'), null);
});

test('a described victim stabbed and then "he died" is one death', t => {
	const story = 'A guard was stabbed by an inmate on Sunday. He died in hospital the next day.';
	t.is(summaryTotal(story, 'killed'), 'exact 1');
	t.is(summaryTotal(story, 'wounded'), null);
	// Two different people: a guard killed and a policeman wounded.
	t.is(summaryTotal('A guard was killed and a policeman was wounded.', 'wounded'), 'exact 1');
});
