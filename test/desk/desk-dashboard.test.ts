// The desk in the built dashboard, in a real pseudo-terminal: the story list, opening
// a story, "all stories" names and totals, and following a name to another story.
import test from 'ava';
import {fileURLToPath} from 'node:url';
import {startSitrep, type PtySession} from '../helpers/pty.js';

const wire = fileURLToPath(new URL('../fixtures/desk/wire', import.meta.url));

async function launch(t: import('ava').ExecutionContext) {
	const session = startSitrep({args: [wire], cols: 120, rows: 30}, t);
	await session.waitFor(screen => screen.includes('Names') && screen.includes('Inmates kill guards'), 'the dashboard on the first story');
	// Raw mode comes on just after the first frame; the background reading finishes at once on four stories.
	// (The whole status line, not the absence of "reading": a frame caught half-drawn lacks it too.)
	await session.waitFor(screen => /story 1\/6 · this story +j\/k move/.test(screen), 'every story read');
	await session.waitForQuiet(100);
	return session;
}

async function type(session: PtySession, keys: string, until: (screen: string) => boolean, what: string) {
	session.write(keys);
	await session.waitFor(until, what);
	await session.waitForQuiet(40);
}

test.serial('s lists the stories with date and totals; Enter opens one', async t => {
	const session = await launch(t);
	t.regex(session.screenText(), /story 1\/6 · this story/);
	await type(session, 's', screen => screen.includes('STORIES'), 'the story list');
	const lines = session.screenLines();
	const prison = lines.find(line => line.includes('Inmates kill guards'))!;
	t.regex(prison, /2024-03-01 +Inmates kill guards in prison break in Khujand +k at least 3 · w 2 · e 11/);
	t.regex(lines.find(line => line.includes('Border guards wounded'))!, /w 4 │$/);
	t.regex(lines.find(line => line.includes('photo-caption.txt'))!, /\(binary\)/);
	// Down to the border story (the fifth row) and open it.
	await type(session, 'jjjj\r', screen => screen.includes('KHOROG'), 'the border story');
	t.regex(session.screenText(), /story 5\/6/);
	t.false(session.screenText().includes('KHUJAND, Tajikistan'));
	// [ goes back: over the copy (story 4) first.
	await type(session, '[', screen => screen.includes('story 4/6'), 'the previous story');
	t.pass();
});

test.serial('a shows all stories: merged names, totals counted once, and Enter follows a name to its stories', async t => {
	const session = await launch(t);
	await type(session, 'a', screen => screen.includes('ALL STORIES'), 'all-stories mode');
	const screen = session.screenText();
	t.regex(screen, /killed +at least 5 · from 2 stories/);
	t.regex(screen, /wounded +6 · from 2 stories/);
	t.regex(screen, /1 duplicate counted once/);
	// One entry for the president, whichever spelling each story used.
	await type(session, '/rahmon', screen => screen.includes('/ rahmon'), 'the query');
	const rows = session.screenLines().filter(line => /Emomali Ra(?:k)?hmon +PER/.test(line));
	t.is(rows.length, 1);
	// Stories × mentions: three stories, four mentions (two in the first).
	t.regex(rows[0]!, /PER 3×4/);
	await type(session, '\r', screen => /Emomali Ra(?:k)?hmon in 3 stories/.test(screen), 'the stories that mention him');
	t.regex(session.screenText(), /Manhunt widens.*Emomali Rahmon ×1/);
	// The second row: the manhunt story, opened at his mention there.
	await type(session, 'j\r', screen => screen.includes('story 2/6'), 'the manhunt story');
	const article = session.screenLines().find(line => line.includes('President Emomali Rahmon said'));
	t.truthy(article, 'the mention is on screen');
	t.regex(article!, /▌President Emomali Rahmon/, 'the reading cursor is on the mention');
});
