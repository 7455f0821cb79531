// Wordings whose kind no single cue word says: "feared buried", "whereabouts … unknown", "handed prison terms to".
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

test('people feared buried are missing', t => {
	t.is(summaryTotal('KATHMANDU (AP) - A landslide swept through a hill village on Monday. Fourteen villagers are feared buried under the mud, officials said.', 'missing'), 'exact 14');
});

test('people whose whereabouts are unknown are missing', t => {
	t.is(summaryTotal('KATHMANDU (AP) - Floods hit the valley on Monday. The whereabouts of six trekkers remain unknown, police said.', 'missing'), 'exact 6');
	t.is(summaryTotal('KATHMANDU (AP) - Floods hit the valley on Monday. Police said six trekkers whose whereabouts are unknown had set out on Sunday.', 'missing'), 'exact 6');
});

test('prison terms handed to people are sentences', t => {
	t.is(summaryTotal('ALGIERS (Reuters) - A court on Tuesday handed prison terms to 11 activists arrested during the protests.', 'sentenced'), 'exact 11');
	t.is(summaryTotal('ALGIERS (Reuters) - A court on Tuesday gave jail sentences of up to five years to eight men.', 'sentenced'), 'exact 8');
});

test('a burial is no missing person', t => {
	t.is(summaryTotal('KATHMANDU (AP) - A landslide killed nine people on Monday. The nine villagers were buried on Tuesday.', 'missing'), null);
});
