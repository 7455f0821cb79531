import test from 'ava';
import {formatCount, groupDigits} from '../source/cli/figure-context.js';

test('counts of a thousand and more are grouped in threes, as wire copy writes them', t => {
	t.is(groupDigits(7), '7');
	t.is(groupDigits(999), '999');
	t.is(groupDigits(1000), '1,000');
	t.is(groupDigits(21_576), '21,576');
	t.is(groupDigits(1_500_000), '1,500,000');
	t.is(formatCount({count: 21_576, qualifier: 'at least'}), 'at least 21,576');
	t.is(formatCount({count: 1800, qualifier: 'exact'}), '1,800');
});
