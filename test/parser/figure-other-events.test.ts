// Counts about another event stay out of the story's totals: a comparison with an earlier one ("the deadliest
// since March, when 30 were killed") and an event said to be apart ("a separate storm killed three").
import test from 'ava';
import {parseStory} from '../../source/parser/index.js';

test('the count of the event a comparison reaches back to is another event', t => {
	const story = parseStory('A car bomb killed 14 people outside a court on Friday. It was the deadliest attack since June, when 25 people were killed at a wedding.');
	t.is(story.summary.killed?.count, 14);
	t.false(story.figures.find(figure => figure.count === 25)?.mainEvent);
	// The comparison after the story's own count, past a comma, leaves that count alone.
	t.is(parseStory('A car bomb killed 14 people outside a court on Friday, the deadliest attack in the city since 2019.').summary.killed?.count, 14);
});

test('a separate or similar event is another event', t => {
	const story = parseStory('Seven people were killed when the storm hit the coast. A separate storm in the mountains killed two hikers on Monday.');
	t.is(story.summary.killed?.count, 7);
	t.deepEqual(story.summary.killed?.claims, []);
	t.is(parseStory('Four miners died on Tuesday. Nine workers were killed in a similar accident at a nearby pit.').summary.killed?.count, 4);
});

test('a count first given, then revised, is a part of the later one ("Initially, …", "had earlier said")', t => {
	t.is(parseStory('Initially, officials said 19 prisoners had escaped. Later they said 33 inmates escaped.').summary.escaped?.count, 33);
	const arrests = parseStory('Police had earlier said 20 people were arrested; the ministry later said 31 people had been detained.');
	t.is(arrests.summary.arrested?.count, 31);
	t.deepEqual(arrests.summary.arrested?.claims, []);
});

test('"the year before" a past event dates another, earlier event', t => {
	const story = parseStory('Gunmen stormed a prison late Tuesday and freed 120 inmates, officials said. Such raids have become common. In 2021, gunmen freed about 400 inmates from a jail in the north. The year before, attackers freed more than 900 prisoners from a prison in the south.');
	t.is(story.summary.escaped?.count, 120);
	t.false(story.figures.find(figure => figure.count === 900)?.mainEvent);
	// "the day before" is too close to be another event by itself: the story's own days are told that way.
	t.is(parseStory('Gunmen stormed a prison on Monday and freed 35 inmates. The day before, two guards were killed in a raid nearby.').summary.killed?.count, 2);
});
