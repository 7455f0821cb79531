// npm run eval [-- --quiet] [-- name…]: runs the parser over ../shared/articles/*.txt
// (real stories the parser was not written for) and compares what it finds with
// expectations written by reading those stories by hand:
//   eval/figures.json   {"<file>.txt": {"killed": {count, qualifier} | null, "wounded": …, "escaped": …}}
//   eval/entities.json  {"<file>.txt": {"person": [names], "organization": […], "location": […], "nationality": […]}}
// Either file may be absent or cover only some stories; what is missing is not scored.
// The articles are read at run time only: their text never goes into the repository.
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseStory} from '../source/parser/index.js';
import {summaryKinds, type EntityType, type Qualifier, type Story, type SummaryKind} from '../source/model/types.js';

type ExpectedTotal = {count: number; qualifier: Qualifier} | null;
type ExpectedFigures = Partial<Record<SummaryKind, ExpectedTotal>> & {note?: string};
type ExpectedEntities = Partial<Record<EntityType, string[]>>;

const entityTypes: EntityType[] = ['person', 'organization', 'location', 'nationality'];
const root = fileURLToPath(new URL('..', import.meta.url));
const articles = join(root, '..', 'shared', 'articles');
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const only = args.filter(arg => !arg.startsWith('--'));

function readJson<T>(path: string): T | undefined {
	if (!existsSync(path)) return undefined;
	return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Publication dates from the SOURCES.md table, so relative times can be resolved. */
function readDates(): Map<string, string> {
	const dates = new Map<string, string>();
	const path = join(articles, 'SOURCES.md');
	if (!existsSync(path)) return dates;
	for (const match of readFileSync(path, 'utf8').matchAll(/^\|\s*([\w.-]+\.txt)\s*\|\s*(\d{4}-\d{2}-\d{2})\s*\|/gm)) dates.set(match[1], match[2]);
	return dates;
}

/** Names compare without case, punctuation or a leading "the". */
function key(name: string): string {
	return name.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function formatTotal(total: {count: number; qualifier: string} | null | undefined): string {
	if (!total) return 'none';
	return total.qualifier === 'exact' ? String(total.count) : `${total.qualifier} ${total.count}`;
}

type Tally = {right: number; countOnly: number; total: number};
type EntityTally = {found: number; expected: number; correct: number; predicted: number};

function scoreEntities(story: Story, expected: ExpectedEntities, tallies: Record<EntityType, EntityTally>, lines: string[]) {
	for (const type of entityTypes) {
		const wanted = expected[type];
		if (!wanted) continue;
		const predicted = story.entities.filter(entity => entity.type === type);
		const predictedKeys = predicted.map(entity => new Set([entity.name, ...entity.aliases].map(key)));
		const wantedKeys = wanted.map(key);
		const missed = wanted.filter((_, index) => !predictedKeys.some(keys => keys.has(wantedKeys[index])));
		const extra = predicted.filter((_, index) => ![...predictedKeys[index]].some(name => wantedKeys.includes(name)));
		const tally = tallies[type];
		tally.expected += wanted.length;
		tally.found += wanted.length - missed.length;
		tally.predicted += predicted.length;
		tally.correct += predicted.length - extra.length;
		if (missed.length > 0) lines.push(`    ${type} missed: ${missed.join('; ')}`);
		if (extra.length > 0) lines.push(`    ${type} extra: ${extra.map(entity => entity.name).join('; ')}`);
	}
}

function percent(part: number, whole: number): string {
	return whole === 0 ? '  n/a' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`;
}

function main() {
	if (!existsSync(articles)) {
		console.log(`eval: no articles at ${articles}; skipping`);
		return;
	}

	const expectedFigures = readJson<Record<string, ExpectedFigures>>(join(root, 'eval', 'figures.json')) ?? {};
	const expectedEntities = readJson<Record<string, ExpectedEntities>>(join(root, 'eval', 'entities.json')) ?? {};
	const dates = readDates();
	const files = readdirSync(articles)
		.filter(name => name.endsWith('.txt'))
		.filter(name => only.length === 0 || only.some(wanted => name.includes(wanted)))
		.sort();
	if (files.length === 0) {
		console.log(`eval: no stories in ${articles}; skipping`);
		return;
	}

	const figureTallies = Object.fromEntries(summaryKinds.map(kind => [kind, {right: 0, countOnly: 0, total: 0}])) as Record<SummaryKind, Tally>;
	const entityTallies = Object.fromEntries(entityTypes.map(type => [type, {found: 0, expected: 0, correct: 0, predicted: 0}])) as Record<EntityType, EntityTally>;
	for (const file of files) {
		const story = parseStory(readFileSync(join(articles, file), 'utf8'), {date: dates.get(file), source: file});
		const lines = [`${file}${dates.has(file) ? ` (${dates.get(file)})` : ''}`];
		const expected = expectedFigures[file];
		for (const kind of summaryKinds) {
			const got = story.summary[kind];
			let mark = '';
			if (expected && kind in expected) {
				const want = expected[kind] ?? null;
				const tally = figureTallies[kind];
				tally.total++;
				const sameCount = (got?.count ?? null) === (want?.count ?? null);
				const right = sameCount && (got?.qualifier ?? null) === (want?.qualifier ?? null);
				if (right) tally.right++;
				if (sameCount) tally.countOnly++;
				mark = right ? '  ok' : `  WANT ${formatTotal(want)}`;
			}

			const claims = got && got.claims.length > 0 ? ` (claims: ${got.claims.map(claim => `${formatTotal(claim)}${claim.attribution ? ` per ${claim.attribution}` : ''}`).join(', ')})` : '';
			lines.push(`  ${kind.padEnd(8)} ${formatTotal(got)}${claims}${mark}`);
		}

		if (!quiet) {
			for (const type of entityTypes) {
				const names = story.entities.filter(entity => entity.type === type).map(entity => entity.name);
				if (names.length > 0) lines.push(`  ${type}: ${names.join('; ')}`);
			}

			if (story.timeline.length > 0) lines.push(`  timeline: ${story.timeline.map(entry => `${entry.expression}${entry.when ? ` [${entry.when}]` : ''}`).join('; ')}`);
		}

		if (expectedEntities[file]) scoreEntities(story, expectedEntities[file], entityTallies, lines);
		console.log(lines.join('\n'));
	}

	console.log('\nSummary accuracy (count and qualifier right; count only)');
	let right = 0;
	let countOnly = 0;
	let total = 0;
	for (const kind of summaryKinds) {
		const tally = figureTallies[kind];
		right += tally.right;
		countOnly += tally.countOnly;
		total += tally.total;
		console.log(`  ${kind.padEnd(8)} ${percent(tally.right, tally.total)} (${tally.right}/${tally.total})  count only ${percent(tally.countOnly, tally.total)}`);
	}

	console.log(`  all      ${percent(right, total)} (${right}/${total})  count only ${percent(countOnly, total)}`);
	console.log('\nEntities (recall = expected names found; precision = found entities that were expected)');
	for (const type of entityTypes) {
		const tally = entityTallies[type];
		console.log(`  ${type.padEnd(12)} recall ${percent(tally.found, tally.expected)} (${tally.found}/${tally.expected})  precision ${percent(tally.correct, tally.predicted)} (${tally.correct}/${tally.predicted})`);
	}
}

main();
