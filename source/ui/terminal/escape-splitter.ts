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

