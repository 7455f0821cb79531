// Name-search quality: bench/search-queries.json holds `query → expected entity` in
// categories (exact, prefix, token, typo, acronym, transliteration, Cyrillic, diacritics,
// word order, words inside a long name, look-alike distractors). The candidates are the
// entities the parser extracts from the bundled story and ../shared/articles/*.txt (read
// at run time, never copied) plus the names listed in the query file, so this measures
// search, not extraction. Prints top-1 accuracy and MRR per category for sitrep's index
// and for plain fuse.js defaults side by side. Goal: top-1 ≥ 95% overall, every category ≥ 85%.
// Run: npm run bench -- search-quality   (or node --import=tsx bench/search-quality.bench.ts [--verbose] [--noise 100000])
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import Fuse from 'fuse.js';
import type {EntityType} from '../source/model/types.js';
import {parseStory} from '../source/parser/index.js';
import {createNameIndex, type Searchable} from '../source/search/index.js';
import {foldText} from '../source/search/fold.js';
import {tokenTexts} from '../source/search/tokens.js';
import {syntheticNames} from './search-names.js';

type QueryFile = {
	entities: Array<{name: string; type: EntityType; aliases?: string[]; mentions?: number; distractor?: boolean}>;
	queries: Array<{category: string; query: string; expect: string}>;
};

const root = fileURLToPath(new URL('..', import.meta.url));
const verbose = process.argv.includes('--verbose');
const file = JSON.parse(readFileSync(join(root, 'bench', 'search-queries.json'), 'utf8')) as QueryFile;

const key = (name: string) => tokenTexts(foldText(name)).join(' ');

// Candidates: parser entities of every story (merged across stories by name), then the listed names.
const candidates = new Map<string, Searchable & {aliasSet: Set<string>}>();
const articles = join(root, '..', 'shared', 'articles');
const stories = [join(root, 'data', 'dushanbe-prison-escape.txt')];
if (existsSync(articles)) stories.push(...readdirSync(articles).filter(name => name.endsWith('.txt')).sort().map(name => join(articles, name)));
else console.log(`(${articles} not found: the bundled story only)`);
let parsed = 0;
for (const path of stories) {
	for (const entity of parseStory(readFileSync(path, 'utf8')).entities) {
		parsed++;
		const existing = candidates.get(key(entity.name));
		if (existing) {
			existing.mentionCount += entity.mentions.length;
			for (const alias of entity.aliases) existing.aliasSet.add(alias);
			continue;
		}

		candidates.set(key(entity.name), {id: `c${candidates.size}`, name: entity.name, type: entity.type, aliases: [], aliasSet: new Set(entity.aliases), mentionCount: entity.mentions.length});
	}
}

for (const entity of file.entities) {
	if (candidates.has(key(entity.name))) continue;
	candidates.set(key(entity.name), {id: `c${candidates.size}`, name: entity.name, type: entity.type, aliases: [], aliasSet: new Set(entity.aliases ?? []), mentionCount: entity.mentions ?? 1});
}

// --noise N: also mix in N synthetic names (bench/search-names.ts) to see how ranking holds up in a large archive.
const noiseFlag = process.argv.indexOf('--noise');
const noise = noiseFlag >= 0 ? Number(process.argv[noiseFlag + 1]) : 0;
const items = [
	...[...candidates.values()].map(item => ({...item, aliases: [...item.aliasSet].filter(alias => key(alias) !== key(item.name))})),
	...syntheticNames(noise).filter(item => !candidates.has(key(item.name))),
];
const index = createNameIndex(items);
// Plain fuse.js as a user would start: default options over every name and alias.
const fuseNames = items.flatMap(item => [item.name, ...item.aliases]);
const fuseOwner = items.flatMap(item => [item, ...item.aliases.map(() => item)]);
const fuse = new Fuse(fuseNames);

/** 1-based rank of the expected entity, or 0 when it is not returned. */
function rankOf(ranked: Searchable[], expect: string): number {
	const wanted = key(expect);
	return ranked.findIndex(item => key(item.name) === wanted) + 1;
}

function fuseRanking(query: string): Searchable[] {
	const seen = new Set<Searchable>();
	for (const result of fuse.search(query)) seen.add(fuseOwner[result.refIndex]);
	return [...seen];
}

type Tally = {queries: number; ours: {top1: number; mrr: number}; fuse: {top1: number; mrr: number}};
const tallies = new Map<string, Tally>();
const misses: string[] = [];
for (const {category, query, expect} of file.queries) {
	const tally = tallies.get(category) ?? {queries: 0, ours: {top1: 0, mrr: 0}, fuse: {top1: 0, mrr: 0}};
	tallies.set(category, tally);
	tally.queries++;
	const ours = index.search(query).map(hit => hit.item);
	const plain = fuseRanking(query);
	for (const [score, ranked] of [[tally.ours, ours], [tally.fuse, plain]] as const) {
		const rank = rankOf(ranked, expect);
		if (rank === 1) score.top1++;
		if (rank > 0) score.mrr += 1 / rank;
	}

	const rank = rankOf(ours, expect);
	if (rank !== 1) misses.push(`  ${category}: "${query}" → ${expect}: rank ${rank || 'none'}; top: ${ours.slice(0, 3).map(item => item.name).join(' | ') || 'nothing'}`);
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`.padStart(7);
const mrr = (sum: number, whole: number) => (sum / whole).toFixed(3).padStart(6);
console.log(`${items.length} candidates (${noise > 0 ? `${noise} synthetic names mixed in, ` : ''}${parsed} parser entities from ${stories.length} stories, merged, plus ${file.entities.length} listed names incl. ${file.entities.filter(entity => entity.distractor).length} distractors), ${file.queries.length} queries`);
console.log('');
console.log(`${'category'.padEnd(16)} ${'n'.padStart(3)}  ${'sitrep top-1'.padStart(12)} ${'MRR'.padStart(6)}   ${'fuse.js top-1'.padStart(13)} ${'MRR'.padStart(6)}`);
const overall: Tally = {queries: 0, ours: {top1: 0, mrr: 0}, fuse: {top1: 0, mrr: 0}};
let worst = 1;
for (const [category, tally] of tallies) {
	console.log(`${category.padEnd(16)} ${String(tally.queries).padStart(3)}  ${percent(tally.ours.top1, tally.queries).padStart(12)} ${mrr(tally.ours.mrr, tally.queries)}   ${percent(tally.fuse.top1, tally.queries).padStart(13)} ${mrr(tally.fuse.mrr, tally.queries)}`);
	overall.queries += tally.queries;
	overall.ours.top1 += tally.ours.top1;
	overall.ours.mrr += tally.ours.mrr;
	overall.fuse.top1 += tally.fuse.top1;
	overall.fuse.mrr += tally.fuse.mrr;
	worst = Math.min(worst, tally.ours.top1 / tally.queries);
}

console.log(`${'overall'.padEnd(16)} ${String(overall.queries).padStart(3)}  ${percent(overall.ours.top1, overall.queries).padStart(12)} ${mrr(overall.ours.mrr, overall.queries)}   ${percent(overall.fuse.top1, overall.queries).padStart(13)} ${mrr(overall.fuse.mrr, overall.queries)}`);
const met = overall.ours.top1 / overall.queries >= 0.95 && worst >= 0.85;
console.log(`\ngoal (top-1 ≥ 95% overall, every category ≥ 85%): ${met ? 'met' : 'NOT met'}; worst category ${(100 * worst).toFixed(1)}%`);
if (misses.length > 0) {
	console.log(`sitrep misses (${misses.length}):`);
	for (const miss of verbose ? misses : misses.slice(0, 12)) console.log(miss);
}
