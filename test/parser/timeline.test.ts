import test from 'ava';
import {parseStory} from '../../source/parser/index.js';
import {lastSeason, dayFromIso, formatRange, weekStart, isoFromDay} from '../../source/parser/dates.js';
import {parseFixture} from '../helpers/figure-stories.js';

const timeline = (text: string, date: string | null) => parseStory(text, date ? {date} : {}).timeline.map(entry => [entry.expression, entry.when]);

test('the bundled story, dated Monday 2008-01-14: events in the order they happened, resolved', t => {
	const story = parseFixture('data/dushanbe-prison-escape.txt', '2008-01-14');
	t.deepEqual(story.timeline.map(entry => [entry.expression, entry.when]), [
		['the 1990s', '1990-01-01/1999-12-31'],
		['the 1990s', '1990-01-01/1999-12-31'],
		['last year', '2007-01-01/2007-12-31'],
		['last summer', '2007-06-01/2007-08-31'],
		['last summer', '2007-06-01/2007-08-31'],
		['in the days after', null],
		['last month', '2007-12-01/2007-12-31'],
		['last week', '2008-01-07/2008-01-13'],
		['late Sunday', '2008-01-13'],
		['Three hours later', '2008-01-14'],
		['1:10 a.m. local time', '2008-01-14'],
		['Monday', '2008-01-14'],
	]);
	for (const entry of story.timeline) t.is(story.text.slice(entry.start, entry.end), entry.expression);
});

test('without a date, relative expressions stay unresolved but absolute ones resolve and the order holds', t => {
	const story = parseFixture('data/dushanbe-prison-escape.txt');
	const entries = story.timeline.map(entry => [entry.expression, entry.when]);
	t.deepEqual(entries[0], ['the 1990s', '1990-01-01/1999-12-31']);
	t.deepEqual(entries.at(-4), ['late Sunday', null]);
	t.true(entries.filter(([expression]) => expression !== 'the 1990s').every(([, when]) => when === null));
});

test('weekdays, yesterday, last night and clock times (a day without a time sorts at noon)', t => {
	// 2019-01-14 is a Monday.
	t.deepEqual(timeline('The shopkeeper was attacked last night. He died today. Police were called at 9:30 p.m. on Sunday.', '2019-01-14'), [
		['Sunday', '2019-01-13'],
		['9:30 p.m.', '2019-01-13'],
		['last night', '2019-01-13'],
		['today', '2019-01-14'],
	]);
	t.deepEqual(timeline('The crash happened on Friday. Yesterday the road reopened.', '2019-01-14'), [
		['Friday', '2019-01-11'],
		['Yesterday', '2019-01-13'],
	]);
});

test('dates, months, years and decades', t => {
	t.deepEqual(timeline('On January 5, 2019 a fire broke out. It was built in 1973 and rebuilt in the 1990s. In June 1968 it flooded.', null), [
		['June 1968', '1968-06-01/1968-06-30'],
		['1973', '1973-01-01/1973-12-31'],
		['the 1990s', '1990-01-01/1999-12-31'],
		['January 5, 2019', '2019-01-05'],
	]);
	t.deepEqual(timeline('The attack on December 31 followed one on 5 January.', '2020-01-09'), [
		['December 31', '2019-12-31'],
		['5 January', '2020-01-05'],
	]);
});

test('ages, counts and clock conversions are not time expressions', t => {
	t.deepEqual(timeline('A 21-year-old man and 1885 aftershocks were reported at 4:00 a.m. local time (0100 UTC).', null), [['4:00 a.m. local time', null]]);
});

test('season and week arithmetic', t => {
	const day = (iso: string) => dayFromIso(iso)!;
	t.is(formatRange(lastSeason('summer', day('2008-01-14'))!), '2007-06-01/2007-08-31');
	t.is(formatRange(lastSeason('summer', day('2008-07-10'))!), '2007-06-01/2007-08-31', 'a summer still under way is not "last summer"');
	t.is(formatRange(lastSeason('summer', day('2008-10-01'))!), '2008-06-01/2008-08-31');
	t.is(formatRange(lastSeason('winter', day('2008-04-01'))!), '2007-12-01/2008-02-29');
	t.is(isoFromDay(weekStart(day('2008-01-14'))), '2008-01-14');
	t.is(isoFromDay(weekStart(day('2008-01-13'))), '2008-01-07');
});

test('midnight after a late evening is the next day', t => {
	// 2019-01-14 is a Monday.
	t.deepEqual(timeline('The fire started late Saturday and spread just after midnight.', '2019-01-14'), [
		['late Saturday', '2019-01-12'],
		['midnight', '2019-01-13'],
	]);
});

test('without a date, weekdays are ordered as the days before the report: the day a statement is dated, else the shortest week', t => {
	const order = (text: string) => parseStory(text).timeline.map(entry => entry.expression);
	const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
	// From every weekday, so that no notional date's own weekday can make the order come out right.
	for (let report = 0; report < 7; report++) {
		const [day, before, earliest] = [names[report]!, names[(report + 6) % 7]!, names[(report + 2) % 7]!];
		// Five days back, then one: the statement's weekday is the report's, though a shorter week would fit.
		t.deepEqual(order(`Rescuers ended the search for survivors, the governor said ${day}. The landslide struck the village on ${earliest}. On ${before}, soldiers reached the last farms.`), [earliest, before, day], `said ${day}`);
		// No statement dated: the attack and the arrests a day apart, not six.
		t.deepEqual(order(`Gunmen stormed the jail on ${before}. Police arrested nine of them on ${day}.`), [before, day], `${before}, ${day}`);
		t.deepEqual(order(`Police arrested nine suspects on ${day}. Gunmen had stormed the jail on ${before}.`), [before, day], `${day}, then ${before}`);
	}

	// "last Monday" says where it is; it does not stretch the week.
	t.deepEqual(order('The minister, who resigned last Monday, was questioned on Thursday. Police searched his house on Wednesday.'), ['last Monday', 'Wednesday', 'Thursday']);
});

test('overnight is the night after the day the story has reached, and no later than the night before the story\'s day', t => {
	const when = (text: string, date: string) => Object.fromEntries(timeline(text, date));
	// Saturday 2025-03-08, reported Sunday.
	t.is(when('A ferry capsized late on Saturday. Rescuers pulled 61 survivors from the water overnight, officials said on Sunday.', '2025-03-09').overnight, '2025-03-09');
	// Three days before the report: the night after that day.
	t.is(when('The river burst its banks on Thursday. Overnight, the water reached the old town. The mayor spoke on Sunday.', '2025-03-09').Overnight, '2025-03-07');
	// Already at the story's day, or nothing before it: the night before the story's day, not the next.
	t.is(when('A chemical plant exploded on Wednesday afternoon. About 4,000 residents were evacuated overnight.', '2026-09-16').overnight, '2026-09-16');
	t.is(when('Police detained 79 protesters overnight, the ministry said.', '2026-05-10').overnight, '2026-05-10');
});

test('an offset from an event named by a verb ("two hours after leaving port") is not counted from the story\'s clock', t => {
	const entries = timeline('The ferry capsized late on Saturday. It was hit by high waves about two hours after leaving port.', '2025-03-09');
	t.deepEqual(entries.find(([expression]) => expression === 'two hours after'), ['two hours after', null]);
	for (const named of ['peace negotiators agreed on a ceasefire', 'he was sworn in', 'takeoff']) {
		const later = timeline(`Rebels freed the soldiers on Friday. They were released a day after ${named}.`, '2024-11-15');
		t.deepEqual(later.find(([expression]) => expression === 'a day after'), ['a day after', null], named);
	}
	// Counted from the story's clock when nothing is named after it.
	t.deepEqual(timeline('Gunmen attacked the post late on Saturday. Two hours later, troops arrived.', '2025-03-09').find(([expression]) => expression === 'Two hours later'), ['Two hours later', '2025-03-09']);
});

test('a weekday the story looks ahead to ("will be buried on Friday") is the next one, not the last', t => {
	// Wednesday 2026-11-18.
	const when = (text: string) => Object.fromEntries(timeline(text, '2026-11-18'));
	t.is(when('The cabinet would declare a state of emergency on Thursday, the minister said.').Thursday, '2026-11-19');
	t.is(when('Schools across the province will stay closed until Monday.').Monday, '2026-11-23');
	t.is(when('Twelve of the detained are expected to appear before judges on Friday.').Friday, '2026-11-20');
	// The cue must be in the weekday's own clause: the attack was last Sunday, whatever comes next.
	t.is(when('Police will question the men who attacked the post on Sunday.').Sunday, '2026-11-15');
	t.is(when('Gunmen attacked the post on Sunday.').Sunday, '2026-11-15');
	// Without a date, a weekday ahead does not stretch the week the other weekdays are placed in.
	t.deepEqual(parseStory('At least 38 people have died in the heatwave since Monday, with temperatures peaking on Thursday, officials said. Forecasters warned that the heat would last until Sunday.').timeline.map(entry => entry.expression), ['Monday', 'Thursday', 'Sunday']);
});

test('a clock time written before its sentence\'s day is on that day, and "the early hours of Sunday" are early', t => {
	const when = (text: string) => Object.fromEntries(parseStory(text, {date: '2025-03-17'}).timeline.map(entry => [entry.expression, entry.when]));
	const story = when('A bus plunged into a gorge in the early hours of Sunday, police said. Rescue teams reached the site at around 7 am and were still searching for two passengers late on Sunday.');
	t.is(story['7 am'], '2025-03-16');
	t.is(story['the early hours of Sunday'], '2025-03-16');
	const order = parseStory('Gendarmes had recaptured 38 of them by midday, and the number rose to 52 by Thursday night. The prisoners had broken out late on Wednesday.', {date: '2026-07-23'}).timeline.map(entry => entry.expression);
	t.deepEqual(order, ['late on Wednesday', 'midday', 'Thursday night']);
	// After its day, a clock time earlier than the story's clock is still the next day.
	t.is(when('The prisoners attacked their guards late Sunday. Three hours later, at 1:10 a.m. local time, they attacked a checkpoint.')['1:10 a.m. local time'], '2025-03-17');
});
