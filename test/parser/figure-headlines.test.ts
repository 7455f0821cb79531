// A headline's count told again in the body is one count, not two groups: "Three climbers missing …" over
// "the search for three men still on the mountain" is three missing, not six.
import test from 'ava';
import {parseStory} from '../../source/parser/index.js';
import {headlineSentence} from '../../source/parser/headline-figures.js';
import {splitParagraphs, splitSentences} from '../../source/parser/structure.js';

const story = [
	'Three climbers missing after avalanche on Mount Kesar',
	'',
	'By Lena Vogt',
	'',
	'Rescue teams were still looking for three men on Sunday after an avalanche swept across a climbing route, police said.',
	'',
	'Two other climbers were flown to hospital with broken legs.',
].join('\n');

test('a headline count restated in the body is counted once', t => {
	const parsed = parseStory(story);
	t.like(parsed.summary.missing, {count: 3, qualifier: 'exact'});
	// The headline's figure is kept, linked to the body's.
	const [top, body] = parsed.figures.filter(figure => figure.kind === 'missing');
	t.is(top.partOf, body.id);
});

test('the headline is a lone line with no closing stop before the body', t => {
	const sentences = splitSentences(story, splitParagraphs(story));
	t.is(headlineSentence(story, sentences), 0);
	const noHeadline = 'Three climbers are missing. Police said so.';
	t.is(headlineSentence(noHeadline, splitSentences(noHeadline, splitParagraphs(noHeadline))), -1);
});
