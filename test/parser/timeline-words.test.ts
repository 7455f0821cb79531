// The timeline finds its words in one pass (word-finder.ts) and runs some rules only around them: these
// stories check that what it finds is what a scan of the whole text finds.
import test from 'ava';
import {parseStory} from '../../source/parser/index.js';
import {findWords, vocabulary} from '../../source/parser/word-finder.js';

const timeline = (text: string, date: string | null) => parseStory(text, date ? {date} : {}).timeline.map(entry => [entry.expression, entry.when]);

test('findWords: whole runs of ASCII letters, without case, in text order', t => {
	const known = vocabulary(['may', 'monday', 'm', 'am']);
	const hits = findWords('MAY Monday mayor 2monday am-pm a.m. dismay Mondays é-may', known);
	t.deepEqual(hits.words, ['may', 'monday', 'monday', 'am', 'm', 'may']);
	t.deepEqual(hits.starts, [0, 4, 18, 25, 33, 53]);
	t.deepEqual(hits.ends, [3, 10, 24, 27, 34, 56]);
});

test('vocabulary: only lower-case ASCII words', t => {
	t.throws(() => vocabulary(['Monday']));
	t.throws(() => vocabulary(['mañana']));
});

test('the words before a weekday belong to it, whatever the spaces between them', t => {
	// 2019-01-14 is a Monday.
	t.deepEqual(timeline('Guards were attacked late on\u00A0Sunday night and again Late \u2003 on Friday.', '2019-01-14'), [
		['Late \u2003 on Friday', '2019-01-11'],
		['late on\u00A0Sunday night', '2019-01-13'],
	]);
	t.deepEqual(timeline('Early\u3000on Monday the wall fell. He left last Tuesday.', '2019-01-14'), [
		['last Tuesday', '2019-01-08'],
		['Early\u3000on Monday', '2019-01-14'],
	]);
});

test('the words before a month belong to it: a weekday, a day of the month, mid-, since, this', t => {
	t.deepEqual(timeline('The vote on Friday, May 3 was delayed to the 5th January.', '2019-01-14'), [
		['Friday, May 3', '2018-05-03'],
		['5th January', '2019-01-05'],
	]);
	t.deepEqual(timeline('Prices rose in mid-January and fell since March.', '2019-01-14'), [
		['since March', '2018-03-01/2019-01-14'],
		['mid-January', '2019-01-11/2019-01-20'],
	]);
	t.deepEqual(timeline('She left this MAY. They leave next may.', '2019-01-14'), [
		['this MAY', '2019-05-01/2019-05-31'],
		['next may', '2019-05-01/2019-05-31'],
	]);
});

test('a weekday glued to a digit or an underscore is no weekday', t => {
	t.deepEqual(timeline('The code 2Monday and Monday_ are no days, but Monday is.', '2019-01-14'), [['Monday', '2019-01-14']]);
});

test('clock times: "am", "A.M." and "p.m." are found as words', t => {
	t.deepEqual(timeline("It happened at 6am, at 7 A.M. and I'm sure at 9 p.m.", '2019-01-14'), [
		['6am', '2019-01-14'],
		['7 A.M.', '2019-01-14'],
		['9 p.m.', '2019-01-14'],
	]);
	t.deepEqual(timeline('Police arrived at 9 p.m.', '2019-01-14'), [['9 p.m.', '2019-01-14']]);
});
