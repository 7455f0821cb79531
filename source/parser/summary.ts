// One total per kind for the story's main incident. Parts are never added to a
// total that covers them; with no toll written, disjoint groups are summed
// ("five children" + "two truck drivers" = 7); where sources disagree one total
// is kept (see rankTotals: official, exact, larger, earlier) and the others are
// listed as claims with who made them.
import {figureKinds, summaryKinds, type Claim, type Figure, type FigureKind, type Qualifier, type Summary, type Total} from '../model/types.js';
import {combineQualifiers, isTotalLike, rankTotals} from './figure-roles.js';
import {isRivalSourceCount} from './source-claims.js';
import {differentSources} from './figure-links.js';
import {surnameKey} from './implicit-figures.js';
import {genericSubjects, perpetrators} from './figure-cues.js';

export function summarize(figures: Figure[]): Summary {
	const summary: Summary = {escaped: null, killed: null, wounded: null};
	const byKind = mainFiguresByKind(figures);
	for (const kind of figureKinds) {
		// A kind without figures has no total (the three summary kinds keep their null).
		const all = byKind.get(kind);
		if (all === undefined) continue;
		const total = totalFor(all);
		if (total || (summaryKinds as readonly FigureKind[]).includes(kind)) summary[kind] = total;
	}

	return summary;
}

/** The main event's figures of each kind, in story order: one pass instead of a filter per kind. */
function mainFiguresByKind(figures: Figure[]): Map<FigureKind, Figure[]> {
	const byKind = new Map<FigureKind, Figure[]>();
	for (const figure of figures) {
		if (!figure.mainEvent) continue;
		const list = byKind.get(figure.kind);
		if (list === undefined) byKind.set(figure.kind, [figure]);
		else list.push(figure);
	}

	return byKind;
}


function headOf(figure: Figure): string | null {
	return figure.subject?.toLowerCase().split(/\s+/).at(-1) ?? null;
}

/** "three of the attackers were killed" beside "six officers": the attackers are not among the victims. */
export function isPerpetratorCount(figure: Figure): boolean {
	const head = headOf(figure);
	return head !== null && perpetrators.has(head);
}

// totalFor and its helpers are written as plain loops over arrays, without a closure per call: V8's optimising
// compiler inlines every filter/map/reduce callback into its caller, and totalFor so written took ~85 ms to compile.

/** A figure's parts: the written figures that name it as their total, by its id. */
type PartsOf = Map<string, Figure[]>;

function totalFor(all: Figure[]): Total | null {
	// Casualties among the attackers stay out of the victims' total when victims are counted too.
	const figures = victimsFirst(all);
	const written = writtenFigures(figures);
	if (written.length === 0) return implicitTotal(figures);
	const total = writtenTotal(written);
	addOnePersonAdditions(total, figures, written);
	return total;
}

function writtenTotal(written: Figure[]): Total {
	const parts = partsByTotal(written);
	const roots = rootsOf(written);
	const totals: Figure[] = [];
	const pieces: Figure[] = [];
	for (const figure of roots) (isTotalLike(figure) ? totals : pieces).push(figure);
	if (totals.length === 0) return sumOfGroups(pieces, parts);
	const [best, ...others] = rankTotals(totals);
	// A count from another, unofficial source ("the opposition said 14 of its workers …") is that source's claim.
	const rivals: Figure[] = [];
	const ownPieces: Figure[] = [];
	for (const piece of pieces) (isRivalSourceCount(best, piece) ? rivals : ownPieces).push(piece);
	// Groups that add up to more than a hedged toll ("scores injured" vs "149 hospitalised") supersede it; groups
	// listed with it under one verb ("two pilots, six engineers and at least four guards") are its siblings instead.
	if (ownPieces.length > 0 && countOf(ownPieces) > best.count && best.qualifier !== 'exact' && someOutsideSentence(ownPieces, best.sentence)) {
		return sumOf(ownPieces, parts, [best, ...others, ...rivals]);
	}

	// Unlinked groups counted in the toll's own sentence add to it ("Eighteen officers and at least 25 protesters"),
	// and so do people counted on top of it later ("Another two died in hospital").
	const siblings: Figure[] = [];
	// A larger group from another source in another sentence ("25 soldiers were killed", the insurgents said) is a competing claim.
	const otherAccounts: Figure[] = [];
	for (const piece of ownPieces) {
		if (piece.sentence === best.sentence || (piece.increment && piece.start > best.start)) siblings.push(piece);
		if (piece.count > best.count && piece.sentence !== best.sentence && differentSources(piece, best)) otherAccounts.push(piece);
	}

	const total: Total = {
		count: best.count + countOf(siblings),
		qualifier: siblings.length === 0 ? best.qualifier : combineQualifiers(qualifiersOf(best, siblings)),
		figures: figureIds(siblings, parts, figureIds([best], parts)),
		claims: [],
	};
	addClaims(total, others);
	addClaims(total, rivals);
	addClaims(total, otherAccounts);
	return total;
}

/** The victims' figures without the attackers' when a kind of casualty counts victims in writing; otherwise all. */
function victimsFirst(all: Figure[]): Figure[] {
	if (all[0]?.kind !== 'killed' && all[0]?.kind !== 'wounded') return all;
	const victims: Figure[] = [];
	let writtenVictim = false;
	for (const figure of all) {
		if (isPerpetratorCount(figure)) continue;
		victims.push(figure);
		if (!figure.implicit) writtenVictim = true;
	}

	return writtenVictim ? victims : all;
}

function writtenFigures(figures: Figure[]): Figure[] {
	const written: Figure[] = [];
	for (const figure of figures) if (!figure.implicit) written.push(figure);
	return written;
}

function partsByTotal(written: Figure[]): PartsOf {
	const parts: PartsOf = new Map();
	for (const figure of written) {
		if (figure.partOf === null) continue;
		const list = parts.get(figure.partOf);
		if (list === undefined) parts.set(figure.partOf, [figure]);
		else list.push(figure);
	}

	return parts;
}

/** The figures that are part of no other written figure of the kind. */
function rootsOf(written: Figure[]): Figure[] {
	const ids = new Set<string>();
	for (const figure of written) ids.add(figure.id);
	const roots: Figure[] = [];
	for (const figure of written) if (figure.partOf === null || !ids.has(figure.partOf)) roots.push(figure);
	return roots;
}

/**
 * With no toll written, disjoint groups are summed. The same group counted by two sources ("two soldiers", the army;
 * "three soldiers", security sources) is one count told twice, not two groups: the better-ranked one is kept and the
 * other listed as a claim.
 */
function sumOfGroups(pieces: Figure[], parts: PartsOf): Total {
	const kept: Figure[] = [];
	// Each kept group's head word, read once (a group is compared with every later one).
	const keptHeads: Array<string | null> = [];
	const rivals: Figure[] = [];
	for (const piece of rankTotals(pieces)) {
		const head = headOf(piece);
		if (hasTwin(kept, keptHeads, piece, head)) {
			rivals.push(piece);
		} else {
			kept.push(piece);
			keptHeads.push(head);
		}
	}

	kept.sort(byStart);
	return sumOf(kept, parts, rivals);
}

function hasTwin(kept: Figure[], keptHeads: Array<string | null>, piece: Figure, head: string | null): boolean {
	for (let index = 0; index < kept.length; index++) {
		if (sameGroupHeads(keptHeads[index], head) && differentSources(kept[index], piece)) return true;
	}

	return false;
}

function byStart(a: Figure, b: Figure): number {
	return a.start - b.start;
}

function countOf(figures: Figure[]): number {
	let count = 0;
	for (const figure of figures) count += figure.count;
	return count;
}

function someOutsideSentence(figures: Figure[], sentence: number): boolean {
	for (const figure of figures) if (figure.sentence !== sentence) return true;
	return false;
}

// Words for one kind of group: "six officers" and "15 policemen" from two sources are one count told twice.
const groupClasses: Array<Set<string>> = [
	new Set(['officers', 'policemen', 'police', 'policewomen', 'constables', 'cops', 'personnel', 'officer', 'policeman', 'constable']),
	new Set(['soldiers', 'troops', 'servicemen', 'personnel', 'marines', 'soldier', 'troop']),
	new Set(['civilians', 'people', 'persons', 'residents', 'villagers']),
	new Set(['kidnappers', 'abductors', 'captors', 'kidnapper', 'abductor', 'captor']),
	new Set(['attackers', 'assailants', 'gunmen', 'attacker', 'assailant', 'gunman']),
];

/** Whether two groups' head words name one kind of group. */
function sameGroupHeads(left: string | null, right: string | null): boolean {
	if (left === null || right === null) return false;
	if (left === right) return true;
	for (const group of groupClasses) if (group.has(left) && group.has(right)) return true;
	return false;
}


// The helpers below push into one array instead of spreading mapped arrays: a mapped empty array and a mapped
// full one have different element kinds, and spreading both kept sending V8's optimised totalFor back to the
// interpreter ("wrong map"), to be compiled again.

/** Each figure's id followed by its parts' ids, appended to `ids`. */
function figureIds(figures: Figure[], parts: PartsOf, ids: string[] = []): string[] {
	for (const figure of figures) {
		ids.push(figure.id);
		const own = parts.get(figure.id);
		if (own !== undefined) for (const part of own) ids.push(part.id);
	}

	return ids;
}

function qualifiersOf(best: Figure, siblings: Figure[]): Qualifier[] {
	const qualifiers = [best.qualifier];
	for (const piece of siblings) qualifiers.push(piece.qualifier);
	return qualifiers;
}

function sumOf(pieces: Figure[], parts: PartsOf, competing: Figure[]): Total {
	const qualifiers: Qualifier[] = [];
	for (const figure of pieces) qualifiers.push(figure.qualifier);
	const total: Total = {
		count: countOf(pieces),
		qualifier: combineQualifiers(qualifiers),
		figures: figureIds(pieces, parts),
		claims: [],
	};
	addClaims(total, competing);
	return total;
}

/** Other tolls: the same count again corroborates the total; a different one is a competing claim. */
function addClaims(total: Total, others: Figure[]): void {
	for (const other of others) {
		if (other.count === total.count && other.qualifier === total.qualifier) {
			total.figures.push(other.id);
			continue;
		}

		const claim: Claim = {count: other.count, qualifier: other.qualifier, attribution: other.attribution, figure: other.id};
		total.claims.push(claim);
	}
}

/**
 * One-person figures on top of a written total: "A civilian was also killed" after "Two soldiers were killed" (an
 * "also" beside groups; beside a toll of people in general the person may be one of them, so only "another"
 * adds there, and that one is a written increment already); and the victims told one by one beside a count of
 * attackers killed. Each person once: by name, or by description.
 */
function addOnePersonAdditions(total: Total, figures: Figure[], written: Figure[]): void {
	let generalToll = false;
	// "Three kidnappers were killed" beside "the driver was shot dead": the victims are not among the attackers.
	let attackersOnly = true;
	for (const figure of written) {
		if (isTotalLike(figure) && isGeneralCount(figure)) generalToll = true;
		if (!isPerpetratorCount(figure)) attackersOnly = false;
	}

	if (generalToll) return;
	const people = new Set<string>();
	for (const figure of figures) {
		if (!figure.implicit || figure.subject === null) continue;
		if (!figure.increment && !(attackersOnly && !isPerpetratorCount(figure))) continue;
		const key = surnameKey(figure.subject) ?? figure.subject.toLowerCase();
		if (people.has(key)) continue;
		people.add(key);
		// "also killed a local chief and his son" names two.
		total.count += figure.count;
		total.figures.push(figure.id);
	}
}

/** A count of people in general ("12 people", "the dead"), who may include anyone the story names later. */
function isGeneralCount(figure: Figure): boolean {
	const head = headOf(figure);
	return head === null || genericSubjects.has(head);
}

/**
 * Deaths, arrests and injuries written without numbers ("the mayor died", "he was pronounced dead"):
 * one per distinct name; pronouns and descriptions add one only when no name is
 * given, since they usually point back at the named victim.
 */
function implicitTotal(figures: Figure[]): Total | null {
	if (figures.length === 0) return null;
	const names = new Set<string>();
	let largest = Number.NEGATIVE_INFINITY;
	const ids: string[] = [];
	for (const figure of figures) {
		const name = surnameKey(figure.subject);
		if (name !== null) names.add(name);
		largest = Math.max(largest, figure.count);
		ids.push(figure.id);
	}

	// "arrested the owner and his son" names two people in one figure.
	const count = names.size > 0 ? names.size : largest;
	return {count, qualifier: 'exact', figures: ids, claims: []};
}
