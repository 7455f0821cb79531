// A body named with its acronym in brackets right before the speech verb ("The National Relief Council (NRC)
// said …") is the source of what follows: the bracket does not cut the speaker off the verb.
import test from 'ava';
import {findAttributions} from '../../source/parser/attribution.js';
import {parseStory} from '../../source/parser/index.js';

const sources = (sentence: string) => findAttributions(sentence, {start: 0, end: sentence.length, paragraph: 0}).map(found => found.source);

test('the name before a bracketed acronym speaks', t => {
	t.deepEqual(sources('The Coastal Relief Authority (CRA) said 14 people were missing.'), ['the Coastal Relief Authority']);
	t.deepEqual(sources('The union (which has 300 members) said nothing.'), []);
});

test('a toll given by a body with an acronym ranks with the other tolls by its source', t => {
	const story = parseStory([
		'Six people were killed when troops fired on marchers in Port Vell, police said.',
		'The Observatory for Civil Liberties (OCL) said at least 11 people had been shot dead since Friday. "We have counted 11 deaths so far," said the observatory\'s director, Ana Ruiz.',
	].join('\n\n'));
	t.is(story.figures.find(figure => figure.qualifier === 'at least')?.attribution, 'the Observatory for Civil Liberties');
	// Police are official: their toll stands, and the observatory's count is its claim, with its name.
	t.like(story.summary.killed, {count: 6, qualifier: 'exact'});
	t.true(story.summary.killed?.claims.some(claim => claim.count === 11 && claim.attribution === 'the Observatory for Civil Liberties'));
});
