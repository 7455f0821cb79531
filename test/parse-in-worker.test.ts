// The dashboard's launch parses its story in a worker: the story that comes back by
// structured clone must be the one the main thread would have parsed, and a worker
// that is not there must not cost the story. Uses dist/parse-worker.cjs (npm test builds it).
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import test from 'ava';
import {leaveEarlyWorker, takeEarlyRequest, takeEarlyWorker} from '../source/cli/early-worker.js';
import {parseInWorker} from '../source/cli/parse-in-worker.js';
import {parseStoryText} from '../source/desk/read-story.js';
import {workerScript} from '../source/desk/worker-pool.js';

const storyPath = fileURLToPath(new URL('../data/dushanbe-prison-escape.txt', import.meta.url));
const text = readFileSync(storyPath, 'utf8');

test.serial('the story parsed in the worker is the one parsed here', async t => {
	if (!workerScript()) {
		t.log('dist/parse-worker.cjs is not built: run npm run build');
		t.pass();
		return;
	}

	// As the launcher does: the worker is started first and left for the CLI to take.
	leaveEarlyWorker(new Worker(workerScript()!));
	const options = {date: '2026-03-01', source: storyPath};
	const parsing = parseInWorker(text, options);
	const story = await parsing.story();
	t.deepEqual(story, parseStoryText(text, options));
	t.true(story.entities.length > 0);
	// The launcher's code cache then leaves the parser out (source/cli/code-cache.ts, CacheKind).
	t.false(parsing.parsedHere());
	t.is(takeEarlyWorker(), undefined, 'the worker was not taken');
});

test.serial('without a worker from the launcher, the story is parsed here', async t => {
	const parsing = parseInWorker(text, {source: null});
	t.false(parsing.parsedHere(), 'not before story() is asked for');
	const story = await parsing.story();
	t.deepEqual(story, parseStoryText(text, {source: null}));
	t.true(parsing.parsedHere());
});

test.serial('a story the launcher already sent is answered once, even when the answer came before the CLI asked', async t => {
	if (!workerScript()) {
		t.log('dist/parse-worker.cjs is not built: run npm run build');
		t.pass();
		return;
	}

	const worker = new Worker(workerScript()!);
	let answers = 0;
	worker.on('message', () => answers++);
	const options = {date: undefined, source: storyPath};
	leaveEarlyWorker(worker, {kind: 'text', text, ...options});
	// The CLI bundle compiling: long enough for the worker to boot, parse and answer.
	await new Promise<void>(resolve => {
		worker.once('message', () => {
			resolve();
		});
	});
	const story = await parseInWorker(text, options).story();
	t.deepEqual(story, parseStoryText(text, options));
	t.is(answers, 1, 'the story was not sent a second time');
	t.is(takeEarlyWorker(), undefined);
	t.is(takeEarlyRequest(), undefined);
});

test.serial('a wrong guess from the launcher (another story) is let go and the story parsed here', async t => {
	if (!workerScript()) {
		t.log('dist/parse-worker.cjs is not built: run npm run build');
		t.pass();
		return;
	}

	const worker = new Worker(workerScript()!);
	const exited = new Promise<void>(resolve => {
		worker.once('exit', () => {
			resolve();
		});
	});
	leaveEarlyWorker(worker, {kind: 'text', text: 'ROME (AP) — Another story entirely.', source: storyPath});
	const parsing = parseInWorker(text, {source: storyPath});
	const story = await parsing.story();
	t.deepEqual(story, parseStoryText(text, {source: storyPath}));
	t.true(parsing.parsedHere());
	await exited;
	t.pass();
});
