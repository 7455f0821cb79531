// Over a slow link (SSH, a serial line) one key's escape sequence can arrive in two
// reads: "\x1b" now, "[A" a few milliseconds later. Ink 6.8 hands a lone ESC over at
// the next event-loop turn, so the arrow would become Esc, "[" and "A". We hold back
// a trailing sequence that is not finished yet and let the caller wait a little for
// the rest (gemini-cli waits 50 ms: ESC_TIMEOUT in its KeypressContext).

const escape = '\u001B';

/** How long a caller should hold an unfinished sequence before giving it up as typed. */
export const escapeTimeoutMs = 50;

/** Longer than any key a terminal sends; a longer "sequence" is not one, so it is not held. */
const longestKeySequence = 32;

export type EscapeSplit = {
	/** Complete input, safe to hand over now. */
	ready: string;
	/** A trailing escape sequence that is not finished yet ('' when there is none). */
	held: string;
};

/**
 * Splits input into what can be delivered now and a trailing unfinished escape sequence.
 * Pure: the caller keeps `held`, prepends it to the next read, and delivers it as it is
 * when nothing arrives within `escapeTimeoutMs` (a bare ESC is then the Esc key).
 */
export function splitTrailingEscape(input: string): EscapeSplit {
	const start = input.lastIndexOf(escape);
	if (start === -1) return {ready: input, held: ''};
	// "\x1b\x1b[A" (Alt+arrow): the sequence starts at the first of a run of ESCs.
	let sequenceStart = start;
	while (sequenceStart > 0 && input[sequenceStart - 1] === escape) sequenceStart--;
	const tail = input.slice(sequenceStart);
	if (tail.length > longestKeySequence || !isUnfinished(tail)) return {ready: input, held: ''};
	return {ready: input.slice(0, sequenceStart), held: tail};
}

/** True when `sequence` (starting with ESC) is a prefix of a key sequence, not a whole one. */
export function isUnfinished(sequence: string): boolean {
	let index = 0;
	while (sequence[index] === escape) index++;
	// Only ESCs so far: more may follow.
	if (index === sequence.length) return true;
	const introducer = sequence[index];
	if (introducer === '[') return isUnfinishedCsi(sequence.slice(index + 1));
	// SS3 (ESC O A: arrows in application mode, F1–F4) needs one more character.
	if (introducer === 'O') return sequence.length === index + 1;
	// ESC followed by any other character is Alt+that key: complete.
	return false;
}

function isUnfinishedCsi(body: string): boolean {
	// ESC [ [ A: the Linux console's F1–F5.
	const rest = body.startsWith('[') ? body.slice(1) : body;
	if (body.startsWith('[') && rest.length === 0) return true;
	for (const character of rest) {
		const code = character.codePointAt(0)!;
		// Parameter (0x30–0x3F) and intermediate (0x20–0x2F) bytes: the sequence goes on.
		if (code >= 0x20 && code <= 0x3F) continue;
		// A final byte ends it; anything else is not a sequence we should wait for.
		return false;
	}

	return true;
}

/**
 * Splits complete input into single keys: one code point, or one whole escape sequence
 * (CSI, SS3, Alt+key, Alt+sequence), the way Ink 6.8's parser delimits sequences. Ink
 * hands a whole read to the app as one string, so "jj" typed fast over SSH (or "?q")
 * would otherwise be one unknown key instead of two.
 */
export function splitKeys(input: string): string[] {
	const keys: string[] = [];
	let index = 0;
	while (index < input.length) {
		const end = input[index] === escape ? escapeSequenceEnd(input, index) : index + (input.codePointAt(index)! > 0xFF_FF ? 2 : 1);
		keys.push(input.slice(index, end));
		index = end;
	}

	return keys;
}

/** Index just past the escape sequence starting at `start` (an ESC). */
function escapeSequenceEnd(input: string, start: number): number {
	let index = start + 1;
	// Alt + a sequence: ESC ESC [ A.
	if (input[index] === escape && (input[index + 1] === '[' || input[index + 1] === 'O')) index++;
	else if (input[index] === escape) return index + 1;
	const introducer = input[index];
	if (introducer === undefined) return index;
	if (introducer === 'O') return Math.min(input.length, index + 2);
	if (introducer !== '[') return index + (input.codePointAt(index)! > 0xFF_FF ? 2 : 1);
	index++;
	if (input[index] === '[') index++;
	while (index < input.length) {
		const code = input.charCodeAt(index);
		if (code >= 0x20 && code <= 0x3F) {
			index++;
			continue;
		}

		// A final byte ends the sequence; anything else ends it just before.
		return code >= 0x40 && code <= 0x7E ? index + 1 : index;
	}

	return index;
}
