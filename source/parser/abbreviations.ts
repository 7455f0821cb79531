// Word lists the sentence splitter uses to tell an abbreviation's period from a sentence's end.
// Entries are lower case and without their final period ("u.s" for "U.S.").

/** Titles and the like: always followed by more of the same sentence ("Gen. Smith", "Main St. station"). */
export const neverFinalAbbreviations: ReadonlySet<string> = new Set([
	'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'gen', 'gens', 'lt', 'col', 'sgt', 'capt', 'maj', 'adm', 'brig',
	'cmdr', 'cpl', 'pvt', 'lieut', 'gov', 'sen', 'rep', 'reps', 'rev', 'hon', 'supt', 'insp', 'det', 'pres',
	'st', 'mt', 'ft', 'vs', 'v', 'e.g', 'i.e', 'cf', 'approx', 'est', 'dept', 'ave', 'blvd',
]);

/** Abbreviations that end a sentence as often as not ("at 5 p.m." / "at 5 p.m. Monday"). */
export const ambiguousAbbreviations: ReadonlySet<string> = new Set([
	'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u', 'etc', 'inc', 'co', 'corp', 'ltd', 'plc', 'jr', 'sr', 'bros', 'al',
]);

const beforeNumber: ReadonlySet<string> = new Set([
	'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'nos', 'fig', 'vol', 'p', 'pp',
]);

/** "Jan. 28", "No. 5": an abbreviation only when a number follows. */
export function isAbbreviationBeforeNumber(word: string): boolean {
	return beforeNumber.has(word);
}

/** Words that open a new clause: after an ambiguous abbreviation they mean a new sentence began. */
export const clauseStarters: ReadonlySet<string> = new Set([
	'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
	'his', 'her', 'their', 'its', 'our', 'my', 'but', 'and', 'or', 'so', 'yet', 'then', 'if', 'as', 'when',
	'while', 'after', 'before', 'although', 'though', 'however', 'meanwhile', 'in', 'on', 'at', 'by', 'for',
	'from', 'with', 'since', 'during', 'according', 'some', 'many', 'most', 'all', 'both', 'no', 'one', 'two',
	'three', 'several', 'other', 'others', 'officials', 'police', 'authorities', 'what', 'who', 'why', 'how',
	'where', 'earlier', 'later', 'today', 'yesterday', 'now', 'still', 'also',
]);
