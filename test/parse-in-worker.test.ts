// The dashboard's launch parses its story in a worker: the story that comes back by
// structured clone must be the one the main thread would have parsed, and a worker
// that cannot run must not cost the story. Uses dist/parse-worker.js (npm test builds it).
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import test from 'ava';
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

	const options = {date: '2026-03-01', source: storyPath};
	const story = await parseInWorker(text, options).story();
	t.deepEqual(story, parseStoryText(text, options));
	t.true(story.entities.length > 0);
});

test.serial('with workers off, the story is parsed here', async t => {
	const saved = process.env['SITREP_WORKERS'];
	process.env['SITREP_WORKERS'] = '0';
	try {
		const story = await parseInWorker(text, {source: null}).story();
		t.deepEqual(story, parseStoryText(text, {source: null}));
	} finally {
		if (saved === undefined) delete process.env['SITREP_WORKERS'];
		else process.env['SITREP_WORKERS'] = saved;
	}
});
