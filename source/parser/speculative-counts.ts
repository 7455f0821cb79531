// "More than 70 people could still be missing": a count said to be possible, not stated. It stays a figure, but
// ranks below a stated count of its kind ("at least nine were still missing"), so it is listed as a claim.
import {kindOf} from './figure-cues.js';
import {isHardBoundary, type Word} from './words.js';

const modals = new Set(['could', 'may', 'might']);
// Most sentences have no modal: looked up once per sentence's words, not once per count. Counts are read sentence
// by sentence, so remembering the last sentence's words is enough (a WeakMap entry per sentence cost more than it saved).
let lastWords: Word[] | undefined;
let lastHasModal = false;

function hasModal(ws: Word[]): boolean {
	if (ws !== lastWords) {
		lastHasModal = anyModal(ws);
		lastWords = ws;
	}

	return lastHasModal;
}

// A loop rather than ws.some(callback): until V8 optimises it, a callback per word costs a call per word.
function anyModal(ws: Word[]): boolean {
	for (const word of ws) if (modals.has(word.lower)) return true;
	return false;
}

/** Whether a modal of possibility stands between the counted noun (ending at `end`) and its kind word. */
export function isSpeculativeCount(ws: Word[], end: number): boolean {
	if (!hasModal(ws)) return false;
	for (let at = end; at < ws.length && at - end <= 6; at++) {
		const word = ws[at];
		if (isHardBoundary(word) || word.text === ',') return false;
		if (modals.has(word.lower)) return true;
		if (kindOf(word.lower)) return false;
	}

	return false;
}
