// `sitrep <folder>`: the non-interactive outputs stream story by story; the
// dashboard opens the desk.
import process from 'node:process';
import {listStoryFiles, type FolderListing} from '../desk/list-folder.js';
import type {Worker} from 'node:worker_threads';
import {openDeskSession, openDeskSessionOnWorker} from '../desk/session.js';
import {wantsWorkers} from '../desk/worker-pool.js';
import {InputError} from './errors.js';
import {writeFolderJson, writeFolderSearch, writeFolderSummary, type FolderRun} from './folder-output.js';
import {loadDashboard} from '../ui/load-dashboard.js';

export type FolderFlags = {
	json: boolean;
	summary: boolean;
	search?: string;
	date?: string;
};

/** `early`: the launcher's booted parsing worker, if any; taken over or terminated here. */
export async function runFolder(path: string, flags: FolderFlags, early?: Worker): Promise<void> {
	const listing = listStoryFiles(path);
	const options = {date: flags.date};
	if (listing.files.length === 0) {
		void early?.terminate();
		throw new InputError(`${path} is a folder with no stories`);
	}

	const wantsDashboard = !flags.json && flags.search === undefined && !flags.summary && process.stdout.isTTY;
	// --json and --search take the launcher's worker into their pool; --summary reads here.
	if (!wantsDashboard && !flags.json && flags.search === undefined) void early?.terminate();
	if (wantsDashboard && await runDeskDashboard(listing, options, early)) return;
	// `sitrep dir --json | head -1` closes the pipe early: that is the reader's choice, not an error.
	process.stdout.on('error', error => {
		if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
		throw error;
	});
	let run: FolderRun | undefined;
	if (flags.json) run = await writeFolderJson(listing, {...options, early}, process.stdout);
	else if (flags.search !== undefined) run = await writeFolderSearch(listing, {...options, early}, flags.search, process.stdout);
	// The summary's last block already says what was skipped.
	else await writeFolderSummary(listing, options, process.stdout);
	if (run?.skippedNote) process.stderr.write(`sitrep: ${run.skippedNote}\n`);
}

/**
 * The dashboard on a folder: the first story is parsed before the first frame, the
 * rest in the background. False when there is no terminal to read keys from (the
 * caller prints the report instead).
 */
async function runDeskDashboard(listing: FolderListing, options: {date?: string}, early: Worker | undefined): Promise<boolean> {
	// A big folder (many stories, or one big story) starts reading now, on the launcher's worker, while
	// Ink loads here; the other workers join after the first frame (see DeskSession.start). A small one
	// is read here, in slices after the first frame, as is any folder when there is no early worker.
	const opening = early && wantsWorkers(listing.files) ? openDeskSessionOnWorker(listing, early, options) : null;
	if (early && !opening) void early.terminate();
	const {openKeyboard, startDashboard} = await loadDashboard();
	const keyboard = openKeyboard();
	if (keyboard === null) {
		opening?.stop();
		return false;
	}

	const session = opening ? await opening.session : openDeskSession(listing, options);
	if (!session) throw new InputError(`${listing.root} is a folder with no stories`);
	await startDashboard(session.cache.get(session.first)!, {stdin: keyboard, desk: session});
	return true;
}
