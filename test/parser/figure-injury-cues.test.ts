// Injuries written without "injured": suffering burns, being treated, being in serious condition.
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

const wounded = (text: string) => summaryTotal(text, 'wounded');

test('suffering an injury, being treated or being in serious condition is wounded', t => {
	t.is(wounded('Eleven workers suffered burns when the boiler burst, the company said.'), 'exact 11');
	t.is(wounded('Doctors said 43 people were being treated at the district hospital, nine of them in critical condition.'), 'exact 43');
	t.is(wounded('Six people were killed and 25 were treated for smoke inhalation.'), 'exact 25');
});

test('suffering a loss, or a condition of things, is no injury', t => {
	t.is(wounded('The airline suffered losses on 12 routes last year.'), null);
	t.is(wounded('Nine people were killed. Three bridges were in poor condition.'), null);
});

test('survivors treated for dehydration or exhaustion are not injured; treated for burns they are', t => {
	const story = 'A boat carrying 60 migrants sank on Monday. Coast guards rescued 41 survivors.\n\nNine of the survivors were being treated at the town\'s clinic for dehydration and exhaustion, officials said.';
	t.is(summaryTotal(story, 'wounded'), null);
	t.is(summaryTotal(story, 'rescued'), 'exact 41');
	t.is(summaryTotal('A fire gutted the market. Nine traders were being treated for burns, officials said.', 'wounded'), 'exact 9');
});
