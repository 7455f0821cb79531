import test from 'ava';
import {parseStory} from '../../source/parser/index.js';
import {timelineRows} from '../../source/parser/timeline-events.js';

// Stories written for these tests.
const harbour = `PORT ELAND, Norvania (Wire) — Gunmen stormed a harbour depot late Friday, killing three watchmen, the coast guard said on Saturday.

Two hours later, at 2:40 a.m. local time, they set fire to a fuel barge, officials said.

Harbour master Ilse Varga said the depot had been robbed once before, in 2019, when thieves took two boats and, according to the port authority, a crane.

On Sunday, divers recovered the body of a fourth watchman from the water.

The depot, which Norvania's transport ministry took over from a private company that had run it for decades and had repeatedly been fined for breaches of safety rules, closed last month for repairs to its sea wall.`;

function rowFor(text: string, expression: string) {
	const rows = timelineRows(parseStory(text, {date: '2031-03-09'}));
	return rows.find(row => row.expression === expression) ?? rows.find(row => row.expression.includes(expression));
}

test('each time comes with what happened then, without the closing attribution', t => {
	t.is(rowFor(harbour, 'late Friday')?.event, 'Gunmen stormed a harbour depot late Friday, killing three watchmen');
});

test('an offset and the clock time after it are one row, and the event reads from after them', t => {
	const row = rowFor(harbour, 'Two hours later');
	t.is(row?.expression, 'Two hours later, at 2:40 a.m. local time');
	t.is(row?.event, 'They set fire to a fuel barge');
	t.false(timelineRows(parseStory(harbour)).some(one => one.expression === '2:40 a.m. local time'), 'the clock time is not a row of its own');
});

test('a sentence opening with "On <day>," reads from after it', t => {
	t.is(rowFor(harbour, 'Sunday')?.event, 'Divers recovered the body of a fourth watchman from the water');
});

test('a leading "X said" is left out of the event', t => {
	const event = rowFor(harbour, '2019')?.event ?? '';
	t.false(event.startsWith('Harbour master'), event);
	t.true(event.includes('robbed once before'), event);
});

test('in a long sentence the event is the clause holding the time, with the sentence\'s subject when the clause lost it', t => {
	const event = rowFor(harbour, 'last month')?.event ?? '';
	t.true(event.startsWith('The depot …'), event);
	t.true(event.endsWith('closed last month for repairs to its sea wall'), event);
	t.false(event.includes('fined'), event);
});

test('a dateline is not part of an event', t => {
	const text = 'KESTREL BAY, Norvania (Wire) — Floods swept through the valley on Tuesday, leaving four people dead.';
	const event = rowFor(text, 'Tuesday')?.event ?? '';
	t.false(event.includes('KESTREL'), event);
	t.true(event.startsWith('Floods swept'), event);
});

test('a Reuters-style dateline, with a spaced hyphen, is not part of an event either', t => {
	const text = 'KESTREL BAY, Norvania (Reuters) - Floods swept through the valley late on Tuesday, leaving four people dead, officials said on Wednesday.';
	for (const time of ['late on Tuesday', 'Wednesday']) {
		const event = rowFor(text, time)?.event ?? '';
		t.true(event.startsWith('Floods swept'), `${time}: ${event}`);
	}
});

test('a comma or colon inside a number is not where a clause ends', t => {
	const text = 'A wildfire fanned by strong winds has burned more than 3,000 hectares of forest near the city since it broke out on Tuesday afternoon, forcing about 4,500 people from their homes.';
	const event = rowFor(text, 'Tuesday afternoon')?.event ?? '';
	t.false(event.startsWith('000'), event);
	t.true(event.includes('3,000 hectares'), event);
	const clock = 'There was an assault on an inmate on Friday, August 30 at the county prison in the east of the state at 2:21 p.m., and the inmate was taken to a hospital where he remains.';
	t.true((rowFor(clock, 'Friday, August 30')?.event ?? '').includes('2:21 p.m.'), rowFor(clock, 'Friday, August 30')?.event);
});

test('a dateline of a city and an agency only ("ISLAMABAD (Reuters) - ") is not part of an event', t => {
	const event = rowFor('ISLAMABAD (Reuters) - A bus carrying pilgrims plunged into a gorge on Sunday, killing at least 22 people, police said.', 'Sunday')?.event ?? '';
	t.true(event.startsWith('A bus carrying'), event);
});
