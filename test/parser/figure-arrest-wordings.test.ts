// Arrests told with other verbs: "apprehended", "held for questioning", "taken into custody".
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

test('people apprehended or held for questioning are arrested', t => {
	t.is(summaryTotal('Nine people were apprehended at the border, officials said.', 'arrested'), 'exact 9');
	t.is(summaryTotal('Border guards apprehended 14 migrants near the river.', 'arrested'), 'exact 14');
	t.is(summaryTotal('Twelve suspects were held for questioning, police said.', 'arrested'), 'exact 12');
});

test('held for other reasons is no arrest', t => {
	t.is(summaryTotal('Twelve people were held up by the traffic, police said.', 'arrested'), null);
});
