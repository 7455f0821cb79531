// Every payload in payloads.ts, planted in a story, through the real dashboard in a pty
// (hostile-cli.test.ts does --summary, --json and --search): nothing reaches the terminal as control,
// nothing is hidden, the layout holds.
import test from 'ava';
import {startSitrep} from '../helpers/pty.js';
import {layoutProblems, outputProblems} from './check-output.js';
import {payloads} from './payloads.js';
import {storyFile} from './story-file.js';

// Two cores in CI: a few dashboards at a time, not thirty.
let running = 0;
const waiting: Array<() => void> = [];
async function slot<T>(work: () => Promise<T>): Promise<T> {
	if (running >= 3) {
		await new Promise<void>(resolve => {
			waiting.push(resolve);
		});
	}

	running++;
	try {
		return await work();
	} finally {
		running--;
		waiting.shift()?.();
	}
}

for (const [index, payload] of payloads.entries()) {
	test(`dashboard: ${payload.name}`, async t => slot(async () => {
		const file = storyFile(payload, index);
		const session = startSitrep({args: [file], cols: 120, rows: 40}, t);
		await session.waitForText('PORT HALLAM');
		await session.waitForQuiet();
		t.deepEqual(layoutProblems(session), [], 'layout at launch');
		const screen = session.screenText();
		for (const text of payload.visible ?? []) t.true(screen.includes(text), `${JSON.stringify(text)} is not on screen:\n${screen}`);
		// Walk the panes: the end of the article, the names list, a search, the summary.
		for (const key of ['G', '\t', '/', 'e', '\r', '\t', 'j', 'g']) {
			session.write(key);
			// eslint-disable-next-line no-await-in-loop
			await session.waitForQuiet(60);
		}

		t.deepEqual(layoutProblems(session), [], 'layout after walking the panes');
		session.write('q');
		await session.waitForExit();
		t.deepEqual(outputProblems(session.rawOutput(), payload.forbidden), []);
		t.deepEqual(session.titles, [], 'the window title was changed');
		t.deepEqual(session.replies, [], 'the terminal was asked a question (its reply would be typed into sitrep)');
	}));
}

test('the suite has at least 25 payloads', t => {
	t.true(payloads.length >= 25);
});
