// A toll counted "since 2012" is cumulative background, and so is the perfect-tense clause joined to it by ", and"
// ("and more than 400,000 have fled their homes"): both count since that year, not in the story's own event.
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

const lead = 'BAMAKO (Reuters) - Gunmen killed 12 soldiers in central Mali on Monday, the army said.';

test('a perfect-tense clause joined to a "since <year>" clause is background too', t => {
	t.is(summaryTotal(`${lead} Thousands of people have been killed in Mali since 2012, and more than 400,000 have fled their homes.`, 'displaced'), null);
	t.is(summaryTotal(`${lead} The insurgency has killed thousands since 2015, and it has displaced more than 300,000 people.`, 'displaced'), null);
});

test('a clause with its own time or tense stays the story\'s', t => {
	t.is(summaryTotal(`${lead} Thousands have been killed since 2012, and on Monday about 2,000 people fled their homes.`, 'displaced'), 'about 2000');
	t.is(summaryTotal('BAMAKO (Reuters) - Floods have killed 20 people since Monday, and more than 4,000 have fled their homes.', 'displaced'), 'more than 4000');
});
