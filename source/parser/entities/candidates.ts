// From tokens to candidate mentions: capitalised runs, cut and classified by general cues
// (gazetteers, titles, organisation and place words, sentence position, speech verbs).
import {
	bodyHeadsBeforePlace,
	commonWords,
	compassWords,
	eventHeads,
	firstNames,
	foreignPlaceStarts,
	honorifics,
	nameParticles,
	modifierAcronyms,
	nonEntities,
	speechVerbs,
	surnameParticles,
	organizationHeads,
	placePrepositions,
	roleNouns,
	titleHeads,
	titleWords,
} from '../gazetteer/words.js';
import {placeHeads, placeStarts} from '../gazetteer/places.js';
import {countryNames, knownMultiWordStarts, knownNames, knownOrganizations, locations, nationalities, type KnownName} from './lexicon.js';
import type {Token} from './tokens.js';
import {isSpaceAt} from '../char-codes.js';
import {candidate, emptyList, heads, isNameToken, surface, type Candidate, type Evidence, type SentenceContext} from './context.js';
import {functionWords, inList, List, quotes} from './word-lists.js';
import {foreignAdjectives, runsOf} from './runs.js';
import {bodyPositionCue, brandShaped, ownedBy, followedByBodyNoun, languageUse, followedByPlace, identifiedAs, namedAfterBodyNoun, namesItself, precededByBodyNoun, singleBodyCue, placeCue, singleCue} from './cues.js';
import {clubCue} from './club-cues.js';
import {defineAcronym, describe, describeAhead, describeBefore, shortForm, typeFromDescription} from './descriptions.js';

export type {Candidate, Evidence, SentenceContext} from './context.js';

const domain = /\.(?:com|org|net|info|ru|uk|de|fr|in|cn|io)$/;
// Only on longer words: short names end like this too (Reed, Ely, Ned).
const englishSuffix = /^.{3,}(?:ed|ing|ly|ness|ment|tion|sion|ies|ous|ful|able|ible|ive|ity|ics)$/;
// Names that end like English past participles: "Naveed", "Saeed", "Sayed", "el-Sayed", "Zayed" (not "Agreed", which a run rarely holds).
const nameLikeEnding = /(?:[^gr]eed|ayed)$/;
// Nouns that a gang or cartel named for a place carries in its name ("the Sinaloa cartel"): the place stays a place elsewhere.
const groupNouns = new Set(['cartel']);

/** The "cartel" right after a name, or undefined. */
function groupNoun(all: Token[], token: Token): Token | undefined {
	const next = all[token.index + 1];
	return next !== undefined && next.kind === 'lower' && !token.possessive && groupNouns.has(next.text) ? next : undefined;
}

const pluralArticles = new Set(['Los', 'Las']);
const dottedInitials = /^(?:\p{Lu}\.){2,3}$/u;
const movementWords = new Set(['to', 'from', 'at', 'in', 'near', 'into', 'outside', 'toward', 'towards', 'via']);
const agedDescription = /^(?:a|an)\s+\d{1,3}-year-old\b/;
const saidWhen = new Set(['on', 'in', 'a', 'an', 'the', 'statement', 'late', 'earlier', 'later', 'that', 'last', 'this', 'week', 'night', 'morning', 'evening', 'afternoon', 'today', 'yesterday']);
const itsVerbs = new Set(['would', 'will', 'had', 'has', 'could', 'plans', 'planned', 'intends', 'intended', 'expects', 'expected']);

/** "Brennvik Lindqvist said on Monday it would appeal", "… said its staff": a speaker that is an "it". */
function saysIt(all: Token[], at: number): boolean {
	if (!speechVerbs.has(all[at + 1]?.text ?? '')) return false;
	// Only past words that say when or how it was said ("on Monday", "in a statement", "that").
	let index = at + 2;
	while (index <= at + 6 && (saidWhen.has(all[index]?.text ?? '') || nonEntities.has(all[index]?.text ?? ''))) index++;
	if (all[index]?.text === 'its') return true;
	// "it would appeal", not "it would be difficult": the expletive "it" goes with "be".
	return all[index]?.text === 'it' && itsVerbs.has(all[index + 1]?.text ?? '') && !/^(?:be|been|not)$/.test(all[index + 2]?.text ?? '');
}

// What a body does, said of it in a relative clause: "X, which runs the ferry", "X, which owns the mine".
const bodyVerbs = new Set(['runs', 'ran', 'operates', 'operated', 'owns', 'owned', 'makes', 'made', 'produces', 'employs', 'manages', 'managed', 'provides', 'builds', 'sells', 'supplies', 'controls', 'manufactures', 'represents', 'organises', 'organizes', 'organised', 'organized', 'publishes', 'broadcasts', 'insures']);

/** "Harbourline, which runs the ferry": a name a "which" takes, doing what bodies do. */
function whichRuns(all: Token[], at: number): boolean {
	return all[at + 1]?.text === ',' && all[at + 2]?.text === 'which' && bodyVerbs.has(all[at + 3]?.text ?? '');
}

// Adjectives that open bodies' names and, at a sentence's start, look like its first common word.
const bodyAdjectives = new Set(['National', 'Federal', 'Royal', 'International', 'United', 'Central', 'General', 'Associated', 'Allied', 'Global', 'Continental', 'Imperial', 'Metropolitan', 'Municipal', 'Regional', 'Provincial']);
// What newsrooms do and people rarely do in wire copy.
const newsroomVerbs = new Set(['reported', 'reports', 'published', 'broadcast', 'aired']);
const reportingVerbs = new Set(['reported', 'reports', 'quoted', 'cited', 'published', 'broadcast', 'aired', 'tweeted', 'posted']);

export function emptyEvidence(): Evidence {
	return {capitalisedInside: new Set(), lowercase: new Set()};
}

// Storms and operations carry names that are not people's ("Typhoon Rai", "Operation Desert Storm").
const eventStarts = new Set(['Typhoon', 'Hurricane', 'Cyclone', 'Storm', 'Tropical', 'Operation', 'Flight', 'Tornado']);
const vesselPrefixes = new Set(['MV', 'M/V', 'MT', 'MS', 'SS', 'HMS', 'USS', 'RMS', 'FV', 'KM', 'INS', 'HMAS', 'HMCS']);
const romanNumeral = /^(?=[IVXLC]{2,})C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const recordingNouns = new Set(['footage', 'camera', 'cameras', 'images', 'image', 'video', 'videos', 'system', 'systems', 'recording', 'recordings', 'stills', 'coverage', 'network']);
const nameSuffix = /^(?:Jr\.?|Sr\.?)$/;

/** Candidates of one sentence in text order. */
export function sentenceCandidates(context: SentenceContext): Candidate[] {
	const candidates: Candidate[] = [];
	for (const run of runsOf(context.tokens, context.from)) {
		judgeRun(context, run, candidates);
	}

	mergeBranches(context, candidates);
	numberUnits(context, candidates);
	spellOutAcronyms(context, candidates);
	settleLists(context.text, candidates);
	shareSurnames(context.text, candidates);
	return candidates;
}

const unitHeads = new Set(['Division', 'Brigade', 'Battalion', 'Regiment', 'Corps', 'Fleet', 'Squadron', 'Army', 'Infantry', 'Wing', 'Company']);
const ordinal = /^\d{1,3}(?:st|nd|rd|th)$/;

/** "the 6th Infantry Division", "the 82nd Airborne Division": a military unit's name starts with its ordinal. */
function numberUnits(context: SentenceContext, candidates: Candidate[]): void {
	for (const found of candidates) {
		if (found.kind !== 'organization' || !unitHeads.has(found.words.at(-1) ?? '')) continue;
		const at = context.tokens.findIndex(token => token.start === found.start);
		const number = context.tokens[at - 1];
		if (number === undefined || number.kind !== 'number' || !ordinal.test(number.text)) continue;
		found.start = number.start;
		found.name = `${number.text} ${found.name}`;
	}
}

// What a body's branch in a place is called before "in": "the Islamic State group in Khorasan Province".
const branchGap = /^\s+(?:group|branch|affiliate|wing|chapter|faction|offshoot)\s+in\s+(?:the\s+)?$/;

/**
 * "the Islamic State group in Khorasan Province, known as IS-K": a body's branch in a place, given a short name
 * of its own, is one body named by the whole stretch, not the parent body and a place.
 */
function mergeBranches(context: SentenceContext, candidates: Candidate[]): void {
	for (let index = 0; index + 1 < candidates.length; index++) {
		const body = candidates[index]!;
		const place = candidates[index + 1]!;
		if (body.kind !== 'organization' || place.kind !== 'location' || !branchGap.test(context.text.slice(body.end, place.start))) continue;
		const all = context.tokens;
		const first = all.findIndex(token => token.start === body.start);
		const last = all.findIndex(token => token.end === place.end);
		if (first === -1 || last === -1) continue;
		const known = all[last + 1]?.text === ',' && all[last + 2]?.text === 'known' && all[last + 3]?.text === 'as' && shortForm(all[last + 4]) ? all[last + 4]
			: all[last + 1]?.text === '(' && shortForm(all[last + 2]) && all[last + 3]?.text === ')' ? all[last + 2] : undefined;
		if (!known) continue;
		const span = all.slice(first, last + 1);
		const branch = candidate(context, span, 'organization', surface(context.text, span));
		branch.acronym = known.text;
		candidates.splice(index, 2, branch);
	}
}

/** "IGPN", and the mixed-case acronyms of other languages ("AfD", "PdL"): two capitals or more, short. */
function isAcronymLike(token: Token): boolean {
	if (token.kind === 'acronym') return true;
	return token.kind === 'capital' && token.text.length <= 6 && (token.text.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

// Small words a name's initials skip ("Inspection générale de la police nationale (IGPN)").
const initialsSkip = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'du', 'des', 'le', 'les', 'di', 'della', 'da', 'do', 'dos', 'et', 'y', 'e', 'und', 'für', 'pour', 'para', 'of', 'the', 'and', 'for', 'in', 'on', 'to', '&']);

/**
 * "the Inspection générale de la police nationale (IGPN)": a name written in lower case after its first word,
 * which no capitalised run covers, is a body's when the bracket after it holds its initials.
 */
function spellOutAcronyms(context: SentenceContext, candidates: Candidate[]): void {
	const all = context.tokens;
	for (let index = context.from + 2; index + 2 < all.length; index++) {
		if (all[index]!.kind !== 'punct' || all[index]!.text !== '(' || !isAcronymLike(all[index + 1]!) || all[index + 2]!.text !== ')') continue;
		const letters = all[index + 1]!.text.replaceAll('.', '');
		const before = all[index - 1]!;
		if (letters.length < 3 || letters.length > 8 || candidates.some(found => found.end === before.end && (found.kind === 'organization' || found.acronym))) continue;
		let letter = letters.length - 1;
		let start = index - 1;
		let lower = false;
		for (; start >= context.from && letter >= 0 && index - start <= 14; start--) {
			const word = all[start]!;
			if (word.kind === 'punct' || word.kind === 'number') break;
			// "Alternative für Deutschland (AfD)": a small letter in the acronym stands for a small word.
			const small = letters[letter] !== letters[letter]!.toUpperCase();
			if (!small && initialsSkip.has(word.text) && start < index - 1) continue;
			if (word.text[0]!.toUpperCase() !== letters[letter]!.toUpperCase()) break;
			if (word.kind === 'lower') lower = true;
			letter--;
		}

		const first = all[start + 1]!;
		// Needed only where no capitalised run covers the name: a word of it written small.
		if (letter >= 0 || first.kind !== 'capital' || !lower) continue;
		const span = all.slice(start + 1, index);
		const body = candidate(context, span, 'organization', surface(context.text, span));
		body.acronym = all[index + 1]!.text;
		// The span's own pieces ("Inspection") give way to the whole; the rest keep their text order.
		const outside = candidates.filter(found => found.end <= first.start || found.start >= before.end);
		const after = outside.findIndex(found => found.start >= before.end);
		outside.splice(after === -1 ? outside.length : after, 0, body);
		candidates.splice(0, candidates.length, ...outside);
	}
}

/** "Maria and Peter Holm": a lone first name joined by "and" to a full name shares its surname. */
function shareSurnames(text: string, candidates: Candidate[]): void {
	for (let index = 0; index + 1 < candidates.length; index++) {
		const first = candidates[index]!;
		const next = candidates[index + 1]!;
		if (first.kind !== 'unknown' || first.words.length !== 1 || first.fallback === 'location') continue;
		if (next.kind !== 'person' || next.words.length < 2 || !/^\s+and\s+$/.test(text.slice(first.end, next.start))) continue;
		first.surname = next.words.at(-1)!;
	}
}

/** "from Oslo, Brakvik, Sundal and Lower Fenmouth": one known place makes the whole list places. */
function settleLists(text: string, candidates: Candidate[]): void {
	// A list is a stretch of consecutive candidates, so it is kept as the index of its first member.
	let first = 0;
	let joined = false;
	for (let index = 1; index < candidates.length; index++) {
		const gap = listGap(text, candidates[index - 1]!.end, candidates[index]!.start);
		if (gap === notAList) {
			settleList(text, candidates, first, index, joined);
			first = index;
			joined = false;
		} else if (gap === joinedByWord) joined = true;
	}

	if (candidates.length > 0) settleList(text, candidates, first, candidates.length, joined);
}

/** Members `from` to `to` (exclusive) of `candidates`, separated by list gaps. */
function settleList(text: string, candidates: Candidate[], from: number, to: number, joined: boolean): void {
	// Two names joined by a bare comma are more often a name and its appositive than a list.
	const size = to - from;
	if (size < 2 || (size === 2 && !joined)) return;
	// Members are tagged so that linking can still settle them once it knows what the others are.
	// Unique within the story without shared state: the offset where the list starts.
	const list = candidates[from]!.start;
	let hasPlace = false;
	for (let index = from; index < to; index++) {
		const found = candidates[index]!;
		found.list = list;
		if (found.kind === 'location' || found.fallback === 'location') hasPlace = true;
	}

	if (!hasPlace) return;
	for (let index = from; index < to; index++) {
		const found = candidates[index]!;
		if ((found.kind === 'person' && found.weak) || (found.kind === 'unknown' && found.fallback === undefined)) {
			found.kind = 'location';
			found.name = text.slice(found.start, found.end);
		}
	}
}

const notAList = 0;
const bareGap = 1;
const joinedByWord = 2;

/**
 * What the text between two candidates says about a list: /^\s*,?\s*(?:(?:and|or)\s+)?$/ (a comma, an "and"
 * or both) or not, read by hand instead of slicing the gap and running two regexes per candidate.
 */
function listGap(text: string, from: number, to: number): number {
	// Overlapping candidates leave an empty gap, as slice() would.
	if (from >= to) return bareGap;
	let at = skipSpaces(text, from, to);
	if (at < to && text.charCodeAt(at) === 44) at = skipSpaces(text, at + 1, to);
	if (at === to) return bareGap;
	if (text.startsWith('and', at)) at += 3;
	else if (text.startsWith('or', at)) at += 2;
	else return notAList;
	// The word must be followed by one space or more, and nothing else.
	if (at >= to || !isSpaceAt(text, at)) return notAList;
	return skipSpaces(text, at, to) === to ? joinedByWord : notAList;
}

function skipSpaces(text: string, from: number, to: number): number {
	let at = from;
	while (at < to && isSpaceAt(text, at)) at++;
	return at;
}

/** A capitalised first word that is really a common word ("Three", "Trials", "Impoverished"). */
function isCommonInitial(token: Token, evidence: Evidence, runLength: number): boolean {
	if (inList(token, List.functionWord)) return true;
	// "US" is not "us": capitals all through are a name or an acronym.
	if (token.kind === 'acronym') return inList(token, List.nonEntity);
	// "Nordic Coast Airways" opens a sentence but is written with its capital elsewhere too.
	const capitalisedElsewhere = runLength > 1 && evidence.capitalisedInside.has(token.text);
	if (inList(token, List.commonWhenLowered | List.nonEntity)) return !capitalisedElsewhere;
	if (capitalisedElsewhere || inList(token, List.knownName) || evidence.capitalisedInside.has(token.text)) return false;
	// "TotalEnergies said": a capital inside the word is a brand's, however the word ends.
	if (brandShaped(token.text)) return false;
	if (inList(token, List.titleWord | List.honorific)) return false;
	const lower = token.text.toLowerCase();
	return evidence.lowercase.has(lower) || englishSuffix.test(lower);
}

const monthAbbreviation = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

/** A never-a-name word; a bare month abbreviation only when a day number follows ("Jan 5", not "Zinda Jan"). */
function isStopWord(tokens: Token[], index: number): boolean {
	const token = tokens[index]!;
	if (!inList(token, List.nonEntity)) return false;
	return !monthAbbreviation.test(token.text) || tokens[index + 1]?.kind === 'number';
}

const dateWords = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)$/;

/** A stop-list word inside a run, after a known first name and before another name word. */
function insidePersonName(tokens: Token[], index: number): boolean {
	const token = tokens[index]!;
	if (index === 0 || token.kind !== 'capital' || dateWords.test(token.text)) return false;
	// "Mohammad Tajul Islam": a faith's noun (not its adjective, "… Islamic") can end a full name too.
	if (index === tokens.length - 1) return index >= 2 && inList(tokens[0], List.firstName) && tokens.slice(1, index).every(word => word.kind === 'capital') && !/(?:ic|ian|ist|ish|ese|s)$/.test(token.text);
	return tokens.slice(0, index).some(before => inList(before, List.firstName)) && isNameToken(tokens[index - 1]) && isNameToken(tokens[index + 1]) && !inList(tokens[index + 1], List.nonEntity);
}

function isCommonWord(token: Token, evidence: Evidence): boolean {
	if (token.kind !== 'capital' || inList(token, List.knownName | List.nonEntity)) return false;
	const lower = token.text.toLowerCase();
	const singular = lower.replace(/s$/, '');
	return commonWords.has(lower) || commonWords.has(singular) || evidence.lowercase.has(lower) || evidence.lowercase.has(singular);
}

/** A first name, or a name a gazetteer knows (a place, a people or a body). */
function isKnownName(token: Token): boolean {
	return inList(token, List.knownName);
}

function judgeRun(context: SentenceContext, runTokens: Token[], out: Candidate[]): void {
	let tokens = runTokens;
	const {evidence} = context;
	let role: string | undefined;
	// A title opening the sentence still titles the name after it ("President Emomali Rakhmon has …").
	while (tokens.length > 0 && tokens[0]!.initial && !(tokens.length > 1 && inList(tokens[0], List.titleWord))) {
		const first = tokens[0]!;
		// "Emergency, an Italian aid group, said": a common word alone, that its appositive calls a body, names it.
		const body = tokens.length === 1 ? appositiveBody(context, first) : undefined;
		if (body) {
			out.push(body);
			return;
		}

		if (tokens.length > 1 && roleNouns.has(first.text.toLowerCase())) role = first.text;
		else if (!isCommonInitial(first, evidence, tokens.length)) break;
		// "New York-based …", "Upper Nile": a known name opening the sentence keeps its first word.
		else if (tokens.length > 1 && lookupKnown(surface(context.text, tokens)) !== undefined) break;
		// "South Sulawesi Governor …": a compass word before an unknown name and a title is the place's.
		else if (tokens.length > 1 && compassWords.has(first.text) && compassPlace(tokens)) break;
		// "National Highways said": two common words both capitalised are a name, not a sentence's first word.
		// "Press TV said": a common word before a body's last word is part of the body's name.
		else if (tokens.length === 2 && !inList(first, List.functionWord) && (isCommonWord(tokens[1]!, evidence) || inList(tokens[1], List.organizationHead))) break;
		// "National Highways said", "Royal Mail": an adjective that opens bodies' names, before a capitalised noun.
		else if (tokens.length === 2 && bodyAdjectives.has(first.text) && tokens[1]!.kind === 'capital' && !inList(tokens[1], List.knownName | List.firstName)) break;
		tokens = tokens.slice(1);
	}

	tokens = trimLeadingConnectors(tokens);
	// "the MV Lady Mary Joy 3": a vessel's name is a thing's, neither a person's nor a body's.
	// (Each prefix but "M/V", never one token, is all capitals: only an acronym's token can be one.)
	if (tokens.length === 0 || (tokens[0]!.kind === 'acronym' && vesselPrefixes.has(tokens[0]!.text))) return;
	const whole = surface(context.text, tokens);
	// A single word outside every gazetteer needs no look-up.
	// "al Qaeda's affiliate": a lower-case article opens some known bodies' names, and no run starts with it.
	const article = context.tokens[tokens[0]!.index - 1];
	const byName = tokens.length === 1 && !inList(tokens[0], List.knownName) ? undefined : lookupKnown(whole);
	const afterArticle = byName === undefined && article !== undefined && (article.text === 'al' || article.text === 'el') ? knownOrganizationAfterArticle(article.text, whole) : undefined;
	const known = byName ?? afterArticle;
	// "its Spanish acronym", "known in French as": a language, not a people.
	if (known?.kind === 'nationality' && languageUse(context.text, context.tokens, tokens.at(-1)!.index)) return;
	if (known) {
		// "Leeds beat Sundal 2-1", "fans of Kessling City": a town's club carries the town's name (a country's side stays the country).
		const club = known.kind === 'location' && !countryNames.has(known.name) && clubCue(context.tokens, tokens[0]!.index, tokens.at(-1)!.index);
		// "the Gulf cartel", "the Medellín cartel": a gang named for its place carries the noun in its name.
		const group = known.kind === 'location' ? groupNoun(context.tokens, tokens.at(-1)!) : undefined;
		if (group) {
			out.push(candidate(context, [...tokens, group], 'organization', `${whole} ${group.text}`));
			return;
		}

		const found = club ? candidate(context, tokens, 'organization', whole) : candidate(context, tokens, known.kind, known.name);
		found.known = true;
		if (afterArticle) found.start = article!.start;
		out.push(found);
		if (known.kind === 'organization') {
			defineAcronym(context, tokens, found);
			describe(context, tokens, found);
		}

		return;
	}

	// One token left, and trimLeadingConnectors leaves a name word first: a single name.
	if (tokens.length === 1) {
		judgeSingle(context, tokens[0]!, out);
		return;
	}

	const names = tokens.filter(token => isNameToken(token));

	if (isOrganizationRun(tokens)) {
		const organization = candidate(context, tokens, 'organization', whole);
		organization.key = canonicalKey(context, tokens);
		out.push(organization);
		defineAcronym(context, tokens, organization);
		describe(context, tokens, organization);
		return;
	}

	// Split at words that never name anything ("Monday", "Islamic"), then judge the pieces. Between two
	// name words of a person's name such a word is a name part ("Ali Shia Hamdan"), unless it is a date.
	// A place noun after the run makes it a place's name whatever its words ("the Hindu Kush mountains").
	// "Islamic State Sahel Province": a known body's name opens a longer one, whose words the stop list would cut.
	if (knownBodyOpens(context, tokens)) {
		const organization = candidate(context, tokens, 'organization', whole);
		out.push(organization);
		defineAcronym(context, tokens, organization);
		describe(context, tokens, organization);
		return;
	}

	const placeNamed = followedByPlace(context.tokens, tokens.at(-1)!.index) && tokens.some(token => isNameToken(token) && !nonEntities.has(token.text));
	const cut = placeNamed ? -1 : tokens.findIndex((token, index) => isStopWord(tokens, index) && !insidePersonName(tokens, index));
	if (cut !== -1) {
		if (cut > 0) judgeRun(context, tokens.slice(0, cut), out);
		judgeRun(context, trimLeadingConnectors(tokens.slice(cut + 1)), out);
		return;
	}

	if (namesBuilding(context, tokens)) return;
	if (splitTitle(context, tokens, out)) return;
	if (clubCue(context.tokens, tokens[0]!.index, tokens.at(-1)!.index)) {
		const club = candidate(context, tokens, 'organization', whole);
		out.push(club);
		defineAcronym(context, tokens, club);
		return;
	}

	// "United Nations Relief Office": a known body's name opens a longer one.
	if (hasKnownOrganizationPrefix(context, tokens)) {
		const organization = candidate(context, tokens, 'organization', whole);
		out.push(organization);
		defineAcronym(context, tokens, organization);
		return;
	}

	// "World War II": the head word comes before a numeral.
	const head = romanNumeral.test(tokens.at(-1)!.text) && tokens.length > 1 ? tokens.at(-2)! : tokens.at(-1)!;
	// Not "… Event Data Project (ACLED)": a name with initials of its own in brackets is a body's.
	if ((eventHeads.has(head.text) || eventStarts.has(tokens[0]!.text)) && !acronymOfInitials(context, tokens)) return;
	if (isPlaceRun(tokens) && !surnameLikePlace(context, tokens)) {
		out.push(candidate(context, tokens, 'location', whole));
		return;
	}

	if (splitKnownPrefix(context, tokens, out)) return;
	if (placeCue(context, tokens)) {
		out.push(candidate(context, tokens, 'location', whole));
		return;
	}

	// "Los Lobos", "Las Tarsenas": a plural article opens gangs', bands' and factions' names, never a person's
	// (a place's where the words around it say so, which placeCue has asked, or after a word of movement: "flown to Los Mochis").
	if ((pluralArticles.has(tokens[0]!.text) && !movementWords.has(context.tokens[tokens[0]!.index - 1]?.text ?? '')) || followedByBodyNoun(context.tokens, tokens.at(-1)!.index) || precededByBodyNoun(context.tokens, tokens[0]!.index) || bodyContext(context, tokens)) {
		const organization = candidate(context, tokens, 'organization', whole);
		out.push(organization);
		defineAcronym(context, tokens, organization);
		return;
	}

	const afterParticle = afterSurnameParticle(context, tokens);
	if (afterParticle || looksLikePerson(tokens, evidence)) {
		const person = personCandidate(context, tokens);
		person.weak = !afterParticle && !firstNames.has(person.words[0] ?? '') && !identifiedAs(context.tokens, tokens[0]!.index);
		if (role) person.descriptions.push(role);
		describeBefore(context, tokens[0]!, person);
		describeAhead(context, tokens[0]!, person);
		describe(context, tokens, person);
		// "Der Spiegel reported": a name that only looks like a person's and reports like a newsroom is one.
		const next = context.tokens[tokens.at(-1)!.index + 1];
		const newsroom = person.weak && person.descriptions.length === 0 && !tokens.at(-1)!.possessive && (newsroomVerbs.has(next?.text ?? '') || saysIt(context.tokens, tokens.at(-1)!.index)) ? 'organization' : undefined;
		const described = person.weak ? typeFromDescription(person.descriptions) ?? newsroom : undefined;
		if (described) {
			person.kind = described;
			person.name = whole;
			person.weak = false;
		}

		out.push(person);
		return;
	}

	// "a Norway Coast Express ferry": a known place inside a name that is not a person's makes it a body's name.
	if (names.some(token => locations.exact.has(token.text) || nationalities.exact.has(token.text))) {
		const organization = candidate(context, tokens, 'organization', whole);
		organization.key = canonicalKey(context, tokens);
		out.push(organization);
		defineAcronym(context, tokens, organization);
		return;
	}

	// "Lower Silesia", "North Vessaria": a compass word before one unknown name is a part of a land.
	if (tokens.length === 2 && compassWords.has(tokens[0]!.text) && tokens[1]!.kind === 'capital' && !inList(tokens[1], List.titleWord | List.firstName)) {
		out.push(candidate(context, tokens, 'location', whole));
		return;
	}

	// Nothing here says what it is, unless an appositive does, or it reports like a newsroom ("Harbour Weekly reported");
	// it still counts if the story names it plainly elsewhere ("to Upper Fenland").
	const unknown = candidate(context, tokens, 'unknown', whole);
	describe(context, tokens, unknown);
	const next = context.tokens[tokens.at(-1)!.index + 1];
	const reports = next !== undefined && !tokens.at(-1)!.possessive && (speechVerbs.has(next.text) || reportingVerbs.has(next.text));
	unknown.kind = typeFromDescription(unknown.descriptions) ?? (reports ? 'organization' : 'unknown');
	out.push(unknown);
}

/**
 * "\"…,\" dos Santos Lima told": a surname's particle written small at a clause's start (or after a speech verb)
 * opens a person's surname, even one that ends in a place's name; no run takes the particle in there.
 */
function afterSurnameParticle(context: SentenceContext, tokens: Token[]): boolean {
	const at = tokens[0]!.index;
	const particle = context.tokens[at - 1];
	if (particle === undefined || particle.kind !== 'lower' || !surnameParticles.has(particle.text)) return false;
	const before = context.tokens[at - 2];
	return before === undefined || before.kind === 'punct' || speechVerbs.has(before.text);
}

/** "Emergency, an Italian aid group, said": a body whose one-word name is a common or title word, as its appositive says. */
function appositiveBody(context: SentenceContext, token: Token): Candidate | undefined {
	// Only "a"/"an" opens it: "Police, the ambulance service, and …" is a list.
	const article = context.tokens[token.index + 2]?.text;
	if (token.kind !== 'capital' || context.tokens[token.index + 1]?.text !== ',' || (article !== 'a' && article !== 'an') || inList(token, List.nonEntity | List.functionWord)) return undefined;
	const body = candidate(context, [token], 'organization', token.text);
	describe(context, [token], body);
	return typeFromDescription(body.descriptions) === 'organization' ? body : undefined;
}

// Buildings named for a person: "the Imam Zaman mosque", "the King Fahd hospital".
const buildingNouns = new Set(['mosque', 'church', 'cathedral', 'temple', 'shrine', 'mausoleum', 'hospital', 'clinic', 'school', 'college', 'university', 'airport', 'stadium', 'bridge', 'market', 'street', 'road', 'avenue', 'square', 'dam']);

/** "the Imam Zaman mosque": a title or first name that opens the name of a building, which is no person's mention. */
function namesBuilding(context: SentenceContext, tokens: Token[]): boolean {
	const next = context.tokens[tokens.at(-1)!.index + 1];
	if (next === undefined || next.kind !== 'lower' || !buildingNouns.has(next.text) || tokens.at(-1)!.possessive) return false;
	const before = context.tokens[tokens[0]!.index - 1]?.text;
	return (before === 'the' || before === 'a' || before === 'an') && inList(tokens[0], List.titleWord | List.firstName);
}

/**
 * The run's second word, after a compass word, names a land a title follows ("South Sulawesi Governor"), or is
 * left alone after it once splitTitle took the title off. Not a known place: "Central Mali has …" opens with
 * the common word and names Mali.
 */
function compassPlace(tokens: Token[]): boolean {
	const place = tokens[1]!;
	return place.kind === 'capital' && !inList(place, List.knownName | List.titleWord | List.organizationHead | List.commonWhenLowered) && (tokens.length === 2 || inList(tokens[2], List.titleHead));
}

function personCandidate(context: SentenceContext, tokens: Token[]): Candidate {
	const nickname = tokens.findIndex((token, index) => quotes.has(token.text) && quotes.has(tokens[index + 2]?.text ?? ''));
	const kept = nickname === -1 ? tokens : [...tokens.slice(0, nickname), ...tokens.slice(nickname + 3)];
	// Joined in a loop rather than filter().map().join(): that chain was deoptimised ("wrong map") and
	// compiled again in the first stories of every thread.
	let name = '';
	let named = 0;
	for (const token of kept) if (isNameToken(token) || nameParticles.has(token.text)) name = named++ === 0 ? token.text : `${name} ${token.text}`;
	const person = candidate(context, tokens, 'person', name);
	person.words = emptyList<string>();
	for (const token of kept) if (isNameToken(token) && token.kind !== 'initial' && !nameSuffix.test(token.text) && !romanNumeral.test(token.text)) person.words.push(token.text);
	if (nickname !== -1) person.aliases = [[tokens[nickname + 1]!.text, ...person.words.slice(1)].join(' ')];
	return person;
}

/** The run from its first name word on (the run itself when it starts with one: runs are never changed). */
function trimLeadingConnectors(tokens: Token[]): Token[] {
	let from = 0;
	while (from < tokens.length && !isNameToken(tokens[from])) from++;
	return from === 0 ? tokens : tokens.slice(from);
}

function knownOrganizationAfterArticle(article: string, name: string): KnownName | undefined {
	const known = lookupKnown(`${article} ${name}`);
	return known?.kind === 'organization' ? known : undefined;
}

/** A body, people or place the gazetteers know by this name, a body's reading first. */
function lookupKnown(name: string): KnownName | undefined {
	return knownNames.get(name);
}

function hasKnownOrganizationPrefix(context: SentenceContext, tokens: Token[]): boolean {
	if (!knownMultiWordStarts.has(tokens[0]!.text)) return false;
	for (let length = Math.min(4, tokens.length - 1); length >= 2; length--) {
		if (knownOrganizations.exact.has(text(context, tokens, length))) return true;
	}

	return false;
}

/** The text of the run's first `length` tokens, without copying the token list. */
function text(context: SentenceContext, tokens: Token[], length: number): string {
	return context.text.slice(tokens[0]!.start, tokens[length - 1]!.end);
}

/** A known body's name of two or more words, then more name words that are no date, title or person's name. */
function knownBodyOpens(context: SentenceContext, tokens: Token[]): boolean {
	if (!knownMultiWordStarts.has(tokens[0]!.text)) return false;
	for (let length = Math.min(4, tokens.length - 1); length >= 2; length--) {
		if (!knownOrganizations.exact.has(text(context, tokens, length))) continue;
		return tokens.slice(length).every((token, index) => token.kind === 'capital' && !isStopWord(tokens, length + index)
			&& !titleWords.has(token.text) && !honorifics.has(token.text) && !firstNames.has(token.text));
	}

	return false;
}

/** "U.K. Consulate" and "United Kingdom Consulate" are one: a leading place is compared by its canonical name. */
function canonicalKey(context: SentenceContext, tokens: Token[]): string | undefined {
	for (let length = Math.min(3, tokens.length - 1); length >= 1; length--) {
		const place = locations.exact.get(surface(context.text, tokens.slice(0, length)));
		if (place) return `${place} ${surface(context.text, tokens.slice(length))}`;
	}

	return undefined;
}

function isOrganizationRun(tokens: Token[]): boolean {
	// "the Gendarmerie nationale": runs end in a word written small only after a foreign body's word.
	if (tokens.at(-1)!.kind === 'lower' && foreignAdjectives.has(tokens.at(-1)!.text)) return true;
	const names = tokens.filter(token => isNameToken(token));
	if (names.length < 2) return false;
	const last = tokens.at(-1)!;
	// "President of the Regional Council" is an office; the council is judged after the title comes off.
	// "General Election Commission" is a body: a title word opens it, but no "of", name or second title follows.
	// "the Attorney General's Office", "the Sheriff's Department": a title's office is a body, not a person.
	if (inList(last, List.organizationHead) && tokens.at(-2)!.possessive && tokens.slice(0, -1).every(token => inList(token, List.titleHead))) return true;
	if (inList(tokens[0], List.titleHead) && !inList(tokens[1], List.organizationHead) && !titleOpensBody(tokens)) return false;
	if (inList(last, List.organizationHead)) return true;
	// "Estado Mayor Central", "Estado-Maior": a general staff in Spanish or Portuguese, whose "Mayor" is no mayor.
	if (tokens[0]!.text === 'Estado' && (tokens[1]!.text === 'Mayor' || tokens[1]!.text === 'Maior')) return true;
	// "Ministério Público Federal", "Guardia di Finanza": a body named in its own language, unless a place ("Parque Nacional").
	if (names.some(token => inList(token, List.foreignBodyWord)) && !foreignPlaceStarts.has(tokens[0]!.text) && !inList(tokens[0], List.firstName) && !isPlaceRun(tokens)) return true;
	// "Hamas Minister Ola Vale", "NATO Secretary General Mark Rutte": a title inside, then a name, is a person's.
	if (tokens.some((token, index) => index > 0 && inList(token, List.titleHead) && !inList(token, List.organizationHead) && isNameToken(tokens[index + 1]))) return false;
	// "CFR Marfa", "KTX Rail": a run led by an acronym that is no known place or people, and no person's name after it.
	if (tokens[0]!.kind === 'acronym' && names.length <= 3 && !inList(tokens[0], List.knownName | List.nonEntity) && !romanNumeral.test(tokens[0]!.text) && !dottedInitials.test(tokens[0]!.text)
		&& names.slice(1).every(token => token.kind === 'capital' && !inList(token, List.firstName | List.titleWord | List.honorific | List.knownName))) return true;
	// "Harbour Riders MC", "Hamas Brigades", "BBC Norway": a trailing acronym or a known group's name.
	if (last.kind === 'acronym' && !locations.exact.has(last.text) && !inList(last, List.nonEntity) && !romanNumeral.test(last.text)) return true;
	if (names.some(token => knownOrganizations.exact.has(token.text) && token.text.length >= 3)) return true;
	const connected = tokens.some(token => token.text === 'of' || token.text === 'for');
	if (connected && names.some(token => inList(token, List.organizationHead))) return true;
	// "Fire Service and Civil Defence": runs join "and" after a body's head only, so the whole is the body.
	if (tokens.some((token, index) => (token.text === 'and' || token.text === '&') && inList(tokens[index - 1], List.organizationHead))) return true;
	// "the Peace Mission in Chad": only runs joins "in" after such a head, so this is a body's name.
	return tokens.some((token, index) => ['in', 'for', 'of'].includes(token.text) && bodyHeadsBeforePlace.has(tokens[index - 1]?.text ?? ''));
}

/**
 * What the words around a name that is not plainly a person's say makes it a body's: a body noun before it,
 * a body's position ("members of X", "a spokesman for X"), or an acronym of its initials after it ("… (GRD)").
 */
function bodyContext(context: SentenceContext, tokens: Token[]): boolean {
	if (firstNames.has(tokens[0]!.text) || tokens.some(token => titleWords.has(token.text) || honorifics.has(token.text))) return false;
	const first = tokens[0]!.index;
	const last = tokens.at(-1)!.index;
	// A spokesman or a statement can be a person's too: only for "the X" or a name that does not look like a person's.
	if (namedAfterBodyNoun(context.tokens, first) || acronymOfInitials(context, tokens) || backedBy(context, first) || namesItself(context.tokens, first) || (ownedBy(context.tokens, first) && !looksLikePerson(tokens, context.evidence))) return true;
	const position = bodyPositionCue(context.tokens, first, last);
	return position === 'members' || (position === 'speaker' && (context.tokens[first - 1]?.text === 'the' || !looksLikePerson(tokens, context.evidence)));
}

// "the Kremlin-controlled Gazprom said": what someone backs, runs or owns is a body, not a person.
const backing = /^-(?:backed|controlled|run|owned|funded|linked|affiliated|allied|sponsored|aligned|based|led|supported|operated)\s+$/;

/** The name starting at token `at` comes right after a "X-backed" adjective. */
function backedBy(context: SentenceContext, at: number): boolean {
	const previous = context.tokens[at - 1];
	if (previous === undefined || !previous.possessive || context.tokens[at]!.start - previous.end <= 3) return false;
	return backing.test(context.text.slice(previous.end, context.tokens[at]!.start));
}

/** "Kestrel River Authority (KRA)": the bracket after the name holds its initials. */
function acronymOfInitials(context: SentenceContext, tokens: Token[]): boolean {
	const all = context.tokens;
	const at = tokens.at(-1)!.index;
	if (all[at + 1]?.text !== '(' || all[at + 3]?.text !== ')' || all[at + 2]?.kind !== 'acronym') return false;
	const letters = all[at + 2]!.text.replaceAll('.', '');
	// "Inter-Services Public Relations (ISPR)": each part of a hyphenated word gives its initial.
	const initials = tokens.filter(token => isNameToken(token)).map(token => token.text.split('-').map(part => part[0]).join('')).join('').toUpperCase();
	return letters.length >= 2 && (letters === initials || (letters.length >= 3 && initials.startsWith(letters.slice(0, 2)) && letters.length <= initials.length + 1));
}

function titleOpensBody(run: Token[]): boolean {
	// "General Election Commission of Mongolia": the head ends the part before the name's first "of".
	const joiner = run.findIndex(token => token.text === 'of' || token.text === 'for');
	const tokens = joiner === -1 ? run : run.slice(0, joiner);
	if (!organizationHeads.has(tokens.at(-1)!.text) || tokens.length < 3) return false;
	return tokens.slice(1, -1).every(token => isNameToken(token) && !titleWords.has(token.text) && !honorifics.has(token.text) && !firstNames.has(token.text));
}

// Place heads that are common surnames too: "Robert Hall", "Susan Field", "Daniel Park".
const surnameHeads = new Set(['Hall', 'Field', 'Hill', 'Lane', 'Park', 'Church', 'Temple', 'Castle', 'Marsh']);

/** "John Ridsdel and Robert Hall": a known first name and a surname that is also a place's head, where no place cue stands. */
function surnameLikePlace(context: SentenceContext, tokens: Token[]): boolean {
	if (tokens.length !== 2 || !inList(tokens[0], List.firstName) || !surnameHeads.has(tokens[1]!.text)) return false;
	// "at Grace Church", "from Albert Hall": any place preposition, "at" and "from" too, keeps the place.
	return !placePrepositions.has(context.tokens[tokens[0]!.index - 1]?.text ?? '') && !placeCue(context, tokens);
}

function isPlaceRun(tokens: Token[]): boolean {
	return placeHeads.has(tokens.at(-1)!.text) || placeStarts.has(tokens[0]!.text)
		|| tokens.some((token, index) => token.text === 'of' && placeHeads.has(tokens[index - 1]?.text ?? ''));
}

function looksLikePerson(tokens: Token[], evidence: Evidence): boolean {
	const names = tokens.filter(token => isNameToken(token));
	if (names.length > 5 || names.some((token, index) => token.kind === 'acronym' && !romanNumeral.test(token.text) && !initialsOpening(names, index))) return false;
	if (inList(names[0], List.firstName)) return true;
	// "Royal Mail", "National Highways": no person's name opens with these.
	if (bodyAdjectives.has(names[0]!.text)) return false;
	// "Ipsos Peru", "Norway Rail": a name that ends in a known place is a body's, not a person's.
	if (locations.exact.has(names.at(-1)!.text)) return false;
	return names.every((token, index) => {
		if (token.kind === 'initial') return true;
		const lower = token.text.toLowerCase();
		// "Flavio Di Giacomo": a capitalised particle inside a name, though "di" is written small elsewhere.
		if (index > 0 && index < names.length - 1 && nameParticles.has(lower)) return true;
		return !inList(token, List.commonWhenLowered | List.titleWord | List.organizationHead | List.placeHead) && !evidence.lowercase.has(lower) && (!englishSuffix.test(lower) || nameLikeEnding.test(lower));
	});
}

/** "S.K. Bhowmik": initials written together open a person's name, though shaped like an acronym ("U.S." is a known place's). */
function initialsOpening(names: Token[], index: number): boolean {
	const token = names[index]!;
	return index === 0 && names.length === 2 && dottedInitials.test(token.text) && !knownNames.has(token.text) && names[1]!.kind === 'capital';
}

/** "United Kingdom Consulate", "Norwegian Oil", "Mayor of Oslo Kari Berg": a known place or people leads the run. */
function splitKnownPrefix(context: SentenceContext, tokens: Token[], out: Candidate[]): boolean {
	for (let length = tokens.length - 1; length >= 1; length--) {
		const known = lookupKnown(length === 1 ? tokens[0]!.text : text(context, tokens, length));
		if (!known || known.kind === 'organization') continue;
		const prefix = tokens.slice(0, length);
		// "the state capital, Porto Alegre": a place's position wins over the place inside its name.
		if (known.kind === 'location' && placeCue(context, tokens)) {
			out.push(candidate(context, tokens, 'location', surface(context.text, tokens)));
			return true;
		}

		const rest = trimLeadingConnectors(tokens.slice(length));
		if (rest.length === 0) continue;
		if (rest.every(token => !isNameToken(token) || isKnownName(token) || compassWords.has(token.text))) {
			judgeRun(context, prefix, out);
			judgeRun(context, rest, out);
			return true;
		}

		if (rest.length >= 2 && firstNames.has(rest[0]!.text)) {
			judgeRun(context, prefix, out);
			judgeRun(context, rest, out);
			return true;
		}

		if (length === 1 && compassWords.has(tokens[0]!.text)) continue;
		if (length === 1 && placeNamedPerson(context, tokens, rest, out)) return true;
		const organization = candidate(context, tokens, 'organization', surface(context.text, tokens));
		organization.key = `${known.name} ${surface(context.text, rest)}`;
		out.push(organization);
		defineAcronym(context, tokens, organization);
		return true;
	}

	// "North Oslo", "Western Europeans": a compass word before a known place or people.
	if (tokens.length === 2 && compassWords.has(tokens[0]!.text)) {
		const known = lookupKnown(tokens[1]!.text);
		if (known && known.kind !== 'organization') {
			const name = `${tokens[0]!.text} ${known.name}`;
			out.push(candidate(context, tokens, known.kind, name));
			return true;
		}
	}

	return false;
}

/**
 * "Florence Mumba, a spokeswoman for …", "said Victoria Ochieng": a first name that is also a place's
 * name, kept as a person's when a role or a speech verb beside the name says so.
 */
function placeNamedPerson(context: SentenceContext, tokens: Token[], rest: Token[], out: Candidate[]): boolean {
	if (rest.length > 2 || rest.some(token => token.kind !== 'capital' || heads(token.text) || isKnownName(token))) return false;
	// "the Kenya Pipeline said": an article goes before a body's name, never before a person's.
	if (/^(?:the|a|an)$/i.test(context.tokens[tokens[0]!.index - 1]?.text ?? '') || !looksLikePerson(rest, context.evidence)) return false;
	const person = personCandidate(context, tokens);
	describeBefore(context, tokens[0]!, person);
	describe(context, tokens, person);
	const next = context.tokens[tokens.at(-1)!.index + 1];
	const previous = context.tokens[tokens[0]!.index - 1];
	const speaks = !tokens.at(-1)!.possessive && ((next !== undefined && speechVerbs.has(next.text)) || (previous !== undefined && speechVerbs.has(previous.text)));
	if (!speaks && (person.descriptions.length === 0 || typeFromDescription(person.descriptions) !== undefined)) return false;
	out.push(person);
	return true;
}

/** "President Emomali Rakhmon", "Interior Minister Lars Dahl", "Archbishop of Bergen": title off, the rest judged. */
function splitTitle(context: SentenceContext, tokens: Token[], out: Candidate[]): boolean {
	// The last title word that a name follows: "Deputy Public Works Minister Ivan Petrov".
	let split = -1;
	let titleEnd = -1;
	for (let index = 0; index < tokens.length; index++) {
		if (!inList(tokens[index], List.titleHead | List.honorific) || nameInnerTitle(tokens, index)) continue;
		let next = index + 1;
		// "Secretary of State Ruth Haldane": an office's "of" belongs to the title.
		if (tokens[next]?.text === 'of') {
			const word = tokens[next + 1]?.text === 'the' ? next + 2 : next + 1;
			if (inList(tokens[word], List.titleWord) && !locations.exact.has(tokens[word]!.text) && isNameToken(tokens[word + 1])) next = word + 1;
		}

		// Nothing after the title word: the run is all title.
		if (next >= tokens.length) {
			split = index;
			titleEnd = index;
			continue;
		}

		const after = tokens[next]!;
		if (after.text === 'of' || after.text === 'for' || (isNameToken(after) && !hasTitleHeadFrom(tokens, next))) {
			split = next;
			titleEnd = next - 1;
		}
	}

	if (titleEnd === -1) return false;
	const title = tokens.slice(0, titleEnd + 1);
	// What comes before the title words names a place or body of its own ("Vermont Governor …").
	// "Ontario Provincial Police Constable": a body's name can end inside the title.
	const bodyEnd = title.findLastIndex((token, index) => index > 0 && index < titleEnd && organizationHeads.has(token.text) && !titleHeads.has(token.text) && !officeWords.has(token.text));
	const firstTitleWord = title.findIndex(token => inList(token, List.titleWord | List.honorific));
	// "Acting Correctional Services Commissioner": the qualifier is the title's, not the body's.
	let bodyStart = 0;
	while (bodyStart < bodyEnd && titleQualifiers.has(title[bodyStart]!.text)) bodyStart++;
	if (bodyEnd > 0) judgeRun(context, title.slice(bodyStart, bodyEnd + 1), out);
	else if (firstTitleWord > 0) {
		const before = out.length;
		judgeRun(context, title.slice(0, firstTitleWord), out);
		// "Sindh Chief Minister", "Khyber Pakhtunkhwa Governor": an unknown name before a regional office is the region.
		const region = out[before];
		// Not "Civil Aviation Minister", "Provincial Chief Minister": a sentence's first word shaped like an adjective.
		const adjective = title[0]!.initial && (/(?:al|il|ic|ary|ive|ous)$/.test(title[0]!.text) || context.evidence.lowercase.has(title[0]!.text.toLowerCase()));
		const unclaimed = region !== undefined && (region.kind === 'unknown' || (region.kind === 'person' && region.weak === true)) && region.fallback === undefined;
		if (out.length === before + 1 && unclaimed && !adjective && title.slice(firstTitleWord).some(token => regionalOffices.has(token.text))) {
			if (region.words.length === 1) region.fallback = 'location';
			else {
				region.kind = 'location';
				region.name = context.text.slice(region.start, region.end);
				region.weak = false;
			}
		}
	}
	const titleText = title.filter(token => !honorifics.has(token.text)).length > 0 ? titleWithoutHonorifics(context, title) : undefined;
	let rest = tokens.slice(split);
	if (rest.length === 0 || split <= titleEnd) return true;
	if (rest[0]!.text === 'of' || rest[0]!.text === 'for') {
		rest = trimLeadingConnectors(rest.slice(1));
		// "Mayor of Oslo Kari Berg", "President of Chile Rosa Mendez".
		for (let length = 1; length < rest.length; length++) {
			const place = rest.slice(0, length);
			const person = rest.slice(length);
			if (lookupKnown(surface(context.text, place)) && person.length >= 2 && isNameToken(person[0]) && looksLikePerson(person, context.evidence)) {
				judgeRun(context, place, out);
				const found = personCandidate(context, person);
				found.descriptions.push(context.text.slice(title[0]!.start, place.at(-1)!.end));
				describe(context, person, found);
				out.push(found);
				return true;
			}
		}

		judgeRun(context, rest, out);
		return true;
	}

	rest = trimLeadingConnectors(rest);
	if (rest.length === 0) return true;
	const names = rest.filter(token => isNameToken(token));
	if (names.length > 1 && (isOrganizationRun(rest) || isPlaceRun(rest))) {
		judgeRun(context, rest, out);
		return true;
	}

	const person = personCandidate(context, rest);
	if (names.length === 1) person.kind = 'unknown';
	person.fallback = 'person';
	if (titleText) person.descriptions.push(titleText);
	describe(context, rest, person);
	out.push(person);
	return true;
}

/** Some token from `from` on is a title's head ("Minister"). */
function hasTitleHeadFrom(tokens: Token[], from: number): boolean {
	for (let index = from; index < tokens.length; index++) if (inList(tokens[index], List.titleHead) && !nameInnerTitle(tokens, index)) return true;
	return false;
}

// Titles that Somali and Arabic names carry inside them: "President Hassan Sheikh Mohamud" is all one name.
const innerTitles = new Set(['Sheikh', 'Sheik', 'Sheekh']);

/** An inner title after a name word that follows a title: "President Hassan Sheikh …", not "Emir Sheikh Tamim". */
function nameInnerTitle(tokens: Token[], index: number): boolean {
	if (!innerTitles.has(tokens[index]!.text) || index < 2) return false;
	const before = tokens[index - 1]!;
	return before.kind === 'capital' && !inList(before, List.titleWord | List.honorific) && inList(tokens[index - 2], List.titleHead);
}

// Offices held over a place, so that the word before them names one ("Ohio Governor", "Sindh Chief Minister").
const regionalOffices = new Set(['Governor', 'Mayor', 'Premier', 'Minister', 'Lieutenant-Governor', 'Governor-General']);
// Body words that are part of an office's name, not a body before it: "Interior Cabinet Secretary", "Chief Cabinet Secretary".
const officeWords = new Set(['Cabinet']);
const titleQualifiers = new Set(['Acting', 'Former', 'Ex', 'Interim', 'Deputy', 'Assistant', 'Associate', 'Senior', 'Vice', 'Outgoing']);

function titleWithoutHonorifics(context: SentenceContext, title: Token[]): string {
	const words = title.filter(token => !honorifics.has(token.text));
	return words.length > 0 ? surface(context.text, words) : '';
}

// Words before a body's long acronym ("its acronym MONUSCO", "the weather service, SENAMHI,") that an
// emphasised word in capitals ("a DISASTER") never has.
// With the body nouns that name one: "the UN peacekeeping mission MINUSMA", "the rebel alliance AFC".
const longAcronymBefore = new Set([',', '(', 'as', 'acronym', 'initials', 'abbreviation', 'the', 'by', 'of', 'from', 'with', 'for', 'to',
	'mission', 'agency', 'group', 'force', 'party', 'movement', 'militia', 'alliance', 'coalition', 'company', 'organisation', 'organization', 'operator', 'utility']);

/** Seven or eight capitals name a body only beside such a word, a speech verb or a possessive. */
function longAcronymCue(all: Token[], at: number): boolean {
	const next = all[at + 1];
	return longAcronymBefore.has(all[at - 1]?.text ?? '') || all[at]!.possessive || (next !== undefined && (next.text === ')' || speechVerbs.has(next.text)));
}

const standaloneForces = new Set(['Carabineros', 'Carabinieri', 'Gendarmerie', 'Gendarmería', 'Bomberos', 'Bombeiros', 'Pompiers', 'Sapeurs-Pompiers', 'Bundeswehr', 'Bundespolizei', 'Guardia', 'Policía', 'Polícia', 'Polizia', 'Polizei']);

/** A single name word that no gazetteer knows (judgeRun has looked it up already). */
function judgeSingle(context: SentenceContext, token: Token, out: Candidate[]): void {
	if (token.kind === 'acronym') {
		const upperPlace = nationalities.upper.get(token.text) ?? locations.upper.get(token.text);
		if (upperPlace && token.text.replaceAll('.', '').length > 3) {
			out.push(candidate(context, [token], nationalities.upper.has(token.text) ? 'nationality' : 'location', upperPlace));
			return;
		}

		const letters = token.text.replaceAll('.', '');
		if (nonEntities.has(token.text) || letters.length > 8 || (letters.length > 6 && !longAcronymCue(context.tokens, token.index))) return;
		if (modifierAcronyms.has(token.text) && recordingNouns.has(context.tokens[token.index + 1]?.text ?? '')) return;
		const found = candidate(context, [token], 'acronym', token.text);
		describe(context, [token], found);
		out.push(found);
		return;
	}

	// "the Carabineros", "the Bomberos": a force named alone in its own language (no English word says "police").
	if (token.kind === 'capital' && standaloneForces.has(token.text)) {
		out.push(candidate(context, [token], 'organization', token.text));
		return;
	}

	if (token.kind === 'capital' && domain.test(token.text)) {
		out.push(candidate(context, [token], 'organization', token.text));
		return;
	}

	// Stop words, titles, bodies' and places' heads ("Council", "River") and function words are no names alone,
	// but for a title's or head's word a body noun names ("The Italian aid group Emergency said").
	if (token.kind !== 'capital' || inList(token, List.nonEntity | List.titleWord | List.honorific | List.organizationHead | List.placeHead | List.functionWord)) {
		if (token.kind === 'capital' && !inList(token, List.nonEntity | List.functionWord) && namedAfterBodyNoun(context.tokens, token.index) && !isNameToken(context.tokens[token.index + 1])) {
			out.push(candidate(context, [token], 'organization', token.text));
		} else {
			const body = appositiveBody(context, token);
			if (body) out.push(body);
		}

		return;
	}

	if (token.initial && !context.evidence.capitalisedInside.has(token.text) && !brandShaped(token.text)) {
		const lower = token.text.toLowerCase();
		if (commonWords.has(lower) || context.evidence.lowercase.has(lower) || englishSuffix.test(lower)) return;
	}

	// "Aid group Médecins Sans Frontières said": a sentence's first word before a body noun and a name qualifies the noun.
	if (token.initial && followedByBodyNoun(context.tokens, token.index) && isNameToken(context.tokens[token.index + 2])) return;
	const found = candidate(context, [token], 'unknown', token.text);
	// "the rights group Kontras said": a body noun right before the name outweighs the speech verb after it.
	// "the Bundeskriminalamt (BKA)": a one-word name with an acronym of its own after it is a body's.
	const all = context.tokens;
	const bracketed = all[token.index + 1]?.text === '(' && all[token.index + 3]?.text === ')' && isAcronymLike(all[token.index + 2]!) && all[token.index + 2]!.text[0] === token.text[0];
	if (bracketed || namedAfterBodyNoun(all, token.index) || precededByBodyNoun(all, token.index) || bodyPositionCue(all, token.index, token.index) === 'members' || backedBy(context, token.index) || clubCue(all, token.index, token.index)) {
		found.kind = 'organization';
		defineAcronym(context, [token], found);
		out.push(found);
		return;
	}

	const group = groupNoun(all, token);
	if (group) {
		out.push(candidate(context, [token, group], 'organization', `${token.text} ${group.text}`));
		return;
	}

	found.fallback = singleCue(context, token);
	// "Velkora said in a statement that it would …", "Harbourline, which runs the ferry, …": what is an "it" or a
	// "which" is a body, unless the story has named a person of that name ("Vale said it would take weeks").
	if ((found.fallback === 'person' && !token.possessive && saysIt(all, token.index)) || whichRuns(all, token.index)) {
		found.fallback = 'organization';
		out.push(found);
		return;
	}

	describe(context, [token], found);
	if (found.fallback === undefined) {
		const described = typeFromDescription(found.descriptions) ?? (followedByBodyNoun(context.tokens, token.index) || singleBodyCue(context.tokens, token.index) ? 'organization' : undefined);
		if (described) found.kind = described;
		// "said Wahyuni, a 34-year-old trader": only people have ages.
		else if (found.descriptions.some(description => agedDescription.test(description))) found.fallback = 'person';
	}

	out.push(found);
}
