// How figures of one kind relate: which read as a toll for the whole incident
// ("at least five guards dead", "18 people died") and which as one group of it
// ("killing four guards", "five children"), and which toll to trust when several
// disagree. Shared by the part linking in figures.ts and the totals in summary.ts,
// so both always pick the same total.
import type {Figure, Qualifier} from '../model/types.js';
import {genericSubjects} from './figure-cues.js';

/** A toll-like figure: hedged ("at least"), or counting people in general rather than one group. */
export function isTotalLike(figure: Figure, partitive = false): boolean {
	// "three more died": an addition to a toll, never a toll itself.
	if (partitive || figure.implicit || figure.increment) return false;
	if (figure.qualifier !== 'exact') return true;
	if (figure.subject === null) return true;
	// The last word, as split(' ').at(-1) would give it, without the array.
	const lower = figure.subject.toLowerCase();
	return genericSubjects.has(lower.slice(lower.lastIndexOf(' ') + 1));
}

const officialPattern =
	/\b(?:officials?|police|authorit(?:y|ies)|ministry|minister|government|governor|mayor|security (?:services|forces|council|committee|ministry)|army|military|department|agency|spokes(?:man|woman|person)|commission(?:er)?|council|president|fire service|coroner|state media|state television|sheriff|prosecutors?|hospital|health|emergency)\b/i;

/** Officials, police, ministries, hospitals: the sources a wire story treats as authoritative. */
export function isOfficial(attribution: string | null): boolean {
	// Unnamed "sources" are not an official statement, whoever they work for.
	return attribution !== null && officialPattern.test(attribution) && !/\bsources?\b/i.test(attribution);
}

/**
 * Orders competing tolls best first: an official source; then a stated count over a possible one ("could be
 * missing"); then not a mere upper
 * bound ("as many as 50"); then a written count over a rough size ("dozens"); then the larger count (tolls are revised upwards as
 * bodies are found, so the larger official figure is usually the latest, and a
 * hedged "at least 80" is not contradicted by a later "three died in hospital"); then
 * the earlier mention (the lead paragraph carries the story's own figure).
 */
export function rankTotals<T extends Figure>(figures: T[]): T[] {
	if (figures.length < 2) return figures.slice();
	// Each figure's ranks are read once (the source pattern is a regex), then sorted on; the sort is stable.
	const ranked: Array<Ranked<T>> = [];
	for (const figure of figures) {
		ranked.push({
			figure,
			// A rough size ("injuring dozens, emergency services said") is nobody's count: a written one ("64 people had
			// been injured", from whoever) outranks it, an official source included.
			written: figure.vague ? 0 : 1,
			official: isOfficial(figure.attribution) ? 1 : 0,
			// "could still be missing" is a possibility, not a count anyone stated.
			stated: figure.speculative ? 0 : 1,
			bounded: figure.qualifier === 'up to' ? 0 : 1,
		});
	}

	ranked.sort(byRank);
	const best: T[] = [];
	for (const entry of ranked) best.push(entry.figure);
	return best;
}

type Ranked<T extends Figure> = {figure: T; written: number; official: number; stated: number; bounded: number};

function byRank<T extends Figure>(a: Ranked<T>, b: Ranked<T>): number {
	return b.written - a.written || b.official - a.official || b.stated - a.stated || b.bounded - a.bounded || b.figure.count - a.figure.count || a.figure.start - b.figure.start;
}

/** The qualifier of a sum: any hedge below makes the sum hedged ("at least 1 + 4 exact" is at least 5). */
export function combineQualifiers(qualifiers: Qualifier[]): Qualifier {
	if (qualifiers.every(qualifier => qualifier === 'exact')) return 'exact';
	if (qualifiers.includes('about')) return 'about';
	if (qualifiers.includes('up to')) return qualifiers.every(qualifier => qualifier === 'up to' || qualifier === 'exact') ? 'up to' : 'about';
	return 'at least';
}

/** Whether parts adding up to `sum` fit inside `total` ("1 + 4" fits "at least five"; "5 + 6" does not). */
export function fitsWithin(sum: number, total: Figure): boolean {
	// Hedged round numbers ("about 50", "more than 200") leave some room above them.
	if (total.qualifier === 'about' || total.qualifier === 'more than') return sum <= Math.ceil(total.count * 1.1);
	return sum <= total.count;
}
