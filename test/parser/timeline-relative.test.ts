// Relative times wire stories use: a reporting time ("police said on Monday") that must not move the
// story's clock, offsets counted from an event named after them ("two days after a ceasefire expired"),
// "the previous day", "hours later", "that night", "mid-January", "since January", "the weekend", "the past 24 hours".
import test from 'ava';
import {parseStory} from '../../source/parser/index.js';

const timeline = (text: string, date: string | null) => parseStory(text, date ? {date} : {}).timeline.map(entry => [entry.expression, entry.when]);

test('a time that dates a statement does not move the clock "three hours later" counts from', t => {
	// 2026-03-02 is a Monday.
	t.deepEqual(timeline('Gunmen attacked a village late Sunday, killing three farmers, police said on Monday.\n\nThree hours later, at 1:10 a.m., they struck a second village.', '2026-03-02'), [
		['late Sunday', '2026-03-01'],
		['Three hours later', '2026-03-02'],
		['1:10 a.m.', '2026-03-02'],
		['Monday', '2026-03-02'],
	]);
});

test('an offset from an event named after it counts from the next time of its sentence, or stays unresolved', t => {
	t.deepEqual(timeline('A few hours before the jet crashed on Wednesday, missiles were fired at a base.', '2020-01-11'), [
		['A few hours before', '2020-01-08'],
		['Wednesday', '2020-01-08'],
	]);
	t.deepEqual(timeline('Rebels attacked on Sunday. The attack came two days after a ceasefire expired.', '2026-03-02'), [
		['Sunday', '2026-03-01'],
		['two days after', null],
	]);
});

test('the previous day, the same day, hours later, later that day, that night', t => {
	t.deepEqual(timeline('Gunmen attacked a village on Saturday. The army had raided the camp the previous day.', '2026-03-02'), [
		['the previous day', '2026-02-27'],
		['Saturday', '2026-02-28'],
	]);
	t.deepEqual(timeline('Gunmen attacked a village on Saturday. Hours later, they fled. Later that day, troops arrived. That night, a second attack took place.', '2026-03-02').map(([, when]) => when), ['2026-02-28', '2026-02-28', '2026-02-28', '2026-02-28']);
	// "the day before the vote" counts from the vote, which has no date here.
	t.deepEqual(timeline('Troops arrived on Saturday. The day before the vote, a bomb exploded.', '2026-03-02'), [
		['Saturday', '2026-02-28'],
		['The day before', null],
	]);
});

test('parts of months, bare months after a preposition, "since", the weekend and the past hours', t => {
	t.deepEqual(timeline('The violence began in mid-January and worsened in late February.', '2026-03-02'), [
		['mid-January', '2026-01-11/2026-01-20'],
		['late February', '2026-02-21/2026-02-28'],
	]);
	t.deepEqual(timeline('Since January, 40 people have been killed. In May, the group signed a truce.', '2026-03-02'), [
		['May', '2025-05-01/2025-05-31'],
		['Since January', '2026-01-01/2026-03-02'],
	]);
	t.deepEqual(timeline('Over the weekend, two villages were attacked.', '2026-03-02'), [['the weekend', '2026-02-28/2026-03-01']]);
	t.deepEqual(timeline('In the past 24 hours, police arrested four men.', '2026-03-02'), [['the past 24 hours', '2026-03-01/2026-03-02']]);
	t.deepEqual(timeline('On the night of February 3, rebels burned a school.', '2026-03-02'), [['the night of February 3', '2026-02-03']]);
	// A month with a day or a year after it is a date, read by the date rules.
	t.deepEqual(timeline('In May 2019 the group signed a truce. It broke on May 5.', '2026-03-02'), [
		['May 2019', '2019-05-01/2019-05-31'],
		['May 5', '2025-05-05'],
	]);
});
