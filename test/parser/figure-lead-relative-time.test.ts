// The lead sentence is about the story's own incident: when it dates that incident "last week" or "last month",
// the same words do not make its counts another event.
import test from 'ava';
import {parseStory} from '../../source/parser/index.js';
import {summaryTotal} from '../helpers/figure-stories.js';

test('counts in a lead that dates its incident "last week" are the main event', t => {
	const story = parseStory([
		'Soldiers rescued six of the 14 passengers abducted from a bus on the coast road last week, the army said on Friday.',
		'The gang has demanded a ransom for the others, a spokesman said.',
	].join('\n\n'));
	t.like(story.summary.rescued, {count: 6, qualifier: 'exact'});
	t.like(story.summary.hostages, {count: 14, qualifier: 'exact'});
});

test('"last week" later in a story whose lead has no past time stays another event', t => {
	const story = parseStory('Soldiers rescued six passengers on Friday, the army said. The same gang abducted 20 farmers last week.');
	t.is(story.summary.hostages, undefined);
});

test('a lead counted "in the past week" dates its own incident, as "last week" does', t => {
	const story = 'GENEVA (Reuters) - More than 3,000 people have crossed into Niger in the past week, fleeing attacks by armed groups, the UN said.';
	t.is(summaryTotal(story, 'displaced'), 'more than 3000');
});
