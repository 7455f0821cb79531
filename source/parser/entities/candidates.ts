// From tokens to candidate mentions: capitalised runs, cut and classified by general cues
// (gazetteers, titles, organisation and place words, sentence position, speech verbs).
import type {EntityType} from '../../model/types.js';
import {
	appositiveStarts,
	commonWords,
	compassWords,
	eventHeads,
	firstNames,
	honorifics,
	nameParticles,
	nonEntities,
	ofJoiners,
	organizationHeads,
	placeNouns,
	placePrepositions,
	roleNouns,
	speechVerbs,
	titleHeads,
	titleWords,
} from '../gazetteer/words.js';
import {placeHeads, placeStarts} from '../gazetteer/places.js';
import {knownOrganizations, locations, nationalities} from './lexicon.js';
import type {Token} from './tokens.js';

/** What a run looks like before linking: `unknown` and `acronym` are settled against the other mentions. */
export type CandidateKind = EntityType | 'unknown' | 'acronym';

export type Candidate = {
	kind: CandidateKind;
	start: number;
	end: number;
	sentence: number;
	/** The name as written (possessive and title dropped), or the gazetteer's canonical name. */
	name: string;
	/** Name words, for matching "Rakhmon" to "Emomali Rakhmon". */
	words: string[];
	descriptions: string[];
	/** Other names for the same thing written in this mention ("Matt Ratana" for 'Matiu "Matt" Ratana'). */
	aliases?: string[];
	/** An acronym the story defines for this name ("…, or IMU", "… (IMU)"). */
	acronym?: string;
	/** A cue made an unknown single word a person or place when nothing else claims it. */
	fallback?: 'person' | 'location';
	/** A person only because nothing else fits: a list of places can still claim it. */
	weak?: boolean;
	/** Spelling-independent identity ("U.S. Embassy" and "United States Embassy"). */
	key?: string;
	/** Members of one list of names ("Gaziantep, Hatay and Kahramanmaras") share a number. */
	list?: number;
};

/** What the whole story says about a word, gathered before any run is judged. */
export type Evidence = {
	/** Capitalised words seen away from a sentence start: names, not just sentence-initial capitals. */
	capitalisedInside: Set<string>;
	/** Words seen in lower case somewhere: "Trials" at a sentence start is the common word "trials". */
	lowercase: Set<string>;
};

const domain = /\.(?:com|org|net|info|ru|uk|de|fr|in|cn|io)$/;
// Only on longer words: short names end like this too (Ahmed, Reed, Ely).
const englishSuffix = /^.{3,}(?:ed|ing|ly|ness|ment|tion|sion|ies|ous|ful|able|ible|ive|ity|ics)$/;
const functionWords = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Its', 'His', 'Her', 'Their', 'Our']);

export function emptyEvidence(): Evidence {
	return {capitalisedInside: new Set(), lowercase: new Set()};
}

export function addEvidence(evidence: Evidence, tokens: Token[]): void {
	for (const token of tokens) {
		if (token.kind === 'lower') evidence.lowercase.add(token.text);
		else if (token.kind === 'capital' && !token.initial) evidence.capitalisedInside.add(token.text);
	}
}

function isNameToken(token: Token | undefined): boolean {
	return token !== undefined && (token.kind === 'capital' || token.kind === 'acronym' || token.kind === 'initial');
}

const heads = (word: string | undefined) => word !== undefined && (organizationHeads.has(word) || placeHeads.has(word));
const quotes = new Set(['"', '“', '”', '\'', '‘', '’']);
const maxRunTokens = 12;
// Storms and operations carry names that are not people's ("Typhoon Rai", "Operation Desert Storm").
const eventStarts = new Set(['Typhoon', 'Hurricane', 'Cyclone', 'Storm', 'Tropical', 'Operation', 'Flight', 'Tornado']);
const romanNumeral = /^(?=[IVXLC]{2,})C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const nameSuffix = /^(?:Jr\.?|Sr\.?)$/;
const roads = new Set(['Route', 'Interstate', 'Highway', 'Motorway', 'Road', 'Flight']);

/** Maximal runs of capitalised words, joined across "of (the)" after organisation words, name particles and nicknames. */
function runsOf(tokens: Token[], from: number): Token[][] {
	const runs: Token[][] = [];
	let index = from;
	while (index < tokens.length) {
		const token = tokens[index]!;
		if (!isNameToken(token)) {
			index++;
			continue;
		}

		const run = [token];
		let at = index;
		// Real names are short; a cap keeps a page of Title Case from turning into one quadratic run.
		while (run.length < maxRunTokens) {
			const current = tokens[at]!;
			const next = tokens[at + 1];
			// "Fishmongers' Hall", "Alachua Sheriff's Office": a possessive inside a place or office name.
			if (current.possessive && !(isNameToken(next) && heads(next.text) && !current.text.endsWith('-'))) break;
			if (isNameToken(next)) {
				run.push(next);
				at++;
				continue;
			}

			if (next?.kind === 'number' && roads.has(current.text)) {
				run.push(next);
				at++;
				break;
			}

			const joined = joinAcross(tokens, at, run);
			if (joined === 0) break;
			for (let step = 1; step <= joined; step++) run.push(tokens[at + step]!);
			at += joined;
		}

		runs.push(run);
		index = at + 1;
	}

	return runs;
}

/** How many tokens to step over to join the next name word, or 0. */
function joinAcross(tokens: Token[], at: number, run: Token[]): number {
	const current = tokens[at]!;
	const next = tokens[at + 1];
	if (next === undefined) return 0;
	if ((next.text === 'of' || next.text === 'for') && ofJoiners.has(current.text)) {
		const skip = tokens[at + 2]?.text === 'the' ? 3 : 2;
		return isNameToken(tokens[at + skip]) && tokens[at + skip]!.kind !== 'initial' ? skip : 0;
	}

	// "Department of Emergency Services and Public Protection", "Fire and Rescue Service": "and" inside an organisation's name.
	if ((next.text === 'and' || next.text === '&') && tokens[at + 2]?.kind === 'capital') {
		const insideOrganization = run.some(token => ofJoiners.has(token.text) && organizationHeads.has(token.text));
		let ahead = at + 2;
		while (ahead < at + 5 && tokens[ahead]?.kind === 'capital' && !organizationHeads.has(tokens[ahead]!.text)) ahead++;
		if (insideOrganization || organizationHeads.has(tokens[ahead]?.text ?? '')) return 2;
	}

	if (nameParticles.has(next.text) && current.kind === 'capital' && tokens[at + 2]?.kind === 'capital') return 2;
	// Matiu "Matt" Ratana: a quoted nickname between two name words.
	if (quotes.has(next.text) && tokens[at + 2]?.kind === 'capital' && quotes.has(tokens[at + 3]?.text ?? '') && tokens[at + 4]?.kind === 'capital') return 4;
	return 0;
}

export type SentenceContext = {
	text: string;
	tokens: Token[];
	/** Tokens before this one are already judged (a dateline). */
	from: number;
	sentence: number;
	evidence: Evidence;
};

/** Candidates of one sentence in text order. */
export function sentenceCandidates(context: SentenceContext): Candidate[] {
	const candidates: Candidate[] = [];
	for (const run of runsOf(context.tokens, context.from)) {
		judgeRun(context, run, candidates);
	}

	settleLists(context.text, candidates);
	return candidates;
}

let lists = 0;

/** "from Dolgellau, Harlech, Barmouth, Bala, and Blaenau Ffestiniog": one known place makes the whole list places. */
function settleLists(text: string, candidates: Candidate[]): void {
	let group: Candidate[] = [];
	let joined = false;
	const flush = () => {
		// Two names joined by a bare comma are more often a name and its appositive than a list.
		const isList = group.length > 2 || (group.length === 2 && joined);
		// Members are tagged so that linking can still settle them once it knows what the others are.
		if (isList) {
			lists++;
			for (const found of group) found.list = lists;
		}

		if (isList && group.some(found => found.kind === 'location' || found.fallback === 'location')) {
			for (const found of group) {
				if ((found.kind === 'person' && found.weak) || (found.kind === 'unknown' && found.fallback === undefined)) {
					found.kind = 'location';
					found.name = text.slice(found.start, found.end);
				}
			}
		}

		group = [];
		joined = false;
	};

	for (const found of candidates) {
		const previous = group.at(-1);
		const between = previous ? text.slice(previous.end, found.start) : '';
		if (previous && !/^\s*,?\s*(?:(?:and|or)\s+)?$/.test(between)) flush();
		else if (/\b(?:and|or)\b/.test(between)) joined = true;
		group.push(found);
	}

	flush();
}

function surface(text: string, tokens: Token[]): string {
	return text.slice(tokens[0]!.start, tokens.at(-1)!.end);
}

/** A capitalised first word that is really a common word ("Three", "Trials", "Impoverished"). */
function isCommonInitial(token: Token, evidence: Evidence, runLength: number): boolean {
	if (functionWords.has(token.text)) return true;
	// "US" is not "us": capitals all through are a name or an acronym.
	if (token.kind === 'acronym') return nonEntities.has(token.text);
	const lower = token.text.toLowerCase();
	// "Air India Express" opens a sentence but is written with its capital elsewhere too.
	const capitalisedElsewhere = runLength > 1 && evidence.capitalisedInside.has(token.text);
	if (commonWords.has(lower) || nonEntities.has(token.text)) return !capitalisedElsewhere;
	if (capitalisedElsewhere || isKnownName(token.text) || evidence.capitalisedInside.has(token.text)) return false;
	if (titleWords.has(token.text) || honorifics.has(token.text)) return false;
	return evidence.lowercase.has(lower) || englishSuffix.test(lower);
}

function isKnownName(word: string): boolean {
	return firstNames.has(word) || locations.exact.has(word) || nationalities.exact.has(word) || knownOrganizations.exact.has(word);
}

function judgeRun(context: SentenceContext, runTokens: Token[], out: Candidate[]): void {
	let tokens = runTokens;
	const {evidence} = context;
	let role: string | undefined;
	// A title opening the sentence still titles the name after it ("President Emomali Rakhmon has …").
	while (tokens.length > 0 && tokens[0]!.initial && !(tokens.length > 1 && titleWords.has(tokens[0]!.text))) {
		const first = tokens[0]!;
		if (tokens.length > 1 && roleNouns.has(first.text.toLowerCase())) role = first.text;
		else if (!isCommonInitial(first, evidence, tokens.length)) break;
		tokens = tokens.slice(1);
	}

	tokens = trimLeadingConnectors(tokens);
	if (tokens.length === 0) return;
	const names = tokens.filter(token => isNameToken(token));
	const whole = surface(context.text, tokens);
	const known = lookupKnown(whole);
	if (known) {
		const found = candidate(context, tokens, known.kind, known.name);
		out.push(found);
		if (known.kind === 'organization') {
			defineAcronym(context, tokens, found);
			describe(context, tokens, found);
		}

		return;
	}

	if (names.length === 1 && tokens.length === 1) {
		judgeSingle(context, tokens[0]!, out);
		return;
	}

	if (isOrganizationRun(tokens)) {
		const organization = candidate(context, tokens, 'organization', whole);
		organization.key = canonicalKey(context, tokens);
		out.push(organization);
		defineAcronym(context, tokens, organization);
		describe(context, tokens, organization);
		return;
	}

	// Split at words that never name anything ("Monday", "Islamic"), then judge the pieces.
	const cut = tokens.findIndex(token => nonEntities.has(token.text));
	if (cut !== -1) {
		if (cut > 0) judgeRun(context, tokens.slice(0, cut), out);
		judgeRun(context, trimLeadingConnectors(tokens.slice(cut + 1)), out);
		return;
	}

	if (splitTitle(context, tokens, out)) return;
	// "United Nations Assistance Mission": a known body's name opens a longer one.
	if (hasKnownOrganizationPrefix(context, tokens)) {
		const organization = candidate(context, tokens, 'organization', whole);
		out.push(organization);
		defineAcronym(context, tokens, organization);
		return;
	}

	// "World War II": the head word comes before a numeral.
	const head = romanNumeral.test(tokens.at(-1)!.text) && tokens.length > 1 ? tokens.at(-2)! : tokens.at(-1)!;
	if (eventHeads.has(head.text) || eventStarts.has(tokens[0]!.text)) return;
	if (isPlaceRun(tokens)) {
		out.push(candidate(context, tokens, 'location', whole));
		return;
	}

	if (splitKnownPrefix(context, tokens, out)) return;
	if (placeCue(context, tokens)) {
		out.push(candidate(context, tokens, 'location', whole));
		return;
	}

	if (looksLikePerson(tokens, evidence)) {
		const person = personCandidate(context, tokens);
		person.weak = !firstNames.has(person.words[0] ?? '');
		if (role) person.descriptions.push(role);
		describeBefore(context, tokens[0]!, person);
		describeAhead(context, tokens[0]!, person);
		describe(context, tokens, person);
		const described = person.weak ? typeFromDescription(person.descriptions) : undefined;
		if (described) {
			person.kind = described;
			person.name = whole;
			person.weak = false;
		}

		out.push(person);
		return;
	}

	// "an Air India Express flight": a known place inside a name that is not a person's makes it a body's name.
	if (names.some(token => locations.exact.has(token.text) || nationalities.exact.has(token.text))) {
		const organization = candidate(context, tokens, 'organization', whole);
		organization.key = canonicalKey(context, tokens);
		out.push(organization);
		defineAcronym(context, tokens, organization);
		return;
	}

	// Nothing here says what it is, unless an appositive does; it still counts if the story names it plainly elsewhere ("to New England").
	const unknown = candidate(context, tokens, 'unknown', whole);
	describe(context, tokens, unknown);
	unknown.kind = typeFromDescription(unknown.descriptions) ?? 'unknown';
	out.push(unknown);
}

function personCandidate(context: SentenceContext, tokens: Token[]): Candidate {
	const nickname = tokens.findIndex((token, index) => quotes.has(token.text) && quotes.has(tokens[index + 2]?.text ?? ''));
	const kept = nickname === -1 ? tokens : [...tokens.slice(0, nickname), ...tokens.slice(nickname + 3)];
	const name = kept.filter(token => isNameToken(token) || nameParticles.has(token.text)).map(token => token.text).join(' ');
	const person = candidate(context, tokens, 'person', name);
	person.words = kept.filter(token => isNameToken(token) && token.kind !== 'initial' && !nameSuffix.test(token.text) && !romanNumeral.test(token.text)).map(token => token.text);
	if (nickname !== -1) person.aliases = [[tokens[nickname + 1]!.text, ...person.words.slice(1)].join(' ')];
	return person;
}

function trimLeadingConnectors(tokens: Token[]): Token[] {
	let from = 0;
	while (from < tokens.length && !isNameToken(tokens[from])) from++;
	return tokens.slice(from);
}

type Known = {kind: EntityType; name: string};

function lookupKnown(name: string): Known | undefined {
	const organization = knownOrganizations.exact.get(name);
	if (organization) return {kind: 'organization', name: organization};
	const nationality = nationalities.exact.get(name);
	if (nationality) return {kind: 'nationality', name: nationality};
	const location = locations.exact.get(name);
	if (location) return {kind: 'location', name: location};
	return undefined;
}

function hasKnownOrganizationPrefix(context: SentenceContext, tokens: Token[]): boolean {
	for (let length = Math.min(4, tokens.length - 1); length >= 2; length--) {
		if (knownOrganizations.exact.has(surface(context.text, tokens.slice(0, length)))) return true;
	}

	return false;
}

/** "U.S. Embassy" and "United States Embassy" are one: a leading place is compared by its canonical name. */
function canonicalKey(context: SentenceContext, tokens: Token[]): string | undefined {
	for (let length = Math.min(3, tokens.length - 1); length >= 1; length--) {
		const place = locations.exact.get(surface(context.text, tokens.slice(0, length)));
		if (place) return `${place} ${surface(context.text, tokens.slice(length))}`;
	}

	return undefined;
}

function isOrganizationRun(tokens: Token[]): boolean {
	const names = tokens.filter(token => isNameToken(token));
	if (names.length < 2) return false;
	// "President of the European Council" is an office; the council is judged after the title comes off.
	if (titleHeads.has(tokens[0]!.text) && !organizationHeads.has(tokens[1]?.text ?? '')) return false;
	const last = tokens.at(-1)!;
	if (organizationHeads.has(last.text)) return true;
	// "Marine JarHeads MC", "Kataeb Hezbollah", "CNN Philippines": a trailing acronym or a known group's name.
	if (last.kind === 'acronym' && !locations.exact.has(last.text) && !nonEntities.has(last.text) && !romanNumeral.test(last.text)) return true;
	if (names.some(token => knownOrganizations.exact.has(token.text) && token.text.length >= 3)) return true;
	const connected = tokens.some(token => token.text === 'of' || token.text === 'for');
	return connected && names.some(token => organizationHeads.has(token.text));
}

function isPlaceRun(tokens: Token[]): boolean {
	return placeHeads.has(tokens.at(-1)!.text) || placeStarts.has(tokens[0]!.text)
		|| tokens.some((token, index) => token.text === 'of' && placeHeads.has(tokens[index - 1]?.text ?? ''));
}

function looksLikePerson(tokens: Token[], evidence: Evidence): boolean {
	const names = tokens.filter(token => isNameToken(token));
	if (names.length > 5 || names.some(token => token.kind === 'acronym' && !romanNumeral.test(token.text))) return false;
	if (firstNames.has(names[0]!.text)) return true;
	return names.every(token => {
		if (token.kind === 'initial') return true;
		const lower = token.text.toLowerCase();
		return !commonWords.has(lower) && !titleWords.has(token.text) && !heads(token.text) && !evidence.lowercase.has(lower) && !englishSuffix.test(lower);
	});
}

/** "United States Embassy", "Saudi Aramco", "Mayor of London Sadiq Khan": a known place or people leads the run. */
function splitKnownPrefix(context: SentenceContext, tokens: Token[], out: Candidate[]): boolean {
	for (let length = tokens.length - 1; length >= 1; length--) {
		const prefix = tokens.slice(0, length);
		const known = lookupKnown(surface(context.text, prefix));
		if (!known || known.kind === 'organization') continue;
		// "the state capital, Porto Alegre": a place's position wins over the place inside its name.
		if (known.kind === 'location' && placeCue(context, tokens)) {
			out.push(candidate(context, tokens, 'location', surface(context.text, tokens)));
			return true;
		}

		const rest = trimLeadingConnectors(tokens.slice(length));
		if (rest.length === 0) continue;
		if (rest.every(token => !isNameToken(token) || isKnownName(token.text) || compassWords.has(token.text))) {
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
		const organization = candidate(context, tokens, 'organization', surface(context.text, tokens));
		organization.key = `${known.name} ${surface(context.text, rest)}`;
		out.push(organization);
		defineAcronym(context, tokens, organization);
		return true;
	}

	// "South London", "Eastern Europeans": a compass word before a known place or people.
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

/** A multi-word name in a place's position: "in Windsor Locks", "Beaver Falls, Pennsylvania", "the Tsuen Wan district". */
function placeCue(context: SentenceContext, tokens: Token[]): boolean {
	const all = context.tokens;
	const first = tokens[0]!;
	const last = tokens.at(-1)!;
	if (firstNames.has(first.text) || last.possessive) return false;
	const before = all[first.index - 1]?.text;
	if (before && placePrepositions.has(before) && before !== 'from' && before !== 'at') return true;
	if ((before === 'of' || before === ',') && placeNouns.has(all[first.index - 2]?.text ?? '')) return true;
	return followedByPlace(all, last.index);
}

function followedByPlace(all: Token[], at: number): boolean {
	const next = all[at + 1];
	if (next?.text === ',') {
		const after = all[at + 2];
		if (after && (locations.exact.has(after.text) || (compassWords.has(after.text) && locations.exact.has(all[at + 3]?.text ?? '')))) return true;
		if (after && all[at + 3] && locations.exact.has(`${after.text} ${all[at + 3]!.text}`)) return true;
	}

	return next !== undefined && next.kind === 'lower' && (placeNouns.has(next.text) || placeNounsAfter.has(next.text) || placeNounsAfter.has(all[at + 2]?.text ?? '') && all[at + 2]?.kind === 'lower' && !placePrepositions.has(next.text));
}

const placeNounsAfter = new Set(['regional', 'provincial', 'municipal', 'district', 'province', 'region', 'county', 'village', 'town', 'neighbourhood', 'neighborhood', 'field', 'airport', 'oblast', 'prefecture', 'municipality', 'suburb', 'valley', 'river', 'governorate']);

/** "President Emomali Rakhmon", "Interior Minister Joachim Brudziński", "Archbishop of Gdańsk": title off, the rest judged. */
function splitTitle(context: SentenceContext, tokens: Token[], out: Candidate[]): boolean {
	// The last title word that a name follows: "Deputy Emergency Situations Minister Alexander Chupriyan".
	let split = -1;
	let titleEnd = -1;
	for (const [index, token] of tokens.entries()) {
		if (!(titleHeads.has(token.text) || honorifics.has(token.text))) continue;
		let next = index + 1;
		// "Secretary of State Mike Pompeo": an office's "of" belongs to the title.
		if (tokens[next]?.text === 'of') {
			const word = tokens[next + 1]?.text === 'the' ? next + 2 : next + 1;
			if (titleWords.has(tokens[word]?.text ?? '') && !locations.exact.has(tokens[word]!.text) && isNameToken(tokens[word + 1])) next = word + 1;
		}

		const rest = tokens.slice(next);
		if (rest.length === 0) {
			split = index;
			titleEnd = index;
			continue;
		}

		if (rest[0]!.text === 'of' || rest[0]!.text === 'for' || (isNameToken(rest[0]) && !rest.some(word => titleHeads.has(word.text)))) {
			split = next;
			titleEnd = next - 1;
		}
	}

	if (titleEnd === -1) return false;
	const title = tokens.slice(0, titleEnd + 1);
	// What comes before the title words names a place or body of its own ("Connecticut Governor …").
	// "Ontario Provincial Police Constable": a body's name can end inside the title.
	const bodyEnd = title.findLastIndex((token, index) => index > 0 && index < titleEnd && organizationHeads.has(token.text) && !titleHeads.has(token.text));
	const firstTitleWord = title.findIndex(token => titleWords.has(token.text) || honorifics.has(token.text));
	if (bodyEnd > 0) judgeRun(context, title.slice(0, bodyEnd + 1), out);
	else if (firstTitleWord > 0) judgeRun(context, title.slice(0, firstTitleWord), out);
	const titleText = title.filter(token => !honorifics.has(token.text)).length > 0 ? titleWithoutHonorifics(context, title) : undefined;
	let rest = tokens.slice(split);
	if (rest.length === 0 || split <= titleEnd) return true;
	if (rest[0]!.text === 'of' || rest[0]!.text === 'for') {
		rest = trimLeadingConnectors(rest.slice(1));
		// "Mayor of London Sadiq Khan", "President of Ukraine Volodymyr Zelenskyy".
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

function titleWithoutHonorifics(context: SentenceContext, title: Token[]): string {
	const words = title.filter(token => !honorifics.has(token.text));
	return words.length > 0 ? surface(context.text, words) : '';
}

function judgeSingle(context: SentenceContext, token: Token, out: Candidate[]): void {
	const known = lookupKnown(token.text);
	if (known) {
		const found = candidate(context, [token], known.kind, known.name);
		out.push(found);
		if (known.kind === 'organization') defineAcronym(context, [token], found);
		return;
	}

	if (token.kind === 'acronym') {
		const upperPlace = nationalities.upper.get(token.text) ?? locations.upper.get(token.text);
		if (upperPlace && token.text.replaceAll('.', '').length > 3) {
			out.push(candidate(context, [token], nationalities.upper.has(token.text) ? 'nationality' : 'location', upperPlace));
			return;
		}

		const letters = token.text.replaceAll('.', '');
		if (nonEntities.has(token.text) || letters.length > 6) return;
		const found = candidate(context, [token], 'acronym', token.text);
		describe(context, [token], found);
		out.push(found);
		return;
	}

	if (token.kind === 'capital' && domain.test(token.text)) {
		out.push(candidate(context, [token], 'organization', token.text));
		return;
	}

	if (token.kind !== 'capital' || nonEntities.has(token.text) || titleWords.has(token.text) || honorifics.has(token.text)) return;
	if (heads(token.text) || functionWords.has(token.text)) return;
	if (token.initial && !context.evidence.capitalisedInside.has(token.text)) {
		const lower = token.text.toLowerCase();
		if (commonWords.has(lower) || context.evidence.lowercase.has(lower) || englishSuffix.test(lower)) return;
	}

	const found = candidate(context, [token], 'unknown', token.text);
	found.fallback = singleCue(context, token);
	describe(context, [token], found);
	if (found.fallback === undefined) {
		const described = typeFromDescription(found.descriptions);
		if (described) found.kind = described;
	}

	out.push(found);
}

/** What the words around an unknown single name say it is. */
function singleCue(context: SentenceContext, token: Token): 'person' | 'location' | undefined {
	const {tokens, text} = context;
	const {index} = token;
	const next = tokens[index + 1];
	const previous = tokens[index - 1];
	// "Police in Tiskel said": the preposition places the name before the verb can make it a speaker.
	if (previous && placePrepositions.has(previous.text) && previous.text !== 'from' && previous.text !== 'at') return 'location';
	if (next && !token.possessive && speechVerbs.has(next.text)) return 'person';
	if (previous?.text === 'named' || /year-old\s+$/.test(text.slice(Math.max(0, token.start - 12), token.start))) return 'person';
	if (previous && placePrepositions.has(previous.text)) return 'location';
	if (previous?.text === 'of' && placeNouns.has(tokens[index - 2]?.text ?? '')) return 'location';
	// "from Smolensk to Kaluga".
	if (previous?.text === 'to' && (tokens.slice(Math.max(0, index - 4), index - 1).some(before => before.text === 'from') || /^(?:close|next|closer|flew|travelled|traveled|returned)$/.test(tokens[index - 2]?.text ?? ''))) return 'location';
	if (!token.possessive && followedByPlace(tokens, index)) return 'location';
	if (firstNames.has(token.text)) return 'person';
	return undefined;
}

function candidate(context: SentenceContext, tokens: Token[], kind: CandidateKind, name: string): Candidate {
	return {
		kind,
		start: tokens[0]!.start,
		end: tokens.at(-1)!.end,
		sentence: context.sentence,
		name,
		words: tokens.filter(token => isNameToken(token)).map(token => token.text),
		descriptions: [],
	};
}

const acronymShape = /^[\p{Lu}][\p{Lu}\p{N}.&-]{1,9}$/u;

/** "Islamic Movement of Uzbekistan, or IMU," and "National Guard (NG)": the story's own short name. */
function defineAcronym(context: SentenceContext, tokens: Token[], found: Candidate): void {
	const all = context.tokens;
	const at = tokens.at(-1)!.index;
	const next = all[at + 1];
	if (next?.text === ',' && all[at + 2]?.text === 'or' && acronymShape.test(all[at + 3]?.text ?? '')) {
		found.acronym = all[at + 3]!.text;
	} else if (next?.text === '(' && acronymShape.test(all[at + 2]?.text ?? '') && all[at + 3]?.text === ')') {
		found.acronym = all[at + 2]!.text;
	} else if (next?.text === ',' && all[at + 2]?.text === 'known' && all[at + 3]?.text === 'as' && all[at + 4]?.kind === 'acronym') {
		found.acronym = all[at + 4]!.text;
	}
}

const introductions = new Set(['According', 'In', 'After', 'During', 'On', 'At', 'For', 'With', 'Despite', 'While', 'When', 'Although', 'As', 'Before', 'Since', 'Under', 'Unlike', 'Like', 'Speaking', 'Asked', 'Citing']);
// "X, a rescue group …": the appositive names what kind of thing X is.
const bodyAppositive = /^(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:group|organi[sz]ation|company|firm|party|agency|charity|movement|network|alliance|coalition|militia|union|association|body|broadcaster|newspaper|website|channel|airline|carrier|operator|team|club|authority|department|ministry|council|committee|bank|court|university|school|hospital)\b/u;
const placeAppositive = /^(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:city|town|village|region|province|district|county|state|island|port|country|capital|suburb|neighbou?rhood|area)\b/u;

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
function describe(context: SentenceContext, tokens: Token[], found: Candidate): void {
	const all = context.tokens;
	const at = tokens.at(-1)!.index;
	if (all[at + 1]?.text !== ',' || tokens.at(-1)!.possessive) return;
	// "According to X of the Y, the victims …": the comma closes an opening phrase, not an appositive.
	if (introductions.has(all[0]?.text ?? '') && !all.slice(0, tokens[0]!.index).some(token => token.text === ',')) return;
	const first = all[at + 2];
	if (!first || !(appositiveStarts.has(first.text) || appositiveStarts.has(first.text.toLowerCase()) || roleNouns.has(first.text))) return;
	let last = at + 2;
	while (last + 1 < all.length && last - at <= maxAppositiveTokens + 1 && !appositiveEnd.has(all[last + 1]!.text) && !/^(?:who|which|that|whose|where)$/.test(all[last + 1]!.text)) last++;
	if (last - at - 1 > maxAppositiveTokens) return;
	const stop = all[last + 1];
	// An appositive is closed by a comma or the sentence's end; "Name, the X said" is a clause, not a description.
	if (stop && stop.text !== ',' && stop.text !== '.' && stop.text !== ';') return;
	if (all.slice(at + 2, last + 1).some(token => speechVerbs.has(token.text))) return;
	found.descriptions.push(context.text.slice(first.start, all[last]!.end));
}

const maxLeadingDescription = 8;

/** "the Mayor of London, Sadiq Khan,": a title phrase set before the name by a comma. */
function describeAhead(context: SentenceContext, token: Token, found: Candidate): void {
	const all = context.tokens;
	if (all[token.index - 1]?.text !== ',') return;
	let from = token.index - 2;
	let titled = false;
	while (from >= 0 && token.index - from <= maxLeadingDescription) {
		const word = all[from]!;
		if (word.kind === 'punct') return;
		if (titleHeads.has(word.text) || roleNouns.has(word.text.toLowerCase())) titled = true;
		if (/^(?:the|a|an|its|their|his|her)$/i.test(word.text)) break;
		from--;
	}

	if (!titled || from < 0 || token.index - from > maxLeadingDescription) return;
	found.descriptions.push(context.text.slice(all[from]!.start, all[token.index - 2]!.end));
}

const roleQualifiers = new Set(['former', 'police', 'deputy', 'senior', 'chief', 'local', 'state', 'foreign', 'retired', 'veteran', 'acting', 'government', 'army', 'military', 'rebel', 'opposition', 'fire', 'security', 'health', 'interior', 'defence', 'defense', 'prison', 'tour', 'criminology']);

/** "Yemeni journalist Nabil …", "police spokesman Jane Doe": the role written before a name. */
function describeBefore(context: SentenceContext, token: Token, found: Candidate): void {
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
