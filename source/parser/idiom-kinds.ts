// Wordings whose kind no single cue word says: "Fourteen villagers are feared buried" (missing), "the whereabouts of six
// trekkers remain unknown" (missing), "handed prison terms to 11 activists" (sentenced). Read only for a count that
// nothing else gave a kind, by looking at a few words either side of it.
import type {FigureKind} from '../model/types.js';
import type {Word} from './words.js';

// Words between a count and "buried": "are feared buried", "were believed to have been buried", "remain buried".
const buriedLinks = new Set(['are', 'were', 'is', 'was', 'remain', 'remained', 'remains', 'still', 'feared', 'believed', 'presumed', 'thought', 'reportedly', 'to', 'be', 'have', 'been', 'all']);
// One of them makes "buried" a guess or an ongoing state, not a burial ("the nine villagers were buried on Tuesday").
const buriedHedges = new Set(['feared', 'believed', 'presumed', 'thought', 'still', 'remain', 'remained', 'remains']);
const unknownWords = new Set(['unknown', 'unclear', 'unaccounted']);
const penaltyNouns = new Set(['terms', 'term', 'sentences', 'sentence']);
const handingVerbs = new Set(['handed', 'handing', 'hands', 'gave', 'giving', 'given', 'gives', 'imposed', 'meted', 'issued']);

/** The kind the words around a count give it ("…are feared buried"), or undefined. `first` is the count's first word, `end` the word after its phrase. */
export function idiomKind(ws: Word[], first: number, end: number): FigureKind | undefined {
	if (buriedAfter(ws, end) || whereaboutsUnknown(ws, first, end)) return 'missing';
	if (ws[first - 1]?.lower === 'to' && penaltyHandedBefore(ws, first - 1)) return 'sentenced';
	return undefined;
}

function buriedAfter(ws: Word[], end: number): boolean {
	let hedged = false;
	for (let at = end; at < ws.length && at - end < 6; at++) {
		const lower = ws[at].lower;
		if (lower === 'buried') return hedged;
		if (!buriedLinks.has(lower)) return false;
		if (buriedHedges.has(lower)) hedged = true;
	}

	return false;
}

/** "the whereabouts of six trekkers remain unknown", "six trekkers whose whereabouts are unknown". */
function whereaboutsUnknown(ws: Word[], first: number, end: number): boolean {
	const before = ws[first - 1]?.lower === 'of' && ws[first - 2]?.lower === 'whereabouts';
	// The counted noun may be one the phrase reader does not know ("six trekkers whose …"): "whose" may come a word later.
	const whose = ws[end]?.lower === 'whose' ? end : ws[end + 1]?.lower === 'whose' ? end + 1 : -1;
	const after = whose !== -1 && ws[whose + 1]?.lower === 'whereabouts';
	if (!before && !after) return false;
	const from = after ? whose + 2 : end;
	for (let at = from; at < ws.length && at - from < 6; at++) if (unknownWords.has(ws[at].lower)) return true;
	return false;
}

/** "handed prison terms to", "gave jail sentences of up to five years to": a penalty handed out, then "to" at `to`. */
function penaltyHandedBefore(ws: Word[], to: number): boolean {
	for (let at = to - 1; at >= 0 && to - at <= 7; at--) {
		if (!penaltyNouns.has(ws[at].lower)) continue;
		for (let verb = at - 1; verb >= 0 && at - verb <= 3; verb--) if (handingVerbs.has(ws[verb].lower)) return true;
		return false;
	}

	return false;
}
