// Links candidate mentions into one entity per real-world thing: surnames to full names,
// acronyms to the names they stand for, gazetteer spellings to one canonical name.
import type {Entity, EntityType, Mention} from '../../model/types.js';
import type {Candidate} from './candidates.js';
import {hasPersonEvidence} from './person-evidence.js';
import {partitionPoint} from '../../util/partition-point.js';

type Draft = {
	name: string;
	type: EntityType;
	words: string[];
	surfaces: string[];
	descriptions: string[];
	mentions: Mention[];
	acronyms: Set<string>;
	/** Starts of the full-name mentions, ascending: where a later surname looks back to. */
	anchors: number[];
};

type Registry = {
	text: string;
	drafts: Draft[];
	byKey: Map<string, Draft>;
	/** Acronym → organisation, from "X, or ABC" and from initials. */
	acronyms: Map<string, Draft>;
	/** Name word → people who carry it, in order of first mention. */
	personWords: Map<string, Draft[]>;
	/** First word of a several-word place or organisation → those names ("Kesten" → "Kesten International Airport"). */
	firstWords: Map<string, Draft[]>;
};

const key = (type: EntityType, name: string) => `${type}\u0000${name.toLowerCase().replace(/^the\s+/, '').replaceAll('.', '')}`;

export function resolve(text: string, candidates: Candidate[]): Entity[] {
	const registry: Registry = {text, drafts: [], byKey: new Map(), acronyms: new Map(), personWords: new Map(), firstWords: new Map()};
	// Full names first, so that "Rakhmon" finds "Emomali Rakhmon" wherever in the story it stands.
	for (const found of candidates) {
		if (found.kind === 'person' && found.words.length > 1 && !found.weak) addPerson(registry, found);
		else if (found.kind === 'organization' || found.kind === 'location' || found.kind === 'nationality') addNamed(registry, found, found.kind);
	}

	// People known only by the look of their names come after places and bodies, which may claim them.
	for (const found of candidates) {
		if (found.kind !== 'person' || !found.weak || found.words.length <= 1) continue;
		const named = namedAnything(registry, found.name);
		if (named) attach(registry, named, found);
		else if (hasPersonEvidence(text, found, candidates)) addPerson(registry, found);
		// Nothing says it is a person: left as an unknown name, which a longer or listed name may still claim.
		else found.kind = 'unknown';
	}

	const unsettled: Candidate[] = [];
	for (const found of candidates) {
		if (found.kind === 'acronym') resolveAcronym(registry, found);
		else if (found.kind === 'unknown' && found.words.length > 1) {
			const named = namedAnything(registry, found.name) ?? longerName(registry, found);
			if (named) attach(registry, named, found);
			else if (found.list !== undefined) unsettled.push(found);
		}
		else if ((found.kind === 'unknown' || (found.kind === 'person' && found.words.length <= 1)) && !resolveSingle(registry, found) && found.list !== undefined) unsettled.push(found);
	}

	settleListsByLinks(registry, candidates, unsettled);

	return finish(registry.drafts);
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
		if (placeLists.has(found.list!)) addNamed(registry, {...found, name: registry.text.slice(found.start, found.end)}, 'location');
	}
}

function retryName(registry: Registry, found: Candidate): boolean {
	const named = namedAnything(registry, found.name) ?? longerName(registry, found);
	if (named) attach(registry, named, found);
	return named !== undefined;
}

function namedAnything(registry: Registry, name: string): Draft | undefined {
	for (const type of ['location', 'organization', 'person', 'nationality'] as const) {
		const draft = registry.byKey.get(key(type, name));
		if (draft) return draft;
	}

	return undefined;
}

function mention(found: Candidate): Mention {
	return {start: found.start, end: found.end, sentence: found.sentence};
}

function attach(registry: Registry, draft: Draft, found: Candidate, surface = registry.text.slice(found.start, found.end)): void {
	draft.mentions.push(mention(found));
	draft.surfaces.push(surface);
	for (const description of found.descriptions) draft.descriptions.push(description);
}

function create(registry: Registry, type: EntityType, name: string, words: string[]): Draft {
	const draft: Draft = {name, type, words, surfaces: [], descriptions: [], mentions: [], acronyms: new Set(), anchors: []};
	registry.drafts.push(draft);
	registry.byKey.set(key(type, name), draft);
	return draft;
}

function addNamed(registry: Registry, found: Candidate, type: EntityType): void {
	const identity = found.key ?? found.name;
	// "Islamic State" is not short for "Islamic State Sahel Province" named earlier: a gazetteer name stands alone.
	const longer = type === 'nationality' || found.known ? undefined : longerName(registry, found);
	// A one-word place is not the body named after it ("Vermont" and "Vermont Police").
	let draft = registry.byKey.get(key(type, identity)) ?? (longer && (found.words.length > 1 || longer.type === type) ? longer : undefined);
	if (!draft) {
		draft = create(registry, type, found.name, found.words);
		if (found.key) registry.byKey.set(key(type, found.key), draft);
		if (type !== 'nationality' && found.words.length > 1) {
			const same = registry.firstWords.get(found.words[0]!) ?? [];
			same.push(draft);
			registry.firstWords.set(found.words[0]!, same);
		}
	}

	attach(registry, draft, found);
	if (type !== 'organization') return;
	if (found.acronym) {
		draft.acronyms.add(found.acronym);
		registry.acronyms.set(found.acronym.replaceAll('.', ''), draft);
	}

	const initials = initialsOf(found.name);
	if (initials.length >= 2 && !registry.acronyms.has(initials)) registry.acronyms.set(initials, draft);
}

/** "Kesten Airport" for "Kesten International Airport", "Saint Mary" for "Saint Mary Hospital": a shorter form of a place or body already named. */
function longerName(registry: Registry, found: Candidate): Draft | undefined {
	const words = found.words;
	if (words.length === 0) return undefined;
	return (registry.firstWords.get(words[0]!) ?? []).find(draft => draft.type !== 'person' && draft.type !== 'nationality'
		&& draft.words.length > words.length && (words.every((word, index) => draft.words[index] === word) || draft.words.at(-1) === words.at(-1)));
}

/** "National State Security Committee" → "NSSC"; small words do not count. */
function initialsOf(name: string): string {
	return name.split(/[\s-]+/).filter(word => /^\p{Lu}/u.test(word)).map(word => word[0]).join('');
}

function addPerson(registry: Registry, found: Candidate): void {
	const {words} = found;
	const first = words[0]!;
	const last = words.at(-1)!;
	let draft = registry.byKey.get(key('person', words.join(' ')));
	// "Emomali Sharipovich Rakhmon" and "Emomali Rakhmon": same first and last name, same person.
	// "De Vries" and "Anna De Vries": the shorter is the tail of the longer.
	draft ??= (registry.personWords.get(last) ?? []).find(person => (person.words[0] === first && person.words.at(-1) === last)
		|| endsWith(person.words, words) || endsWith(words, person.words));
	if (!draft) {
		draft = create(registry, 'person', found.name, words);
	} else if (words.length > draft.words.length) {
		draft.surfaces.push(draft.name);
		draft.name = found.name;
		draft.words = words;
	}

	// "al-Sudani" is also written "Sudani": the particle glued by a hyphen may be dropped later.
	const bare = words.map(word => word.replace(/^(?:al|el|ad|as|ash|at|az|ar)-(?=\p{Lu})/u, '')).filter(word => !words.includes(word));
	for (const word of [...words, ...bare]) {
		const people = registry.personWords.get(word) ?? [];
		if (!people.includes(draft)) people.push(draft);
		registry.personWords.set(word, people);
	}

	attach(registry, draft, found, found.name);
	if (words.length > 1 && (draft.anchors.length === 0 || draft.anchors.at(-1)! < found.start)) draft.anchors.push(found.start);
	for (const alias of found.aliases ?? []) draft.surfaces.push(alias);
}

function endsWith(longer: string[], shorter: string[]): boolean {
	return shorter.length > 1 && shorter.length < longer.length && shorter.every((word, index) => longer[longer.length - shorter.length + index] === word);
}

function resolveAcronym(registry: Registry, found: Candidate): void {
	const letters = found.name.replaceAll('.', '');
	const organization = registry.acronyms.get(letters);
	if (organization) {
		organization.acronyms.add(found.name);
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

	for (const type of ['location', 'organization', 'nationality'] as const) {
		const named = registry.byKey.get(key(type, word));
		if (named) {
			attach(registry, named, found, word);
			return true;
		}
	}

	// "at Kesten" is "Kesten Airport"; "in Vermont" is not "Vermont Police".
	const longer = found.fallback === 'person' ? undefined : longerName(registry, {...found, words: [word]});
	if (longer && (found.fallback !== 'location' || longer.type === 'location')) {
		attach(registry, longer, found, word);
		return true;
	}

	const organization = registry.acronyms.get(word);
	if (organization && (/^\p{Lu}+$/u.test(word) || organization.acronyms.has(word))) {
		attach(registry, organization, found, word);
		return true;
	}

	if (found.surname) {
		addPerson(registry, {...found, name: `${word} ${found.surname}`, words: [word, found.surname]});
		return true;
	}

	const type = found.kind === 'person' ? 'person' : found.fallback;
	if (!type) return false;
	if (type === 'person') {
		addPerson(registry, {...found, words: [word]});
		return true;
	}

	addNamed(registry, {...found, name: word, words: [word]}, type);
	return true;
}

/**
 * Which of several people sharing a name word a bare "Carter" means: news style gives the first one
 * introduced the surname alone and keeps full names for the rest, so the earliest already named wins.
 */
function nearestPerson(people: Draft[], found: Candidate): Draft {
	if (people.length === 1) return people[0]!;
	for (const person of people) {
		if (lastBefore(person.anchors, found.start) !== -1) return person;
	}

	return people[0]!;
}

/** Binary search: the greatest value in the ascending list below `limit`, or -1. */
function lastBefore(sorted: number[], limit: number): number {
	const at = partitionPoint(sorted, value => value < limit);
	return at === 0 ? -1 : sorted[at - 1]!;
}

function finish(drafts: Draft[]): Entity[] {
	const entities = drafts
		.filter(draft => draft.mentions.length > 0)
		.map(draft => {
			const mentions = dedupe(draft.mentions);
			const aliases = unique([...draft.surfaces, ...draft.acronyms].map(alias => alias.trim()))
				.filter(alias => alias.toLowerCase() !== draft.name.toLowerCase() && alias !== '');
			return {
				id: '',
				name: draft.name,
				type: draft.type,
				aliases,
				descriptions: unique(draft.descriptions),
				mentions,
			};
		})
		.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
	for (const [index, entity] of entities.entries()) entity.id = `e${index + 1}`;
	return entities;
}

function dedupe(mentions: Mention[]): Mention[] {
	const sorted = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
	return sorted.filter((mention, index) => index === 0 || mention.start !== sorted[index - 1]!.start);
}

function unique(values: string[]): string[] {
	return [...new Set(values)];
}
