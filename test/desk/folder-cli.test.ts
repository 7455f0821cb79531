import test from 'ava';
import {spawn, execFileSync} from 'node:child_process';
import {mkdtempSync, mkdirSync, writeFileSync, rmSync, truncateSync} from 'node:fs';
import {writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {builtCli, runCli} from '../helpers/run-cli.js';
import {generateStories} from '../../bench/desk-story-generator.js';

const wire = fileURLToPath(new URL('../fixtures/desk/wire', import.meta.url));

function tempFolder(t: {teardown(fn: () => void): void}): string {
	const root = mkdtempSync(path.join(tmpdir(), 'sitrep-cli-desk-'));
	t.teardown(() => rmSync(root, {recursive: true, force: true}));
	return root;
}

test('--json on a folder prints one story model per line, in folder order', t => {
	const {stdout, stderr, code} = runCli([wire, '--json']);
	t.is(code, 0);
	const lines = stdout.trimEnd().split('\n');
	t.is(lines.length, 4);
	const stories = lines.map(line => JSON.parse(line));
	t.deepEqual(stories.map(story => path.relative(wire, story.source)), [
		'2024-03-01-khujand-prison.txt',
		'2024-03-02-manhunt.md',
		'mirror/khujand-prison-copy.txt',
		'nested/2024-03-04-border-clash.txt',
	]);
	t.is(stories[0].title, 'Inmates kill guards in prison break in Khujand');
	t.is(stories[0].url, 'https://wire.example/2024/03/01/khujand-prison');
	t.is(stories[0].publisher, 'Example Wire');
	t.true(stories[0].text.startsWith('KHUJAND'));
	// What was not a story is one line on stderr, not a failure.
	t.regex(stderr, /^sitrep: 3 files skipped: /);
	for (const reason of ['1 empty', '1 binary', '1 not a .txt or .md file']) t.true(stderr.includes(reason), reason);
	t.is(stderr.trimEnd().split('\n').length, 1);
});

test('--summary on a folder prints a block per story and one for the whole folder', t => {
	const {stdout, code} = runCli([wire, '--summary']);
	t.is(code, 0);
	const headings = stdout.split('\n').filter(line => line.startsWith('== '));
	t.deepEqual(headings, [
		'== 2024-03-01-khujand-prison.txt',
		'== 2024-03-02-manhunt.md',
		'== mirror/khujand-prison-copy.txt',
		'== nested/2024-03-04-border-clash.txt',
		'== ALL STORIES: 3 stories (1 duplicate counted once)',
	]);
	t.is(stdout.match(/^SUMMARY$/gm)?.length, 4);
	t.regex(stdout, /^3 files skipped: /m);
	t.regex(stdout, /^TOTALS$/m);
	t.regex(stdout, /^RECURRING ENTITIES$/m);
});

test('a folder with no stories is one line on stderr and exit code 2', t => {
	const root = tempFolder(t);
	writeFileSync(path.join(root, 'notes.csv'), 'a,b\n');
	const {stdout, stderr, code} = runCli([root, '--json']);
	t.is(code, 2);
	t.is(stdout, '');
	t.is(stderr, `sitrep: ${root} is a folder with no stories\n`);
	// Files that look like stories but are not (empty, binary) end the same way.
	writeFileSync(path.join(root, 'empty.txt'), '');
	writeFileSync(path.join(root, 'blob.txt'), 'a\u0000b');
	const again = runCli([root, '--summary']);
	t.is(again.code, 2);
	t.is(again.stderr, `sitrep: ${root} is a folder with no stories\n`);
});

test('a single story file with front matter gets its metadata in --json', t => {
	const {stdout, code} = runCli([path.join(wire, '2024-03-01-khujand-prison.txt'), '--json']);
	t.is(code, 0);
	const story = JSON.parse(stdout);
	t.is(story.title, 'Inmates kill guards in prison break in Khujand');
	t.is(story.published, '2024-03-01');
	t.false(story.text.includes('title:'));
});

// Serial: ava runs it before the others, whose spawnSync would block this test's event loop.
test.serial('--json streams: the first line is out before the last story can even be read', async t => {
	if (process.platform === 'win32') return t.pass('named pipes are POSIX');
	const root = tempFolder(t);
	mkdirSync(path.join(root, 'day'));
	for (let n = 0; n < 20; n++) writeFileSync(path.join(root, 'day', `story-${String(n).padStart(2, '0')}.txt`), `KHOROG, Tajikistan — Story number ${n + 1} of the day.\n`);
	// The last story is a named pipe: nothing can read it until we write to it, which we only do once a line is out.
	const fifo = path.join(root, 'zz-last.txt');
	execFileSync('mkfifo', [fifo]);
	const child = spawn(process.execPath, [builtCli, root, '--json'], {stdio: ['ignore', 'pipe', 'pipe']});
	let stdout = '';
	const firstLine = new Promise<void>(resolve => {
		child.stdout.on('data', (chunk: Buffer) => {
			stdout += chunk.toString('utf8');
			if (stdout.includes('\n')) resolve();
		});
	});
	const exited = new Promise<number | null>(resolve => child.on('close', resolve));
	const timeout = new Promise<'timeout'>(resolve => {
		setTimeout(() => resolve('timeout'), 10_000).unref();
	});
	const first = await Promise.race([firstLine.then(() => 'line' as const), timeout]);
	if (first === 'timeout') {
		child.kill();
		await writeFile(fifo, 'unblock\n').catch(() => undefined);
		return t.fail('no line came out before the last story was read');
	}

	await writeFile(fifo, 'DUSHANBE, Tajikistan — The last story of the day.\n');
	t.is(await exited, 0);
	const lines = stdout.trimEnd().split('\n').map(line => JSON.parse(line));
	t.is(lines.length, 21);
	t.is(lines.at(-1).text, 'DUSHANBE, Tajikistan — The last story of the day.\n');
});

test('--search on a folder finds one person across stories under both spellings', t => {
	for (const query of ['rahmon', 'Rakhmon']) {
		const {stdout, code} = runCli([wire, '--search', query]);
		t.is(code, 0);
		const rows = stdout.trimEnd().split('\n').map(line => line.split('\t'));
		t.true(rows.every(row => row.length === 4), stdout);
		const [name, type, stories, mentions] = rows[0]!;
		t.regex(name!, /^Emomali Ra(?:k)?hmon$/);
		t.is(type, 'person');
		// Three stories name him (Rakhmon once, Rahmon twice); the mirror copy of the first is not a fourth.
		t.is(stories, '3');
		t.true(Number(mentions) >= 3);
	}
});

test('--summary on a folder adds the totals of each story once', t => {
	const {stdout} = runCli([wire, '--summary']);
	const block = stdout.slice(stdout.indexOf('== ALL STORIES'));
	// 3 + 2 killed (the copy of the 3 is left out), 2 + 4 wounded, 11 escaped.
	t.regex(block, /^ {2}killed {5}at least 5 \(from 2 stories\)$/m);
	t.regex(block, /^ {2}wounded {4}6 \(from 2 stories\)$/m);
	t.regex(block, /^ {2}escaped {4}11 \(from 1 story\)$/m);
	t.regex(block, /Sherali (?:Khudoiberdiev|Hudoyberdiyev) \(Sherali (?:Hudoyberdiyev|Khudoiberdiev)\): person, 2 stories/);
});

test('a big folder parsed on worker threads prints exactly what in-process parsing prints', t => {
	const root = tempFolder(t);
	generateStories(root, 40);
	const onWorkers = runCli([root, '--json']);
	const inProcess = runCli([root, '--json'], {env: {SITREP_WORKERS: '0'}});
	t.is(onWorkers.code, 0);
	t.is(onWorkers.stdout.trimEnd().split('\n').length, 40);
	t.is(onWorkers.stdout, inProcess.stdout);
	const search = runCli([root, '--search', 'hudoyberdiyev']);
	t.is(search.stdout, runCli([root, '--search', 'hudoyberdiyev'], {env: {SITREP_WORKERS: '0'}}).stdout);
	// Both spellings of the surname find the same rows (the generator mixes them).
	t.regex(search.stdout, /^\S+ (?:Khudoiberdiev|Hudoyberdiyev)\tperson\t\d+\t\d+$/m);
});

test('a story on stdin may carry front matter too', t => {
	const input = '---\ntitle: From the wire\ndate: 2024-01-02\nurl: https://wire.example/x\n---\nKHOROG, Tajikistan (EW) — Four guards were wounded on Monday.\n';
	const {stdout, code} = runCli(['-', '--json'], {input});
	t.is(code, 0);
	const story = JSON.parse(stdout);
	t.is(story.title, 'From the wire');
	t.is(story.published, '2024-01-02');
	t.is(story.url, 'https://wire.example/x');
	t.true(story.text.startsWith('KHOROG'));
});

test('a file over 10 MB in a folder (a log saved as .txt) is skipped unread and counted, in every mode', t => {
	const root = tempFolder(t);
	writeFileSync(path.join(root, 'a-story.txt'), 'KHUJAND, Tajikistan (AP) — Two guards were killed on Sunday, officials said.\n');
	// Sparse: 11 MB of nothing on disk. Read, it would take seconds to parse; sitrep must not even read it.
	writeFileSync(path.join(root, 'server.log.txt'), '');
	truncateSync(path.join(root, 'server.log.txt'), 11 * 1024 * 1024);
	const json = runCli([root, '--json']);
	t.is(json.code, 0);
	t.is(json.stdout.trimEnd().split('\n').length, 1);
	t.regex(json.stderr, /^sitrep: 1 file skipped: 1 over 10 MB$/m);
	const summary = runCli([root, '--summary']);
	t.regex(summary.stdout, /^1 file skipped: 1 over 10 MB$/m);
	t.regex(summary.stdout, /killed +2 guards/);
});
