// Over a slow link an arrow key can arrive as "\x1b" and "[B" in two reads. It must
// still be one key (not Esc, "[", "B"), and a bare Esc must still work on its own.
import test from 'ava';
import {startSitrep, type PtySession} from '../helpers/pty.js';

const sleep = async (ms: number) => new Promise(resolve => {
	setTimeout(resolve, ms);
});

async function launch(t: Parameters<typeof startSitrep>[1]) {
	const session = startSitrep({cols: 120, rows: 40}, t);
	await session.waitForText('DUSHANBE');
	await session.waitForQuiet();
	return session;
}

const statusLine = (session: PtySession) => session.screenLines()[session.size().rows - 2] ?? '';

for (const [first, second] of [['\u001B', '[B'], ['\u001B[', 'B']]) {
	test(`a down arrow split as ${JSON.stringify(first)} + ${JSON.stringify(second)} moves the article cursor`, async t => {
		const session = await launch(t);
		t.regex(session.screenText(), /line 1\//);
		session.write(first);
		await sleep(10);
		session.write(second);
		await session.waitForText(/line 2\//);
		t.pass();
	});
}

test('a split arrow in the search box stays in search (it is not Esc)', async t => {
	const session = await launch(t);
	session.write('/');
	await session.waitFor(() => /SEARCH/.test(statusLine(session)), 'search mode');
	session.write('\u001B');
	await sleep(10);
	session.write('[B');
	await session.waitForQuiet(150);
	t.regex(statusLine(session), /SEARCH/, 'the split arrow was taken for Esc');
	t.notRegex(session.screenText(), /\/ \[B|\/ B/, 'the rest of the arrow was typed into the query');
});

test('a bare Esc is still Esc once the wait is over', async t => {
	const session = await launch(t);
	session.write('/');
	await session.waitFor(() => /SEARCH/.test(statusLine(session)), 'search mode');
	session.write('\u001B');
	await session.waitFor(() => !/SEARCH/.test(statusLine(session)), 'leaving search after a lone Esc');
	t.pass();
});
