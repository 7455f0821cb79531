import test from 'ava';
import {startSitrep} from '../helpers/pty.js';

test('the built sitrep starts in a pty and draws the bundled story', async t => {
	const session = startSitrep({cols: 100, rows: 30}, t);
	await session.waitForText('DUSHANBE');
	t.true(session.screenLines().every(line => line.length <= 100));
	session.kill('SIGTERM');
	const status = await session.waitForExit();
	t.not(status, undefined);
});
