// Numbers that count places (blocks, shelters, camps), not people, are no figures, even after an adjective in -ing
// ("two adjoining blocks"): evacuees "of the tower and two adjoining blocks" are one count, not 120 + 2.
import test from 'ava';
import {parseStory} from '../../source/parser/index.js';

test('blocks and shelters are places, not people evacuated', t => {
	const story = parseStory([
		'A gas leak forced the evacuation of a tower in Lindmar on Monday, the fire service said.',
		'Some 120 tenants of the tower and two adjoining blocks were evacuated to three shelters run by the city.',
	].join('\n\n'));
	t.like(story.summary.evacuated, {count: 120, qualifier: 'about', claims: []});
	t.deepEqual(story.figures.map(figure => figure.count), [120]);
});

test('a count of shelters is no claim beside the evacuees, and streets are not people', t => {
	const story = parseStory('More than 4,000 people have been evacuated to about 60 shelters, officials said.');
	t.like(story.summary.evacuated, {count: 4000, qualifier: 'more than', claims: []});
	t.deepEqual(parseStory('Residents of three neighbouring streets were evacuated.').figures, []);
});
