// Injuries written without "injured" or "wounded": "14 people suffered burns", "57 people were being treated",
// "11 of them in serious condition". Each reads as wounded in the predicate after the count.
import type {FigureKind} from '../model/types.js';
import type {Word} from './words.js';
import {lowerAt} from './word-at.js';

// What a person suffers that is an injury; "suffered losses" or "suffered a setback" is none.
const injuryNouns = new Set(['burns', 'fractures', 'wounds', 'cuts', 'bruises', 'inhalation', 'concussions', 'concussion', 'trauma', 'injuries', 'injury', 'wound', 'lacerations', 'hypothermia', 'poisoning', 'shock']);
const sufferVerbs = new Set(['suffered', 'sustained', 'suffering', 'received']);
const passive = new Set(['were', 'was', 'being', 'been', 'are', 'is']);
const conditions = new Set(['serious', 'critical', 'stable', 'fair', 'grave']);

/** The injury the predicate word at `at` states, or undefined. */
export function injuryAt(ws: Word[], at: number): FigureKind | undefined {
	const lower = ws[at].lower;
	if (sufferVerbs.has(lower)) {
		for (let next = at + 1; next < ws.length && next - at <= 4; next++) {
			if (injuryNouns.has(ws[next].lower)) return 'wounded';
			if (ws[next].text === ',' || ws[next].text === '.') break;
		}

		return undefined;
	}

	// "were being treated", "were treated for smoke inhalation"; not "treated for dehydration and exhaustion".
	if (lower === 'treated' && passive.has(lowerAt(ws, at - 1))) return treatedForIllness(ws, at) ? undefined : 'wounded';
	// "in serious condition", "in a critical condition"
	if (lower === 'condition' && (conditions.has(lowerAt(ws, at - 1)) || conditions.has(lowerAt(ws, at - 2)))) return 'wounded';
	return undefined;
}

// What survivors are treated for that is no injury: want and exposure, not harm done to them by the event.
const illnesses = new Set(['dehydration', 'exhaustion', 'fatigue', 'hunger', 'malnutrition', 'starvation', 'sunstroke']);

/** "were being treated at the hospital for dehydration and hypothermia": the first thing treated for is an illness. */
function treatedForIllness(ws: Word[], treated: number): boolean {
	for (let at = treated + 1; at < ws.length && at - treated <= 8; at++) {
		const lower = ws[at].lower;
		if (lower === ',' || lower === '.' || lower === ';') return false;
		if (lower === 'for') return illnesses.has(lowerAt(ws, at + 1)) || (lowerAt(ws, at + 1) === 'heat' && lowerAt(ws, at + 2) === 'exhaustion');
	}

	return false;
}
