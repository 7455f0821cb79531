import test from 'ava';
import {computeLayout} from '../../source/ui/layout.js';

test('side by side at 100 columns and more, stacked below, too small below 40×10', t => {
	const wide = computeLayout(120, 40);
	t.is(wide.kind, 'wide');
	if (wide.kind === 'wide') {
		t.is(wide.height, 39, 'Ink root is rows - 1');
		t.is(wide.article.width + wide.entities.width, 120);
		t.is(wide.entities.height + wide.summary.height, 38);
		t.true(wide.article.width > wide.entities.width);
	}

	t.is(computeLayout(100, 30).kind, 'wide');
	const stacked = computeLayout(99, 30);
	t.is(stacked.kind, 'stacked');
	if (stacked.kind === 'stacked') {
		t.is(stacked.article.width, 99);
		t.is(stacked.entities.width + stacked.summary.width, 99);
		t.is(stacked.article.height + stacked.entities.height, 28);
	}

	t.is(computeLayout(40, 10).kind, 'stacked');
	t.is(computeLayout(39, 40).kind, 'too-small');
	t.is(computeLayout(120, 9).kind, 'too-small');
});

test('stacked, a focused lower pane gets more rows', t => {
	const reading = computeLayout(70, 20, 'article');
	const searching = computeLayout(70, 20, 'entities');
	if (reading.kind !== 'stacked' || searching.kind !== 'stacked') return t.fail();
	t.true(searching.entities.height > reading.entities.height);
});
