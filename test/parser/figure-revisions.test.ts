// Revised counts: the latest stated toll is the total, and the earlier states of it ("had been recovered by
// Monday", "first said …", "rose from …") are parts of it, never added to it and never a rival total.
import test from 'ava';
import {parseStory} from '../../source/parser/index.js';
import {summaryTotal} from '../helpers/figure-stories.js';

test('a toll raised to a new count wins over the earlier count, however far the tally noun is from the number', t => {
	const story = 'Divers recovered more bodies from the lake on Friday, raising the death toll from the collapse of the old wooden pier to 23, the governor said. Fifteen bodies had been found by Thursday night.';
	t.is(summaryTotal(story, 'killed'), 'exact 23');
	t.deepEqual(parseStory(story).summary.killed?.claims, []);
	t.is(summaryTotal('The death toll from landslides in the northern hill districts rose to nine on Monday. Six deaths had been confirmed by Sunday evening.', 'killed'), 'exact 9');
	t.is(summaryTotal('Six people died in the blaze on Sunday. The toll has climbed to 11, the fire service said.', 'killed'), 'exact 11');
});

test('a count the toll rose from is an earlier state, a part of the total', t => {
	const story = parseStory('At least 30 miners were killed in the blast, officials said. The toll rose from 22 overnight after rescuers reached a flooded gallery.');
	t.is(story.summary.killed?.count, 30);
	const earlier = story.figures.find(figure => figure.count === 22);
	t.is(earlier?.partOf, story.figures.find(figure => figure.count === 30)?.id);
});

test('the number of arrests risen to a new count is the arrest total', t => {
	t.is(summaryTotal('Police detained 40 people overnight. By Saturday the number of arrests had risen to 52, the interior ministry said.', 'arrested'), 'exact 52');
});

test('a count first given and then revised is a part of the later count, not added to it', t => {
	const story = 'Thirty inmates escaped from the district jail on Friday, officials said. Prison officials first said 18 prisoners had fled, but a second roll call found 12 more were gone.';
	t.is(summaryTotal(story, 'escaped'), 'exact 30');
});

test('a forecast of the toll is still no count', t => {
	t.is(summaryTotal('Twelve people were killed. Officials warned that the death toll could rise to 40.', 'killed'), 'exact 12');
});

test('a toll that stands at or reached a count is the latest, and earlier counts are its parts', t => {
	t.is(summaryTotal('The toll now stands at 31, the ministry said. On Monday officials had reported 22 deaths.', 'killed'), 'exact 31');
	t.is(summaryTotal('The death toll reached 45 on Tuesday, the governor said. Thirty people had died by Monday.', 'killed'), 'exact 45');
});

test('inmates who had broken out escaped', t => {
	t.is(summaryTotal('Prison officials said on Sunday that 61 inmates had broken out.', 'escaped'), 'exact 61');
});

test('an earlier state of the toll is marked superseded and reported as earlier, a group of it is not', async t => {
	const {formatSummaryReport} = await import('../../source/cli/summary-report.js');
	const story = parseStory('The death toll from the landslide rose to 12 on Friday, officials said. Seven bodies had been recovered by Thursday. Three of the dead were children.');
	t.true(story.figures.find(figure => figure.count === 7)?.superseded);
	t.falsy(story.figures.find(figure => figure.count === 3)?.superseded);
	const report = formatSummaryReport(story);
	t.regex(report, /earlier: 7\b/);
	t.regex(report, /of which: 3\n/);
});

test('"raised the toll to 12 dead and 30 wounded": the second count keeps its own casualty word', t => {
	const story = parseStory('A bomb exploded at a market on Friday, killing at least 9 people, police said. Later Friday, the ministry raised the toll to 12 dead and 30 wounded.');
	t.deepEqual(story.figures.map(figure => `${figure.kind} ${figure.count}`), ['killed 9', 'killed 12', 'wounded 30']);
});

test('"put the number of escapees at 93" is the count as it stands, and a bare "the number rose to 52" counts what the count before it counted', t => {
	const story = 'More than 70 inmates escaped from a prison on Wednesday, police said. The ministry later put the number of escapees at 84. Guards had recaptured 30 of them by midday, and the number rose to 47 by night, police said.';
	t.is(summaryTotal(story, 'escaped'), 'exact 84');
	t.is(summaryTotal(story, 'captured'), 'exact 47');
	// "the number of homes" is not a count of people.
	t.is(summaryTotal('Floods killed 12 people on Monday. Officials put the number of homes destroyed at 300.', 'killed'), 'exact 12');
});
