// "since the fighting began in April" counts from a past start: a cumulative figure, not the story's own event.
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

const lead = 'KHARTOUM (Reuters) - Shelling killed 14 people in the city on Monday, medics said.';

test('a count since a conflict began in a past month is background', t => {
	t.is(summaryTotal(`${lead} More than 200,000 people have been displaced since the fighting began in April.`, 'displaced'), null);
	t.is(summaryTotal(`${lead} The war has displaced 3 million people since it broke out last April.`, 'displaced'), null);
});

test('a count since the incident itself began is the story\'s', t => {
	t.is(summaryTotal(`${lead} About 5,000 people have fled their homes since the fighting began on Monday.`, 'displaced'), 'about 5000');
});
