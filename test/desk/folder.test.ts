import test from 'ava';
import {mkdtempSync, mkdirSync, writeFileSync, symlinkSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {listStoryFiles} from '../../source/desk/list-folder.js';
import {openDesk, parseFirstStory, parseInBackground, StoryCache} from '../../source/desk/load-desk.js';
import {workerScript} from '../../source/desk/worker-pool.js';
import {DeskReader, readOnWorkers} from '../../source/desk/desk-reader.js';
import {Worker} from 'node:worker_threads';
import {generateStories} from '../../bench/desk-story-generator.js';

const wire = fileURLToPath(new URL('../fixtures/desk/wire', import.meta.url));

test('a folder lists its .txt and .md files recursively, in a stable order, and counts the rest', t => {
	const listing = listStoryFiles(wire);
	t.deepEqual(listing.files.map(file => path.relative(wire, file)), [
		'2024-03-01-khujand-prison.txt',
		'2024-03-02-manhunt.md',
		'empty.txt',
		'mirror/khujand-prison-copy.txt',
		'nested/2024-03-04-border-clash.txt',
		'photo-caption.txt',
	]);
	t.deepEqual(listing.skipped.map(file => [path.relative(wire, file.path), file.reason]), [['notes.csv', 'not a .txt or .md file']]);
});

test('empty and binary story files are skipped with a reason when read', async t => {
	const desk = openDesk(wire);
	await parseInBackground(desk, {sliceMs: 1});
	t.deepEqual(desk.progress, {parsed: 4, skipped: 2, pending: 0, total: 6});
	t.deepEqual(desk.stories.filter(story => story.state === 'skipped').map(story => [story.name, story.reason]), [
		['empty.txt', 'empty'],
		['photo-caption.txt', 'binary'],
	]);
	const prison = desk.stories[0]!;
	t.is(prison.title, 'Inmates kill guards in prison break in Khujand');
	t.is(prison.published, '2024-03-01');
	t.is(desk.stories[1]!.title, 'Manhunt widens for inmates who fled Khujand prison');
	t.is(desk.stories[4]!.title, 'Border guards wounded in clash on Afghan frontier');
	// The mirror copy has the same URL: one story, counted once.
	t.is(desk.totals().duplicates, 1);
	t.is(desk.totals().counted, 3);
});

test('hidden files, link loops and unreadable names do not stop the walk', t => {
	const root = mkdtempSync(path.join(tmpdir(), 'sitrep-desk-'));
	t.teardown(() => rmSync(root, {recursive: true, force: true}));
	mkdirSync(path.join(root, 'a/b'), {recursive: true});
	mkdirSync(path.join(root, '.git'));
	writeFileSync(path.join(root, '.git/HEAD.txt'), 'not a story');
	writeFileSync(path.join(root, 'a/b/story.TXT'), 'A story.');
	writeFileSync(path.join(root, '.hidden.txt'), 'hidden');
	symlinkSync(root, path.join(root, 'a/loop'));
	symlinkSync(path.join(root, 'nowhere.txt'), path.join(root, 'broken.txt'));
	const listing = listStoryFiles(root);
	t.deepEqual(listing.files.map(file => path.relative(root, file)), ['a/b/story.TXT']);
	t.deepEqual(listing.skipped.map(file => [path.relative(root, file.path), file.reason]), [['broken.txt', 'broken link']]);
});

test('the first story parses at once and the rest in slices that yield to the event loop', async t => {
	const desk = openDesk(wire);
	const first = parseFirstStory(desk);
	t.is(first?.index, 0);
	t.is(desk.progress.parsed, 1);
	let slices = 0;
	let timerRan = false;
	setImmediate(() => {
		timerRan = true;
	});
	await parseInBackground(desk, {sliceMs: 0, onProgress: () => slices++});
	t.true(timerRan);
	// With a zero budget every story is its own slice: the loop yields between stories.
	t.is(slices, desk.stories.length - 1);
	t.true(desk.done);
});

test('the story cache parses a pending story on demand and records it', t => {
	const desk = openDesk(wire);
	const cache = new StoryCache(desk);
	const story = cache.get(4);
	t.truthy(story);
	t.is(desk.stories[4]!.state, 'parsed');
	t.is(cache.get(4), story);
	t.is(cache.get(2), null);
	t.is(desk.stories[2]!.state, 'skipped');
});

test('parsing on worker threads gives the same desk as parsing in-process', async t => {
	const root = mkdtempSync(path.join(tmpdir(), 'sitrep-desk-pool-'));
	t.teardown(() => rmSync(root, {recursive: true, force: true}));
	generateStories(root, 30);
	const inProcess = openDesk(root);
	await parseInBackground(inProcess);
	if (!workerScript()) return t.fail('no worker script (is dist/parse-worker.cjs built?)');
	const onPool = openDesk(root);
	// Three workers taking files from one counter: the fastest reads most, the desk is the same.
	await readOnWorkers(onPool, {}, 3);
	t.true(onPool.done);
	t.deepEqual(onPool.totals(), inProcess.totals());
	t.deepEqual(onPool.entities(), inProcess.entities());
	t.deepEqual(onPool.stories, inProcess.stories);
});

test('a worker that dies while reading leaves its stories to the main thread', async t => {
	const root = mkdtempSync(path.join(tmpdir(), 'sitrep-desk-dying-'));
	t.teardown(() => rmSync(root, {recursive: true, force: true}));
	generateStories(root, 20);
	const desk = openDesk(root);
	const reader = new DeskReader(desk);
	// A worker that exits at once, before it reads anything: the reader must not wait for it forever.
	reader.add(new Worker('process.exit(0)', {eval: true}));
	await reader.done;
	t.true(desk.done);
	t.is(desk.progress.parsed, 20);
});
