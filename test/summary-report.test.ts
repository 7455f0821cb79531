import test from 'ava';
import {formatSummaryReport} from '../source/cli/summary-report.js';
import {buildSummaryRows} from '../source/ui/summary-rows.js';
import {parseFixture} from './helpers/figure-stories.js';
import {parseStory} from '../source/parser/index.js';

test('the report shows totals with qualifiers and sources, the breakdown with where and when, and what was left out', t => {
	const report = formatSummaryReport(parseFixture('data/dushanbe-prison-escape.txt', '2008-01-14'));
	t.regex(report, /^ {2}escaped {4}25 Islamic militants, according to the security services$/m);
	t.regex(report, /^ {2}killed {5}at least 5 guards, according to the security services$/m);
	t.regex(report, /of which: 1 guard, late Sunday \+ 4 guards at a nearby prison checkpoint, three hours later$/m);
	t.regex(report, /^ {2}wounded {4}2 guards, according to the security services$/m);
	t.regex(report, /not counted \(other events\):\n {4}sentenced 46 people, last week\n/);
	t.false(/^ {2}sentenced/m.test(report), 'the 46 sentenced are not a total');
});

test('the report lists competing claims with who made them', t => {
	const report = formatSummaryReport(parseFixture('figures-conflicting-tolls.txt'));
	t.regex(report, /^ {2}killed {5}15 people, according to hospital officials\n {15}also claimed: at least 12, according to police\n {15}also claimed: up to 20, according to a local television station$/m);
});

test('the timeline is in event order with resolved dates, each time with what happened then', t => {
	const report = formatSummaryReport(parseFixture('data/dushanbe-prison-escape.txt', '2008-01-14'));
	const timeline = report.slice(report.indexOf('TIMELINE'));
	// The two mentions of the 1990s are two events, each shown with its own.
	t.regex(timeline, /^ {2}1990-01-01\/1999-12-31 {2}the 1990s — .*civil war in the 1990s$/m);
	t.regex(timeline, /^ {2}1990-01-01\/1999-12-31 {2}the 1990s — .*emerged in the 1990s$/m);
	t.true(timeline.indexOf('late Sunday') < timeline.indexOf('1:10 a.m. local time'));
	t.regex(timeline, /^ {2}2008-01-13 {13}late Sunday — The prisoners attacked their guards late Sunday, killing one and badly wounding two others$/m);
	t.regex(timeline, /^ {2}2008-01-14 {13}Three hours later, at 1:10 a\.m\. local time — They attacked a nearby prison checkpoint, killing four guards$/m);
	// Long events are cut on a word, with an ellipsis.
	t.true(timeline.split('\n').every(line => line.length < 180));
	const undated = formatSummaryReport(parseFixture('data/dushanbe-prison-escape.txt'));
	t.regex(undated, /use --date YYYY-MM-DD/);
});

test('a vague headline count ("Dozens feared dead") over the body\'s toll is that toll told again: no part, no claim', t => {
	const story = parseFixture('figures-vague-headline.txt');
	const report = formatSummaryReport(story);
	t.regex(report, /^ {2}killed {5}at least 42 people, according to officials\n {15}of which: 12 children \+ 30 adults$/m);
	t.false(/also claimed|at least 24/.test(report), report);
	const parts = buildSummaryRows(story).filter(row => row.kind === 'part').map(row => row.detail);
	t.deepEqual(parts, ['+ 12 children', '+ 30 adults']);
});

test('a time at the start of its sentence loses its capital inside a line of other events', t => {
	const report = formatSummaryReport(parseStory([
		'BAMAKO (Reuters) - Gunmen killed 12 villagers in central Mali on Friday, officials said.',
		'The previous day, soldiers killed 3 militants in a nearby town.',
		'Earlier this month, a bomb killed 7 people in the capital.',
	].join('\n\n'), {date: '2026-11-27'}));
	t.regex(report, /^ {4}killed 3 militants, the previous day$/m);
	t.regex(report, /^ {4}killed 7 people, earlier this month$/m);
	t.notRegex(report, /, The previous day|, Earlier this month/);
});
