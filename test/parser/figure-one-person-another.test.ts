// "A Georgian border guard was killed and another wounded": a nationality before the role still names one person,
// and "another" with an elided "was" is a second one, of the second verb's kind.
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

test('a capitalised nationality before a role names one person killed', t => {
	t.is(summaryTotal('TBILISI (AP) — A Georgian border guard was killed in a shootout near the boundary line on Monday, officials said.', 'killed'), 'exact 1');
});

test('"and another wounded" after a one-person death is one wounded', t => {
	const text = 'TBILISI (AP) — A Georgian border guard was killed and another wounded in a shootout near the boundary line on Monday, officials said.';
	t.is(summaryTotal(text, 'killed'), 'exact 1');
	t.is(summaryTotal(text, 'wounded'), 'exact 1');
	t.is(summaryTotal('TBILISI (AP) — A police officer was wounded and another was injured by a falling wall, officials said.', 'wounded'), 'exact 2');
});
