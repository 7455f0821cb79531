import test from 'ava';
import {computeLayout, paneChrome} from '../../source/ui/layout.js';

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

test('stacked, every size down to 40×10: the panes add up to the rows there are, and the focused one keeps something to show', t => {
	for (let rows = 10; rows <= 50; rows++) {
		for (const columns of [40, 60, 99]) {
			for (const focus of ['article', 'entities', 'summary'] as const) {
				const layout = computeLayout(columns, rows, focus);
				if (layout.kind !== 'stacked') return t.fail();
				const at = `${columns}×${rows} ${focus}`;
				// Root rows - 1, less the status bar.
				t.is(layout.article.height + layout.entities.height, rows - 2, at);
				t.is(layout.entities.height, layout.summary.height, at);
				// Nothing smaller than a border and a title row.
				t.true(layout.article.height >= paneChrome.rows && layout.entities.height >= paneChrome.rows, at);
				if (focus === 'article') t.true(layout.article.height >= paneChrome.rows + 2, `${at}: two article lines`);
				else t.true(layout.entities.height >= paneChrome.rows + 2, `${at}: the search box and a name`);
			}
		}
	}

	t.pass();
});

test('side by side on short terminals: the focused names or summary pane gets the rows, the other keeps its title', t => {
	for (let rows = 10; rows <= 14; rows++) {
		for (const columns of [100, 159]) {
			const panes = rows - 2;
			for (const focus of ['entities', 'summary'] as const) {
				const layout = computeLayout(columns, rows, focus);
				if (layout.kind !== 'wide') return t.fail();
				const at = `${columns}×${rows} ${focus}`;
				t.is(layout.entities.height + layout.summary.height, panes, at);
				t.true(Math.min(layout.entities.height, layout.summary.height) >= paneChrome.rows, at);
				t.true(layout[focus].height >= paneChrome.rows + 2, `${at}: at least two rows in the focused pane`);
			}
		}
	}

	const tall = computeLayout(120, 40, 'summary');
	if (tall.kind === 'wide') t.is(tall.entities.height, 19, 'tall terminals: half each, whatever has focus');
});

test('from 160 columns the names and the summary each get a full-height column, and article lines stay readable', t => {
	for (const columns of [160, 200, 240, 320]) {
		const layout = computeLayout(columns, 50, 'entities');
		if (layout.kind !== 'columns') return t.fail(`${columns}: ${layout.kind}`);
		t.is(layout.article.width + layout.entities.width + layout.summary.width, columns);
		t.is(layout.entities.height, 48);
		t.is(layout.summary.height, 48);
		t.true(layout.article.width >= 72 && layout.article.width <= 120, `${columns}: article ${layout.article.width}`);
		t.true(layout.entities.width >= 40 && layout.summary.width >= 40, `${columns}`);
	}

	t.is(computeLayout(159, 50).kind, 'wide');
});
