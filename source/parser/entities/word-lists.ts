// Which of the extractor's word lists hold a token's text. Judging one run asks a dozen lists (titles, stop words,
// bodies' heads, first names …) about the same few words, a Set look-up each; the answers for a word are worked
// out once, kept as the bits of one number (one Map look-up per distinct word), and kept on the token.
import {commonWords, firstNames, foreignBodyWords, foreignJoiners, honorifics, nameParticles, nonEntities, organizationHeads, speechVerbs, titleHeads, titleWords} from '../gazetteer/words.js';
import {placeHeads} from '../gazetteer/places.js';
import {knownNamePrefixStarts, knownNames} from './lexicon.js';
import type {Token} from './tokens.js';

export const quotes = new Set(['"', '“', '”', '\'', '‘', '’']);

/**
 * The words after which a run can go on across a small word (see joinAcross in runs.ts), but for a known body's
 * name going on across its lower-case words ('on' only for a body named for its subject: "Commission on Human Rights").
 */
const joiningWords = new Set(['of', 'for', 'in', 'on', 'and', '&', ...nameParticles, ...foreignJoiners, ...quotes]);

// Capitalised words that begin sentences and never names: "The", "His".
export const functionWords = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Its', 'His', 'Her', 'Their', 'Our']);

/** One bit per list, for inList(). */
export const List = {
	firstName: 1 << 0,
	titleWord: 1 << 1,
	titleHead: 1 << 2,
	honorific: 1 << 3,
	nonEntity: 1 << 4,
	organizationHead: 1 << 5,
	placeHead: 1 << 6,
	functionWord: 1 << 7,
	/** A first name, or any gazetteer's surface form (a place, a people, a body). */
	knownName: 1 << 8,
	foreignBodyWord: 1 << 9,
	nameParticle: 1 << 10,
	speechVerb: 1 << 11,
	/** The word written small is a common word ("Trials" for "trials"). */
	commonWhenLowered: 1 << 12,
	joiningWord: 1 << 13,
	/** The first word of a known body's name that goes on in lower case ("Organization" of "… for Security …"). */
	knownNamePrefixStart: 1 << 14,
} as const;

const lists: ReadonlyArray<readonly [number, {has(word: string): boolean}]> = [
	[List.firstName, firstNames],
	[List.titleWord, titleWords],
	[List.titleHead, titleHeads],
	[List.honorific, honorifics],
	[List.nonEntity, nonEntities],
	[List.organizationHead, organizationHeads],
	[List.placeHead, placeHeads],
	[List.functionWord, functionWords],
	[List.knownName, {has: word => firstNames.has(word) || knownNames.has(word)}],
	[List.foreignBodyWord, foreignBodyWords],
	[List.nameParticle, nameParticles],
	[List.speechVerb, speechVerbs],
	[List.commonWhenLowered, {has: word => commonWords.has(word.toLowerCase())}],
	[List.joiningWord, joiningWords],
	[List.knownNamePrefixStart, knownNamePrefixStarts],
];

const rankPrefixes = new Set(['Sub', 'Vice', 'Deputy', 'Assistant', 'Co', 'Under', 'Acting', 'Chief', 'Senior', 'Lieutenant', 'Sub-Lieutenant']);

// Words met so far and their lists. A story's vocabulary is small and repeats across stories; the cap only keeps
// a huge folder of unusual words from growing it without end.
const listsByWord = new Map<string, number>();
const maxRemembered = 100_000;

/** The bits of every list that holds `word`. */
export function listsOf(word: string): number {
	let bits = listsByWord.get(word);
	if (bits === undefined) {
		bits = 0;
		for (const [bit, list] of lists) if (list.has(word)) bits |= bit;
		// "Sub-Commissioner", "Vice-Governor": a rank's prefix glued to a title's head is a title.
		const dash = word.indexOf('-');
		if (dash > 1 && rankPrefixes.has(word.slice(0, dash)) && titleHeads.has(word.slice(dash + 1))) bits |= List.titleWord | List.titleHead;
		if (listsByWord.size >= maxRemembered) listsByWord.clear();
		listsByWord.set(word, bits);
	}

	return bits;
}

/** Whether any of the lists in `bits` holds the token's text (false without a token). */
export function inList(token: Token | undefined, bits: number): boolean {
	if (token === undefined) return false;
	let known = token.lists;
	if (known < 0) {
		known = listsOf(token.text);
		token.lists = known;
	}

	return (known & bits) !== 0;
}
