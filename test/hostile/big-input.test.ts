// Big and odd input: a 50 MB story is refused with one line (the limit is 10 MB, said in
// --help); a 10 MB single line opens (dashboard and --summary) under 1 GB; a folder of
// 10,000 stories opens and reads them all under 1 GB; a story with nothing to find shows
// panes that say so. Serial and generous with time: these are the heavy tests.
import {spawnSync} from 'node:child_process';
import {closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync, writeSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import test from 'ava';
import {builtCli, startSitrep, type PtySession} from '../helpers/pty.js';
import {layoutProblems} from './check-output.js';

const folder = mkdtempSync(path.join(tmpdir(), 'sitrep-big-'));
const rssReporter = fileURLToPath(new URL('../helpers/report-max-rss.cjs', import.meta.url));
const oneGigabyteKb = 1024 * 1024;
const lead = 'PORT HALLAM, Corvania (Wire) — At least 12 people were killed when a tanker exploded on Tuesday, police said. ';

/** A file of about `bytes` bytes: the lead sentence, then `filler` repeated, with no newline unless the filler has one. */
function bigStory(name: string, bytes: number, filler: string): string {
	const file = path.join(folder, name);
	const fd = openSync(file, 'w');
	writeSync(fd, lead);
	const chunk = filler.repeat(Math.ceil(1024 * 1024 / filler.length)).slice(0, 1024 * 1024);
	for (let written = lead.length; written < bytes; written += chunk.length) writeSync(fd, chunk.slice(0, bytes - written));
	closeSync(fd);
	return file;
}

/** Peak RSS of a process still running (Linux), in kB; undefined elsewhere. */
function peakRssKb(pid: number): number | undefined {
	try {
		const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return match ? Number(match[1]) : undefined;
	} catch {
		return undefined;
	}
}

function runWithRss(args: string[], input?: Buffer) {
	const result = spawnSync(process.execPath, ['--require', rssReporter, builtCli, ...args], {input, encoding: 'utf8', timeout: 170_000, maxBuffer: 64 * 1024 * 1024});
	const match = /sitrep-max-rss-kb=(\d+)/.exec(result.stderr);
	return {code: result.status, stdout: result.stdout, stderr: result.stderr.replace(/\n?sitrep-max-rss-kb=\d+\n/, ''), rssKb: match ? Number(match[1]) : undefined};
}

test.serial('a 50 MB story is refused with one line, from a file and from stdin, without reading it all', t => {
	const file = bigStory('fifty.txt', 50 * 1024 * 1024, 'The wire carried on and on. ');
	const fromFile = runWithRss([file]);
	t.is(fromFile.code, 2);
	t.regex(fromFile.stderr, /^sitrep: .*fifty\.txt is 52,428,8\d\d bytes; sitrep reads stories up to 10 MB \(10,485,760 bytes\)\n$/);
	const fromStdin = runWithRss(['-'], readFileSync(file));
	t.is(fromStdin.code, 2);
	t.is(fromStdin.stderr, 'sitrep: standard input is over 10,485,760 bytes; sitrep reads stories up to 10 MB (10,485,760 bytes)\n');
	t.log(`peak RSS refusing 50 MB: file ${fromFile.rssKb} kB, stdin ${fromStdin.rssKb} kB`);
	if (fromStdin.rssKb !== undefined) t.true(fromStdin.rssKb < 200 * 1024, 'stdin is not read past the limit');
});

test.serial('--help states the limit', t => {
	const result = spawnSync(process.execPath, [builtCli, '--help'], {encoding: 'utf8'});
	t.regex(result.stdout, /Stories over 10 MB are refused/);
});

// 10 MB (decimal) on one line: just under the 10 MiB limit.
let tenMegabyteFile: string | undefined;
const tenMegabyteLine = () => {
	tenMegabyteFile ??= bigStory('ten-mb-line.txt', 10_000_000, 'word ');
	return tenMegabyteFile;
};

test.serial('a 10 MB single line: --summary works under 1 GB', t => {
	t.timeout(180_000);
	const result = runWithRss(['--summary', tenMegabyteLine()]);
	t.is(result.code, 0, result.stderr);
	t.regex(result.stdout, /^SUMMARY$/m);
	t.log(`peak RSS: ${result.rssKb} kB`);
	if (result.rssKb !== undefined) t.true(result.rssKb < oneGigabyteKb);
});

async function quit(t: {is: (a: unknown, b: unknown) => void}, session: PtySession) {
	session.write('q');
	t.is((await session.waitForExit(15_000)).exitCode, 0);
}

test.serial('a 10 MB single line opens in the dashboard under 1 GB, scrolls and quits', async t => {
	t.timeout(240_000);
	const session = startSitrep({args: [tenMegabyteLine()], cols: 120, rows: 40}, t);
	const started = Date.now();
	await session.waitForText('PORT HALLAM', 200_000);
	t.log(`first frame after ${Date.now() - started} ms`);
	await session.waitForQuiet(200, 60_000);
	t.deepEqual(layoutProblems(session), []);
	session.write('G');
	await session.waitForText(/line (\d+)\/\1 100%/, 60_000);
	t.deepEqual(layoutProblems(session), []);
	const rss = peakRssKb(session.pid);
	t.log(`peak RSS: ${rss} kB`);
	if (rss !== undefined) t.true(rss < oneGigabyteKb);
	await quit(t, session);
});

test.serial('a story with no names, figures or times shows panes that say so', async t => {
	const file = path.join(folder, 'quiet.txt');
	writeFileSync(file, 'it was a quiet day. nothing much happened here, and nobody said anything about it.\n');
	const session = startSitrep({args: [file], cols: 120, rows: 40}, t);
	await session.waitForText('quiet day');
	// The whole frame, not its first rows (a loaded machine can deliver it in pieces).
	await session.waitFor(screen => /no time expressions found/.test(screen), 'the summary pane').catch(() => {});
	const screen = session.screenText();
	t.regex(screen, /no names found/);
	t.regex(screen, /no casualty figures found/);
	t.regex(screen, /no time expressions found/);
	t.deepEqual(layoutProblems(session), []);
	await quit(t, session);
});

test.serial('a folder of 10,000 stories opens at once and reads them all under 1 GB', async t => {
	t.timeout(240_000);
	const desk = path.join(folder, 'desk');
	mkdirSync(desk);
	const places = ['Lagos', 'Kabul', 'Quito', 'Oslo', 'Perth', 'Tunis', 'Lima', 'Hanoi'];
	for (let index = 0; index < 10_000; index++) {
		const place = places[index % places.length]!;
		writeFileSync(path.join(desk, `story-${String(index).padStart(5, '0')}.txt`), `${place.toUpperCase()} (Wire) — At least ${(index % 50) + 1} people were killed when a bus crashed near ${place} on Monday, police said.\n\nOfficer Dana Reyes said ${index % 7} others were wounded.\n`);
	}

	const session = startSitrep({args: [desk], cols: 120, rows: 40}, t);
	await session.waitForText(/story 1\/10000/, 60_000);
	t.deepEqual(layoutProblems(session), []);
	// The status bar counts "reading n/10000" until every story is in.
	await session.waitFor(screen => /story 1\/10000/.test(screen) && !/reading \d+\/10000/.test(screen), 'every story read', 200_000);
	const rss = peakRssKb(session.pid);
	t.log(`peak RSS after reading 10,000 stories: ${rss} kB`);
	if (rss !== undefined) t.true(rss < oneGigabyteKb);
	t.deepEqual(layoutProblems(session), []);
	await quit(t, session);
});
