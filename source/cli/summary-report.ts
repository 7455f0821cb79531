import {figureKinds, type Story, type Total} from '../model/types.js';

const typeHeadings = {
	person: 'People',
	organization: 'Organizations',
	location: 'Places',
	nationality: 'Nationalities',
} as const;

export function formatCount(total: {count: number; qualifier: string}): string {
	return total.qualifier === 'exact' ? String(total.count) : `${total.qualifier} ${total.count}`;
}

function formatTotal(story: Story, total: Total): string[] {
	const lines: string[] = [];
	const byId = new Map(story.figures.map(figure => [figure.id, figure]));
	const figures = total.figures.map(id => byId.get(id)).filter(figure => figure !== undefined);
	const sources = [...new Set(figures.map(figure => figure.attribution).filter(Boolean))];
	const subject = figures.find(figure => figure.subject)?.subject;
	lines.push(`${formatCount(total)}${subject ? ` ${subject}` : ''}${sources.length > 0 ? ` (${sources.join('; ')})` : ''}`);
	const parts = figures.filter(figure => figure.partOf !== null);
	if (parts.length > 0) lines.push(`    breakdown: ${parts.map(part => `${formatCount(part)} ${story.text.slice(part.start, part.end)}`).join(' + ')}`);
	for (const claim of total.claims) lines.push(`    also claimed: ${formatCount(claim)}${claim.attribution ? ` (${claim.attribution})` : ''}`);
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
	for (const kind of figureKinds) {
		const total = story.summary[kind];
		if (!total) continue;
		anyTotal = true;
		const [first, ...rest] = formatTotal(story, total);
		out.push(`  ${kind.padEnd(10)} ${first}`, ...rest.map(line => `  ${' '.repeat(10)} ${line.trimStart()}`));
	}

	if (!anyTotal) out.push('  no casualty or escape figures found');

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
	for (const entry of story.timeline) out.push(`  ${entry.expression}${entry.when ? ` [${entry.when}]` : ''}`);
	return out.join('\n') + '\n';
}
