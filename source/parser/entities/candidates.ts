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
	/** An acronym the story defines for this name ("…, or IMU", "… (IMU)"). */
	acronym?: string;
	/** A cue made an unknown single word a person or place when nothing else claims it. */
	fallback?: 'person' | 'location';
};

/** What the whole story says about a word, gathered before any run is judged. */
export type Evidence = {
	/** Capitalised words seen away from a sentence start: names, not just sentence-initial capitals. */
	capitalisedInside: Set<string>;
	/** Words seen in lower case somewhere: "Trials" at a sentence start is the common word "trials". */
	lowercase: Set<string>;
};

const englishSuffix = /(?:ed|ing|ly|ness|ment|tion|sion|ies|ous|ful|able|ible|ive|ity)$/;

export function gatherEvidence(sentences: Token[][]): Evidence {
	const evidence: Evidence = {capitalisedInside: new Set(), lowercase: new Set()};
	for (const tokens of sentences) {
		for (const token of tokens) {
			if (token.kind === 'lower') evidence.lowercase.add(token.text);
			else if (token.kind === 'capital' && !token.initial) evidence.capitalisedInside.add(token.text);
		}
	}

	return evidence;
}

type Run = {tokens: Token[]; names: Token[]};

function isNameToken(token: Token | undefined): token is Token {
	return token !== undefined && (token.kind === 'capital' || token.kind === 'acronym' || token.kind === 'initial');
}

/** Maximal runs of capitalised words, joined across "of (the)" after organisation words and across name particles. */
function runsOf(tokens: Token[], from: number): Run[] {
	const runs: Run[] = [];
	let index = from;
	while (index < tokens.length) {
		const token = tokens[index]!;
		if (!isNameToken(token)) {
			index++;
			continue;
		}

		const run: Run = {tokens: [token], names: [token]};
		let at = index;
		while (!tokens[at]!.possessive) {
			const next = tokens[at + 1];
			if (isNameToken(next)) {
				run.tokens.push(next);
				run.names.push(next);
				at++;
				continue;
			}

			const joined = joinAcross(tokens, at);
			if (joined === 0) break;
			for (let step = 1; step <= joined; step++) run.tokens.push(tokens[at + step]!);
			run.names.push(tokens[at + joined]!);
			at += joined;
		}

		runs.push(run);
		index = at + 1;
	}

	return runs;
}

/** How many tokens to step over to join the next name word, or 0. */
function joinAcross(tokens: Token[], at: number): number {
	const current = tokens[at]!;
	const next = tokens[at + 1];
	if (next === undefined) return 0;
	if ((next.text === 'of' || next.text === 'for') && ofJoiners.has(current.text)) {
		const skip = tokens[at + 2]?.text === 'the' ? 3 : 2;
		return isNameToken(tokens[at + skip]) && tokens[at + skip]!.kind !== 'initial' ? skip : 0;
	}

	if ((nameParticles.has(next.text) || next.text === '&') && current.kind === 'capital' && tokens[at + 2]?.kind === 'capital') return 2;
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
		judgeRun(context, run.tokens, candidates);
	}

	return candidates;
}

function surface(text: string, tokens: Token[]): string {
	return text.slice(tokens[0]!.start, tokens.at(-1)!.end);
}

/** A capitalised first word that is really a common word ("Three", "Trials", "Impoverished"). */
function isCommonInitial(token: Token, evidence: Evidence): boolean {
	const lower = token.text.toLowerCase();
	if (commonWords.has(lower) || nonEntities.has(token.text)) return true;
	if (isKnownName(token.text) || evidence.capitalisedInside.has(token.text) || titleWords.has(token.text) || honorifics.has(token.text)) return false;
	return evidence.lowercase.has(lower) || englishSuffix.test(lower);
}

function isKnownName(word: string): boolean {
	return firstNames.has(word) || locations.exact.has(word) || nationalities.exact.has(word) || knownOrganizations.exact.has(word);
}

function judgeRun(context: SentenceContext, runTokens: Token[], out: Candidate[]): void {
	let tokens = runTokens;
	const {evidence} = context;
	// A title opening the sentence still titles the name after it ("President Emomali Rakhmon has …").
	while (tokens.length > 0 && tokens[0]!.initial && !(tokens.length > 1 && titleWords.has(tokens[0]!.text)) && isCommonInitial(tokens[0]!, evidence)) {
		tokens = tokens.slice(1);
		// "Among" dropped: what follows is no longer a sentence start, but "The" before a name still was.
	}

	while (tokens.length > 0 && (tokens[0]!.kind === 'lower' || tokens[0]!.text === '&')) tokens = tokens.slice(1);
	if (tokens.length === 0) return;
	const names = tokens.filter(token => isNameToken(token));
	if (names.length === 0) return;

	const whole = surface(context.text, tokens);
	const known = lookupKnown(whole) ?? (names.length > 1 && names[0]!.text === 'The' ? lookupKnown(surface(context.text, tokens.slice(1))) : undefined);
	if (known) {
		const from = known.skipThe ? tokens.slice(1) : tokens;
		out.push(candidate(context, from, known.kind, known.name));
		if (known.kind === 'organization') defineAcronym(context, from, out.at(-1)!);
		return;
	}

	if (names.length === 1) {
		judgeSingle(context, tokens[0]!, out);
		return;
	}

	if (isOrganizationRun(tokens)) {
		const from = tokens[0]!.text === 'The' && tokens[0]!.initial ? tokens.slice(1) : tokens;
		const organization = candidate(context, from, 'organization', surface(context.text, from));
		out.push(organization);
		defineAcronym(context, from, organization);
		describe(context, from, organization);
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
	if (eventHeads.has(tokens.at(-1)!.text)) return;
	if (isPlaceRun(tokens)) {
		out.push(candidate(context, tokens, 'location', whole));
		return;
	}

	// A known place or people leads a longer name: "Saudi Aramco", "Iran Air".
	if (names.some(token => locations.exact.has(token.text) || nationalities.exact.has(token.text))) {
		if (names.length === 2 && compassWords.has(names[0]!.text) && locations.exact.has(names[1]!.text)) {
			out.push(candidate(context, tokens, 'location', whole));
			return;
		}

		if (names.every(token => locations.exact.has(token.text) || nationalities.exact.has(token.text))) {
			for (const token of names) judgeSingle(context, token, out);
			return;
		}

		out.push(candidate(context, tokens, 'organization', whole));
		return;
	}

	if (looksLikePerson(tokens)) {
		const person = candidate(context, tokens, 'person', whole);
		person.words = names.filter(token => token.kind !== 'initial').map(token => token.text);
		describeBefore(context, tokens[0]!, person);
		describe(context, tokens, person);
		out.push(person);
	}
}

function trimLeadingConnectors(tokens: Token[]): Token[] {
	let from = 0;
	while (from < tokens.length && !isNameToken(tokens[from])) from++;
	return tokens.slice(from);
}

type Known = {kind: EntityType; name: string; skipThe: boolean};

function lookupKnown(name: string, skipThe = false): Known | undefined {
	const organization = knownOrganizations.exact.get(name);
	if (organization) return {kind: 'organization', name: organization, skipThe};
	const location = locations.exact.get(name);
	if (location) return {kind: 'location', name: location, skipThe};
	const nationality = nationalities.exact.get(name);
	if (nationality) return {kind: 'nationality', name: nationality, skipThe};
	return undefined;
}

function isOrganizationRun(tokens: Token[]): boolean {
	if (tokens.filter(token => isNameToken(token)).length < 2) return false;
	if (titleHeads.has(tokens[0]!.text) && !organizationHeads.has(tokens[1]?.text ?? '')) return false;
	if (organizationHeads.has(tokens.at(-1)!.text)) return true;
	return tokens.some((token, index) => token.text === 'of' && organizationHeads.has(tokens[index - 1]?.text ?? ''));
}

function isPlaceRun(tokens: Token[]): boolean {
	return placeHeads.has(tokens.at(-1)!.text) || placeStarts.has(tokens[0]!.text)
		|| tokens.some((token, index) => token.text === 'of' && placeHeads.has(tokens[index - 1]?.text ?? ''));
}

function looksLikePerson(tokens: Token[]): boolean {
	const names = tokens.filter(token => isNameToken(token));
	if (names.length > 5 || names.some(token => token.kind === 'acronym')) return false;
	if (firstNames.has(names[0]!.text)) return true;
	return names.every(token => token.kind === 'initial' || (!commonWords.has(token.text.toLowerCase()) && !titleWords.has(token.text) && !organizationHeads.has(token.text) && !placeHeads.has(token.text)));
}

/** "President Emomali Rakhmon", "Interior Minister Joachim Brudziński", "Archbishop of Gdańsk": title off, the rest judged. */
function splitTitle(context: SentenceContext, tokens: Token[], out: Candidate[]): boolean {
	let last = -1;
	for (const [index, token] of tokens.entries()) {
		const titled = titleWords.has(token.text) || honorifics.has(token.text) || nationalities.exact.has(token.text) || locations.exact.has(token.text);
		if (!titled) break;
		if (titleHeads.has(token.text) || honorifics.has(token.text)) last = index;
	}

	if (last === -1) return false;
	const title = tokens.slice(0, last + 1);
	let rest = tokens.slice(last + 1);
	// Peoples and places in the title are mentions of their own ("Russian President …").
	for (const token of title) {
		if (nationalities.exact.has(token.text) || locations.exact.has(token.text)) judgeSingle(context, token, out);
	}

	if (rest[0]?.text === 'of' || rest[0]?.text === 'for') {
		judgeRun(context, trimLeadingConnectors(rest.slice(1)), out);
		return true;
	}

	rest = trimLeadingConnectors(rest);
	if (rest.length === 0) return true;
	const names = rest.filter(token => isNameToken(token));
	const person = candidate(context, rest, names.length === 1 ? 'unknown' : 'person', surface(context.text, rest));
	person.words = names.filter(token => token.kind !== 'initial').map(token => token.text);
	person.fallback = 'person';
	const titleWordsOnly = title.filter(token => !honorifics.has(token.text));
	if (titleWordsOnly.length > 0) person.descriptions.push(surface(context.text, titleWordsOnly));
	describe(context, rest, person);
	out.push(person);
	return true;
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
		const upperPlace = locations.upper.get(token.text) ?? nationalities.upper.get(token.text);
		if (upperPlace) {
			out.push(candidate(context, [token], locations.upper.has(token.text) ? 'location' : 'nationality', upperPlace));
			return;
		}

		const letters = token.text.replaceAll('.', '');
		if (nonEntities.has(token.text) || letters.length > 6) return;
		out.push(candidate(context, [token], 'acronym', token.text));
		return;
	}

	if (token.kind !== 'capital' || nonEntities.has(token.text) || titleWords.has(token.text) || honorifics.has(token.text)) return;
	if (organizationHeads.has(token.text) || placeHeads.has(token.text)) return;
	if (token.initial && !context.evidence.capitalisedInside.has(token.text)) {
		const lower = token.text.toLowerCase();
		if (commonWords.has(lower) || context.evidence.lowercase.has(lower) || englishSuffix.test(lower)) return;
	}

	const found = candidate(context, [token], 'unknown', token.text);
	found.fallback = singleCue(context, token);
	describe(context, [token], found);
	out.push(found);
}

/** What the words around an unknown single name say it is. */
function singleCue(context: SentenceContext, token: Token): 'person' | 'location' | undefined {
	const {tokens} = context;
	const {index} = token;
	const next = tokens[index + 1];
	const previous = tokens[index - 1];
	if (next && !token.possessive && speechVerbs.has(next.text)) return 'person';
	if (previous && placePrepositions.has(previous.text)) return 'location';
	if (previous?.text === 'of' && placeNouns.has(tokens[index - 2]?.text ?? '')) return 'location';
	if (next?.text === ',' && locations.exact.has(tokens[index + 2]?.text ?? '')) return 'location';
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
	}
}

const appositiveEnd = new Set([',', '.', ';', ':', '(', ')', '"', '“', '”', '—', '–', '!', '?']);
const maxAppositiveTokens = 16;

/** "Name, a commander of the United Tajik Opposition, …": the phrase after the name describes it. */
function describe(context: SentenceContext, tokens: Token[], found: Candidate): void {
	const all = context.tokens;
	const at = tokens.at(-1)!.index;
	if (all[at + 1]?.text !== ',' || tokens.at(-1)!.possessive) return;
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

const roleQualifiers = new Set(['former', 'police', 'deputy', 'senior', 'chief', 'local', 'state', 'foreign', 'retired', 'veteran', 'acting', 'government', 'army', 'military', 'rebel', 'opposition', 'fire', 'security', 'health', 'interior', 'defence', 'defense', 'prison']);

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
