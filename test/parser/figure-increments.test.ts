// Tolls that change as the story goes on ("three more died", "the toll rose to nine", "bringing the
// toll to eight"), a larger group counted by another source, and who a share is ("two of them police officers").
import test from 'ava';
import {parseStory} from '../../source/parser/index.js';
import {summaryTotalAndClaims} from '../helpers/figure-stories.js';

test('people counted on top of an earlier toll add to it', t => {
	t.is(summaryTotalAndClaims('Five people were killed on Monday. Three more died in hospital on Tuesday.', 'killed'), 'exact 8');
	t.is(summaryTotalAndClaims('Five people were killed on Monday. Two others died later in hospital.', 'killed'), 'exact 7');
	t.is(summaryTotalAndClaims('At least five people were killed on Monday. Another two died in hospital, officials said.', 'killed'), 'at least 7');
	t.true(parseStory('Five people were killed on Monday. Three more died in hospital.').figures[1].increment);
});

test('"more" or "others" after another count of the same sentence is not an addition to the toll', t => {
	// The base of "scores more" is the count before it in the sentence, of another kind.
	const scores = parseStory('Police said 149 people were hurt. At least a dozen people died and scores more were injured, officials said.');
	t.is(scores.figures.find(figure => figure.vague)?.increment, undefined);
	t.is(scores.summary.wounded?.count, 149);
	t.is(summaryTotalAndClaims('At least 47 people died when a ferry capsized, and more than 30 others are still missing.', 'missing'), 'more than 30');
	t.is(parseStory('Twelve people were killed and 30 others were injured.').figures[1].increment, undefined);
});

test('a revised toll supersedes the earlier one instead of competing with it', t => {
	t.is(summaryTotalAndClaims('Five people were killed on Monday. The death toll later rose to nine.', 'killed'), 'exact 9');
	t.is(summaryTotalAndClaims('Five people were killed on Monday, police said. Three more bodies were found on Tuesday, bringing the death toll to eight.', 'killed'), 'exact 8');
	t.is(summaryTotalAndClaims('Witnesses said 15 people were killed. The toll has since risen to 21, police said.', 'killed'), 'exact 21');
	// Without a revision, disagreeing tolls stay claims.
	t.is(summaryTotalAndClaims('Officials said 30 people were killed, but witnesses put the toll at 50.', 'killed'), 'exact 30 (claims 50)');
});

test('a larger group counted by another source is a claim, not the whole the official toll belongs to', t => {
	const story = 'A suicide bomber struck a checkpoint on Sunday, killing seven people, the interior ministry said.\n\nA militant spokesman said 25 soldiers were killed in the attack.';
	t.is(summaryTotalAndClaims(story, 'killed'), 'exact 7 (claims 25)');
	// The same source giving a named group larger than its toll still makes the toll a part of it.
	t.is(summaryTotalAndClaims('The deaths of all 40 crew were confirmed by the navy. Divers recovered 12 bodies on Monday.', 'killed'), 'exact 40');
});

test('"two of them police officers": the share takes the noun after it', t => {
	const story = parseStory('The attack killed 14 people, two of them police officers.');
	t.like(story.figures[1], {count: 2, subject: 'police officers', partOf: story.figures[0].id});
	t.is(parseStory('Twelve people were wounded, three of them critically.').figures[1].subject, 'people');
});

test('a figure from a similar attack is another event', t => {
	const story = parseStory('Gunmen stormed a prison late on Saturday, freeing more than 200 inmates, officials said.\n\nSeparately, 1,844 inmates escaped from a prison in another state after a similar attack.');
	t.deepEqual(story.figures.map(figure => [figure.count, figure.mainEvent]), [[200, true], [1844, false]]);
	t.is(summaryTotalAndClaims(story.text, 'escaped'), 'more than 200');
	// A month alone is no past cue: in a kidnapping story the abduction months ago is part of the incident.
	t.true(parseStory('Nine aid workers were abducted in April. Seven of them were freed on Tuesday.').figures[0].mainEvent);
});

test('"27 others" after a count with an aside are of the count\'s group, not the aside\'s last noun', t => {
	const story = parseStory('A bomber struck a school on Friday, killing at least 19 people, most of them students, and wounding 27 others, police said.');
	t.is(story.figures.find(figure => figure.kind === 'wounded')?.subject, 'people');
});

test('without "similar" the same escape reads as part of the incident', t => {
	t.true(parseStory('Separately, 1,844 inmates escaped from a prison in another state after an attack.').figures[0].mainEvent);
});

test('"N more" after an earlier count of the whole builds up to the toll instead of adding to it', t => {
	const story = 'A landslide killed at least 20 people in the hill villages. The provisional toll given on Monday was nine dead. Rescuers recovered 11 more bodies on Tuesday, said Maria Okafor, the regional mayor.';
	t.is(summaryTotalAndClaims(story, 'killed'), 'at least 20');
	// After the toll itself, or a share of it, they still add to it.
	t.is(summaryTotalAndClaims('Five people were killed on Monday, two of them children. Three more died in hospital on Tuesday.', 'killed'), 'exact 8');
});
