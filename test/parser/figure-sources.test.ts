// Figures from different sources stay apart: an official toll is not replaced by a party's larger count, which is
// listed as that party's claim; a name before an aside ("X, the main opposition party, said …") is the source.
import test from 'ava';
import {parseStory} from '../../source/parser/index.js';
import {summaryTotal} from '../helpers/figure-stories.js';

const story = parseStory([
	'At least six people were killed in clashes during the vote, police said on Monday.',
	'The People\'s Front, the main opposition party, said 11 of its supporters had been killed.',
].join(' '));

test('the name before an aside between commas is who said it', t => {
	t.is(story.figures.find(figure => figure.count === 11)?.attribution, 'the People\'s Front');
	const relative = parseStory('The Northern Brigade, which claimed the ambush, said in a statement that its fighters had killed 30 soldiers.');
	t.is(relative.figures[0]?.attribution, 'the Northern Brigade');
});

test('an unofficial source\'s larger count is a claim beside the official toll, not the total', t => {
	t.like(story.summary.killed, {count: 6, qualifier: 'at least'});
	t.deepEqual(story.summary.killed?.claims.map(claim => [claim.count, claim.attribution]), [[11, 'the People\'s Front']]);
});

test('a rival group count from another source is a claim, not added', t => {
	const attack = parseStory('Four soldiers and two civilians were killed, the army said. The Northern Brigade, which claimed the attack, said its fighters had killed 25 soldiers.');
	t.is(attack.summary.killed?.count, 6);
	t.deepEqual(attack.summary.killed?.claims.map(claim => claim.count), [25]);
});

test('a count said to be possible ranks below a stated one and is listed as a claim', t => {
	const story = parseStory([
		'The coast guard said 40 people had been rescued and at least six were still missing.',
		'A local councillor, Ana Ferreira, said more than 50 people could still be missing.',
	].join(' '));
	t.like(story.summary.missing, {count: 6, qualifier: 'at least'});
	t.deepEqual(story.summary.missing?.claims.map(claim => [claim.count, claim.attribution]), [[50, 'Ana Ferreira']]);
	t.true(story.figures.find(figure => figure.count === 50)?.speculative);
});

test('a party to the conflict speaking is a source, and its count of the same group is a claim', t => {
	const story = parseStory('The army said nine soldiers had been killed. The rebels said they had killed 40 soldiers.');
	t.is(story.figures[1]?.attribution, 'the rebels');
	t.is(story.summary.killed?.count, 9);
	t.deepEqual(story.summary.killed?.claims.map(claim => [claim.count, claim.attribution]), [[40, 'the rebels']]);
	const party = parseStory('Officials said 18 people had died. The opposition party said the real toll was more than 50.');
	t.like(party.summary.killed, {count: 18, qualifier: 'exact'});
});

test('whoever raised or revised the toll is its source, and an official one outranks an earlier official', t => {
	const story = 'A bomb exploded at a market on Friday, killing at least 9 people, a police official said. Later Friday, the Interior Ministry raised the toll to 12 dead. Residents said 30 people had died.';
	const figures = parseStory(story).figures;
	t.is(figures.find(figure => figure.count === 12)?.attribution, 'the Interior Ministry');
	t.is(summaryTotal(story, 'killed'), 'exact 12');
});

test('a group that claimed the attack, saying it killed more, is the source of that count, not the attack after the verb', t => {
	const story = 'A bomb exploded at a mosque on Friday, killing at least 9 people, a police official said. Later Friday, the Interior Ministry raised the toll to 12 dead. The militant group\'s local branch, known as the Eastern Front, claimed the attack in a statement on its news agency, saying more than 40 people had been killed.';
	const figures = parseStory(story).figures;
	t.is(figures.find(figure => figure.count === 40)?.attribution, 'the Eastern Front');
	t.is(summaryTotal(story, 'killed'), 'exact 12');
});

test('a written count outranks an official rough size ("injuring dozens")', t => {
	const story = 'A train crashed into a freight train on Tuesday, killing at least seven people and injuring dozens, emergency services said. Ion Barbu, who leads the rescue operation, said 64 people had been injured, 11 of them critically.';
	t.is(summaryTotal(story, 'wounded'), 'exact 64');
});
