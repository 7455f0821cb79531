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
// Three cues end in words a story rarely has; their tails are written apart so that a story without
// the tail skips the cue's slow scan (no match is possible without it).
const speakerTail = String.raw`\s+of\s+(?:the\s+|The\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}\s+(?:${verbs})\b`;
const noCommentTail = String.raw`\s+(?:(?:was|is|could|has)\s+not\s+(?:available|be\s+reached|been\s+reached|commented)|(?:declined|refused)\s+to\s+comment|did\s+not\s+(?:respond|reply|comment))\b`;
const kinTail = String.raw`'s\s+(?:${kin}|death|funeral|body)\b`;
type Cue = {pattern: RegExp; tail?: RegExp};
const cue = (pattern: string, tail?: string): Cue => ({pattern: new RegExp(pattern, 'gu'), tail: tail === undefined ? undefined : new RegExp(tail, 'u')});
const cues: Cue[] = [
	// "Ola Vale said", "Vale, 52, said", "… and Ola Vale, 52.", "Vale, who …", "Vale (52)".
	cue(String.raw`${run}(?:,\s+\d{1,3}(?:,|;|\.(?!\d)|\s+(?:and|was|were|is|had|has)\b)|\s+\(\d{1,3}\)|,\s+who\b|,?\s+(?:${verbs})\b)`),
	// "Mr. Vale", "a 52-year-old Vale", "named Ola Vale", "identified as Ola Vale", "said Ola Vale".
	cue(String.raw`(?:\b(?:${honorific})\s+|year-old\s+|\bnamed\s+|\bidentified\s+as\s+|\b(?:${verbs})\s+)${run}`),
	// "Ola Vale of The Herald told …": a speaker named with the body they speak for.
	cue(run + speakerTail, speakerTail),
	// "Ola Vale was not available for comment", "Vale declined to comment": what only people do.
	cue(run + noCommentTail, noCommentTail),
	// "the government of Ola Vale", "the wife of Ola Vale", "Vale's wife".
	cue(String.raw`\b(?:government|administration|regime|${kin})\s+of\s+${run}`),
	cue(run + kinTail, kinTail),
];

// One story is resolved at a time: its cued words are gathered once, in one pass per cue.
let cachedText: string | undefined;
let cachedWords = new Set<string>();

function cuedWords(text: string): Set<string> {
	if (text === cachedText) return cachedWords;
	const words = new Set<string>();
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
