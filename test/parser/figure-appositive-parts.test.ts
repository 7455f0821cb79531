// Counts in an aside that opens right after a count (a dash, a bracket, a colon) say who that count was: its
// parts, not more people. "at least five people — one guard and four inmates —" is five, not nine.
import test from 'ava';
import {parseStory} from '../../source/parser/index.js';
import {summaryTotal} from '../helpers/figure-stories.js';

test('counts in a dash, bracket or colon aside right after a count are its parts', t => {
	const dashes = parseStory('Gunmen killed at least five people — one guard and four inmates — officials said. The four inmates were shot as they fled.');
	t.is(dashes.summary.killed?.count, 5);
	t.is(dashes.summary.killed?.qualifier, 'at least');
	t.is(parseStory('The blast killed six people (two police officers and four bystanders), the governor said.').summary.killed?.count, 6);
	t.is(parseStory('The blast killed six people: two police officers and four bystanders.').summary.killed?.count, 6);
});

test('an aside that opens after more words than the count tells more, not who', t => {
	t.is(parseStory('The blast killed six people on Monday — and four bystanders died later in hospital.').summary.killed?.count, 10);
});

test('a dash aside between a count and its verb is skipped, and its counts are parts of the count', t => {
	const story = 'The nine crew members of a fishing trawler — six Filipinos and three Vietnamese — were kidnapped by pirates on Monday.';
	t.is(summaryTotal(story, 'hostages'), 'exact 9');
});

test('"Those freed were four Indonesians and two Malaysians" says who the people counted before were', t => {
	const story = 'Six sailors were freed on Sunday, officials said. Those freed were four Indonesians and two Malaysians, the general said.';
	t.is(summaryTotal(story, 'rescued'), 'exact 6');
	t.is(summaryTotal('The blast killed three Pakistanis and two Sri Lankans at the port.', 'killed'), 'exact 5');
});
