// `sitrep <folder>`: the non-interactive outputs stream story by story; the
// dashboard opens the desk.
import process from 'node:process';
import {statSync} from 'node:fs';
import {listStoryFiles, type FolderListing} from '../desk/list-folder.js';
import {openDeskSession} from '../desk/session.js';
import {InputError} from './errors.js';
import {writeFolderJson, writeFolderSearch, writeFolderSummary, type FolderRun} from './folder-output.js';
import {loadDashboard} from '../ui/load-dashboard.js';

export type FolderFlags = {
	json: boolean;
	summary: boolean;
	search?: string;
	date?: string;
};

export function isFolder(path: string): boolean {
	try {
		return statSync(path).isDirectory();
	} catch {
		return false;
	}
}

export async function runFolder(path: string, flags: FolderFlags): Promise<void> {
	const listing = listStoryFiles(path);
	if (listing.files.length === 0) throw new InputError(`${path} is a folder with no stories`);
	const options = {date: flags.date};
	const wantsDashboard = !flags.json && flags.search === undefined && !flags.summary && process.stdout.isTTY;
	if (wantsDashboard && await runDeskDashboard(listing, options)) return;
	// `sitrep dir --json | head -1` closes the pipe early: that is the reader's choice, not an error.
	process.stdout.on('error', error => {
		if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
		throw error;
	});
	let run: FolderRun | undefined;
	if (flags.json) run = await writeFolderJson(listing, options, process.stdout);
	else if (flags.search !== undefined) run = await writeFolderSearch(listing, options, flags.search, process.stdout);
	// The summary's last block already says what was skipped.
	else await writeFolderSummary(listing, options, process.stdout);
	if (run?.skippedNote) process.stderr.write(`sitrep: ${run.skippedNote}\n`);
}

/**
 * The dashboard on a folder: the first story is parsed before the first frame, the
 * rest in the background. False when there is no terminal to read keys from (the
 * caller prints the report instead).
 */
async function runDeskDashboard(listing: FolderListing, options: {date?: string}): Promise<boolean> {
	const {openKeyboard, startDashboard} = await loadDashboard();
	const keyboard = openKeyboard();
	if (keyboard === null) return false;
	const session = openDeskSession(listing, options);
	if (!session) throw new InputError(`${listing.root} is a folder with no stories`);
	await startDashboard(session.cache.get(session.first)!, {stdin: keyboard, desk: session});
	return true;
}
