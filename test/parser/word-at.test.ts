import test from 'ava';
import {parseStory} from '../../source/parser/index.js';
import {lowerAt} from '../../source/parser/word-at.js';
import {words} from '../../source/parser/words.js';

test('lowerAt reads a word lowercased, and nothing before the first word or after the last', t => {
	const ws = words('Three Guards died');
	t.is(lowerAt(ws, 0), 'three');
	t.is(lowerAt(ws, 1), 'guards');
	t.is(lowerAt(ws, 2), 'died');
	t.is(lowerAt(ws, -1), '');
	t.is(lowerAt(ws, 3), '');
	t.is(lowerAt([], 0), '');
});

test('a predicate word at either end of a sentence is read as before', t => {
	// "among the injured" needs the two words before "injured"; "hurt" ends the sentence with no word after it.
	const story = parseStory('Two firefighters were among the injured.\n\nFour people were hurt');
	const figures = story.figures.map(figure => [figure.kind, figure.count]);
	t.deepEqual(figures, [['wounded', 2], ['wounded', 4]]);
});
