// The summary pane's rows (totals, their breakdown and competing claims, then the
// timeline) as plain data, so the pane only renders and the dispatcher knows which
// rows lead to a sentence. Pure: no Ink.
import {figureKinds, summaryKinds, type Story, type Total} from '../model/types.js';

export type SummaryRowKind = 'heading' | 'total' | 'part' | 'claim' | 'time' | 'empty';

export type SummaryRow = {
	kind: SummaryRowKind;
	/** Short left column: the kind ("killed"), or the time expression. */
	label: string;
	/** The rest of the row. */
	detail: string;
	/** Where Enter takes the article, or null for rows that lead nowhere. */
	sentence: number | null;
};

export function formatCount(total: {count: number; qualifier: string}): string {
	return total.qualifier === 'exact' ? String(total.count) : `${total.qualifier} ${total.count}`;
}

function totalRows(story: Story, kind: string, total: Total): SummaryRow[] {
	const byId = new Map(story.figures.map(figure => [figure.id, figure]));
	const figures = total.figures.map(id => byId.get(id)).filter(figure => figure !== undefined);
	const subject = figures.find(figure => figure.subject)?.subject;
	const sources = [...new Set(figures.map(figure => figure.attribution).filter(Boolean))];
	const rows: SummaryRow[] = [{
		kind: 'total',
		label: kind,
		detail: `${formatCount(total)}${subject ? ` ${subject}` : ''}${sources.length > 0 ? ` · ${sources.join('; ')}` : ''}`,
		sentence: figures[0]?.sentence ?? null,
	}];
	// The breakdown: parts of this total, whether listed in it or pointing at a figure that is.
	const ids = new Set(total.figures);
	const parts = story.figures.filter(figure => figure.partOf !== null && (ids.has(figure.id) || ids.has(figure.partOf)));
	for (const part of parts) {
		rows.push({kind: 'part', label: '', detail: `+ ${formatCount(part)}${part.subject ? ` ${part.subject}` : ''}: ${excerpt(story, part.sentence)}`, sentence: part.sentence});
	}

	for (const claim of total.claims) {
		rows.push({
			kind: 'claim',
			label: '',
			detail: `also claimed: ${formatCount(claim)}${claim.attribution ? ` · ${claim.attribution}` : ''}`,
			sentence: byId.get(claim.figure)?.sentence ?? null,
		});
	}

	return rows;
}

function excerpt(story: Story, sentence: number): string {
	const span = story.sentences[sentence];
	return span ? story.text.slice(span.start, span.end).replaceAll(/\s+/g, ' ') : '';
}

export function buildSummaryRows(story: Story): SummaryRow[] {
	const rows: SummaryRow[] = [];
	// Escaped, killed, wounded first (the summary's own order), then any other kind found.
	const kinds = [...summaryKinds, ...figureKinds.filter(kind => !(summaryKinds as readonly string[]).includes(kind))];
	for (const kind of kinds) {
		const total = story.summary[kind];
		if (total) rows.push(...totalRows(story, kind, total));
	}

	if (rows.length === 0) rows.push({kind: 'empty', label: '', detail: 'no casualty figures found', sentence: null});
	rows.push({kind: 'heading', label: 'Timeline', detail: '', sentence: null});
	if (story.timeline.length === 0) rows.push({kind: 'empty', label: '', detail: 'no time expressions found', sentence: null});
	for (const entry of story.timeline) {
		rows.push({kind: 'time', label: entry.expression, detail: entry.when ?? '', sentence: entry.sentence});
	}

	return rows;
}
