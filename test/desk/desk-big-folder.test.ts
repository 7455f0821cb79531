// A folder big enough to be read on worker threads, in the built dashboard in a real
// pseudo-terminal: the launcher's worker reads the first story whole for the first
// frame and goes on with the rest while Ink loads; the other workers join after it.
import test from 'ava';
import {mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {startSitrep} from '../helpers/pty.js';
import {generateStories} from '../../bench/desk-story-generator.js';

function bigFolder(t: import('ava').ExecutionContext, count: number): string {
	const root = mkdtempSync(path.join(tmpdir(), 'sitrep-big-desk-'));
	t.teardown(() => rmSync(root, {recursive: true, force: true}));
	generateStories(root, count);
	// The first file in folder order is not a story: the first frame shows the next one.
	mkdirSync(path.join(root, '2024-01'), {recursive: true});
	writeFileSync(path.join(root, '2024-01', '0-empty.txt'), '');
	return root;
}

/** The front-matter title of the generator's first story. */
function firstTitle(root: string): string {
	const text = readFileSync(path.join(root, '2024-01', readdirSync(path.join(root, '2024-01')).sort()[1]!), 'utf8');
	return /^title: (.+)$/m.exec(text)![1]!;
}

for (const workers of ['2', '0']) {
	test.serial(`a big folder opens on its first story and reads every other one (SITREP_WORKERS=${workers})`, async t => {
		const root = bigFolder(t, 40);
		const session = startSitrep({args: [root], cols: 120, rows: 30, env: {SITREP_WORKERS: workers}}, t);
		// Story 0 of the generator has front matter: its title is on the first frame.
		await session.waitFor(screen => screen.includes('Names') && /story 2\/41 ·/.test(screen), 'the dashboard on the first story that is one');
		await session.waitFor(screen => /story 2\/41 · this story +j\/k move/.test(screen), 'every story read', 30_000);
		await session.waitForQuiet(100);
		t.true(session.screenText().includes(firstTitle(root)), session.screenText());
		// All stories: totals from the 40 stories, the empty file counted apart.
		session.write('a');
		await session.waitFor(screen => /40 stories/.test(screen), 'the totals of all stories');
		t.pass();
	});
}
