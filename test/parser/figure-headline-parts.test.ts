// "Airstrike on school kills 17" over "killed at least 17 people, including six children": the headline's bare count is
// the body's toll told again; the body's hedge stands, and the children are a part of the body's toll.
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

test('a headline count with the body\'s breakdown under it is the body\'s toll told again', t => {
	const story = 'Airstrike on village school kills 17, rebels say\n\nKHARTOUM (AP) — An airstrike on a village school killed at least 17 people, including six children, rebels and villagers said Sunday.\n\nThe army denied it had carried out the strike.\n';
	t.is(summaryTotal(story, 'killed'), 'at least 17');
});
