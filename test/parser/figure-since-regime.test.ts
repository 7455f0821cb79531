// A toll counted since a war began, since a coup or takeover, or "in that time" after one, is the conflict's to date,
// not the story's own event (the story's count stays).
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

const lead = 'LAGOS (Reuters) - Gunmen shot dead nine traders at a market in the north on Tuesday, police said.';

test('a count since the war began, with no day of the incident, is background', t => {
	const story = `${lead} Troops have detained 2,300 suspects in the region since the insurgency started. More than 5,000 people have been killed in the region in that time, officials say.`;
	t.is(summaryTotal(story, 'killed'), 'exact 9');
	t.is(summaryTotal(story, 'arrested'), null);
});

test('a count since a coup or a takeover is background', t => {
	t.is(summaryTotal(`${lead} A monitoring group says more than 4,200 people have been killed by soldiers since the coup.`, 'killed'), 'exact 9');
	t.is(summaryTotal(`${lead} Rights groups say about 900 civilians have died since the military takeover.`, 'killed'), 'exact 9');
});

test('"in that time" after the incident\'s own start is the story\'s count', t => {
	t.is(summaryTotal('TRIPOLI (Reuters) - Fighting broke out between two militias in the capital on Monday. At least 30 people have been killed in that time, the health ministry said.', 'killed'), 'at least 30');
	t.is(summaryTotal('KHARTOUM (Reuters) - About 5,000 people have fled their homes since the fighting began on Monday, aid workers said.', 'displaced'), 'about 5000');
});
