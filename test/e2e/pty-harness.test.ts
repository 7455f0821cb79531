// The pty harness hands the headless terminal whole characters: @xterm/headless 6.0 drops a 3-byte
// character whose read ended after its second byte, which looked like a frame missing a "•".
import test from 'ava';
import xterm from '@xterm/headless';
import {splitAtLastCharacter} from '../helpers/pty.js';

const line = 'ab•cd é 𝄞 ✓';

async function screenAfter(pieces: Buffer[]): Promise<string> {
	const terminal = new xterm.Terminal({cols: 40, rows: 2, allowProposedApi: true});
	for (const piece of pieces) {
		// eslint-disable-next-line no-await-in-loop
		await new Promise<void>(resolve => {
			terminal.write(piece, resolve);
		});
	}

	return terminal.buffer.active.getLine(0)!.translateToString(true);
}

test('a read split anywhere inside a character still shows the character', async t => {
	const bytes = Buffer.from(line);
	for (let at = 1; at < bytes.length; at++) {
		const [whole, rest] = splitAtLastCharacter(bytes.subarray(0, at));
		// eslint-disable-next-line no-await-in-loop
		t.is(await screenAfter([whole, Buffer.concat([rest, bytes.subarray(at)])]), line, `split at byte ${at}`);
	}
});

// If this fails after an upgrade of @xterm/headless, the terminal is fixed and the harness may stop holding bytes back.
test('the terminal itself drops such a character (why the harness holds it back)', async t => {
	const bytes = Buffer.from('ab•cd');
	t.is(await screenAfter([bytes.subarray(0, 4), bytes.subarray(4)]), 'abcd');
});

test('bytes that start no character go through as they are', t => {
	const stray = Buffer.from([0x61, 0x9b]);
	t.deepEqual(splitAtLastCharacter(stray), [stray, Buffer.alloc(0)]);
});
