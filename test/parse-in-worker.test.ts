// The dashboard's launch parses its story in a worker: the story that comes back by
// structured clone must be the one the main thread would have parsed, and a worker
// that is not there must not cost the story. Uses dist/parse-worker.js (npm test builds it).
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import test from 'ava';
import {leaveEarlyWorker, takeEarlyWorker} from '../source/cli/early-worker.js';
import {parseInWorker} from '../source/cli/parse-in-worker.js';
import {parseStoryText} from '../source/desk/read-story.js';
import {workerScript} from '../source/desk/worker-pool.js';

const storyPath = fileURLToPath(new URL('../data/dushanbe-prison-escape.txt', import.meta.url));
const text = readFileSync(storyPath, 'utf8');

test.serial('the story parsed in the worker is the one parsed here', async t => {
	if (!workerScript()) {
		t.log('dist/parse-worker.js is not built: run npm run build');
		t.pass();
		return;
	}

	// As the launcher does: the worker is started first and left for the CLI to take.
	leaveEarlyWorker(new Worker(workerScript()!));
	const options = {date: '2026-03-01', source: storyPath};
	const story = await parseInWorker(text, options).story();
	t.deepEqual(story, parseStoryText(text, options));
	t.true(story.entities.length > 0);
	t.is(takeEarlyWorker(), undefined, 'the worker was not taken');
});

test.serial('without a worker from the launcher, the story is parsed here', async t => {
	const story = await parseInWorker(text, {source: null}).story();
	t.deepEqual(story, parseStoryText(text, {source: null}));
});
