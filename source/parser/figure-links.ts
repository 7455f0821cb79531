// Links the parts of a breakdown to the total they make up, so no count is added
// twice: "left at least five guards dead" … "killing one" … "killing four guards"
// makes 1 + 4 parts of the five, not ten dead.
import type {Figure} from '../model/types.js';
import {fitsWithin, isTotalLike, rankTotals} from './figure-roles.js';
import type {Revision} from './toll-revisions.js';

export type Draft = Figure & {
	/** "two of the victims": a share of some group. */
	partitive: boolean;
	/** "one of them": a share of a group named earlier. */
	anaphoric: boolean;
	/** Follows "including", "among them", "of whom". */
	breakdown: boolean;
	/** Follows "the": "the nine missing men" names a count already given. */
	definite: boolean;
	/** "Among the dead were …", "… were among the injured": a share of the kind's whole count, however far back it was given. */
	among: boolean;
	/** Where the main verb starts when a relative clause stands between the count and it. */
	mainVerbAt?: number;
	/** "four of nine people": the nine, the whole a share was taken from. */
	shareWhole?: boolean;
	/** "a town sheltering 200,000 displaced people": the people a place holds, displaced or hurt before the story's event. */
	population?: boolean;
	/** "… but 35 were still being held": captives left of a group taken, a part of it even beside it in one sentence. */
	remainder?: boolean;
	/** A count a toll was revised to or from (see toll-revisions.ts). */
	revision?: Revision;
};

/** Both figures name who said so, and not the same source. */
export function differentSources(a: Figure, b: Figure): boolean {
	// The same words (or none on either side) are the same source: the common case needs no normalising.
	if (a.attribution === b.attribution || a.attribution === null || b.attribution === null) return false;
	return sourceKey(a.attribution) !== sourceKey(b.attribution);
}

function sourceKey(attribution: string): string {
	return attribution.toLowerCase().replace(/^the\s+/, '');
}

// Subjects loose enough to name any group of people: "nine others" and "the nine men" may be one group.
const looseSubjects = new Set(['people', 'persons', 'individuals', 'others', 'men', 'women', 'victims', 'more']);

// linkParts and its helpers are plain loops without a closure per call: V8's optimising compiler inlines every
// filter/map/sort callback into its caller, and linkParts so written took ~60 ms to compile.

export function linkParts(drafts: Draft[]): void {
	for (const kind of kindsOf(drafts)) {
		const main: Draft[] = [];
		// Captives still held are left for linkRemainders, after the headline's counts are linked to the body's (a share
		// of them, "two of their colleagues remain in captivity", is linked as any share is).
		for (const draft of drafts) if (draft.kind === kind && draft.mainEvent && !draft.implicit && (draft.remainder !== true || draft.partitive)) main.push(draft);
		linkRestatements(main);
		linkExplicit(main);
		linkShares(main);
		const roots: Draft[] = [];
		const totals: Draft[] = [];
		for (const draft of main) {
			if (draft.partOf !== null) continue;
			roots.push(draft);
			// The whole a share was taken from ("four of the nine workers") is a toll for the parts beside it.
			if (isTotalLike(draft, draft.partitive) || draft.shareWhole === true) totals.push(draft);
		}

		if (totals.length === 0) continue;
		const best = chosenTotal(totals);
		// "12 bodies were found" under "the deaths of all 40 crew": an exact toll smaller
		// than one named group is a part of that group's count, not a cap on it. A group from another
		// source ("25 soldiers", the insurgents said) is a competing claim, not a whole above the toll.
		const larger = largestGroupAbove(roots, best);
		if (larger && best.qualifier === 'exact') {
			best.partOf = larger.id;
			continue;
		}

		// Parts linked to a competing toll ("…said 40 had been killed. Among the dead were …") belong to the chosen one.
		const competing = new Set<string>();
		for (const other of totals) if (other !== best) competing.add(other.id);
		let sum = 0;
		for (const part of main) {
			if (part.partOf !== null && competing.has(part.partOf) && part.count <= best.count) part.partOf = best.id;
			if (part.partOf === best.id) sum += part.count;
		}

		for (const piece of roots) {
			// A toll far below the chosen one ("three deaths involved children" beside 27) is a share of it, not a rival count:
			// conflicting reports of one toll stay within a factor of two of each other.
			// Counts given before a revision are in it ("12 on Friday and another three on Saturday, bringing the number to 15"),
			// even in its own sentence; earlier tolls are earlier states of it, not rivals.
			const superseded = best.revision === 'latest' && piece.start < best.start && piece.count < best.count;
			const rival = isTotalLike(piece, piece.partitive) && piece.count * 2 >= best.count && !superseded;
			// Counts side by side in the toll's own sentence ("Eighteen officers and at least 25 protesters were hurt")
			// are siblings of it, not its parts; a breakdown there says so ("including …").
			// A share ("two of the hostages") is never a sibling: it is part of some count, here the toll's.
			// Beside the whole of a share ("freed four of nine people …, but three are still held") a count is in that whole.
			const sibling = piece.sentence === best.sentence && !piece.breakdown && !piece.partitive && !piece.increment && !superseded && !best.shareWhole;
			// "Three more died" after the toll adds to it; before a revised toll ("…, bringing the toll to eight") it is in it.
			// It adds to what was counted just before it: when that is another account of the toll ("The provisional toll
			// was 12. Rescuers recovered 11 more" under a lead's 23), it is a part of the toll, not on top of it.
			const later = piece.increment && piece.start > best.start && countsOnTopOf(main, piece, best);
			if (piece === best || rival || sibling || later) continue;
			if (!fitsWithin(sum + piece.count, best)) continue;
			piece.partOf = best.id;
			sum += piece.count;
		}
	}
}

/** The kinds the drafts have, in the order they first appear. */
function kindsOf(drafts: Draft[]): Set<Draft['kind']> {
	const kinds = new Set<Draft['kind']>();
	for (const draft of drafts) kinds.add(draft.kind);
	return kinds;
}

/** The best-ranked toll, unless a toll revised later in the story ("the toll rose to 21", "bringing the toll to eight") supersedes it. */
function chosenTotal(totals: Draft[]): Draft {
	const [best] = rankTotals(totals);
	let revision: Draft | undefined;
	for (const draft of totals) if (draft.revision === 'latest' && draft.start > best.start && draft.count > best.count) revision = draft;
	return revision ?? best;
}

/** The largest group (the first of equals) above the toll, not a toll itself and from the toll's source. */
function largestGroupAbove(roots: Draft[], best: Draft): Draft | undefined {
	let larger: Draft | undefined;
	for (const draft of roots) {
		if (isTotalLike(draft, draft.partitive) || draft.count <= best.count || differentSources(draft, best)) continue;
		if (larger === undefined || draft.count > larger.count) larger = draft;
	}

	return larger;
}

/**
 * Whether the count told just before an increment is the toll itself (or a share of it, "two of them children"), so the
 * increment adds to the toll. After another count of the whole ("the provisional toll was nine", then "11 more"),
 * the increment builds up to the toll instead.
 */
function countsOnTopOf(main: Draft[], increment: Draft, toll: Draft): boolean {
	let base: Draft | undefined;
	for (const draft of main) if (draft.start < increment.start && (!base || draft.start > base.start)) base = draft;
	if (base === undefined || base === toll) return true;
	return base.partOf === toll.id && (base.partitive || base.breakdown || base.sentence === toll.sentence);
}

/**
 * "nine others were trapped" … "the nine missing men": the same count again after "the", of the same
 * kind and a compatible group, is the figure told again, so it joins the first one instead of adding to it.
 */
function linkRestatements(main: Draft[]): void {
	for (let index = 0; index < main.length; index++) {
		const draft = main[index];
		if (!draft.definite || draft.partOf !== null) continue;
		for (let at = index - 1; at >= 0 && index - at <= 20; at--) {
			const earlier = main[at];
			if (earlier.count !== draft.count || earlier.partOf !== null || !compatibleSubjects(earlier.subject, draft.subject)) continue;
			draft.partOf = earlier.id;
			break;
		}
	}
}

function compatibleSubjects(a: string | null, b: string | null): boolean {
	if (a === null || b === null) return true;
	const left = headWord(a);
	const right = headWord(b);
	return left === right || looseSubjects.has(left) || looseSubjects.has(right);
}

/** The subject's last word, lowercased ("the nine missing men" → "men"). */
function headWord(subject: string): string {
	return subject.toLowerCase().split(' ').at(-1)!;
}

/**
 * "two of their colleagues remain in captivity" … "the nine employees were abducted": a share ("N of the …") is
 * part of a larger group however far apart the two are, never a group of its own to add; the largest such count
 * of the kind is taken as the whole.
 */
function linkShares(main: Draft[]): void {
	let largest: Draft | undefined;
	for (const draft of main) if (!draft.partitive && draft.partOf === null && (!largest || draft.count > largest.count)) largest = draft;
	if (!largest) return;
	for (const draft of main) {
		if (draft.partitive && draft.partOf === null && draft.count < largest.count) draft.partOf = largest.id;
	}
}

/**
 * "Gunmen who abducted 87 students have freed 52 of them, but 35 were still being held": the captives still held are
 * what is left of the largest group taken, a part of it, wherever either was told. Run after the headline's
 * counts are linked to the body's, so a headline's "35 still held" and "87 students" both point at the body's.
 */
export function linkRemainders(drafts: Draft[]): void {
	for (const draft of drafts) {
		if (draft.remainder !== true || draft.partOf !== null || !draft.mainEvent) continue;
		let whole: Draft | undefined;
		for (const other of drafts) {
			if (other.kind !== draft.kind || !other.mainEvent || other.implicit || other.partOf !== null || other.remainder === true) continue;
			if (other.count > draft.count && (!whole || other.count > whole.count)) whole = other;
		}

		if (whole) draft.partOf = whole.id;
	}
}

/** "including two teachers", "one of them": parts that say which total they belong to. */
function linkExplicit(main: Draft[]): void {
	for (let index = 0; index < main.length; index++) {
		const draft = main[index];
		// "One of the officers killed": a share of the officers counted before, however far back.
		const shareOfNamed = draft.partitive && !draft.anaphoric && draft.subject !== null;
		if (!draft.breakdown && !draft.anaphoric && !shareOfNamed) continue;
		// A breakdown names a total close before it: looking back a bounded distance keeps this linear.
		for (let at = index - 1; at >= 0 && index - at <= 20; at--) {
			const candidate = main[at];
			if (draft.breakdown && candidate.sentence !== draft.sentence) break;
			if (draft.sentence - candidate.sentence > 2 && !draft.among && !shareOfNamed) break;
			if (candidate.partOf !== null || candidate.count < draft.count) continue;
			if (shareOfNamed && !draft.breakdown && (candidate.count === draft.count || draft.subject?.toLowerCase().split(' ').at(-1) !== candidate.subject?.toLowerCase().split(' ').at(-1))) continue;
			draft.partOf = candidate.id;
			if (draft.subject === null && candidate.subject !== null) draft.subject = candidate.subject;
			break;
		}
	}
}
