import type {Entity, Sentence} from '../model/types.js';
import {emptyEvidence, sentenceCandidates, type Candidate, type Evidence} from './entities/candidates.js';
import {knownOrganizations, locations, nationalities} from './entities/lexicon.js';
import {commonWords} from './gazetteer/words.js';
import {resolve} from './entities/resolve.js';
import {scanEvidence, tokenize, tokenizeGathering, type Token} from './entities/tokens.js';
import {newCandidate} from './entities/context.js';
import {titleCase} from './dateline.js';

/**
 * People, organisations, places and nationalities the story names, one entity per real-world
 * thing, each with every mention. Linear in the text: tokenising passes, then Map look-ups.
 */
export function extractEntities(text: string, sentences: Sentence[], datelinePlaceName: string | null = null): Entity[] {
	// Evidence from the whole story comes before any judging. A story of ordinary length is tokenised once,
	// its tokens kept for the judging pass; a very long one is scanned twice, the first pass only gathering
	// evidence, since holding every token of a big story at once costs more in garbage collection.
	const evidence = emptyEvidence();
	const kept = text.length <= maxTextKeepingTokens ? tokenizeAll(text, sentences, evidence) : undefined;
	if (kept === undefined) for (const sentence of sentences) scanEvidence(text, sentence.start, sentence.end, evidence.lowercase, evidence.capitalisedInside);
	const candidates: Candidate[] = [];
	for (let index = 0; index < sentences.length; index++) {
		const sentence = sentences[index]!;
		const tokens = kept?.[index] ?? tokenize(text, sentence.start, sentence.end);
		if (isShouting(tokens)) shoutedCandidates(text, tokens, index, candidates);
		else if (index < 3) openingCandidates(text, tokens, index, evidence, datelinePlaceName, candidates);
		else addAll(candidates, sentenceCandidates({text, tokens, from: 0, sentence: index, evidence, firstComma: firstComma(tokens)}));
	}

	return resolve(text, candidates);
}

/** Every sentence's tokens, gathering the story's evidence on the way. */
function tokenizeAll(text: string, sentences: Sentence[], evidence: Evidence): Token[][] {
	// A loop of pushes, not sentences.map(): the list map() builds did not always have the same hidden class
	// (wrong-map deopts of extractEntities, where it is read).
	const all: Token[][] = [];
	for (const sentence of sentences) all.push(tokenizeGathering(text, sentence.start, sentence.end, evidence.lowercase, evidence.capitalisedInside));
	return all;
}

/** One of the first sentences, which may open with a dateline ("KARAJ, Iran (AP) —"). */
function openingCandidates(text: string, tokens: Token[], index: number, evidence: Evidence, datelinePlaceName: string | null, candidates: Candidate[]): void {
	const dateline = datelinePlace(text, tokens, index, datelinePlaceName);
	if (!dateline) {
		addAll(candidates, sentenceCandidates({text, tokens, from: 0, sentence: index, evidence, firstComma: firstComma(tokens)}));
		return;
	}

	candidates.push(dateline.candidate);
	opensAfterDash(tokens, dateline.lastToken);
	const found = sentenceCandidates({text, tokens, from: dateline.lastToken + 1, sentence: index, evidence, firstComma: firstComma(tokens)});
	// The wire's credit in the dateline ("(AP)") is the dateline's agency, not a body the story is about.
	const credit = agencyCredit(tokens, dateline.lastToken);
	for (const candidate of found) {
		if (!credit || candidate.start < credit.start || candidate.end > credit.end) candidates.push(candidate);
	}
}

/** Index of the sentence's first comma token, or -1. */
function firstComma(tokens: Token[]): number {
	for (let index = 0; index < tokens.length; index++) {
		if (tokens[index]!.text === ',') return index;
	}

	return -1;
}

/** `list.push(...more)` without spreading the items into arguments. */
function addAll(list: Candidate[], more: Candidate[]): void {
	for (const item of more) list.push(item);
}

/**
 * Texts up to this many characters are tokenised once (see extractEntities). Measured: once is about 12%
 * faster on 4 KB desk stories, twice about 25% faster on the parse bench's 1 MB story; a long news story
 * is some 20 KB.
 */
const maxTextKeepingTokens = 100_000;

const closers = new Set(['"', '”', '’', '\'', ')', ']']);

/** A headline in capitals or in Title Case: every word is capitalised, so capitals say nothing about names. */
function isShouting(tokens: Token[]): boolean {
	let words = 0;
	let shouted = 0;
	let capitalised = 0;
	for (const token of tokens) {
		if (token.kind === 'punct' || token.kind === 'number') continue;
		words++;
		if (token.kind === 'acronym' || token.kind === 'initial') shouted++;
		else if (token.kind === 'capital') capitalised++;
	}

	if (words >= 3 && shouted / words >= 0.6) return true;
	// Title Case is a headline's only when the line ends without a full stop: "Prime Minister Anna Varga met President Tomas Lind." is prose.
	if (words < 5 || (shouted + capitalised) / words < 0.85) return false;
	const last = lastBeforeClosers(tokens);
	return last !== undefined && !(last.kind === 'punct' && /[.!?]/.test(last.text));
}

/** The last token that is not a closing quotation mark or bracket. */
function lastBeforeClosers(tokens: Token[]): Token | undefined {
	for (let index = tokens.length - 1; index >= 0; index--) {
		const token = tokens[index]!;
		if (token.kind !== 'punct' || !closers.has(token.text)) return token;
	}

	return undefined;
}

/** In a shouted line only gazetteer places and peoples are trusted ("TAJIK", "DUSHANBE"). */
function shoutedCandidates(text: string, tokens: Token[], sentence: number, found: Candidate[]): void {
	for (let index = 0; index < tokens.length; index++) {
		for (let width = 3; width >= 1; width--) {
			const last = tokens[index + width - 1];
			if (!last || tokens.slice(index, index + width).some(token => token.kind === 'punct')) continue;
			const words = text.slice(tokens[index]!.start, last.end).toUpperCase();
			const known = shoutedName(words);
			if (!known) continue;
			found.push(namedCandidate(known.kind, tokens[index]!.start, last.end, sentence, known.name));
			index += width - 1;
			break;
		}
	}
}

/**
 * A gazetteer name found outside the judging of runs (a dateline, a shouted headline): made by the same
 * newCandidate as the judged ones, so that all share one hidden class.
 */
function namedCandidate(kind: 'location' | 'nationality' | 'organization', start: number, end: number, sentence: number, name: string): Candidate {
	return newCandidate(kind, start, end, sentence, name, [name]);
}

/** A place, people or well-known body named in capitals; "WHO" or "AID" in a headline is the word, not the body. */
function shoutedName(words: string): {kind: 'location' | 'nationality' | 'organization'; name: string} | undefined {
	const place = locations.upper.get(words);
	if (place) return {kind: 'location', name: place};
	const people = nationalities.upper.get(words);
	if (people) return {kind: 'nationality', name: people};
	const body = knownOrganizations.upper.get(words);
	if (body && !commonWords.has(words.toLowerCase())) return {kind: 'organization', name: body};
	return undefined;
}

/** "MANILA, Philippines — The Philippine Coast Guard …": the word after the dateline's dash opens the story's sentence. */
function opensAfterDash(tokens: Token[], placeEnd: number): void {
	for (let at = placeEnd + 1; at <= placeEnd + 10 && at + 1 < tokens.length; at++) {
		if (!/^[—–-]$/.test(tokens[at]!.text)) continue;
		tokens[at + 1]!.initial = true;
		return;
	}
}

/** The "(AP)" between a dateline's place (and region) and its dash. */
function agencyCredit(tokens: Token[], placeEnd: number): {start: number; end: number} | undefined {
	// Past ", Region" and ", March 3" to the bracket, if there is one within a few words.
	let at = placeEnd + 1;
	while (at <= placeEnd + 8 && tokens[at] && tokens[at]!.text !== '(' && !/^[—–-]$/.test(tokens[at]!.text)) at++;
	if (tokens[at]?.text !== '(') return undefined;
	const close = tokens.findIndex((token, index) => index > at && token.text === ')');
	if (close === -1 || close - at > 6 || !/^[—–-]$/.test(tokens[close + 1]?.text ?? '')) return undefined;
	return {start: tokens[at]!.start, end: tokens[close]!.end};
}

/**
 * "KARAJ, Iran —": a capitals place at the start of an opening sentence, followed by a comma, bracket or dash.
 * A short unknown one ("LAE, Papua New Guinea —") reads like an acronym, so it counts only when the
 * preamble reader found the whole dateline shape around it (`confirmedPlace`).
 */
function datelinePlace(text: string, tokens: Token[], sentence: number, confirmedPlace: string | null): {candidate: Candidate; lastToken: number} | undefined {
	let last = -1;
	while (tokens[last + 1]?.kind === 'acronym') last++;
	if (last === -1) return undefined;
	const after = tokens[last + 1]?.text;
	if (after !== ',' && after !== '(' && after !== '—' && after !== '–' && after !== '-') return undefined;
	const written = text.slice(tokens[0]!.start, tokens[last]!.end);
	const known = locations.upper.get(written.toUpperCase());
	if (!known && tokens[0]!.text.replaceAll('.', '').length <= 3 && titleCase(written) !== confirmedPlace) return undefined;
	const name = known ?? titleCase(written);
	return {candidate: namedCandidate('location', tokens[0]!.start, tokens[last]!.end, sentence, name), lastToken: last};
}
