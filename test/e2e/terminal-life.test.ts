// Every way out of the dashboard leaves the terminal as the user had it: main screen
// back, cursor visible, raw mode off (stty shows icanon and echo again).
import test, {type ExecutionContext} from 'ava';
import {processAlive, startSitrep, type PtySession} from '../helpers/pty.js';
import {afterMarker, afterState, beforeMarker, childPid, wrappedSitrep} from '../helpers/shell-wrapper.js';

const dashboardText = 'DUSHANBE';

async function launchWrapped(t: ExecutionContext, env: Record<string, string> = {}) {
	const session = startSitrep({command: wrappedSitrep(), cols: 100, rows: 30, env}, t);
	if (env['SITREP_TEST_CRASH']) {
		// The crash fires 200 ms after launch: the dashboard may be drawn and gone between two looks
		// at the screen, so check from the bytes that it did take the screen and draw the story.
		await session.waitFor(() => session.rawOutput().includes(afterMarker) || session.rawOutput().includes('\u001B[?1049l'), 'the dashboard to crash and leave');
		const bytes = session.rawOutput();
		t.true(bytes.includes('\u001B[?1049h'), 'the dashboard entered the alternate screen');
		t.true(bytes.includes(dashboardText), 'the dashboard drew the story before the crash');
		return session;
	}

	await session.waitForText(dashboardText);

	t.true(session.alternateScreen(), 'the dashboard runs in the alternate screen');
	t.false(session.cursorVisible(), 'the cursor is hidden while the dashboard runs');
	return session;
}

async function assertRestored(t: ExecutionContext, session: PtySession, expectedCode: number) {
	await session.waitForText('DONE');
	const screen = session.screenText();
	t.false(session.alternateScreen(), 'back on the main screen');
	t.true(session.cursorVisible(), 'cursor visible again');
	t.true(screen.includes(beforeMarker), 'the user\'s screen from before is back');
	t.false(screen.includes(dashboardText), 'no dashboard frame left on the user\'s screen');
	const state = afterState(screen);
	t.truthy(state, `no exit report on screen:\n${screen}`);
	t.is(state?.code, expectedCode);
	t.true(state?.flags.includes('icanon'), `canonical mode back: ${state?.flags.join(' ')}`);
	t.true(state?.flags.includes('echo'), `echo back: ${state?.flags.join(' ')}`);
}

test('q leaves the alternate screen with the cursor visible and raw mode off', async t => {
	const session = await launchWrapped(t);
	session.write('q');
	await assertRestored(t, session, 0);
});

test('Ctrl-C quits like q', async t => {
	const session = await launchWrapped(t);
	session.write('\u0003');
	await assertRestored(t, session, 0);
});

for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130]] as const) {
	test(`${signal} ends the dashboard and restores the terminal`, async t => {
		const session = await launchWrapped(t);
		const pid = childPid(session.pid);
		t.truthy(pid);
		const sent = Date.now();
		process.kill(pid!, signal);
		await session.waitForText(afterMarker, 5000);
		t.log(`${signal}: exited after ${Date.now() - sent} ms`);
		await assertRestored(t, session, code);
	});
}

for (const crash of ['throw', 'reject']) {
	test(`an uncaught error (${crash}) restores the terminal first, then prints one line and exits non-zero`, async t => {
		const session = await launchWrapped(t, {SITREP_TEST_CRASH: crash});
		await assertRestored(t, session, 1);
		const screen = session.screenText();
		t.regex(screen, /^sitrep: test crash second line$/m);
		t.false(screen.includes('    at '), 'no stack trace');
	});
}

test('SIGHUP (dropped SSH link) ends the program at once', async t => {
	const session = startSitrep({cols: 100, rows: 30}, t);
	await session.waitForText(dashboardText);
	const sent = Date.now();
	session.kill('SIGHUP');
	const status = await session.waitForExit(5000);
	t.log(`SIGHUP: exited after ${Date.now() - sent} ms`);
	t.true(status.exitCode === 129 || status.signal === 1, JSON.stringify(status));
	t.false(processAlive(session.pid));
});

test('a closed pty leaves no process behind', async t => {
	const session = startSitrep({cols: 100, rows: 30}, t);
	await session.waitForText(dashboardText);
	const {pid} = session;
	session.closePty();
	const deadline = Date.now() + 5000;
	while (processAlive(pid) && Date.now() < deadline) {
		// eslint-disable-next-line no-await-in-loop
		await new Promise(resolve => {
			setTimeout(resolve, 20);
		});
	}

	t.false(processAlive(pid), 'sitrep is still running after its terminal closed');
});
