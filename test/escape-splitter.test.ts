import test from 'ava';
import {isUnfinished, splitTrailingEscape} from '../source/ui/terminal/escape-splitter.js';

test('text without ESC is delivered at once', t => {
	t.deepEqual(splitTrailingEscape('jjk'), {ready: 'jjk', held: ''});
	t.deepEqual(splitTrailingEscape(''), {ready: '', held: ''});
});

test('a lone trailing ESC is held: it may be the start of an arrow key', t => {
	t.deepEqual(splitTrailingEscape('\u001B'), {ready: '', held: '\u001B'});
	t.deepEqual(splitTrailingEscape('jj\u001B'), {ready: 'jj', held: '\u001B'});
});

test('an arrow split after ESC [ is held until its final byte', t => {
	t.deepEqual(splitTrailingEscape('\u001B['), {ready: '', held: '\u001B['});
	t.deepEqual(splitTrailingEscape('\u001B[1;5'), {ready: '', held: '\u001B[1;5'});
	t.deepEqual(splitTrailingEscape('\u001B[5'), {ready: '', held: '\u001B[5'});
	t.deepEqual(splitTrailingEscape('\u001BO'), {ready: '', held: '\u001BO'});
	t.deepEqual(splitTrailingEscape('\u001B[['), {ready: '', held: '\u001B[['});
});

test('the two halves joined again make one complete key', t => {
	const first = splitTrailingEscape('k\u001B');
	const second = splitTrailingEscape(first.held + '[B');
	t.is(first.ready + second.ready, 'k\u001B[B');
	t.is(second.held, '');
});

test('complete sequences are never held', t => {
	for (const key of ['\u001B[A', '\u001B[5~', '\u001B[1;5C', '\u001BOP', '\u001Bb', '\u001B\u001B[A', '\u001B[[A', '\u001B[Z']) {
		t.deepEqual(splitTrailingEscape(`x${key}`), {ready: `x${key}`, held: ''}, JSON.stringify(key));
	}
});

test('Alt+arrow (ESC ESC [ A) split anywhere is held from its first ESC', t => {
	t.deepEqual(splitTrailingEscape('a\u001B\u001B'), {ready: 'a', held: '\u001B\u001B'});
	t.deepEqual(splitTrailingEscape('a\u001B\u001B['), {ready: 'a', held: '\u001B\u001B['});
});

test('only the last sequence can be unfinished; earlier ones pass through', t => {
	t.deepEqual(splitTrailingEscape('\u001B[Aj\u001B['), {ready: '\u001B[Aj', held: '\u001B['});
});

test('a long run that only looks like a sequence start is not held forever', t => {
	const long = '\u001B[' + '1;'.repeat(40);
	t.deepEqual(splitTrailingEscape(long), {ready: long, held: ''});
});

test('isUnfinished tells prefixes from whole keys', t => {
	t.true(isUnfinished('\u001B'));
	t.true(isUnfinished('\u001B[2'));
	t.false(isUnfinished('\u001B[2~'));
	t.false(isUnfinished('\u001Bx'));
	t.false(isUnfinished('\u001BOA'));
});
