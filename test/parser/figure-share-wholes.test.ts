// "freed four of nine people kidnapped …, but three are still held": the nine are the whole the four were taken
// from, with or without "the", and another count of the same kind in that sentence is in the nine, not added to it.
import test from 'ava';
import {parseStory} from '../../source/parser/index.js';

test('a count beside the whole of a share is a part of that whole', t => {
	const story = parseStory('Troops freed five of the 11 workers abducted by rebels on Monday, but four hostages remain in captivity, the governor said.');
	t.like(story.summary.rescued, {count: 5, qualifier: 'exact'});
	t.like(story.summary.hostages, {count: 11, qualifier: 'exact'});
});

test('"N of M" without "the" reads the M as the whole', t => {
	const story = parseStory('Troops freed five of 11 workers abducted by rebels on Monday, but four hostages remain in captivity, the governor said.');
	const rescued = story.figures.find(figure => figure.kind === 'rescued');
	t.is(rescued?.subject, 'workers');
	t.like(story.summary.hostages, {count: 11, qualifier: 'exact'});
});

test('"of" before a measure or a year is no whole', t => {
	const story = parseStory('Two of 30 metres of the wall collapsed, killing three workers.');
	t.like(story.summary.killed, {count: 3});
});
