// A participle clause after the main one tells what the attack or disaster did: "…, kidnapping 20 passengers",
// "…, displacing 14,000 people", "…, sentencing 14 people to prison".
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

const at = 'LAGOS (Reuters) - ';

test('gerunds take their count as an object', t => {
	t.is(summaryTotal(`${at}Floods swept through the region, displacing 14,000 people.`, 'displaced'), 'exact 14000');
	t.is(summaryTotal(`${at}Gunmen attacked a bus, kidnapping 20 passengers.`, 'hostages'), 'exact 20');
	t.is(summaryTotal(`${at}Gunmen raided the village, abducting 31 people.`, 'hostages'), 'exact 31');
	t.is(summaryTotal(`${at}The court ruled on Monday, sentencing 14 people to prison.`, 'sentenced'), 'exact 14');
	t.is(summaryTotal(`${at}The fighting spread quickly, uprooting 3,000 people.`, 'displaced'), 'exact 3000');
});

test('a kidnapping years ago is no count of hostages', t => {
	t.is(summaryTotal(`${at}The town recalled the kidnapping 20 years ago.`, 'hostages'), null);
});
