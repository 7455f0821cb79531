// One wounded or dead person written without a number: the wording of wire stories
// ("a policeman was shot and wounded", "wounding a guard", "was stabbed in the neck"),
// negated subjects ("Nobody was killed"), and a named victim wounded then dead counted once.
import test from 'ava';
import {parseStory} from '../../source/parser/index.js';

const total = (text: string, kind: 'killed' | 'wounded') => {
	const entry = parseStory(text).summary[kind];
	return entry ? `${entry.qualifier} ${entry.count}` : null;
};

test('an injury verb with a person as its object counts one wounded', t => {
	t.is(total('The gunmen killed two inmates and wounded a policeman.', 'wounded'), 'exact 1');
	t.is(total('Gunmen opened fire on the convoy, wounding a policeman.', 'wounded'), 'exact 1');
	t.is(total('The blast injured the driver and his son.', 'wounded'), 'exact 2');
	// "the wounded man" is an adjective, not a verb with an object: no second person.
	t.is(total('A guard was wounded. The wounded man was taken to hospital.', 'wounded'), 'exact 1');
});

test('"shot and wounded", "shot in the leg" and "stabbed" are injuries; "stabbed to death" and "shot dead" are deaths', t => {
	t.is(total('A warder was shot and wounded during the escape.', 'wounded'), 'exact 1');
	t.is(total('A police officer was shot in the leg.', 'wounded'), 'exact 1');
	t.is(total('The inmate was stabbed in the neck while in prison.', 'wounded'), 'exact 1');
	t.is(total('A man was stabbed to death outside a bar.', 'killed'), 'exact 1');
	t.is(total('A man was stabbed to death outside a bar.', 'wounded'), null);
	t.is(total('The suspect was shot dead by police.', 'killed'), 'exact 1');
	t.is(total('The suspect was shot dead by police.', 'wounded'), null);
	t.is(total('A guard was shot and killed on Monday.', 'killed'), 'exact 1');
	// A shot to the head may be either: no guess.
	t.is(total('A guard was shot in the head.', 'wounded'), null);
});

test('the singular of a plural people noun is one person', t => {
	t.is(total('A rescuer died and two firefighters were injured while fighting the blaze.', 'killed'), 'exact 1');
	t.is(total('A rescuer died and two firefighters were injured while fighting the blaze.', 'wounded'), 'exact 2');
});

test('a negated subject names no victim', t => {
	t.is(total('A train derailed on Wednesday. Nobody was killed.', 'killed'), null);
	t.is(total('A train derailed on Wednesday. No one was hurt, the operator said.', 'wounded'), null);
	t.is(total('A bus overturned. None was injured.', 'wounded'), null);
});

test('a named victim stabbed and later dead is one death, not also an injury', t => {
	const story = 'Anna Novak, the city\'s mayor, was stabbed on stage on Sunday night. A man has been arrested.\n\nNovak died in hospital on Monday.';
	t.is(total(story, 'killed'), 'exact 1');
	t.is(total(story, 'wounded'), null);
});

test('a described victim stabbed and then "he died" is one death', t => {
	const story = 'A guard was stabbed by an inmate on Sunday. He died in hospital the next day.';
	t.is(total(story, 'killed'), 'exact 1');
	t.is(total(story, 'wounded'), null);
	// Two different people: a guard killed and a policeman wounded.
	t.is(total('A guard was killed and a policeman was wounded.', 'wounded'), 'exact 1');
});
