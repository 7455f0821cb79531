// One total per kind for the story's main incident. Parts are never added to a
// total that covers them; with no toll written, disjoint groups are summed
// ("five children" + "two truck drivers" = 7); where sources disagree one total
// is kept (see rankTotals: official, exact, larger, earlier) and the others are
// listed as claims with who made them.
import {figureKinds, summaryKinds, type Claim, type Figure, type FigureKind, type Qualifier, type Summary, type Total} from '../model/types.js';
import {combineQualifiers, isTotalLike, rankTotals} from './figure-roles.js';
import {isRivalSourceCount} from './source-claims.js';
import {differentSources} from './figure-links.js';

export function summarize(figures: Figure[]): Summary {
	const summary: Summary = {escaped: null, killed: null, wounded: null};
	for (const kind of figureKinds) {
		const total = totalFor(figures.filter(figure => figure.kind === kind && figure.mainEvent));
		if (total || (summaryKinds as readonly FigureKind[]).includes(kind)) summary[kind] = total;
	}

	return summary;
}

// Who carried out an attack: attackers killed are a separate count from their victims.
const perpetrators = new Set(['attackers', 'attacker', 'militants', 'militant', 'gunmen', 'gunman', 'assailants', 'assailant', 'insurgents', 'insurgent', 'bombers', 'bomber', 'terrorists', 'terrorist', 'hijackers', 'hijacker', 'kidnappers', 'kidnapper', 'robbers', 'robber', 'suspects', 'suspect', 'fugitive', 'fugitives']);

function headOf(figure: Figure): string | null {
	return figure.subject?.toLowerCase().split(/\s+/).at(-1) ?? null;
}

/** "three of the attackers were killed" beside "six officers": the attackers are not among the victims. */
export function isPerpetratorCount(figure: Figure): boolean {
	const head = headOf(figure);
	return head !== null && perpetrators.has(head);
}

function totalFor(all: Figure[]): Total | null {
	// Casualties among the attackers stay out of the victims' total when victims are counted too.
	const victims = all.filter(figure => !isPerpetratorCount(figure));
	const figures = (all[0]?.kind === 'killed' || all[0]?.kind === 'wounded') && victims.some(figure => !figure.implicit) ? victims : all;
	const written = figures.filter(figure => !figure.implicit);
	if (written.length === 0) return implicitTotal(figures);
	const ids = new Set(written.map(figure => figure.id));
	const parts = new Map<string, Figure[]>();
	for (const figure of written) if (figure.partOf !== null) parts.set(figure.partOf, [...(parts.get(figure.partOf) ?? []), figure]);
	const partsOf = (figure: Figure) => parts.get(figure.id) ?? [];
	const roots = written.filter(figure => figure.partOf === null || !ids.has(figure.partOf));
	const totals = roots.filter(figure => isTotalLike(figure));
	const pieces = roots.filter(figure => !isTotalLike(figure));
	const piecesSum = pieces.reduce((sum, figure) => sum + figure.count, 0);
	if (totals.length === 0) {
		// The same group counted by two sources ("two soldiers", the army; "three soldiers", security sources) is one
		// count told twice, not two groups: keep the better-ranked one and list the other as a claim.
		const kept: Figure[] = [];
		const rivals: Figure[] = [];
		for (const piece of rankTotals(pieces)) {
			const twin = kept.find(other => sameGroup(other, piece) && differentSources(other, piece));
			(twin ? rivals : kept).push(piece);
		}

		kept.sort((a, b) => a.start - b.start);
		return sumOf(kept, partsOf, rivals);
	}

	const [best, ...others] = rankTotals(totals);
	// A count from another, unofficial source ("the opposition said 14 of its workers …") is that source's claim.
	const rivals = pieces.filter(piece => isRivalSourceCount(best, piece));
	const ownPieces = rivals.length === 0 ? pieces : pieces.filter(piece => !rivals.includes(piece));
	const ownSum = rivals.length === 0 ? piecesSum : ownPieces.reduce((sum, figure) => sum + figure.count, 0);
	// Groups that add up to more than a hedged toll ("scores injured" vs "149 hospitalised") supersede it; groups
	// listed with it under one verb ("two pilots, six engineers and at least four guards") are its siblings instead.
	if (ownPieces.length > 0 && ownSum > best.count && best.qualifier !== 'exact' && ownPieces.some(piece => piece.sentence !== best.sentence)) {
		return sumOf(ownPieces, partsOf, [best, ...others, ...rivals]);
	}

	// Unlinked groups counted in the toll's own sentence add to it ("Eighteen officers and at least 25 protesters"),
	// and so do people counted on top of it later ("Another two died in hospital").
	const siblings = ownPieces.filter(piece => piece.sentence === best.sentence || (piece.increment && piece.start > best.start));
	const total: Total = {
		count: best.count + siblings.reduce((sum, piece) => sum + piece.count, 0),
		qualifier: siblings.length === 0 ? best.qualifier : combineQualifiers(qualifiersOf(best, siblings)),
		figures: figureIds(siblings, partsOf, figureIds([best], partsOf)),
		claims: [],
	};
	// A larger group from another source in another sentence ("25 soldiers were killed", the insurgents said) is a competing claim.
	const otherAccounts = ownPieces.filter(piece => piece.count > best.count && piece.sentence !== best.sentence && differentSources(piece, best));
	addClaims(total, [...others, ...rivals, ...otherAccounts]);
	return total;
}

// Words for one kind of group: "six officers" and "15 policemen" from two sources are one count told twice.
const groupClasses: string[][] = [
	['officers', 'policemen', 'police', 'policewomen', 'constables', 'cops', 'personnel', 'officer', 'policeman'],
	['soldiers', 'troops', 'servicemen', 'personnel', 'marines', 'soldier', 'troop'],
	['civilians', 'people', 'persons', 'residents', 'villagers'],
];

function sameGroup(a: Figure, b: Figure): boolean {
	const [left, right] = [headOf(a), headOf(b)];
	if (left === null || right === null) return false;
	return left === right || groupClasses.some(group => group.includes(left) && group.includes(right));
}


// The two helpers below push into one array instead of spreading mapped arrays: a mapped empty array
// and a mapped full one have different element kinds, and spreading both kept sending V8's optimised
// totalFor back to the interpreter ("wrong map"), to be compiled again.

/** Each figure's id followed by its parts' ids, appended to `ids`. */
function figureIds(figures: Figure[], partsOf: (figure: Figure) => Figure[], ids: string[] = []): string[] {
	for (const figure of figures) {
		ids.push(figure.id);
		for (const part of partsOf(figure)) ids.push(part.id);
	}

	return ids;
}

function qualifiersOf(best: Figure, siblings: Figure[]): Qualifier[] {
	const qualifiers = [best.qualifier];
	for (const piece of siblings) qualifiers.push(piece.qualifier);
	return qualifiers;
}

function sumOf(pieces: Figure[], partsOf: (figure: Figure) => Figure[], competing: Figure[]): Total {
	const total: Total = {
		count: pieces.reduce((sum, figure) => sum + figure.count, 0),
		qualifier: combineQualifiers(pieces.map(figure => figure.qualifier)),
		figures: figureIds(pieces, partsOf),
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
 * Deaths, arrests and injuries written without numbers ("the mayor died", "he was pronounced dead"):
 * one per distinct name; pronouns and descriptions add one only when no name is
 * given, since they usually point back at the named victim.
 */
function implicitTotal(figures: Figure[]): Total | null {
	if (figures.length === 0) return null;
	const names = new Set(figures.map(figure => figure.subject).filter(subject => subject !== null && /^\p{Lu}/u.test(subject)).map(name => name!.split(/\s+/).at(-1)!.toLowerCase()));
	// "arrested the owner and his son" names two people in one figure.
	const count = names.size > 0 ? names.size : Math.max(...figures.map(figure => figure.count));
	return {count, qualifier: 'exact', figures: figures.map(figure => figure.id), claims: []};
}
