// A story's title and date read ahead of its parse (source/desk/story-header.ts):
// the story list is complete while the stories are still being parsed, and what it
// shows is what the parse will say.
import test from 'ava';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {Worker} from 'node:worker_threads';
import {Desk} from '../../source/desk/desk.js';
import {digestStory} from '../../source/desk/digest.js';
import {listStoryFiles} from '../../source/desk/list-folder.js';
import {readHeadersInBackground} from '../../source/desk/load-desk.js';
import {parseStoryText} from '../../source/desk/read-story.js';
import {readStoryHeader, storyHeader} from '../../source/desk/story-header.js';
import {openDeskSession, openDeskSessionOnWorker} from '../../source/desk/session.js';
import {workerScript} from '../../source/desk/worker-pool.js';
import {parseStoryWithoutTimeline} from '../../source/parser/index.js';

const body = 'Two guards were wounded when inmates rioted at the jail, the ministry said on Tuesday.\n\nPolice sealed the roads around the town.\n';
const filler = 'Officials said the search would go on through the night, and that roads out of the valley stayed closed.\n\n'.repeat(60);

const stories: Array<[string, string, string | undefined]> = [
	['front matter', '---\ntitle: Riot at Vahdat jail\ndate: 2024-05-02\nsource: Example Wire\n---\n' + body, 'a.txt'],
	['a Markdown heading', '# Inmates riot in Vahdat\n\n' + body, 'b.md'],
	['a date line and a headline', 'Inmates riot in Vahdat jail\n\nMay 3, 2024\n\n' + body, 'c.txt'],
	['a dateline and no headline', 'VAHDAT, Tajikistan (EW) — ' + body, 'd.txt'],
	['a short first line', 'Riot in Vahdat\n' + body, 'e.txt'],
	['CR LF line ends', 'Inmates riot in Vahdat jail\r\n\r\nMay 3, 2024\r\n\r\n' + body.replaceAll('\n', '\r\n'), 'f.txt'],
	['a long story (longer than the part read ahead)', '# Inmates riot in Vahdat\n\n' + body + filler, 'g.md'],
	['a long first paragraph', 'VAHDAT, Tajikistan (EW) — ' + filler.replaceAll('\n\n', ' '), 'h.txt'],
	['control characters in the headline', 'Inmates\u0007 riot in \u202EVahdat jail\n\n' + body, 'i.txt'],
];

for (const [what, text, name] of stories) {
	test(`the header read ahead is the parse's title and date: ${what}`, t => {
		const source = `/wire/${name}`;
		const digest = digestStory(parseStoryText(text, {source}, parseStoryWithoutTimeline));
		t.not(digest.title, null, 'the story should have a title to compare');
		t.deepEqual(storyHeader(text, {source}), {title: digest.title, published: digest.published});
		// --date wins over the text and the front matter, as in the parse.
		const dated = digestStory(parseStoryText(text, {source, date: '2024-06-01'}, parseStoryWithoutTimeline));
		t.deepEqual(storyHeader(text, {source, date: '2024-06-01'}), {title: dated.title, published: '2024-06-01'});
	});
}

function folderOf(count: number) {
	const root = mkdtempSync(path.join(tmpdir(), 'sitrep-headers-'));
	for (let n = 0; n < count; n++) writeFileSync(path.join(root, `${String(n).padStart(3, '0')}.txt`), `---\ntitle: Riot number ${n}\ndate: 2024-05-${String(1 + (n % 28)).padStart(2, '0')}\n---\n${body}`);
	writeFileSync(path.join(root, 'zz-photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
	return root;
}

test('headers read ahead fill the list while every story stays to be parsed, and a digest replaces them', async t => {
	const root = folderOf(40);
	t.teardown(() => rmSync(root, {recursive: true, force: true}));
	const desk = new Desk(listStoryFiles(root));
	let slices = 0;
	await readHeadersInBackground(desk, {sliceMs: 1, onProgress: () => slices++});
	t.true(slices > 0);
	t.deepEqual(desk.progress, {parsed: 0, skipped: 0, pending: 41, total: 41});
	t.is(desk.listed, 40, 'the binary file has no header');
	t.is(desk.stories[7]!.title, 'Riot number 7');
	t.is(desk.stories[7]!.published, '2024-05-08');
	t.is(desk.stories[40]!.title, null);
	t.is(readStoryHeader(desk.stories[40]!.path), null);

	const version = desk.version;
	t.is(version, 0, 'headers do not change entities or totals');
	desk.recordDigest(7, {...digestStory(parseStoryText(`---\ntitle: Riot seven, updated\n---\n${body}`, {source: null}, parseStoryWithoutTimeline))});
	t.is(desk.stories[7]!.title, 'Riot seven, updated');
	t.is(desk.stories[7]!.published, null);
	t.is(desk.listed, 40, 'a parsed story stays listed, once');
	desk.skip(8, 'parser error (test)');
	t.is(desk.stories[8]!.title, null, 'a story that turned out not to be one keeps no title');
	t.is(desk.listed, 40);
});

test('a big folder\'s session lists every title before its stories are parsed', async t => {
	const root = folderOf(200);
	t.teardown(() => rmSync(root, {recursive: true, force: true}));
	const previous = process.env['SITREP_WORKERS'];
	// Parsed on this thread, in slices: the same thread reads the headers, so the order is the session's, not a race between threads.
	process.env['SITREP_WORKERS'] = '0';
	t.teardown(() => {
		if (previous === undefined) delete process.env['SITREP_WORKERS'];
		else process.env['SITREP_WORKERS'] = previous;
	});
	const session = openDeskSession(listStoryFiles(root))!;
	const {desk} = session;
	let listedWithPending = false;
	const done = new Promise<void>(resolve => {
		session.subscribe(() => {
			if (desk.listed === 200 && desk.progress.pending > 100) listedWithPending = true;
			if (desk.done) resolve();
		});
	});
	session.start();
	await done;
	session.stop();
	t.true(listedWithPending, 'the list was complete only once the stories were parsed');
	t.is(desk.stories[150]!.title, 'Riot number 150');
});

test('the launcher\'s worker reads the list\'s titles and dates while it waits for the first frame', async t => {
	const script = workerScript();
	if (!script) return t.fail('no worker script (is dist/parse-worker.cjs built?)');
	const root = folderOf(60);
	t.teardown(() => rmSync(root, {recursive: true, force: true}));
	const opening = openDeskSessionOnWorker(listStoryFiles(root), new Worker(script), {}, true);
	t.teardown(() => {
		opening.stop();
	});
	const session = (await opening.session)!;
	const {desk} = session;
	// No session.start(): the first frame is not out, the worker waits for the go, and the main thread reads nothing.
	for (let waited = 0; desk.listed < 60 && waited < 20_000; waited += 20) {
		await new Promise(resolve => { // eslint-disable-line no-await-in-loop
			setTimeout(resolve, 20);
		});
	}

	t.is(desk.listed, 60, 'the worker sent no titles before the go');
	t.is(desk.progress.parsed, 1, 'the worker parsed on before the go');
	t.is(desk.stories[59]!.title, 'Riot number 59');
	t.is(desk.stories[59]!.state, 'pending');
});

test('without a spare core the launcher\'s worker only waits, and the titles come from the main thread after the first frame', async t => {
	const script = workerScript();
	if (!script) return t.fail('no worker script (is dist/parse-worker.cjs built?)');
	const root = folderOf(60);
	t.teardown(() => rmSync(root, {recursive: true, force: true}));
	const opening = openDeskSessionOnWorker(listStoryFiles(root), new Worker(script), {}, false);
	t.teardown(() => {
		opening.stop();
	});
	const session = (await opening.session)!;
	await new Promise(resolve => {
		setTimeout(resolve, 300);
	});
	t.is(session.desk.listed, 1, 'the worker read ahead on a busy machine');
});
