// What `sitrep <folder> --json | --summary | --search` print. Stories are read
// and parsed in folder order (a big folder on worker threads, a few stories
// ahead) and written as soon as they are parsed, so output starts at once and
// memory stays flat however big the folder.
import type {Writable} from 'node:stream';
import type {Worker} from 'node:worker_threads';
import {figureKinds, type Story} from '../model/types.js';
import {Desk} from '../desk/desk.js';
import type {FolderListing} from '../desk/list-folder.js';
import {readStoryFile, type ReadOptions} from '../desk/read-story.js';
import {formatCount} from './figure-context.js';
import {formatSummaryReport} from './summary-report.js';
import {InputError} from './errors.js';
import {ParsePool, parseInOrder, poolThreshold} from '../desk/worker-pool.js';

/** Writes and waits for the stream to drain when its buffer is full (a slow pager must not make us buffer the folder). */
async function write(out: Writable, chunk: string | Uint8Array): Promise<void> {
	if (out.write(chunk)) return;
	await new Promise<void>(resolve => {
		out.once('drain', resolve);
	});
}

/** `early`: the launcher's booted parsing worker, taken as the pool's first (or terminated). */
export type FolderOptions = ReadOptions & {early?: Worker};

export type FolderRun = {
	desk: Desk;
	/** One line for stderr about the files that were not stories, or null. */
	skippedNote: string | null;
};

/**
 * Parses every story of the folder in order, calling `each` as soon as a story
 * is parsed; the desk keeps only digests, or with `countOnly` (--json, where nothing reads them) only counts.
 * Throws InputError when no file is a story.
 */
export async function forEachStory(listing: FolderListing, options: ReadOptions, each: (story: Story, index: number) => Promise<void> | void, countOnly = false): Promise<FolderRun> {
	const desk = new Desk(listing);
	for (const entry of desk.stories) {
		const result = readStoryFile(entry.path, options);
		if (!result.ok) {
			desk.skip(entry.index, result.reason, result.bytes);
			continue;
		}

		if (countOnly) desk.markParsed(entry.index, result.bytes);
		else desk.record(entry.index, result.story, result.bytes);
		await each(result.story, entry.index);
	}

	if (desk.progress.parsed === 0) throw new InputError(`${listing.root} is a folder with no stories`);
	return {desk, skippedNote: skippedNote(desk)};
}

/**
 * Like forEachStory when only the desk's digest or (for --json) the JSON line is
 * needed: a big folder is parsed on worker threads, in order, a few stories ahead.
 * For --json the desk only counts (nothing else reads it), so no digest is made.
 */
async function forEachParsed(listing: FolderListing, options: FolderOptions, json: boolean, each: (line: string | Uint8Array | undefined, index: number) => Promise<void> | void): Promise<FolderRun> {
	const pool = listing.files.length >= poolThreshold ? ParsePool.create(undefined, options.early) : null;
	if (!pool) void options.early?.terminate();
	if (!pool) return forEachStory(listing, options, async (story, index) => each(json ? JSON.stringify(story) + '\n' : undefined, index), json);
	const desk = new Desk(listing);
	try {
		for await (const {index, result} of parseInOrder(pool, listing.files, {date: options.date, json})) {
			if (!result.ok) {
				desk.skip(index, result.reason, result.bytes);
				continue;
			}

			if (result.digest) desk.recordDigest(index, result.digest, result.bytes);
			else desk.markParsed(index, result.bytes);
			await each(result.line, index);
		}
	} finally {
		pool.close();
	}

	if (desk.progress.parsed === 0) throw new InputError(`${listing.root} is a folder with no stories`);
	return {desk, skippedNote: skippedNote(desk)};
}

/** "3 files skipped: 1 binary, 1 empty, 1 not a .txt or .md file" */
export function skippedNote(desk: Desk): string | null {
	const reasons = new Map<string, number>();
	for (const file of desk.otherFiles) reasons.set(file.reason, (reasons.get(file.reason) ?? 0) + 1);
	for (const story of desk.stories) if (story.state === 'skipped') reasons.set(story.reason!, (reasons.get(story.reason!) ?? 0) + 1);
	const count = [...reasons.values()].reduce((sum, n) => sum + n, 0);
	if (count === 0) return null;
	const parts = [...reasons].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${n} ${reason}`);
	return `${count} file${count === 1 ? '' : 's'} skipped: ${parts.join(', ')}`;
}

/** JSON Lines: one story model per line, in folder order. */
export async function writeFolderJson(listing: FolderListing, options: FolderOptions, out: Writable): Promise<FolderRun> {
	return forEachParsed(listing, options, true, async line => write(out, line!));
}

/** One report block per story, then a block for the whole folder. */
export async function writeFolderSummary(listing: FolderListing, options: ReadOptions, out: Writable): Promise<FolderRun> {
	const run = await forEachStory(listing, options, async (story, index) => {
		await write(out, `${index === 0 ? '' : '\n'}== ${relativeName(listing, story.source)}\n${formatSummaryReport(story)}`);
	});
	await write(out, '\n' + formatDeskTotals(run.desk, run.skippedNote));
	return run;
}

function relativeName(listing: FolderListing, file: string | null): string {
	return file === null ? '?' : file.startsWith(listing.root + '/') ? file.slice(listing.root.length + 1) : file;
}

/** The block for the whole folder: totals across stories (each counted once) and the entities that recur. */
export function formatDeskTotals(desk: Desk, note: string | null, recurringLimit = 20): string {
	const totals = desk.totals();
	const out: string[] = [];
	const duplicates = totals.duplicates > 0 ? ` (${totals.duplicates} duplicate${totals.duplicates === 1 ? '' : 's'} counted once)` : '';
	out.push(`== ALL STORIES: ${totals.counted} stor${totals.counted === 1 ? 'y' : 'ies'}${duplicates}`);
	if (note) out.push(note);
	out.push('', 'TOTALS');
	let any = false;
	for (const kind of figureKinds) {
		const total = totals.byKind[kind];
		if (!total) continue;
		any = true;
		out.push(`  ${kind.padEnd(10)} ${formatCount(total)} (from ${total.stories.length} stor${total.stories.length === 1 ? 'y' : 'ies'})`);
	}

	if (!any) out.push('  no casualty or escape figures found');
	const recurring = desk.entities().filter(entity => entity.stories > 1);
	out.push('', 'RECURRING ENTITIES');
	if (recurring.length === 0) out.push('  no entity appears in more than one story');
	for (const entity of recurring.slice(0, recurringLimit)) {
		const aliases = entity.aliases.length > 0 ? ` (${entity.aliases.join(', ')})` : '';
		out.push(`  ${entity.name}${aliases}: ${entity.type}, ${entity.stories} stories, ${entity.mentions} mentions`);
	}

	if (recurring.length > recurringLimit) out.push(`  … and ${recurring.length - recurringLimit} more`);
	return out.join('\n') + '\n';
}

/** name<TAB>type<TAB>stories<TAB>mentions for every entity across the folder that matches. */
export async function writeFolderSearch(listing: FolderListing, options: FolderOptions, query: string, out: Writable): Promise<FolderRun> {
	const run = await forEachParsed(listing, options, false, () => undefined);
	for (const hit of run.desk.search(query)) {
		const entity = hit.item;
		await write(out, `${entity.name}\t${entity.type}\t${entity.stories}\t${entity.mentions}\n`);
	}

	return run;
}
