// Revised counts. Wire stories update a toll as the day goes on ("raising the death toll … to 17", "the number
// of arrests had risen to 97") and then tell the history ("Eleven bodies had been recovered by Monday evening",
// "the agency first said 27 prisoners had fled"). The latest stated count is the kind's total; the earlier
// states are not more victims and not rival totals but smaller counts of the same people, so they become
// parts of it and are never added to it.
import type {FigureKind} from '../model/types.js';
import {genericSubjects, kindOf} from './figure-cues.js';
import {isHardBoundary, type Word} from './words.js';

/** 'latest': a count the toll was raised to; 'earlier': a count it was raised from, or one first given and then revised. */
export type Revision = 'latest' | 'earlier';

// Verbs that move a count ("rose to", "raising … to", "has climbed to"), in every tense a story uses.
const riseVerbs = new Set([
	'rose', 'risen', 'rise', 'rises', 'rising', 'raising', 'raised', 'raises', 'climbed', 'climbing', 'climbs', 'increased', 'increasing',
	'jumped', 'jumping', 'bringing', 'brought', 'brings', 'pushing', 'pushed', 'swelled', 'swelling', 'soared', 'mounted', 'grew', 'grown', 'revised',
]);
// "stands at 27", "reached 45": a count as it is now, not a rise from an earlier one.
const standVerbs = new Set(['stands', 'stood', 'now']);
const reachVerbs = new Set(['reached', 'hit']);
// "put the number of escapees at 93": a source stating a count.
const putVerbs = new Set(['put', 'puts', 'putting', 'placed', 'places', 'estimated', 'estimates', 'set', 'sets']);
// Nouns that name a running count; "toll" alone is a death toll.
const tallyNouns = new Set(['toll', 'number', 'tally', 'count', 'total']);
// Words that make a count an earlier, since revised, statement ("first said", "initially reported").
const firstWords = new Set(['first', 'initially', 'originally', 'earlier']);

type Found = {kind: FigureKind; revision?: Revision};

/**
 * Reads the words before a count for a revision: "the death toll from the sinking … to 17", "the toll rose from 11".
 * Within the clause, a rise verb with "to"/"from" right before the count, and a tally noun before that verb.
 */
export function revisionBefore(ws: Word[], first: number, previousKind?: FigureKind): Found | undefined {
	const preposition = ws[first - 1]?.lower;
	// "the toll now stands at 27", "the death toll reached 45": the count as it is now.
	if ((preposition === 'at' && standVerbs.has(ws[first - 2]?.lower ?? '')) || reachVerbs.has(preposition ?? '')) {
		const kind = tallyBefore(ws, preposition === 'at' ? first - 2 : first - 1, previousKind);
		return kind ? {kind, revision: 'latest'} : undefined;
	}

	// "The ministry later put the number of escapees at 93", "puts the death toll at 30": a count and its kind.
	if (preposition === 'at') {
		for (let at = first - 2; at >= 0 && first - at <= 10; at--) {
			const word = ws[at];
			if (isHardBoundary(word) || word.text === ',' || word.text === ';') break;
			if (putVerbs.has(word.lower)) {
				// One source's statement, not a revision ("witnesses put the toll at 50" does not supersede officials' 30), so
				// who is counted is read as for any count ("put the number of soldiers killed at three": soldiers).
				const kind = tallyBetween(ws, at + 1, first - 1, previousKind);
				return kind ? {kind} : undefined;
			}
		}

		return undefined;
	}

	if (preposition !== 'to' && preposition !== 'from') return undefined;
	let verbAt = -1;
	// The verb stands close to the preposition ("rose to", "rose on Wednesday to", "raising the toll … to").
	for (let at = first - 2; at >= 0 && first - at <= 14; at--) {
		const word = ws[at];
		if (isHardBoundary(word) || word.text === ';') return undefined;
		if (riseVerbs.has(word.lower)) {
			verbAt = at;
			break;
		}
	}

	if (verbAt === -1) return undefined;
	const revision: Revision = preposition === 'to' ? 'latest' : 'earlier';
	// "raising the death toll … to 17": the tally follows the verb; "the death toll … rose to seven": it comes first.
	const after = tallyBetween(ws, verbAt + 1, first - 1, previousKind);
	if (after) return {kind: after, revision};
	const before = tallyBefore(ws, verbAt, previousKind);
	return before ? {kind: before, revision} : undefined;
}

/** A tally noun in ws[from, to) and the kind it counts. */
function tallyBetween(ws: Word[], from: number, to: number, previousKind?: FigureKind): FigureKind | undefined {
	for (let at = from; at < to; at++) {
		if (tallyNouns.has(ws[at].lower)) return kindOfTally(ws, at, to, previousKind);
	}

	return undefined;
}

/** Walking back from the verb to the clause's tally noun ("The death toll from flash floods in southwestern Poland rose"). */
function tallyBefore(ws: Word[], verbAt: number, previousKind?: FigureKind): FigureKind | undefined {
	for (let at = verbAt - 1; at >= 0 && verbAt - at <= 14; at--) {
		const word = ws[at];
		if (isHardBoundary(word) || word.text === ',' || word.text === ';') return undefined;
		if (tallyNouns.has(word.lower)) return kindOfTally(ws, at, verbAt, previousKind);
	}

	return undefined;
}

/** "death toll", "toll" → killed; "number of arrests", "number of people injured" → the kind word after it. */
function kindOfTally(ws: Word[], at: number, to: number, previousKind?: FigureKind): FigureKind | undefined {
	if (ws[at].lower === 'toll') return 'killed';
	// "the death count", "the arrest tally"
	const before = kindOf(ws[at - 1]?.lower ?? '');
	if (before) return before;
	// "the number caught", "the number killed": the kind word right after the tally.
	const after = kindOf(ws[at + 1]?.lower ?? '');
	if (after) return after;
	// "the number of people killed", "the number of arrests": the first kind word after "of".
	if (ws[at + 1]?.lower !== 'of') return bareTally(ws, at, previousKind);
	for (let next = at + 2; next < to && next - at <= 5; next++) {
		const kind = kindOf(ws[next].lower);
		if (kind) return kind;
	}

	return undefined;
}

/**
 * "Gendarmes had recaptured 38 of them by midday, and the number rose to 52": a bare "the number" counts what the
 * sentence's count before it counted. Only a bare tally ("the number rose"), not "the number of homes".
 */
function bareTally(ws: Word[], at: number, previousKind?: FigureKind): FigureKind | undefined {
	if (previousKind === undefined) return undefined;
	return ws[at - 1]?.lower === 'the' ? previousKind : undefined;
}

/**
 * "The agency first said 27 prisoners had fled", "initially reported 12 dead": a count given first and since revised.
 * The marker stands in the clause before the count, close to it.
 */
export function isFirstStatement(ws: Word[], first: number): boolean {
	for (let at = first - 1; at >= 0 && first - at <= 8; at--) {
		const word = ws[at];
		if (isHardBoundary(word) || word.text === ';') return false;
		if (firstWords.has(word.lower) && firstStatementVerbs.has(ws[at + 1]?.lower ?? '')) return true;
		// "Initially, officials said 27 …", "At first, police reported …": the marker opens the sentence.
		const opener = at === 0 || (at === 1 && ws[0].lower === 'at');
		if (opener && (word.lower === 'initially' || word.lower === 'originally' || (word.lower === 'first' && ws[0].lower === 'at')) && ws[at + 1]?.text === ',') return true;
		if (word.text === ',' && !(at <= 2)) return false;
	}

	return false;
}

const firstStatementVerbs = new Set(['said', 'reported', 'put', 'gave', 'counted', 'announced', 'estimated', 'told']);

type Revisable = {
	id: string;
	kind: FigureKind;
	count: number;
	mainEvent: boolean;
	partOf: string | null;
	sentence: number;
	subject: string | null;
	qualifier: string;
	partitive: boolean;
	breakdown: boolean;
	implicit?: boolean;
	revision?: Revision;
	superseded?: boolean;
};

/** A count of the whole ("Eleven bodies", "Four deaths", "84 people") rather than of one group of it ("nine of the dead"). */
function countsTheWhole(draft: Revisable): boolean {
	if (draft.partitive || draft.breakdown) return false;
	const head = draft.subject?.toLowerCase().split(/\s+/).at(-1);
	return head === undefined || genericSubjects.has(head);
}

/**
 * The latest revised count of a kind is its total: smaller counts of the kind (earlier states, groups within it)
 * become its parts. Runs before the general part linking, which then leaves these links alone.
 */
export function linkLatestRevisions(drafts: Revisable[]): void {
	const kinds = new Set<FigureKind>();
	for (const draft of drafts) if (draft.revision === 'latest') kinds.add(draft.kind);
	for (const kind of kinds) {
		const main = drafts.filter(draft => draft.kind === kind && draft.mainEvent && !draft.implicit);
		// Tolls are revised upwards: the largest count raised to is the latest.
		let latest: Revisable | undefined;
		for (const draft of main) if (draft.revision === 'latest' && (!latest || draft.count > latest.count)) latest = draft;
		if (!latest) continue;
		for (const draft of main) {
			if (draft === latest || draft.partOf !== null || draft.count >= latest.count) continue;
			draft.partOf = latest.id;
			// A smaller count of the whole told in another sentence is the toll as it stood before.
			if (draft.sentence !== latest.sentence ? countsTheWhole(draft) || draft.revision === 'earlier' : draft.revision === 'earlier') draft.superseded = true;
		}
	}
}

/**
 * An earlier statement ("first said 27", "rose from 11") that the part linking left on its own is a part of the
 * kind's largest count, not a group to add to it. Runs after the part linking, so it never uses up a total's room.
 */
export function linkEarlierStatements(drafts: Revisable[]): void {
	for (const earlier of drafts) {
		if (earlier.revision !== 'earlier' || !earlier.mainEvent) continue;
		if (earlier.partOf !== null) {
			earlier.superseded = true;
			continue;
		}

		let largest: Revisable | undefined;
		for (const draft of drafts) {
			if (draft.kind !== earlier.kind || !draft.mainEvent || draft.implicit || draft.partOf !== null || draft.revision === 'earlier') continue;
			if (!largest || draft.count > largest.count) largest = draft;
		}

		if (largest && largest.count > earlier.count) {
			earlier.partOf = largest.id;
			earlier.superseded = true;
		}
	}
}
