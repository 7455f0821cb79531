// Whether the story treats a name as a person's. A capitalised run with no known first name and no
// title ("Harbour Summit Tours", "Upper Fenland") looks like a name, but so do companies, places and
// products; it is kept as a person only when something in the story says so.
import {honorifics, speechVerbs} from '../gazetteer/words.js';
import type {Candidate} from './context.js';

const escape = (word: string) => word.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&');
const honorific = [...honorifics].map(escape).join('|');
const verbs = [...speechVerbs].join('|');
const kin = 'wife|husband|son|daughter|widow|family|brother|sister|father|mother|lawyer|aide';
// A run of up to four capitalised words; its last word is the one the cue vouches for. The lookahead
// changes no match (every \p{Lu} is A-Z or at U+00C0 and above) but lets the engine reject the many
// positions at a small letter with one range test instead of a Unicode table lookup: twice as fast.
const run = String.raw`(?=[A-Z\u00C0-\u{10FFFF}])((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)`;
// The tail of "Vale's wife" is written apart so that a story without it skips the cue's slow scan (no match
// is possible without it).
const speakerTail = String.raw`\s+of\s+(?:the\s+|The\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}\s+(?:${verbs})\b`;
const noCommentTail = String.raw`\s+(?:(?:was|is|could|has)\s+not\s+(?:available|be\s+reached|been\s+reached|commented)|(?:declined|refused)\s+to\s+comment|did\s+not\s+(?:respond|reply|comment))\b`;
const nicknameTail = String.raw`,\s+(?:known\s+as|alias|nicknamed|dubbed)\s+["“]`;
const kinTail = String.raw`'s\s+(?:${kin}|death|funeral|body)\b`;
type Cue = {pattern: RegExp; tail?: RegExp};
const cue = (pattern: string, tail?: string): Cue => ({pattern: new RegExp(pattern, 'gu'), tail: tail === undefined ? undefined : new RegExp(tail, 'u')});

// "Ola Vale said", "Vale, 52, said", "… and Ola Vale, 52.", "Vale, who …", "Vale (52)": what follows a name.
const afterName = String.raw`(?:,\s+\d{1,3}(?:,|;|\.(?!\d)|\s+(?:and|was|were|is|had|has)\b)|\s+\(\d{1,3}\)|,\s+who\b|,?\s+(?:${verbs})\b)`;

/** A cue written after the name it vouches for: the cue alone, and the cue with the run before it (its definition). */
export type CueAfterName = {cue: RegExp; withName: RegExp};
const cueAfterName = (after: string): CueAfterName => ({cue: new RegExp(after, 'gu'), withName: new RegExp(run + after, 'gu')});
export const cuesAfterName: readonly CueAfterName[] = [
	cueAfterName(afterName),
	// "Ola Vale of The Herald told …": a speaker named with the body they speak for.
	cueAfterName(speakerTail),
	// "Ola Vale was not available for comment", "Vale declined to comment": what only people do.
	cueAfterName(noCommentTail),
	// "Ola Vale, known as "the Fox"", "Vale, alias "El Gato"": a nickname in quotation marks is a person's.
	cueAfterName(nicknameTail),
];

/**
 * The last words of the runs of `withName`, found from the cues back. That regex tries a run at every capital
 * of the story (a third of its parse time in name-dense copy); the cue (a comma or a space, then an age, "who",
 * a speech verb, "of" or "was not") is rarer and cheap to find. Exact, because a cue can follow only the last
 * word of a run: a run's words are joined by spaces and begin with a capital, and no cue goes on that way. So
 * the regex's match that ends at a cue is the one whose last word is the stretch of letters, apostrophes and
 * hyphens before the cue, from its first capital on (the run may begin inside a word: "al-Sudani said" gives
 * "Sudani"), and not before the end of the previous match, where the regex resumes. No cue holds another's
 * start (a letter, then the cue) but at its own end, so scanning for the cue alone misses none.
 */
export function namesBeforeCue(text: string, {cue: pattern}: CueAfterName): string[] {
	const names: string[] = [];
	let resume = 0;
	pattern.lastIndex = 0;
	for (let cue = pattern.exec(text); cue !== null; cue = pattern.exec(text)) {
		const end = cue.index;
		const start = firstCapital(text, Math.max(wordStart(text, end), resume), end);
		if (start === -1) continue;
		names.push(text.slice(start, end));
		resume = end + cue[0].length;
	}

	return names;
}

const wordCharacter = /[\p{L}'’-]/uy;
const capitalLetter = /\p{Lu}/uy;

/** Where the stretch of `[\p{L}'’-]` characters that ends at `end` begins (`end` when there is none). */
function wordStart(text: string, end: number): number {
	let at = end;
	while (at > 0) {
		const code = text.charCodeAt(at - 1);
		if (code < 128) {
			if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39 || code === 45)) break;
			at--;
			continue;
		}

		// A letter outside the BMP is two code units: test the whole code point.
		const from = isLowSurrogate(code) && at >= 2 && isHighSurrogate(text.charCodeAt(at - 2)) ? at - 2 : at - 1;
		wordCharacter.lastIndex = from;
		if (!wordCharacter.test(text)) break;
		at = from;
	}

	return at;
}

const isHighSurrogate = (code: number) => code >= 0xD800 && code <= 0xDBFF;
const isLowSurrogate = (code: number) => code >= 0xDC00 && code <= 0xDFFF;

/** The first code point in [from, end) that is a capital letter, or -1. */
function firstCapital(text: string, from: number, end: number): number {
	for (let at = from; at < end; at++) {
		const code = text.charCodeAt(at);
		if (code < 128) {
			if (code >= 65 && code <= 90) return at;
			continue;
		}

		capitalLetter.lastIndex = at;
		if (capitalLetter.test(text)) return at;
		// Past the second half of a letter outside the BMP.
		if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(at + 1))) at++;
	}

	return -1;
}

const cues: Cue[] = [
	// "Mr. Vale", "a 52-year-old Vale", "named Ola Vale", "identified as Ola Vale", "said Ola Vale".
	cue(String.raw`(?:\b(?:${honorific})\s+|year-old\s+|\bnamed\s+|\bidentified\s+as\s+|\b(?:${verbs})\s+)${run}`),
	// "the government of Ola Vale", "the wife of Ola Vale", "Vale's wife".
	// "the death of Ola Vale", "the killing of …": what happens only to people.
	cue(String.raw`\b(?:government|administration|regime|death|killing|murder|assassination|funeral|${kin})\s+of\s+${run}`),
	cue(run + kinTail, kinTail),
];

// One story is resolved at a time: its cued words are gathered once, in one pass per cue.
let cachedText: string | undefined;
let cachedWords = new Set<string>();

function cuedWords(text: string): Set<string> {
	if (text === cachedText) return cachedWords;
	const words = new Set<string>();
	for (const cue of cuesAfterName) for (const name of namesBeforeCue(text, cue)) words.add(name);
	for (const {pattern, tail} of cues) {
		if (tail && !tail.test(text)) continue;
		// exec in a loop, not matchAll: matchAll copies the regex for each story and iterates slower.
		pattern.lastIndex = 0;
		for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) words.add(lastWord(match[1]!));
	}

	cachedText = text;
	cachedWords = words;
	return words;
}

/** The last of a run's words (which hold no spaces): what follows its last space. */
function lastWord(run: string): string {
	let at = run.length;
	while (at > 0 && !isSpace(run, at - 1)) at--;
	return at === 0 ? run : run.slice(at);
}

function isSpace(text: string, at: number): boolean {
	const code = text.charCodeAt(at);
	return code < 128 ? code === 32 || (code >= 9 && code <= 13) : /\s/.test(text[at]!);
}

type Known = {surnames: Set<string>; cuedSingles: Set<string>; peopleLists: Set<number>};

// Built once per candidate list, so that judging every unknown name stays linear in the story.
let cachedCandidates: readonly Candidate[] | undefined;
let cachedKnown: Known = {surnames: new Set(), cuedSingles: new Set(), peopleLists: new Set()};

function knownPeople(candidates: readonly Candidate[]): Known {
	if (candidates === cachedCandidates) return cachedKnown;
	const known: Known = {surnames: new Set(), cuedSingles: new Set(), peopleLists: new Set()};
	for (const other of candidates) {
		if (other.kind === 'person' && !other.weak) {
			for (const word of other.words) known.surnames.add(word);
			if (other.list !== undefined) known.peopleLists.add(other.list);
		}

		if (other.words.length === 1 && other.fallback === 'person') known.cuedSingles.add(other.words[0]!);
	}

	cachedCandidates = candidates;
	cachedKnown = known;
	return known;
}

export function hasPersonEvidence(text: string, found: Candidate, candidates: readonly Candidate[]): boolean {
	// An appositive or role written with it ("a guide", "police spokesman") that did not make it a place or body.
	if (found.descriptions.length > 0) return true;
	const surname = found.words.at(-1);
	if (!surname) return false;
	const known = knownPeople(candidates);
	// Another mention whose last word a title or a first name already made a person's, or a lone
	// last word that a cue made a person's ("Vale said", "named Vale").
	if (known.surnames.has(surname) || known.cuedSingles.has(surname)) return true;
	// A list whose other members are people ("identified as Ola Vale, Kari Dahl and …").
	if (found.list !== undefined && known.peopleLists.has(found.list)) return true;
	return cuedWords(text).has(surname);
}
