// A sentence that opens "Across the border …" tells of the other side's toll, not the story's own; people who
// "fled across the border" later in a sentence are still the story's own.
import test from 'ava';
import {parseStory} from '../../source/parser/index.js';

test('a toll across the border is another event', t => {
	const story = parseStory([
		'A cyclone has killed at least 14 people along the coast of Varenland, the disaster agency said on Friday.',
		'Across the border in the neighbouring province of Ostmark, the storm has killed 31 people since Tuesday.',
	].join('\n\n'));
	t.like(story.summary.killed, {count: 14, qualifier: 'at least', claims: []});
	t.false(story.figures.find(figure => figure.count === 31)?.mainEvent);
});

test('people who fled across the border mid-sentence stay in the story', t => {
	const story = parseStory('Twelve inmates escaped from the prison in Tarvo on Sunday and fled across the border, police said.');
	t.like(story.summary.escaped, {count: 12});
});
