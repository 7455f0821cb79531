// Displacement told with other verbs: "uprooted", "sought refuge".
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

test('people uprooted or taking refuge are displaced', t => {
	t.is(summaryTotal('About 15,000 people have been uprooted by the fighting, the UN said.', 'displaced'), 'about 15000');
	t.is(summaryTotal('The clashes have uprooted more than 6,000 people in the region.', 'displaced'), 'more than 6000');
	t.is(summaryTotal('At least 9,000 people sought refuge in schools and churches after the quake.', 'displaced'), 'at least 9000');
	t.is(summaryTotal('Some 2,000 villagers took refuge in a nearby town, officials said.', 'displaced'), 'about 2000');
});
