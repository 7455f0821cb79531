// The shapes every stage of candidate finding shares: what a candidate is, what a sentence
// offers to judge it by, and small helpers over tokens.
import type {EntityType} from '../../model/types.js';
import {organizationHeads} from '../gazetteer/words.js';
import {placeHeads} from '../gazetteer/places.js';
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
	/** Other names for the same thing written in this mention ("Bill Tasker" for 'William "Bill" Tasker'). */
	aliases?: string[];
	/** An acronym the story defines for this name ("…, or IMU", "… (IMU)"). */
	acronym?: string;
	/** A cue made an unknown single word a person, place or body when nothing else claims it. */
	fallback?: 'person' | 'location' | 'organization';
	/** A person only because nothing else fits: a list of places can still claim it. */
	weak?: boolean;
	/** Named as the gazetteer has it: a name of its own, never a short form of a longer name in the story. */
	known?: boolean;
	/** Spelling-independent identity ("U.K. Consulate" and "United Kingdom Consulate"). */
	key?: string;
	/** Members of one list of names ("Gaziantep, Hatay and Kahramanmaras") share a number. */
	list?: number;
	/** A lone first name that borrows the surname of the full name after it ("Maria and Peter Holm"). */
	surname?: string;
};

/** What the whole story says about a word, gathered before any run is judged. */
export type Evidence = {
	/** Capitalised words seen away from a sentence start: names, not just sentence-initial capitals. */
	capitalisedInside: Set<string>;
	/** Words seen in lower case somewhere: "Trials" at a sentence start is the common word "trials". */
	lowercase: Set<string>;
};

export type SentenceContext = {
	text: string;
	tokens: Token[];
	/** Tokens before this one are already judged (a dateline). */
	from: number;
	sentence: number;
	evidence: Evidence;
	/** Index of the sentence's first comma token, or -1: where an opening phrase ends. */
	firstComma: number;
};

export function isNameToken(token: Token | undefined): boolean {
	return token !== undefined && (token.kind === 'capital' || token.kind === 'acronym' || token.kind === 'initial');
}

export const heads = (word: string | undefined) => word !== undefined && (organizationHeads.has(word) || placeHeads.has(word));

export function surface(text: string, tokens: Token[]): string {
	// A token's text is exactly its stretch of the story; reusing it spares a copy and the hashing of one in look-ups.
	if (tokens.length === 1) return tokens[0]!.text;
	return text.slice(tokens[0]!.start, tokens.at(-1)!.end);
}

/** A candidate with every field listed, the optional ones too (see newCandidate). */
type EveryField = {[K in keyof Required<Candidate>]: Candidate[K]};

export function candidate(context: SentenceContext, tokens: Token[], kind: CandidateKind, name: string): Candidate {
	return newCandidate(kind, tokens[0]!.start, tokens.at(-1)!.end, context.sentence, name, nameWords(tokens));
}

/**
 * Every candidate is made here, with every optional field present from the start, in one order: stages set
 * them later in different orders, and each order was its own hidden class, so V8's optimised code for the
 * stages that read candidates kept meeting a new shape ("wrong map") and was thrown away. A new field of
 * Candidate goes in this literal.
 */
export function newCandidate(kind: CandidateKind, start: number, end: number, sentence: number, name: string, words: string[]): Candidate {
	const found: EveryField = {
		kind,
		start,
		end,
		sentence,
		name,
		words,
		descriptions: [],
		aliases: undefined,
		acronym: undefined,
		fallback: undefined,
		weak: undefined,
		known: undefined,
		key: undefined,
		list: undefined,
		surname: undefined,
	};
	return found;
}

/**
 * `{...found, name, words}`, built as candidate() builds one: V8 gives a spread copy a hidden class of
 * its own, and resolving met both kinds of object (wrong-map deopts in addPerson, addNamed, longerName).
 */
export function renamed(found: Candidate, name: string, words: string[]): Candidate {
	const copy: EveryField = {
		kind: found.kind,
		start: found.start,
		end: found.end,
		sentence: found.sentence,
		name,
		words,
		descriptions: found.descriptions,
		aliases: found.aliases,
		acronym: found.acronym,
		fallback: found.fallback,
		weak: found.weak,
		known: found.known,
		key: found.key,
		list: found.list,
		surname: found.surname,
	};
	return copy;
}

function nameWords(tokens: Token[]): string[] {
	const words = emptyList<string>();
	for (const token of tokens) if (isNameToken(token)) words.push(token.text);
	return words;
}

/**
 * A new, empty list that V8 already holds as an array of objects. A plain `[]` is an array of small integers
 * to V8 until something else is put in it, another hidden class: the lists that stay empty (a candidate without
 * name words, a name with no description) and those that do not would meet the same code, which V8 then throws
 * away ("wrong map").
 */
export function emptyList<T>(): T[] {
	const list: T[] = [undefined as T];
	// pop(), not `length = 0`: V8 inlines pop, while setting the length goes through the runtime.
	list.pop();
	return list;
}
