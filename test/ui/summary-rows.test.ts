// The summary pane's rows read like the --summary report: a part's time after a comma is
// written as it reads inside a line, the way the report writes it.
import {readFileSync} from 'node:fs';
import test from 'ava';
import {parseStory} from '../../source/parser/index.js';
import {buildSummaryRows} from '../../source/ui/summary-rows.js';

test('a breakdown part\'s time reads mid-line ("three hours later"), day names keep their capital', t => {
	const text = readFileSync(new URL('../../data/dushanbe-prison-escape.txt', import.meta.url), 'utf8');
	const parts = buildSummaryRows(parseStory(text, {date: '2008-01-14'})).filter(row => row.kind === 'part').map(row => row.detail);
	t.true(parts.some(detail => detail.endsWith(', three hours later')), parts.join(' | '));
	t.false(parts.some(detail => detail.includes('Three hours later')));
	const story = parseStory('Two guards were killed on Monday. Three hours later, on Tuesday, three more guards were killed.', {date: '2026-03-03'});
	t.false(buildSummaryRows(story).some(row => /\bmonday\b|\btuesday\b/.test(row.detail)));
});
