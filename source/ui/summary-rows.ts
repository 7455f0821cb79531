// The summary pane's rows (totals with their sources, breakdown and competing claims,
// figures about other events, then the timeline) as plain data, so the pane only
// renders and the dispatcher knows which rows lead to a sentence. Pure: no Ink.
import {figureKinds, summaryKinds, type Figure, type Story, type Total} from '../model/types.js';
// Pure helpers shared with the --summary report: where and when a part of a breakdown happened.
import {timelineRows} from '../parser/timeline-events.js';
import {breakdownOf, countWithSubject, formatCount, placeOf, sourcesOf, timeInLine} from '../cli/figure-context.js';

export type SummaryRowKind = 'heading' | 'total' | 'source' | 'part' | 'claim' | 'other' | 'time' | 'empty';

export type SummaryRow = {
	kind: SummaryRowKind;
	/** Short left column: the kind ("killed"), or the time expression. */
	label: string;
	/** The rest of the row. */
	detail: string;
	/** Where Enter takes the article, or null for rows that lead nowhere. */
	sentence: number | null;
	/** A time row's resolved date or range ("2008-01-13"), when known. */
	when?: string;
};

/** "1 guard, late Sunday" / "4 guards at a nearby prison checkpoint, three hours later". */
function describePart(story: Story, figure: Figure): string {
	const where = placeOf(story, figure);
	const when = timeInLine(story, figure);
	if (!where && !when) {
		// Nothing to name it by: the story's own words from the number to the end of its clause.
		const sentence = story.sentences[figure.sentence];
		const clause = story.text.slice(figure.start, sentence?.end ?? figure.end).split(/[,;.:]|\s(?:and|but)\s/)[0]!.replaceAll(/\s+/g, ' ').trim();
		return clause.length > figure.end - figure.start ? clause : countWithSubject(figure);
	}

	const what = [countWithSubject(figure), where].filter(Boolean).join(' ');
	return when && !where?.includes(when) ? `${what}, ${when}` : what;
}

function totalRows(story: Story, kind: string, total: Total): SummaryRow[] {
	const byId = new Map(story.figures.map(figure => [figure.id, figure]));
	const figures = total.figures.map(id => byId.get(id)).filter(figure => figure !== undefined);
	const subject = figures.find(figure => figure.subject)?.subject ?? null;
	// "officials" and "the officials" are one source.
	const sources = sourcesOf(figures);
	const rows: SummaryRow[] = [{kind: 'total', label: kind, detail: countWithSubject({...total, subject}), sentence: figures[0]?.sentence ?? null}];
	if (sources.length > 0) rows.push({kind: 'source', label: '', detail: `according to ${sources.join('; ')}`, sentence: null});
	// The breakdown: parts of this total, whether listed in it or pointing at a figure that is; an earlier state of
	// the total ("11 by Monday evening") is no piece of it to add.
	const {parts, earlier} = breakdownOf(story, total);
	for (const part of parts) rows.push({kind: 'part', label: '', detail: `+ ${describePart(story, part)}`, sentence: part.sentence});
	for (const part of earlier) rows.push({kind: 'part', label: '', detail: `earlier: ${describePart(story, part)}`, sentence: part.sentence});
	for (const claim of total.claims) {
		rows.push({
			kind: 'claim',
			label: '',
			detail: `also claimed: ${formatCount(claim)}${claim.attribution ? `, according to ${claim.attribution}` : ''}`,
			sentence: byId.get(claim.figure)?.sentence ?? null,
		});
	}

	return rows;
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
	// Figures about other events (earlier attacks, past sentences) stay out of the totals but are worth a look.
	const others = story.figures.filter(figure => !figure.mainEvent);
	if (others.length > 0) {
		rows.push({kind: 'heading', label: 'Other events', detail: '', sentence: null});
		for (const figure of others) {
			const when = timeInLine(story, figure);
			rows.push({kind: 'other', label: figure.kind, detail: `${countWithSubject(figure)}${when ? `, ${when}` : ''}`, sentence: figure.sentence});
		}
	}

	rows.push({kind: 'heading', label: 'Timeline', detail: '', sentence: null});
	if (story.timeline.length === 0) rows.push({kind: 'empty', label: '', detail: 'no time expressions found', sentence: null});
	// The time, then what happened then (its sentence's gist) on the lines under it.
	for (const entry of timelineRows(story)) {
		rows.push({kind: 'time', label: entry.expression, detail: entry.event, sentence: entry.sentence, ...(entry.when ? {when: entry.when} : {})});
	}

	return rows;
}
