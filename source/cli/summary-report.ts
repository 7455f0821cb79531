import {figureKinds, summaryKinds, type Figure, type Story, type Total} from '../model/types.js';
import {eventLength, timelineRows} from '../parser/timeline-events.js';
import {breakdownOf, countWithSubject, formatCount, nounFor, placeOf, sourcesOf, timeInLine} from './figure-context.js';


function cut(text: string, length: number): string {
	if (text.length <= length) return text;
	const space = text.lastIndexOf(' ', length - 1);
	return `${text.slice(0, space > length / 2 ? space : length - 1)}…`;
}

const typeHeadings = {
	person: 'People',
	organization: 'Organizations',
	location: 'Places',
	nationality: 'Nationalities',
} as const;

/** One figure of a breakdown: its count and noun, with where and when ("4 guards at a nearby prison checkpoint, three hours later"). */
function describe(story: Story, piece: Figure): string {
	const where = placeOf(story, piece);
	const when = timeInLine(story, piece);
	const place = [countWithSubject(piece), where].filter(Boolean).join(' ');
	return when && !where?.includes(when) ? `${place}, ${when}` : place;
}

/** A total, its sources, the parts it rests on ("1 guard late Sunday + 4 guards at a nearby prison checkpoint") and competing claims. */
function formatTotal(story: Story, total: Total): string[] {
	const lines: string[] = [];
	const byId = new Map(story.figures.map(figure => [figure.id, figure]));
	const figures = total.figures.map(id => byId.get(id)).filter(figure => figure !== undefined);
	const ids = new Set(total.figures);
	const roots = figures.filter(figure => figure.partOf === null || !ids.has(figure.partOf));
	// Who said the total itself (a part's source is not the total's). "officials" and "the officials" are one source.
	const sources = sourcesOf(roots);
	// The total's noun: its toll's own, or the one noun all the added groups share.
	const nouns = new Set(roots.map(figure => figure.subject));
	const subject = nouns.size === 1 ? [...nouns][0] : null;
	lines.push(`${formatCount(total)}${subject ? ` ${nounFor(total.count, subject)}` : ''}${sources.length > 0 ? `, according to ${sources.join('; ')}` : ''}`);
	// A breakdown: the parts of the total, or the groups that were added up when the story gives no total.
	// Earlier states of the total ("11 by Monday evening") are shown as such, not as a breakdown.
	const {parts, earlier} = breakdownOf(story, total, 'listed');
	const added = figures.filter(figure => figure.partOf === null || !ids.has(figure.partOf));
	const pieces = parts.length > 0 ? parts : added.length > 1 && added.reduce((sum, figure) => sum + figure.count, 0) === total.count ? added : [];
	if (pieces.length > 0 && !(pieces.length === 1 && pieces[0].count === total.count)) {
		const described = pieces.map(piece => describe(story, piece));
		lines.push(`${parts.length > 0 ? 'of which' : 'made up of'}: ${described.join(' + ')}`);
	}

	if (earlier.length > 0) lines.push(`earlier: ${earlier.map(figure => describe(story, figure)).join('; ')}`);
	for (const claim of total.claims) lines.push(`also claimed: ${formatCount(claim)}${claim.attribution ? `, according to ${claim.attribution}` : ' (source not given)'}`);
	return lines;
}

/** The plain-text situation report: what --summary prints and what a pipe gets. */
export function formatSummaryReport(story: Story): string {
	const out: string[] = [];
	const heading = story.title ?? (story.dateline ? `${story.dateline.place}${story.dateline.region ? `, ${story.dateline.region}` : ''}` : null);
	if (heading) out.push(heading);
	if (story.published) out.push(`Published ${story.published}`);
	if (out.length > 0) out.push('');

	out.push('SUMMARY');
	let anyTotal = false;
	const kinds = [...summaryKinds, ...figureKinds.filter(kind => !(summaryKinds as readonly string[]).includes(kind))];
	for (const kind of kinds) {
		const total = story.summary[kind];
		if (!total) continue;
		anyTotal = true;
		const [first, ...rest] = formatTotal(story, total);
		out.push(`  ${kind.padEnd(10)} ${first}`, ...rest.map(line => `  ${' '.repeat(10)}   ${line}`));
	}

	if (!anyTotal) out.push('  no casualty or escape figures found');
	const others = story.figures.filter(figure => !figure.mainEvent);
	if (others.length > 0) {
		out.push('  not counted (other events):');
		for (const figure of others) {
			// Mid-line, as in a breakdown: "killed 3 soldiers, the previous day" (day and month names keep their capital).
			const when = timeInLine(story, figure);
			out.push(`    ${figure.kind} ${countWithSubject(figure)}${when ? `, ${when}` : ''}`);
		}
	}

	out.push('', 'ENTITIES');
	if (story.entities.length === 0) out.push('  no names found');
	for (const type of Object.keys(typeHeadings) as Array<keyof typeof typeHeadings>) {
		const entities = story.entities.filter(entity => entity.type === type);
		if (entities.length === 0) continue;
		out.push(`  ${typeHeadings[type]}`);
		for (const entity of entities) {
			const aliases = entity.aliases.length > 0 ? ` (${entity.aliases.join(', ')})` : '';
			const mentions = `${entity.mentions.length} mention${entity.mentions.length === 1 ? '' : 's'}`;
			out.push(`    ${entity.name}${aliases}: ${mentions}${entity.descriptions.length > 0 ? `; ${entity.descriptions.join('; ')}` : ''}`);
		}
	}

	out.push('', 'TIMELINE');
	if (story.timeline.length === 0) out.push('  no time expressions found');
	// In the order the events happened, each with what happened then (its sentence's gist).
	const rows = timelineRows(story);
	const width = Math.max(0, ...rows.map(row => (row.when ?? '').length));
	for (const row of rows) {
		const when = (row.when ?? (story.published ? '?' : '')).padEnd(width);
		out.push(`  ${width > 0 ? `${when}  ` : ''}${row.expression}${row.event ? ` — ${cut(row.event, eventLength)}` : ''}`.trimEnd());
	}

	if (!story.published && story.timeline.length > 0) out.push('  (no story date: use --date YYYY-MM-DD to resolve relative times)');
	return out.join('\n') + '\n';
}
