// Who said it: "…, the security services said", "Officials said …", "according to
// X", "…, said X". A figure takes the nearest attribution of its own sentence;
// a sentence without one is covered by the last "said" earlier in the same
// paragraph (wire stories attribute once and then report on). The source is
// kept as written ("the security services"), so the reader sees the story's words.
import type {Sentence} from '../model/types.js';
import {hintScanner, words, type Word} from './words.js';
import {asideSubject, bracketedAcronymAt} from './attribution-asides.js';
import {startsDigit, startsLower, startsUpper} from './initials.js';
import {neverFinalAbbreviations} from './abbreviations.js';

export type Attribution = {
	/** The source phrase as written. */
	source: string;
	start: number;
	end: number;
	/** Where the attributing words (verb or "according to") begin and end. */
	cueStart: number;
	cueEnd: number;
	/** ", X said." style: covers what comes before it in the sentence. */
	trailing: boolean;
	/** "X said …" style: covers what comes after it. */
	leading: boolean;
};

// "reports" and "claims" are left out: as nouns they start sentences ("Reports said …").
const speechVerbs = new Set([
	'said', 'says', 'told', 'tells', 'reported', 'stated', 'announced', 'confirmed', 'indicated', 'claimed',
	'estimated', 'added', 'tweeted', 'wrote', 'noted', 'explained', 'warned', 'revealed', 'insisted', 'stressed',
]);

// Speech verbs whose object is the listener ("…, X, told Reuters"), never the speaker.
const listenerVerbs = new Set(['told', 'tells']);

// Words that start a new clause when walking back from a verb to its subject.
const clauseWords = new Set(['but', 'while', 'although', 'though', 'however', 'because', 'that', 'when', 'after', 'before', 'since', 'whereas', 'and', 'as', 'where', 'so']);
const prepositions = new Set(['by', 'in', 'on', 'at', 'from', 'with', 'for', 'of', 'to', 'as', 'after', 'before', 'during', 'under', 'over']);
const auxiliaries = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);
const adverbs = new Set(['also', 'further', 'later', 'subsequently', 'previously', 'reportedly', 'then', 'has', 'have', 'had', 'already', 'earlier', 'publicly', 'officially', 'initially', 'separately', 'first', 'again', 'had', 'would', 'will', 'could', 'had']);
const pronouns = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'that', 'this', 'there', 'one', 'both', 'some']);
const stops = new Set([',', ';', ':', '—', '–', '(', ')', '"', '“', '”', '.', '?', '!', '[', ']']);

// Verbs whose subject states a toll when a toll noun follows: "put the number … at three", "raised the toll to 21".
const tollVerbs = new Set(['put', 'puts', 'estimate', 'estimates', 'raised', 'raises', 'revised', 'revises', 'updated', 'updates']);

const tollNouns = new Set(['toll', 'number', 'figure', 'tally', 'count']);

/** A toll noun among ws[from, to). */
function tollNounWithin(ws: Word[], from: number, to: number): boolean {
	for (let at = from; at < to && at < ws.length; at++) if (tollNouns.has(ws[at].lower)) return true;
	return false;
}

// Every word the loop below acts on: "according (to)", a toll verb or a speech verb.
const attributingWords = new Set(['according', ...tollVerbs, ...speechVerbs]);
// Any of them at all, as a pattern over the text: sentences without one are not tokenized.
const attributionHint = new RegExp(`\\b(?:${[...attributingWords].join('|')})\\b`, 'gi');

function isStop(word: Word | undefined): boolean {
	return word === undefined || stops.has(word.text);
}

/** The attributions written in one sentence, in text order. */
export function findAttributions(text: string, sentence: Sentence, wordsOf: () => Word[] = () => words(text, sentence.start, sentence.end), mayAttribute = hintScanner(text, attributionHint)): Attribution[] {
	if (!mayAttribute(sentence.start, sentence.end)) return [];
	return attributionsIn(text, wordsOf());
}

/** The attributions written in a sentence's words, in text order. */
function attributionsIn(text: string, ws: Word[]): Attribution[] {
	const found: Attribution[] = [];
	for (let index = 0; index < ws.length; index++) {
		const word = ws[index];
		// One look-up turns away the words that attribute nothing, nearly all of them.
		if (!attributingWords.has(word.lower)) continue;
		if (word.lower === 'according' && ws[index + 1]?.lower === 'to') {
			const source = phraseAfter(ws, index + 2, 16);
			if (source) {
				const atStart = index === 0 || (index === 1 && isStop(ws[0]));
				found.push({start: source.start, end: source.end, source: text.slice(source.start, source.end), cueStart: word.start, cueEnd: ws[index + 1].end, trailing: !atStart, leading: atStart});
			}

			continue;
		}

		// "Security sources put the number of soldiers killed at three": putting a toll is saying it.
		// So is revising one: "the ministry raised the toll to 21 dead".
		const putsToll = tollVerbs.has(word.lower) && tollNounWithin(ws, index + 1, index + 4);
		if (!speechVerbs.has(word.lower) && !putsToll) continue;
		// "claimed responsibility" owns an act; it states no figure. But "…, saying 50 people had been killed" after
		// it is the claimant speaking: its subject is the source, and the object after the verb never is.
		const ownsAct = claimsAct(ws, index);
		if (ownsAct && !sayingAfter(ws, index)) continue;
		// Passive "was reported" or "were reported hospitalised" is not somebody speaking.
		if (auxiliaries.has(ws[index - 1]?.lower ?? '')) continue;
		const previous = ws[index - 1];
		let verb = index;
		// "…, X, told Reuters": who was told stands for the source only when no speaker can be found before the verb.
		let told: {start: number; end: number} | null = null;
		// "The ministry, which …, put the toll at 64": a toll verb's source is its subject, never the words after it.
		if (ownsAct || (putsToll && !speechVerbs.has(word.lower))) {
			if (previous?.text === ',') verb = relativeClauseOpening(ws, index - 1);
		} else if (previous && (previous.text === ',' || previous.text === '”' || previous.text === '"')) {
			// '"…," said X.' — the source follows the verb; after "told" it is who was told, a last resort.
			const after = phraseAfter(ws, index + 1, 12);
			const source = after && /^[\p{Lu}]|^the\b/u.test(text.slice(after.start, after.end)) ? after : null;
			if (source && listenerVerbs.has(word.lower)) told = source;
			else if (source) {
				found.push({start: source.start, end: source.end, source: text.slice(source.start, source.end), cueStart: word.start, cueEnd: word.end, trailing: true, leading: false});
				continue;
			}

			// "A ministry spokesman, Nasrat Rahimi, said …": the source is the appositive before the comma.
			if (previous.text !== ',') continue;
			verb = index - 1;
		}

		// ", the coast guard said." closing a sentence is a source whatever its words.
		const closing = ws[index + 1] === undefined || ws[index + 1].text === '.' || timeWords.has(ws[index + 1].lower);
		// "The X Party (XP), the main opposition, said": the name that opens the sentence speaks, not its description.
		const named = asideSubject(ws, verb);
		const subject = named ?? subjectBefore(ws, bracketedAcronymAt(ws, verb) ?? verb, closing) ?? coordinatedSubject(ws, verb);
		if (!subject) {
			if (told) found.push({start: told.start, end: told.end, source: text.slice(told.start, told.end), cueStart: word.start, cueEnd: word.end, trailing: true, leading: false});
			continue;
		}

		const afterComma = subject.first > 0 && ws[subject.first - 1].text === ',';
		found.push({
			source: sourceText(text, ws, subject.first, subject.last),
			start: ws[subject.first].start,
			end: ws[subject.last - 1].end,
			cueStart: word.start,
			cueEnd: word.end,
			trailing: afterComma,
			leading: true,
		});
	}

	return found;
}

// Words that open a source phrase and are never a name's first word: "A local television station said".
const determiners = new Set(['the', 'a', 'an', 'some', 'several', 'many', 'other', 'local', 'two', 'three', 'senior', 'both', 'most', 'one', 'another', 'unnamed', 'regional', 'provincial', 'federal', 'state']);
const sentenceOpeners = new Set(['"', '“', '—', '–', '(']);

/**
 * The source ws[first, last) as the story writes it, but for the capital a sentence's first word carries:
 * "Hospital officials said" is "hospital officials", "A local television station" is "a local television station".
 * A name keeps its capital ("Reuters", "Health Ministry officials", "Red Cross officials"): only a determiner, or
 * a source's common noun before a word written small, loses it.
 */
function sourceText(text: string, ws: Word[], first: number, last: number): string {
	const phrase = text.slice(ws[first].start, ws[last - 1].end);
	const head = ws[first];
	if ((first > 0 && !sentenceOpeners.has(ws[first - 1].text)) || !startsUpper(head.text) || (head.text.length > 1 && head.text === head.text.toUpperCase())) return phrase;
	const next = ws[first + 1];
	// Alone, only a plural or "police" ("Police said", "Officials said"): "Emergency, an Italian aid group, said" names a body.
	const lowered = determiners.has(head.lower)
		|| (sourceNouns.has(head.lower) && (first + 1 >= last ? head.lower.endsWith('s') || head.lower === 'police' : startsLower(next.text)));
	return lowered ? head.lower + phrase.slice(head.text.length) : phrase;
}

/** The comma that opens ", which is based in …," or ", or SSPT," when `close` closes it; otherwise `close` itself. */
function relativeClauseOpening(ws: Word[], close: number): number {
	for (let at = close - 1; at > 0 && close - at <= 25; at--) {
		if (ws[at].text !== ',') continue;
		return relativeWords.has(ws[at + 1]?.lower ?? '') || ws[at + 1]?.lower === 'or' ? at : close;
	}

	return close;
}

/** Words from `from` up to the next stop or the verb of a new clause, as a span; null when empty or too long. */
function phraseAfter(ws: Word[], from: number, max: number): {start: number; end: number} | null {
	let last = from;
	while (last < ws.length && last - from <= max && (!isStop(ws[last]) || isTitlePeriod(ws, last)) && !(last > from && isVerbForm(ws[last].text)) && !relativeWords.has(ws[last].lower) && !startsDigit(ws[last].text)) last++;
	last = withoutTrailingTime(ws, from, last);
	if (last === from || last - from > max) return null;
	return {start: ws[from].start, end: ws[last - 1].end};
}

const relativeWords = new Set(['that', 'which', 'who']);

/** The period of a title before a name ("said Dr. Aimee Lokana", "said Gen. Paul Okello"): the name goes on. */
function isTitlePeriod(ws: Word[], at: number): boolean {
	const title = ws[at - 1];
	return ws[at].text === '.' && title !== undefined && title.end === ws[at].start && neverFinalAbbreviations.has(title.lower) && startsUpper(ws[at + 1]?.text ?? '');
}

/** A lowercase word ending in -ed or -ing ("killed", "saying"): a verb that starts a new clause. */
function isVerbForm(text: string): boolean {
	// The pattern is tried only on words with such an ending, which most words lack.
	return (text.endsWith('ed') || text.endsWith('ing')) && /^\p{Ll}+(?:ed|ing)$/u.test(text);
}

const weekdayNames = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight']);

/** "Police on Tuesday", "officials on Monday": the day is when they spoke, not who they are. */
function withoutTrailingTime(ws: Word[], first: number, last: number): number {
	if (last - first >= 2 && weekdayNames.has(ws[last - 1].lower) && ws[last - 2].lower === 'on') return last - 2;
	if (last - first >= 2 && weekdayNames.has(ws[last - 1].lower)) return last - 1;
	return last;
}

/** The noun phrase right before a speech verb ("the security services" in "…, the security services said"). */
function subjectBefore(ws: Word[], verb: number, closing: boolean): {first: number; last: number} | null {
	let last = verb;
	while (last > 0 && adverbs.has(ws[last - 1].lower)) last--;
	let first = last;
	while (first > 0 && last - first <= 10 && !isStop(ws[first - 1]) && !clauseWords.has(ws[first - 1].lower)) first--;
	// "and" inside a name ("Police and Crime Commissioner") is kept when it is flanked by capitals, and so is
	// a modifier's ("Indonesia's search and rescue agency Basarnas", "the search and rescue agency"): a small
	// word right after a possessive or an article before "and", and more than one word after it.
	if (first > 1 && ws[first - 1].lower === 'and' && ((startsUpper(ws[first - 2].text) && startsUpper(ws[first]?.text ?? '')) || modifierAnd(ws, first - 1, last))) {
		let before = first - 1;
		while (before > 0 && last - before <= 10 && !isStop(ws[before - 1]) && !clauseWords.has(ws[before - 1].lower)) before--;
		if (last - before <= 9) first = before;
	}

	last = withoutTrailingTime(ws, first, last);
	const length = last - first;
	if (length === 0 || length > 9) return null;
	const head = ws[first];
	if (prepositions.has(head.lower)) return null;
	if (pronouns.has(head.lower) && length === 1) return null;
	if (hasNonSourceWord(ws, first, last)) return null;
	// A lowercase phrase is a source only when it reads like one ("officials", "state media", "the police").
	const closingAside = closing && first > 0 && ws[first - 1].text === ',' && length <= 6;
	// "the Red Cross said": a capitalised name after "the" is a source like any name.
	const theName = head.lower === 'the' && length > 1 && startsUpper(ws[first + 1].text);
	if (!startsUpper(head.text) && !closingAside && !theName && !hasSourceNoun(ws, first, last)) return null;
	if (startsUpper(head.text) && length > 1 && allLowerAfter(ws, first + 1, last) && !hasSourceNoun(ws, first, last)) {
		// "The prisoners attacked their guards" is not a source: a capital only from sentence position.
		if (first === 0 || ws[first - 1].text === '"' || ws[first - 1].text === '“') return null;
	}

	return {first, last};
}

const possessiveEnd = /['’]s$/;

/** The "and" at `and` joins two words of one modifier: "<X's | the | a> search and rescue agency …". */
function modifierAnd(ws: Word[], and: number, last: number): boolean {
	const before = ws[and - 1];
	const opener = ws[and - 2];
	if (last - and < 3 || !startsLower(before.text) || !startsLower(ws[and + 1].text) || opener === undefined) return false;
	return possessiveEnd.test(opener.text) || opener.lower === 'the' || opener.lower === 'a' || opener.lower === 'an';
}

/** A number, an auxiliary or a speech verb among ws[first, last): the words are a clause, not a source. */
function hasNonSourceWord(ws: Word[], first: number, last: number): boolean {
	for (let at = first; at < last; at++) {
		const word = ws[at];
		if (startsDigit(word.text) || auxiliaries.has(word.lower) || speechVerbs.has(word.lower)) return true;
	}

	return false;
}

function hasSourceNoun(ws: Word[], first: number, last: number): boolean {
	for (let at = first; at < last; at++) if (sourceNouns.has(ws[at].lower)) return true;
	return false;
}

function allLowerAfter(ws: Word[], first: number, last: number): boolean {
	for (let at = first; at < last; at++) if (!startsLower(ws[at].text)) return false;
	return true;
}

/** "claimed responsibility", "claimed credit": owning an act, not stating a figure. */
function claimsAct(ws: Word[], verb: number): boolean {
	if (ws[verb].lower !== 'claimed' && ws[verb].lower !== 'claims') return false;
	const next = ws[verb + 1]?.lower ?? '';
	if (next === 'responsibility' || next === 'credit') return true;
	// "claimed the attack", "claimed Friday's bombing": the act itself as the object.
	for (let at = verb + 1; at < ws.length && at <= verb + 4; at++) {
		if (claimedActs.has(ws[at].lower)) return true;
		if (isStop(ws[at])) return false;
	}

	return false;
}

const claimedActs = new Set(['attack', 'attacks', 'bombing', 'bombings', 'blast', 'blasts', 'assault', 'ambush', 'raid', 'shooting', 'killing', 'killings', 'kidnapping', 'abduction', 'explosion', 'strike', 'strikes', 'massacre']);

/** ", saying …" or "and said …" later in the sentence: the claimant goes on to speak. */
function sayingAfter(ws: Word[], verb: number): boolean {
	for (let at = verb + 1; at < ws.length; at++) if (ws[at].lower === 'saying' && ws[at - 1].text === ',') return true;
	return false;
}

const nameJoints = new Set(['the', 'of', 'al', 'for', 'and']);

/**
 * "The Eastern Front group claimed the attack and said its fighters had killed 15": a "said" after "and"
 * shares the subject that opens the sentence (its name, up to the first comma or lowercase verb).
 */
function coordinatedSubject(ws: Word[], verb: number): {first: number; last: number} | null {
	let before = verb;
	while (before > 0 && adverbs.has(ws[before - 1].lower)) before--;
	if (ws[before - 1]?.lower !== 'and') return null;
	let first = 0;
	while (first < ws.length && (ws[first].text === '"' || ws[first].text === '“')) first++;
	let last = first;
	while (last < before - 1 && last - first < 8 && !isStop(ws[last]) && (startsUpper(ws[last].text) || nameJoints.has(ws[last].lower) || sourceNouns.has(ws[last].lower))) last++;
	// Joining words do not end a name ("The Front and" stops before "and").
	while (last > first && nameJoints.has(ws[last - 1].lower)) last--;
	if (last === first || last >= before - 1) return null;
	const phrase = ws.slice(first, last);
	if (pronouns.has(phrase[0].lower) || prepositions.has(phrase[0].lower)) return null;
	if (!phrase.some(word => startsUpper(word.text) && word !== phrase[0]) && !phrase.some(word => sourceNouns.has(word.lower))) return null;
	return {first, last};
}

const timeWords = new Set(['on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'late', 'early', 'last', 'this', 'in', 'at']);

// Nouns that make a lowercase phrase a plausible source.
const sourceNouns = new Set([
	'officials', 'official', 'police', 'authorities', 'spokesman', 'spokeswoman', 'spokesperson', 'media', 'services', 'service', 'ministry',
	'minister', 'government', 'army', 'military', 'witnesses', 'witness', 'residents', 'doctors', 'hospital', 'reports', 'report', 'sources',
	'agency', 'officers', 'investigators', 'prosecutors', 'television', 'radio', 'press', 'statement', 'governor', 'mayor', 'committee',
	'department', 'rescuers', 'paramedics', 'coroner', 'firefighters', 'emergency', 'council', 'news', 'organizers', 'organisers', 'experts',
	'analysts', 'troops', 'spokespeople', 'company', 'airline', 'operator', 'owner', 'chief', 'commander', 'commissioner', 'guard', 'sheriff',
	// Parties to a conflict speak for themselves: their counts are claims set against the officials'.
	'rebels', 'militants', 'insurgents', 'group', 'party', 'opposition', 'fighters', 'militia', 'movement', 'union', 'activists', 'relatives', 'families', 'survivors',
	// Bodies outside government that wire stories quote for tolls: "a rights group said", "the charity said", "medics said".
	'charity', 'organisation', 'organization', 'monitor', 'observatory', 'watchdog', 'medics', 'doctor',
	'lawyer', 'lawyers', 'campaigners', 'embassy', 'employer', 'agencies',
]);

const none: Attribution[] = [];

/**
 * Returns who said what is at `offset` in sentence `index`: its own attribution, or one carried from
 * earlier sentences of the paragraph. Sentences are read lazily and in order, so a caller that walks
 * the story once (as figures.ts does) never holds every sentence's words at the same time.
 */
export function makeAttributor(text: string, sentences: Sentence[], wordsOf?: (index: number) => Word[]): (index: number, offset: number) => string | null {
	const mayAttribute = hintScanner(text, attributionHint);
	// Per sentence, leading attributions by where their verb ends and trailing ones by where they start,
	// so the nearest of each is a binary search even in a sentence with many of them.
	const leading: Attribution[][] = [];
	const trailing: Attribution[][] = [];
	const first: Array<string | null> = [];
	// The attribution in force at the end of each sentence, carried through its paragraph.
	const carried: Array<string | null> = [];
	const readUpTo = (index: number) => {
		for (let at = carried.length; at <= index && at < sentences.length; at++) {
			const sentence = sentences[at];
			// Questions come in text order, so a sentence of an earlier paragraph can no longer be asked about
			// or carry a source forward: it is not read at all.
			const reachable = sentence.paragraph === sentences[index]?.paragraph;
			const own = reachable && mayAttribute(sentence.start, sentence.end) ? attributionsIn(text, wordsOf ? wordsOf(at) : words(text, sentence.start, sentence.end)) : none;
			leading.push(own.length === 0 ? none : own.length === 1 ? (own[0].leading ? own : none) : leadingByCueEnd(own));
			trailing.push(own.length === 0 ? none : own.length === 1 ? (own[0].trailing ? own : none) : trailingByStart(own));
			first.push(own.length > 0 ? own[0].source : null);
			const previous = at > 0 && sentences[at - 1].paragraph === sentences[at].paragraph ? carried[at - 1] : null;
			carried.push(own.length > 0 ? own[own.length - 1].source : previous);
		}
	};

	return (index, offset) => {
		readUpTo(index);
		if (first[index] !== null && first[index] !== undefined) {
			const before = lastLeadingAtOrBefore(leading[index], offset);
			const after = firstTrailingAfter(trailing[index], offset);
			const beforeDistance = before ? offset - before.cueEnd : Number.POSITIVE_INFINITY;
			const afterDistance = after ? after.start - offset : Number.POSITIVE_INFINITY;
			if (before || after) return beforeDistance <= afterDistance ? before!.source : after!.source;
			return first[index];
		}

		const sentence = sentences[index];
		return index > 0 && sentences[index - 1]?.paragraph === sentence?.paragraph ? carried[index - 1] : null;
	};
}

function leadingByCueEnd(own: Attribution[]): Attribution[] {
	const leading: Attribution[] = [];
	for (const attribution of own) if (attribution.leading) leading.push(attribution);
	return leading.sort(byCueEnd);
}

function trailingByStart(own: Attribution[]): Attribution[] {
	const trailing: Attribution[] = [];
	for (const attribution of own) if (attribution.trailing) trailing.push(attribution);
	return trailing.sort(byStart);
}

function byCueEnd(a: Attribution, b: Attribution): number {
	return a.cueEnd - b.cueEnd;
}

function byStart(a: Attribution, b: Attribution): number {
	return a.start - b.start;
}

// The two look-ups below are binary searches written out (see util/partition-point.ts), without a key and a
// predicate closure per question: they are asked once per figure.

/** The leading attribution whose cue ends last at or before `offset`, in a list sorted by cue end. */
function lastLeadingAtOrBefore(sorted: Attribution[], offset: number): Attribution | undefined {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (sorted[middle].cueEnd <= offset) low = middle + 1;
		else high = middle;
	}

	return low > 0 ? sorted[low - 1] : undefined;
}

/** The first trailing attribution that starts after `offset`, in a list sorted by start. */
function firstTrailingAfter(sorted: Attribution[], offset: number): Attribution | undefined {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (sorted[middle].start <= offset) low = middle + 1;
		else high = middle;
	}

	return sorted[low];
}
