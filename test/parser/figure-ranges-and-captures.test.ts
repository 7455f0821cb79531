// Ranges of counts ("between 10 and 15", "two or three"), recaptures written with "caught", "the number
// caught to 15", and ordinals that count events ("a second blast") rather than people ("a third guard").
import test from 'ava';
import {parseStory} from '../../source/parser/index.js';
import {summaryTotalAndClaims} from '../helpers/figure-stories.js';

test('a range counts at least its lower end', t => {
	t.is(summaryTotalAndClaims('Between 10 and 15 people were killed in the blast.', 'killed'), 'at least 10');
	t.is(summaryTotalAndClaims('Two or three people were injured.', 'wounded'), 'at least 2');
	t.is(summaryTotalAndClaims('Ten to 15 people were killed, witnesses said.', 'killed'), 'at least 10');
	t.is(summaryTotalAndClaims('The fire broke out between 2 and 3 p.m. and killed four people.', 'killed'), 'exact 4');
	// "from 12 to 27" is a revision, not a range.
	t.is(summaryTotalAndClaims('The toll rose from 12 to 27 overnight.', 'killed'), 'exact 27');
});

test('escapees caught again are captured; people caught in a crossfire are not', t => {
	t.is(summaryTotalAndClaims('Forty inmates escaped on Friday. Twelve were caught within hours.', 'captured'), 'exact 12');
	t.is(summaryTotalAndClaims('Forty inmates escaped on Friday, of whom 12 were caught within hours.', 'captured'), 'exact 12');
	t.is(summaryTotalAndClaims('Police caught 12 of the escapees in a nearby village.', 'captured'), 'exact 12');
	t.is(summaryTotalAndClaims('Police caught 12 of the escapees in a nearby village.', 'escaped'), null);
	t.is(summaryTotalAndClaims('Five people were caught in the crossfire and wounded.', 'captured'), null);
	t.is(summaryTotalAndClaims('Five people were caught in the crossfire and wounded.', 'wounded'), 'exact 5');
});

test('"the number caught to 15" and "the number of people killed rose to 30" name their kind', t => {
	t.is(summaryTotalAndClaims('Forty inmates escaped on Friday. Police recaptured 12 on Friday and another three on Saturday, bringing the number caught to 15.', 'captured'), 'exact 15');
	t.is(summaryTotalAndClaims('The number of people killed rose to 30 on Monday.', 'killed'), 'exact 30');
});

test('an ordinal counts a person only with a people noun or a verb after it', t => {
	t.is(summaryTotalAndClaims('Twelve people were wounded. A policeman was hurt in a second blast. No one was hurt in a third explosion.', 'wounded'), 'exact 12');
	t.deepEqual(parseStory('No one was hurt in a third explosion.').figures, []);
	t.is(summaryTotalAndClaims('Two guards were killed, and a third was wounded.', 'wounded'), 'exact 1');
	t.is(summaryTotalAndClaims('A second prison officer died on Monday.', 'killed'), 'exact 1');
});

test('prisoners who got "out of the prison" another way than "broke out" escaped', t => {
	t.is(summaryTotalAndClaims('Twenty-five prisoners tunnelled out of the prison overnight.', 'escaped'), 'exact 25');
	t.is(summaryTotalAndClaims('Six inmates slipped out of the jail during a power cut.', 'escaped'), 'exact 6');
	t.is(summaryTotalAndClaims('Six inmates were moved out of the area.', 'escaped'), null);
});
