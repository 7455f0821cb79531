// A list of counts shares the verb at its end: "four soldiers, two civilians and seven insurgents were killed".
import test from 'ava';
import {parseStory} from '../../source/parser/index.js';

test('every count of a comma list takes the verb at its end', t => {
	const story = parseStory('Three nurses, five patients and two porters were injured when the roof fell, officials said.');
	t.deepEqual(story.figures.map(figure => [figure.kind, figure.count]), [['wounded', 3], ['wounded', 5], ['wounded', 2]]);
	t.is(story.summary.wounded?.count, 10);
	const serial = parseStory('Two pilots, six engineers, and at least four guards were killed in the raid.');
	t.is(serial.summary.killed?.count, 12);
	t.is(serial.summary.killed?.qualifier, 'at least');
});

test('a comma before a count that is no list still ends the clause', t => {
	const story = parseStory('Of the 40 passengers, 12 were injured, the company said.');
	t.is(story.summary.wounded?.count, 12);
	t.false(story.figures.some(figure => figure.count === 40 && figure.kind === 'wounded'));
});
