// Links candidate mentions into one entity per real-world thing: surnames to full names,
// acronyms to the names they stand for, gazetteer spellings to one canonical name.
import type {Entity, EntityType, Mention} from '../../model/types.js';
import type {Candidate} from './candidates.js';
import {emptyList, renamed} from './context.js';
import {hasPersonEvidence} from './person-evidence.js';

type Draft = {
	name: string;
	type: EntityType;
	words: string[];
	surfaces: string[];
	descriptions: string[];
	mentions: Mention[];
	/** Made when the first is found: most names have none. */
	acronyms: Set<string> | undefined;
	/** Starts of the full-name mentions, ascending: where a later surname looks back to. */
	anchors: number[];
};

type Registry = {
	text: string;
	drafts: Draft[];
	/** Per type, a name's identity (`identity`) → its draft. One Map per type: no key strings to build. */
	byKey: Record<EntityType, Map<string, Draft>>;
	/** Acronym → organisation, from "X, or ABC" and from initials. */
	acronyms: Map<string, Draft>;
	/** Name word → people who carry it, in order of first mention. */
	personWords: Map<string, Draft[]>;
	/** First word of a several-word place or organisation → those names ("Kesten" → "Kesten International Airport"). */
	firstWords: Map<string, Draft[]>;
};

/** What tells two spellings of one name apart or not: case, a leading "the", periods ("U.N." is "UN"). */
function identity(name: string): string {
	let written = name.toLowerCase();
	// Most names start with neither "the" nor any "t", nor hold a period: skip both rewrites for them.
	if (written.charCodeAt(0) === 116) written = written.replace(/^the\s+/, '');
	return written.includes('.') ? written.replaceAll('.', '') : written;
}

export function resolve(text: string, candidates: Candidate[]): Entity[] {
	const registry = emptyRegistry(text);
	addFullNamesAndGazetteerNames(registry, candidates);
	addLookalikePeople(registry, candidates);
	const unsettled = linkTheRest(registry, candidates);
	settleListsByLinks(registry, candidates, unsettled);
	return finish(registry.drafts);
}

// The passes below are separate functions, not one loop body each in resolve(): V8 optimises and, after a
// deoptimisation, re-optimises each on its own, and a small function costs a fraction of a big one to compile.

function emptyRegistry(text: string): Registry {
	const byKey = {person: new Map(), organization: new Map(), location: new Map(), nationality: new Map()};
	return {text, drafts: emptyList(), byKey, acronyms: new Map(), personWords: new Map(), firstWords: new Map()};
}

/** Full names first, so that "Rakhmon" finds "Emomali Rakhmon" wherever in the story it stands. */
function addFullNamesAndGazetteerNames(registry: Registry, candidates: Candidate[]): void {
	for (const found of candidates) {
		if (found.kind === 'person' && found.words.length > 1 && !found.weak) addPerson(registry, found);
		else if (found.kind === 'organization' && found.known && storyAcronym(registry, found)) continue;
		else if (found.kind === 'organization' || found.kind === 'location' || found.kind === 'nationality') addNamed(registry, found, found.kind);
	}
}

/**
 * "The Rapid Support Forces (RSF) … The RSF denied it": an acronym the story defined for a body means that
 * body, not the gazetteer's body of the same letters (Reporters Without Borders). Attaches it if so.
 */
function storyAcronym(registry: Registry, found: Candidate): boolean {
	// Only a short run of capitals can be an acronym: most gazetteer names are passed over at the first test.
	if (found.end - found.start > 8 || registry.acronyms.size === 0) return false;
	const written = registry.text.slice(found.start, found.end);
	const defined = registry.acronyms.get(written.replaceAll('.', ''));
	if (defined === undefined || defined.acronyms?.has(written) !== true || identity(defined.name) === identity(found.name)) return false;
	// "Iranian Revolutionary Guard Corps (IRGC)" is the gazetteer's Islamic one spelt otherwise: only a body
	// sharing no word with the gazetteer's name is another body.
	const known = found.name.split(' ');
	if (defined.words.some(word => /^\p{Lu}/u.test(word) && known.includes(word))) return false;
	attach(registry, defined, found, written);
	return true;
}

/** People known only by the look of their names come after places and bodies, which may claim them. */
function addLookalikePeople(registry: Registry, candidates: Candidate[]): void {
	for (const found of candidates) {
		if (found.kind !== 'person' || !found.weak || found.words.length <= 1) continue;
		const named = namedAnything(registry, found.name);
		if (named) attach(registry, named, found);
		else if (hasPersonEvidence(registry.text, found, candidates)) addPerson(registry, found);
		// Nothing says it is a person: left as an unknown name, which a longer or listed name may still claim.
		else found.kind = 'unknown';
	}
}

/** Acronyms, single words and unknown names, linked to what the story named in full; returns the list members left unsettled. */
function linkTheRest(registry: Registry, candidates: Candidate[]): Candidate[] {
	const unsettled: Candidate[] = emptyList();
	for (const found of candidates) {
		if (found.kind === 'acronym') resolveAcronym(registry, found);
		else if (found.kind === 'unknown' && found.words.length > 1) {
			if (!retryName(registry, found) && found.list !== undefined) unsettled.push(found);
		}
		else if ((found.kind === 'unknown' || (found.kind === 'person' && found.words.length <= 1)) && !resolveSingle(registry, found) && found.list !== undefined) unsettled.push(found);
	}

	return unsettled;
}

/** "Gaziantep, Hatay and Kahramanmaras": once one member of a list is a known place, so are the others. */
function settleListsByLinks(registry: Registry, candidates: Candidate[], unsettled: Candidate[]): void {
	if (unsettled.length === 0) return;
	// A name may only have become known later in the story ("including Gaziantep, …" before "from Gaziantep").
	const left = unsettled.filter(found => found.words.length > 1 ? !retryName(registry, found) : !resolveSingle(registry, found));
	const placeLists = new Set<number>();
	const placeStarts = new Set<number>();
	for (const draft of registry.drafts) {
		if (draft.type === 'location') for (const mention of draft.mentions) placeStarts.add(mention.start);
	}

	for (const found of candidates) {
		if (found.list !== undefined && placeStarts.has(found.start)) placeLists.add(found.list);
	}

	for (const found of left) {
		if (placeLists.has(found.list!)) addNamed(registry, renamed(found, registry.text.slice(found.start, found.end), found.words), 'location');
	}
}

function retryName(registry: Registry, found: Candidate): boolean {
	const named = namedAnything(registry, found.name) ?? longerName(registry, found);
	if (named) attach(registry, named, found);
	return named !== undefined;
}

function namedAnything(registry: Registry, name: string): Draft | undefined {
	const written = identity(name);
	const {byKey} = registry;
	return byKey.location.get(written) ?? byKey.organization.get(written) ?? byKey.person.get(written) ?? byKey.nationality.get(written);
}

function mention(found: Candidate): Mention {
	return {start: found.start, end: found.end, sentence: found.sentence};
}

function attach(registry: Registry, draft: Draft, found: Candidate, surface = registry.text.slice(found.start, found.end)): void {
	draft.mentions.push(mention(found));
	draft.surfaces.push(surface);
	for (const description of found.descriptions) draft.descriptions.push(description);
}

function create(registry: Registry, type: EntityType, name: string, words: string[], key = identity(name)): Draft {
	const draft: Draft = {name, type, words, surfaces: emptyList(), descriptions: emptyList(), mentions: emptyList(), acronyms: undefined, anchors: []};
	registry.drafts.push(draft);
	registry.byKey[type].set(key, draft);
	return draft;
}

function addAcronym(draft: Draft, acronym: string): void {
	draft.acronyms ??= new Set();
	draft.acronyms.add(acronym);
}

function addNamed(registry: Registry, found: Candidate, type: EntityType): void {
	// "Islamic State" is not short for "Islamic State Sahel Province" named earlier: a gazetteer name stands alone.
	const longer = type === 'nationality' || found.known ? undefined : longerName(registry, found);
	// A one-word place is not the body named after it ("Vermont" and "Vermont Police").
	const key = identity(found.key ?? found.name);
	let draft = registry.byKey[type].get(key) ?? (longer && (found.words.length > 1 || longer.type === type) ? longer : undefined);
	if (!draft) {
		draft = create(registry, type, found.name, found.words, found.key === undefined ? key : identity(found.name));
		if (found.key) registry.byKey[type].set(key, draft);
		if (type !== 'nationality' && found.words.length > 1) {
			const same = registry.firstWords.get(found.words[0]!) ?? [];
			same.push(draft);
			registry.firstWords.set(found.words[0]!, same);
		}
	}

	attach(registry, draft, found);
	if (type !== 'organization') return;
	if (found.acronym) {
		addAcronym(draft, found.acronym);
		registry.acronyms.set(found.acronym.replaceAll('.', ''), draft);
	}

	const initials = initialsOf(found.name);
	if (initials.length >= 2 && !registry.acronyms.has(initials)) registry.acronyms.set(initials, draft);
}

/** "Kesten Airport" for "Kesten International Airport", "Saint Mary" for "Saint Mary Hospital": a shorter form of a place or body already named. */
function longerName(registry: Registry, found: Candidate): Draft | undefined {
	const words = found.words;
	if (words.length === 0) return undefined;
	const sameStart = registry.firstWords.get(words[0]!);
	if (sameStart === undefined) return undefined;
	for (const draft of sameStart) {
		if (draft.type !== 'person' && draft.type !== 'nationality' && draft.words.length > words.length
			&& (startsWith(draft.words, words) || draft.words.at(-1) === words.at(-1))) return draft;
	}

	return undefined;
}

function startsWith(longer: string[], shorter: string[]): boolean {
	for (let index = 0; index < shorter.length; index++) {
		if (longer[index] !== shorter[index]) return false;
	}

	return true;
}

/** "National State Security Committee" → "NSSC"; small words do not count. */
function initialsOf(name: string): string {
	// One pass over the name instead of splitting it: this runs for every mention of a body.
	let initials = '';
	let wordStart = true;
	for (let at = 0; at < name.length; at++) {
		const code = name.charCodeAt(at);
		if (code === 45 || isSpace(code, name, at)) {
			wordStart = true;
			continue;
		}

		if (wordStart && startsWithCapital(code, name, at)) initials += name[at];
		wordStart = false;
	}

	return initials;
}

const space = /\s/y;
const capital = /\p{Lu}/uy;

/** `\s` at `at`, without the regex for ASCII. */
function isSpace(code: number, text: string, at: number): boolean {
	if (code < 128) return code === 32 || (code >= 9 && code <= 13);
	space.lastIndex = at;
	return space.test(text);
}

/** `\p{Lu}` at `at` (the whole code point), without the regex for ASCII. */
function startsWithCapital(code: number, text: string, at: number): boolean {
	if (code < 128) return code >= 65 && code <= 90;
	capital.lastIndex = at;
	return capital.test(text);
}

function addPerson(registry: Registry, found: Candidate): void {
	const {words} = found;
	let draft = registry.byKey.person.get(identity(words.join(' '))) ?? samePerson(registry, words);
	if (!draft) {
		draft = create(registry, 'person', found.name, words);
	} else if (words.length > draft.words.length) {
		draft.surfaces.push(draft.name);
		draft.name = found.name;
		draft.words = words;
	}

	// "al-Sudani" is also written "Sudani": the particle glued by a hyphen may be dropped later.
	for (const word of words) addPersonWord(registry, word, draft);
	for (const word of words) {
		// Only a hyphen after two or three letters can end such a particle.
		const dash = word.indexOf('-');
		if (dash !== 2 && dash !== 3) continue;
		const bare = word.replace(/^(?:al|el|ad|as|ash|at|az|ar)-(?=\p{Lu})/u, '');
		if (bare === word) continue;
		if (!words.includes(bare)) addPersonWord(registry, bare, draft);
		// And "Al-Sudani" opening a sentence: the particle takes the sentence's capital.
		addPersonWord(registry, word[0]!.toUpperCase() + word.slice(1), draft);
	}

	attach(registry, draft, found, found.name);
	if (words.length > 1 && (draft.anchors.length === 0 || draft.anchors.at(-1)! < found.start)) draft.anchors.push(found.start);
	if (found.aliases) for (const alias of found.aliases) draft.surfaces.push(alias);
}

/**
 * "Emomali Sharipovich Rakhmon" and "Emomali Rakhmon": same first and last name, same person.
 * "De Vries" and "Anna De Vries": the shorter is the tail of the longer.
 */
function samePerson(registry: Registry, words: string[]): Draft | undefined {
	const first = words[0]!;
	const last = words.at(-1)!;
	const people = registry.personWords.get(last);
	if (people === undefined) return undefined;
	for (const person of people) {
		if ((person.words[0] === first && person.words.at(-1) === last) || endsWith(person.words, words) || endsWith(words, person.words)) return person;
	}

	return undefined;
}

function addPersonWord(registry: Registry, word: string, draft: Draft): void {
	const people = registry.personWords.get(word);
	if (people === undefined) registry.personWords.set(word, [draft]);
	else if (!people.includes(draft)) people.push(draft);
}

function endsWith(longer: string[], shorter: string[]): boolean {
	if (shorter.length <= 1 || shorter.length >= longer.length) return false;
	const offset = longer.length - shorter.length;
	for (let index = 0; index < shorter.length; index++) {
		if (longer[offset + index] !== shorter[index]) return false;
	}

	return true;
}

function resolveAcronym(registry: Registry, found: Candidate): void {
	const letters = found.name.replaceAll('.', '');
	const organization = registry.acronyms.get(letters);
	if (organization) {
		addAcronym(organization, found.name);
		attach(registry, organization, found);
		return;
	}

	addNamed(registry, found, 'organization');
}

/** A single name word: a known person's surname or first name, a known place or organisation, or what its cue says. */
function resolveSingle(registry: Registry, found: Candidate): boolean {
	const word = found.words[0] ?? found.name;
	const people = registry.personWords.get(word);
	if (people && people.length > 0) {
		attach(registry, nearestPerson(people, found), found, word);
		return true;
	}

	const written = identity(word);
	const {byKey} = registry;
	const known = byKey.location.get(written) ?? byKey.organization.get(written) ?? byKey.nationality.get(written);
	if (known) {
		attach(registry, known, found, word);
		return true;
	}

	// "at Kesten" is "Kesten Airport"; "in Vermont" is not "Vermont Police".
	const longer = found.fallback === 'person' ? undefined : longerName(registry, renamed(found, found.name, [word]));
	if (longer && (found.fallback === undefined || longer.type === found.fallback)) {
		attach(registry, longer, found, word);
		return true;
	}

	const organization = registry.acronyms.get(word);
	if (organization && (/^\p{Lu}+$/u.test(word) || organization.acronyms?.has(word))) {
		attach(registry, organization, found, word);
		return true;
	}

	if (found.surname) {
		addPerson(registry, renamed(found, `${word} ${found.surname}`, [word, found.surname]));
		return true;
	}

	const type = found.kind === 'person' ? 'person' : found.fallback;
	if (!type) return false;
	if (type === 'person') {
		addPerson(registry, renamed(found, found.name, [word]));
		return true;
	}

	addNamed(registry, renamed(found, word, [word]), type);
	return true;
}

/**
 * Which of several people sharing a name word a bare "Carter" means: news style gives the first one
 * introduced the surname alone and keeps full names for the rest, so the earliest already named wins.
 */
function nearestPerson(people: Draft[], found: Candidate): Draft {
	if (people.length === 1) return people[0]!;
	for (const person of people) {
		// Anchors ascend: the person was named in full before this mention when the first anchor is.
		if (person.anchors.length > 0 && person.anchors[0]! < found.start) return person;
	}

	return people[0]!;
}

function finish(drafts: Draft[]): Entity[] {
	const entities: Entity[] = emptyList();
	for (const draft of drafts) {
		if (draft.mentions.length === 0) continue;
		entities.push({
			id: '',
			name: draft.name,
			type: draft.type,
			aliases: aliasesOf(draft),
			descriptions: unique(draft.descriptions),
			mentions: dedupe(draft.mentions),
		});
	}

	entities.sort(byFirstMention);
	for (let index = 0; index < entities.length; index++) entities[index]!.id = `e${index + 1}`;
	return entities;
}

function byFirstMention(a: Entity, b: Entity): number {
	return a.mentions[0]!.start - b.mentions[0]!.start;
}

/** Every other way the story writes the name, trimmed, once each, in the order first written. */
function aliasesOf(draft: Draft): string[] {
	const {name, surfaces} = draft;
	// Most names are written one way only: no set needed.
	if (draft.acronyms === undefined && allSame(surfaces)) {
		const alias = surfaces[0]?.trim();
		return alias !== undefined && isAlias(alias, name) ? [alias] : emptyList();
	}

	const seen = new Set<string>();
	const aliases: string[] = emptyList();
	for (const surface of surfaces) addAlias(surface, name, seen, aliases);
	if (draft.acronyms) for (const acronym of draft.acronyms) addAlias(acronym, name, seen, aliases);
	return aliases;
}

function allSame(values: string[]): boolean {
	for (let index = 1; index < values.length; index++) {
		if (values[index] !== values[0]) return false;
	}

	return true;
}

function addAlias(written: string, name: string, seen: Set<string>, aliases: string[]): void {
	const alias = written.trim();
	if (seen.has(alias)) return;
	seen.add(alias);
	if (isAlias(alias, name)) aliases.push(alias);
}

/** Not the name itself, in any case. */
function isAlias(alias: string, name: string): boolean {
	return alias !== '' && alias !== name && alias.toLowerCase() !== name.toLowerCase();
}

/** The mentions in text order, one per start. The drafts own their lists, so one already in order is kept as it is. */
function dedupe(mentions: Mention[]): Mention[] {
	if (isStrictlyAscending(mentions)) return mentions;
	const sorted = mentions.slice().sort(byPlace);
	const once: Mention[] = [sorted[0]!];
	for (let index = 1; index < sorted.length; index++) {
		if (sorted[index]!.start !== sorted[index - 1]!.start) once.push(sorted[index]!);
	}

	return once;
}

function byPlace(a: Mention, b: Mention): number {
	return a.start - b.start || a.end - b.end;
}

function isStrictlyAscending(mentions: Mention[]): boolean {
	for (let index = 1; index < mentions.length; index++) {
		if (mentions[index]!.start <= mentions[index - 1]!.start) return false;
	}

	return true;
}

function unique(values: string[]): string[] {
	// Most names carry one description or none: nothing to deduplicate.
	return values.length < 2 ? values : [...new Set(values)];
}
