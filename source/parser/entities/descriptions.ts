// Descriptions around a name (appositives, titles set before it, roles) and the acronyms a story defines.
import {appositiveStarts, commonWords, roleNouns, speechVerbs, titleHeads} from '../gazetteer/words.js';
import {isNameToken, type Candidate, type SentenceContext} from './context.js';
import type {Token} from './tokens.js';
import {locations, nationalities} from './lexicon.js';

const acronymShape = /^[\p{Lu}][\p{Lu}\p{N}.&-]{1,9}$/u;

/** "Islamic Movement of Uzbekistan, or IMU," and "National Guard (NG)": the story's own short name. */
export function defineAcronym(context: SentenceContext, tokens: Token[], found: Candidate): void {
	const all = context.tokens;
	const at = tokens.at(-1)!.index;
	const next = all[at + 1];
	if (next?.text === ',' && all[at + 2]?.text === 'or' && acronymShape.test(all[at + 3]?.text ?? '')) {
		found.acronym = all[at + 3]!.text;
	} else if (next?.text === '(' && acronymShape.test(all[at + 2]?.text ?? '') && all[at + 3]?.text === ')') {
		found.acronym = all[at + 2]!.text;
	} else if (next?.text === ',' && all[at + 2]?.text === 'known' && all[at + 3]?.text === 'as' && shortForm(all[at + 4])) {
		found.acronym = all[at + 4]!.text;
	} else if (next?.text === ',' && all[at + 2]?.text === 'known' && all[at + 3]?.text === 'by') {
		// "…, known by its Spanish initials CRIC,": the initials after a word that says they are ones.
		const initials = byInitials(all, at + 4);
		if (initials) found.acronym = initials;
	} else if (next?.text === ',' && all[at + 2]?.text === 'the' && all[at + 3]?.kind === 'acronym' && /^[,.;)]$/.test(all[at + 4]?.text ?? '') && tokens.length > 1) {
		// "Ukraine's Security Service, the SBU, said": the short name set after the full one as an appositive.
		found.acronym = all[at + 3]!.text;
	} else if (next?.text === '(' && all[at + 3]?.text === ')' && tokens.length > 1 && shortName(all[at + 2])) {
		// "Colombian Institute of Geology and Mining (Ingeominas)": a short name written as a word.
		found.acronym = all[at + 2]!.text;
	}
}

// "IS-K", "ISIS-K", "AQ-M": an acronym with a hyphen, which the tokenizer reads as a code ('number').
const hyphenedAcronym = /^\p{Lu}{1,6}-\p{Lu}{1,4}$/u;

export function shortForm(token: Token | undefined): boolean {
	return token !== undefined && (token.kind === 'acronym' || (token.kind === 'number' && hyphenedAcronym.test(token.text)));
}

const initialsNouns = new Set(['initials', 'acronym', 'abbreviation']);

/** "its (Spanish) initials CRIC", from `at` on: the acronym, or undefined. */
function byInitials(all: Token[], at: number): string | undefined {
	if (all[at]?.text !== 'its' && all[at]?.text !== 'the') return undefined;
	const noun = initialsNouns.has(all[at + 1]?.text ?? '') ? at + 1 : initialsNouns.has(all[at + 2]?.text ?? '') ? at + 2 : -1;
	return noun !== -1 && shortForm(all[noun + 1]) ? all[noun + 1]!.text : undefined;
}

function shortName(token: Token | undefined): boolean {
	return token !== undefined && token.kind === 'capital' && token.text.length >= 4 && !locations.exact.has(token.text) && !nationalities.exact.has(token.text);
}

const introductions = new Set(['According', 'In', 'After', 'During', 'On', 'At', 'For', 'With', 'Despite', 'While', 'When', 'Although', 'As', 'Before', 'Since', 'Under', 'Unlike', 'Like', 'Speaking', 'Asked', 'Citing']);
// "X, a rescue group …": the appositive names what kind of thing X is.
// No preposition in between: "a spokesman for the agency" is a person's role, not a body's kind.
const bodyAppositive = /^(?:a|an|the|its|their|(?:the\s+)?[\p{L}-]+['’]s)\s+(?:(?!(?:for|of|at|with|in|from|to)\s)[\p{L}'’-]+\s+){0,3}?(?:group|organi[sz]ation|company|firm|party|agency|charity|movement|network|alliance|coalition|militia|union|association|body|broadcaster|newspaper|website|site|database|publication|magazine|outlet|platform|publisher|retailer|chain|manufacturer|maker|channel|airline|carrier|operator|team|club|authority|department|ministry|council|committee|bank|court|university|school|hospital|office|parliament|legislature|watchdog|regulator|army|police|force|service|brigade|unit|commission|institute|foundation|ngo|nonprofit|non-profit|think\s+tank|government|cabinet|subsidiary|conglomerate|insurer|lender|cartel|gang|faction)\b(?!['’]|\s+(?:chief|head|leader|spokes\w+|director|official|officer|member|secretary|minister|captain|commander|president|chairman|chairwoman|manager|founder|owner|worker|employee|lawyer|agent|inspector|superintendent|constable)\b)/u;
// Not "the district magistrate, X", "the district's police superintendent, X": a person's office named by its place.
const placeAppositive = /^(?:a|an|the)\s+(?:(?!(?:for|of|at|with|in|from|to)\s)[\p{L}-]+\s+){0,3}?(?:city|town|village|region|province|district|county|state|island|port|country|capital|suburb|neighbou?rhood|area)\b(?!(?:['’]s)?\s+(?:official|officials|magistrate|governor|mayor|commissioner|administrator|collector|chief|head|police|commander|councillor|councilor|spokes\w+|prosecutor|judge|officer|minister|secretary|director|coordinator|engineer|health|education|superintendent|inspector|sheriff|attorney|president|leader|representative)\b)/u;

/** The type an appositive gives a name nothing else classified ("White Helmets, a rescue group"). */
export function typeFromDescription(descriptions: string[]): 'organization' | 'location' | undefined {
	for (const description of descriptions) {
		if (bodyAppositive.test(description)) return 'organization';
		if (placeAppositive.test(description)) return 'location';
	}

	return undefined;
}

const appositiveEnd = new Set([',', '.', ';', ':', '(', ')', '"', '“', '”', '—', '–', '!', '?']);
const maxAppositiveTokens = 16;

/** "Name, a commander of the United Tajik Opposition, …": the phrase after the name describes it. */
export function describe(context: SentenceContext, tokens: Token[], found: Candidate): void {
	const all = context.tokens;
	const at = tokens.at(-1)!.index;
	if (all[at + 1]?.text !== ',' || tokens.at(-1)!.possessive) return;
	// "According to X of the Y, the victims …": the comma closes an opening phrase, not an appositive.
	if (introductions.has(all[0]?.text ?? '') && !(context.firstComma !== -1 && context.firstComma < tokens[0]!.index)) return;
	const first = all[at + 2];
	if (!first || !(appositiveStarts.has(first.text) || appositiveStarts.has(first.text.toLowerCase()) || roleNouns.has(first.text) || possessiveRole(all, at + 2))) return;
	let last = at + 2;
	while (last + 1 < all.length && last - at <= maxAppositiveTokens + 1 && (!appositiveEnd.has(all[last + 1]!.text) || insideNumber(all, last + 1)) && !/^(?:who|which|that|whose|where)$/.test(all[last + 1]!.text) && !knownAs(all, last + 1)) last++;
	if (last - at - 1 > maxAppositiveTokens) return;
	const stop = all[last + 1];
	// An appositive is closed by a comma or the sentence's end; "Name, the X said" is a clause, not a description.
	// "Gradnja Nord, the company that last repaired it": a relative clause closes it too, and so does a
	// nickname's "known as" ("Ola Vale, a former officer known as "the Fox"").
	if (stop && stop.text !== ',' && stop.text !== '.' && stop.text !== ';' && !/^(?:who|which|that|whose|where)$/.test(stop.text) && !knownAs(all, last + 1)) return;
	if (all.slice(at + 2, last + 1).some(token => speechVerbs.has(token.text))) return;
	found.descriptions.push(context.text.slice(first.start, all[last]!.end));
}

/** "20,000", "1.5": a comma or point between two numbers' digits, with no space, is the number's. */
function insideNumber(all: Token[], at: number): boolean {
	const mark = all[at]!;
	const before = all[at - 1];
	const after = all[at + 1];
	return (mark.text === ',' || mark.text === '.') && before?.kind === 'number' && after?.kind === 'number' && before.end === mark.start && after.start === mark.end;
}

function knownAs(all: Token[], at: number): boolean {
	return all[at]?.text === 'known' && all[at + 1]?.text === 'as';
}

/** "Myanmar's envoy to the UN", "South Korea's foreign minister": a possessive name, then a role. */
function possessiveRole(all: Token[], from: number): boolean {
	const owner = all[from]?.possessive ? from : all[from + 1]?.possessive && isNameToken(all[from]) ? from + 1 : -1;
	if (owner === -1 || !isNameToken(all[owner])) return false;
	for (let at = owner + 1; at <= owner + 3 && all[at]?.kind === 'lower'; at++) if (roleNouns.has(all[at]!.text)) return true;
	return false;
}

const maxLeadingDescription = 8;

/** "the Mayor of Oslo, Kari Berg,": a title phrase set before the name by a comma. */
export function describeAhead(context: SentenceContext, token: Token, found: Candidate): void {
	const all = context.tokens;
	if (all[token.index - 1]?.text !== ',') return;
	let from = token.index - 2;
	let titled = false;
	while (from >= 0 && token.index - from <= maxLeadingDescription) {
		const word = all[from]!;
		if (word.kind === 'punct') return;
		if (titleHeads.has(word.text) || roleNouns.has(word.text.toLowerCase())) titled = true;
		// "a former member of the Bundestag, Birgit …": an article after "of" is inside the phrase, not its start.
		if (/^(?:the|a|an|its|their|his|her)$/i.test(word.text) && !/^(?:of|for|at|in)$/.test(all[from - 1]?.text ?? '')) break;
		// "Gaya's district magistrate, Priya …": a possessive name opens the phrase as an article does.
		if (word.possessive && word.kind === 'capital') {
			// "The Harbour Front's chief spokesman, …": the possessive's other name words and its article are in the phrase.
			while (from > 0 && all[from - 1]!.kind === 'capital' && !all[from - 1]!.possessive) from--;
			if (/^(?:the)$/i.test(all[from - 1]?.text ?? '')) from--;
			break;
		}
		from--;
	}

	if (!titled || from < 0 || token.index - from > maxLeadingDescription) return;
	found.descriptions.push(context.text.slice(all[from]!.start, all[token.index - 2]!.end));
}

const roleQualifiers = new Set(['prime', 'vice', 'finance', 'justice', 'home', 'transport', 'education', 'energy', 'trade', 'former', 'police', 'deputy', 'senior', 'chief', 'local', 'state', 'foreign', 'retired', 'veteran', 'acting', 'government', 'army', 'military', 'rebel', 'opposition', 'fire', 'security', 'health', 'interior', 'defence', 'defense', 'prison', 'tour', 'criminology']);

/** "Chilean journalist Rosa …", "police spokesman Jane Doe": the role written before a name. */
export function describeBefore(context: SentenceContext, token: Token, found: Candidate): void {
	const all = context.tokens;
	const at = token.index;
	const role = all[at - 1];
	if (!role || !roleNouns.has(role.text)) return;
	let from = at - 1;
	while (from - 1 >= 0 && at - from < 4) {
		const previous = all[from - 1]!;
		if (roleQualifiers.has(previous.text.toLowerCase()) || roleNouns.has(previous.text) || (isNameToken(previous) && !previous.possessive && !commonWords.has(previous.text.toLowerCase()))) from--;
		else break;
	}

	found.descriptions.push(context.text.slice(all[from]!.start, role.end));
}
