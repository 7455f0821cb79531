// The summary pane in "all stories" mode: totals across the folder, each story
// counted once, with how many stories each sum rests on. Pure: no Ink.
import {figureKinds} from '../../model/types.js';
import type {Desk} from '../../desk/desk.js';
import {formatCount} from '../../cli/figure-context.js';
import type {SummaryRow} from '../summary-rows.js';

export function buildDeskSummaryRows(desk: Desk): SummaryRow[] {
	const totals = desk.totals();
	const {parsed, skipped, total} = desk.progress;
	const rows: SummaryRow[] = [];
	const stories = (n: number) => `${n} stor${n === 1 ? 'y' : 'ies'}`;
	for (const kind of figureKinds) {
		const sum = totals.byKind[kind];
		if (!sum) continue;
		rows.push({kind: 'total', label: kind, detail: `${formatCount(sum)} · from ${stories(sum.stories.length)}`, sentence: null});
	}

	if (rows.length === 0) rows.push({kind: 'empty', label: '', detail: 'no casualty figures found', sentence: null});
	rows.push({kind: 'heading', label: 'All stories', detail: '', sentence: null});
	rows.push({kind: 'empty', label: '', detail: `${stories(totals.counted)} counted${parsed + skipped < total ? ` (${parsed + skipped} of ${total} files read so far)` : ''}`, sentence: null});
	if (totals.duplicates > 0) rows.push({kind: 'empty', label: '', detail: `${totals.duplicates} duplicate${totals.duplicates === 1 ? '' : 's'} counted once`, sentence: null});
	const notStories = skipped + desk.otherFiles.length;
	if (notStories > 0) rows.push({kind: 'empty', label: '', detail: `${notStories} file${notStories === 1 ? '' : 's'} skipped (not stories)`, sentence: null});
	return rows;
}
