// Casualty and escape figures: a number (or "one" as a verb's object), what it
// counts ("guards"), what happened to them (killed, wounded, escaped …), who said
// so, whether it is about the story's own incident, and which total it breaks
// down. Everything is read clause by clause from general cues; see figure-cues.ts.
import type {Entity, Figure, FigureKind, Qualifier, Sentence} from '../model/types.js';
import {words, hintScanner, isHardBoundary, type Word} from './words.js';
import {readNumber, numberWordValue, ordinals, type NumberMention} from './numbers.js';
import {
	fillerWords,
	genericSubjects,
	kindNouns,
	kindOf,
	nonPersonNouns,
	objectVerbKind,
	objectVerbs,
	pastEventPattern,
	dayBeforePattern,
	personNouns,
	qualifierPhrases,
	presentObjectVerbKinds,
	perpetrators,
} from './figure-cues.js';
import {makeAttributor} from './attribution.js';
import {linkParts, linkRemainders, type Draft} from './figure-links.js';
import {findImplicitFigures, indexPeople, isSingularPerson, onePersonCueWords, surnameKey} from './implicit-figures.js';
import {coordinatedSingles} from './coordinated-singles.js';
import {fleeingKind, freedFromCustody} from './flight-kinds.js';
import {appositiveEndAt, listGoesOnAt} from './count-lists.js';
import {isOneOfTheGroup} from './clause-one.js';
import {cuesBeforeIncident, leadReachDays} from './incident-reach.js';
import {isSpeculativeCount} from './speculative-counts.js';
import {idiomKind} from './idiom-kinds.js';
import {acrossTheBorder, dateOfAnotherDay, leadDatesByWeekday, otherEventPattern} from './other-event-cues.js';
import {injuryAt} from './injury-cues.js';
import {recordHas, recordReader} from './word-records.js';
import {patternCues, type Span} from './past-cue-matches.js';
import {partitionPoint} from '../util/partition-point.js';
import {isFirstStatement, linkEarlierStatements, linkLatestRevisions, revisionBefore} from './toll-revisions.js';
import {startsDigit, startsLower, startsUpper} from './initials.js';
import {nameInCommasBefore} from './name-asides.js';
import {lowerAt} from './word-at.js';
import {headlineSentence, linkHeadlineRestatements} from './headline-figures.js';

const months = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const weekdays = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
// Words before a digit that make it a label, not a count ("flight 1344", "Route 2", "per 100,000").
const labelWords = new Set(['per', 'aged', 'age', 'ages', 'magnitude', 'flight', 'route', 'number', 'no', 'interstate', 'highway', 'room', 'page', 'chapter', 'level', 'category', 'version', 'model', 'platform', 'gate', 'terminal', 'line', 'bus', 'apartment', 'article', 'section', 'episode', 'season', 'score', 'scored', 'by', 'ward', 'floor', 'house', 'unit', 'seat', 'row', 'exit', 'junction', 'mile', 'km', 'kilometre', 'kilometer', 'block', 'lot', 'pier', 'dock', 'berth', 'sector', 'zone', 'phase', 'stage', 'round', 'race', 'lap', 'top', 'class', 'grade', 'year', 'tier']);
const currency = new Set(['$', '£', '€', '¥', '₹', '#', 'us$', 'usd', 'eur', 'gbp', 'rs']);
// Tokens that end a counted noun phrase.
const phraseStops = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'have', 'has', 'had', 'in', 'on', 'at', 'from', 'by', 'with', 'for', 'to', 'and', 'or', 'but', 'who', 'which', 'that', 'as', 'into', 'after', 'before', 'during', 'while', 'when', 'of', 'than', 'were', 'will', 'would', 'could', 'may', 'might', 'remain', 'remained', 'remains', 'since', 'including', 'among', 'near', 'under', 'over', 'aboard', 'said', 'there', 'this', 'these', 'those', 'its']);
// Predicate scan stops: a new clause is about something else.
const clauseStops = new Set(['but', 'while', 'although', 'though', 'whereas', 'because', 'if', 'unless', 'whether', 'so']);
const breakdownWords = new Set(['including', 'among', 'mostly', 'mainly', 'many', 'most', 'of']);
const adjectiveKinds = new Set(['wounded', 'injured', 'dead', 'missing', 'deceased', 'escaped', 'detained', 'displaced', 'evacuated', 'rescued', 'kidnapped', 'abducted']);
const notEscapeAfter = new Set(['alive', 'injury', 'injuries', 'unhurt', 'unharmed', 'unscathed', 'death', 'serious', 'with', 'uninjured']);
const notEscapeBefore = new Set(['narrowly', 'barely', 'luckily', 'miraculously', 'just']);
const searchVerbs = new Set(['searching', 'search', 'looking', 'hunting', 'seeking']);
// Who holds people captive: the attackers' nouns (not suspects or fugitives) and the bands that kidnap.
const captorNouns = new Set([...perpetrators, 'pirates', 'bandits', 'rebels', 'jihadists', 'militiamen', 'militia', 'gang', 'gangs']);
for (const noun of ['suspects', 'suspect', 'fugitive', 'fugitives']) captorNouns.delete(noun);
const termVerbs = new Set(['received', 'receive', 'given', 'handed', 'got']);
const prisonTerms = new Set(['jail', 'prison', 'life']);
const termNouns = new Set(['terms', 'term', 'sentences', 'sentence']);
const searchNouns = new Set(['search', 'hunt', 'searches']);
const goesOnVerbs = new Set(['continued', 'continues', 'continuing', 'resumed', 'resumes', 'resuming']);
const hospitalVerbs = new Set(['taken', 'rushed', 'admitted', 'airlifted', 'transported', 'flown', 'treated', 'remain', 'remained', 'remains', 'were', 'are', 'in', 'to']);

// A sentence without a digit, a number word, a death verb or an arrest or injury verb holds no figure: skip it without tokenizing.
const figureHint = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?|scores|tens|died|dies|killed|killing|dead|death|body|arrested|detained|detention|injured|wounded|wounding|injuring|hurt|shot|stabbed|hospitali[sz]ed|suffered|sustained)\b/gi;

const incrementBefore = new Set(['another', 'further', 'additional']);
const incrementAfter = new Set(['more', 'other', 'others', 'further', 'additional']);
const casualtyHeads = new Set(['dead', 'deaths', 'fatalities', 'bodies', 'injured', 'wounded', 'injuries', 'missing', 'deceased']);
const passiveMarkers = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'and']);
const speculative = new Set(['could', 'may', 'might', 'expected', 'feared', 'likely', 'would', 'will']);

// Qualifier phrases by their last word, longest first: a number looks up only the phrases that can end right before it.
const qualifiersByLastWord = new Map<string, Array<[string[], Qualifier]>>();
for (const entry of [...qualifierPhrases].sort((a, b) => b[0].length - a[0].length)) {
	const last = entry[0][entry[0].length - 1];
	qualifiersByLastWord.set(last, [...(qualifiersByLastWord.get(last) ?? []), entry]);
}

/** Finds every casualty, escape and other count in the story, in text order, ids f1, f2, …. */
export function extractFigures(text: string, sentences: Sentence[], entities: Entity[]): Figure[] {
	// Words are read once per sentence, only for sentences that could hold a figure or a source. The current
	// paragraph's are kept, since a figure's source may be said earlier in its paragraph, and dropped when the walk
	// moves on to the next (keeping every sentence's words alive made garbage collection the main cost).
	let paragraph = -1;
	const paragraphWords = new Map<number, Word[]>();
	const wordsOf = (index: number) => {
		if (sentences[index].paragraph !== paragraph) {
			paragraphWords.clear();
			paragraph = sentences[index].paragraph;
		}

		let ws = paragraphWords.get(index);
		if (ws === undefined) {
			ws = words(text, sentences[index].start, sentences[index].end);
			paragraphWords.set(index, ws);
		}

		return ws;
	};

	const attributor = makeAttributor(text, sentences, wordsOf);
	const people = indexPeople(entities);
	const mayHoldFigure = hintScanner(text, figureHint);
	const story = storyCues(text);
	const pastCues = pastCueFinder(text);
	const drafts: Draft[] = [];
	// Figures of a sentence dated the day before the story's (see settleDayBefore).
	const dayBefore = new Set<Draft>();
	let leadReach: number | undefined;
	// The lead dates its incident by a weekday (true) or by a date (false): then a later sentence's date is another day (see dateOfAnotherDay).
	let leadByWeekday: boolean | undefined;
	// The last sentence with a count since a past start ("since the coup"), and its largest such count.
	let cumulative: {sentence: number; count: number} | null = null;
	for (let index = 0; index < sentences.length; index++) {
		const sentence = sentences[index];
		if (!mayHoldFigure(sentence.start, sentence.end)) continue;
		// Sources are read only when a figure asks for one: a paragraph without a figure never pays for its
		// attributions (the attributor reads its questions' paragraphs only, see makeAttributor).
		const ws = wordsOf(index);
		const found = figuresInSentence(ws, index, true, story);
		// Only sentences that hold a figure pay for the past-event check.
		let implicitCue = false;
		for (const word of ws) {
			if (implicitCueWords.has(word.lower)) {
				implicitCue = true;
				break;
			}
		}

		// The first sentence with a figure is the lead: how far back it dates the incident bounds what "last week" excludes.
		if (leadReach === undefined && found.length > 0) leadReach = leadReachDays(ws);
		// The first sentence with a figure and a day decides how the story dates its incident (a headline has neither).
		let lead = false;
		if (leadByWeekday === undefined && found.length > 0) {
			leadByWeekday = leadDatesByWeekday(ws);
			lead = leadByWeekday !== undefined;
		}

		const cues = found.length === 0 && !implicitCue ? none : cuesBeforeIncident(text, sinceThenAfterPast(text, sentences, index, pastCues(sentence.start, sentence.end, ws)), leadReach ?? 0);
		const elsewhere = cues === none ? null : acrossTheBorder(ws);
		if (elsewhere) cues.push(elsewhere);
		const anotherDay = cues === none || lead || !leadByWeekday ? null : dateOfAnotherDay(ws);
		if (anotherDay) cues.push(anotherDay);
		const dayEarlier = found.length > 0 && dayBeforePattern.test(text.slice(sentence.start, sentence.end));
		// "7,000 have been killed since the coup. The UN says 3.5 million people have been displaced.": the tally goes on.
		const goesOn = cumulative !== null && cumulative.sentence === index - 1 && sentences[cumulative.sentence].paragraph === sentence.paragraph && !hasIncidentTime(ws) ? cumulative.count : undefined;
		let sinceCounted: number | undefined;
		for (const figure of found) {
			// A past cue inside a relative clause before the main verb ("kidnapped five months ago have been freed") dates the
			// relative clause. But hostages are who they are by when they were taken: "Twelve aid workers abducted last year
			// are still held" are captives of another abduction.
			const ownCues = figure.mainVerbAt === undefined || figure.kind === 'hostages' ? cues : cuesOutsideRelativeClause(cues, figure.end, figure.mainVerbAt);
			figure.mainEvent = !figure.population && !coveredByPastCue(ws, ownCues, figure.start, figure.end);
			if (!figure.mainEvent && cues.length > 0 && hasSinceCue(ws, cues)) sinceCounted = Math.max(sinceCounted ?? 0, figure.count);
			else if (figure.mainEvent && goesOn !== undefined && figure.count >= goesOn && perfectClause(ws, figure.start, figure.end)) figure.mainEvent = false;
			figure.attribution = attributor(index, figure.start);
			if (dayEarlier && figure.mainEvent) dayBefore.add(figure);
			drafts.push(figure);
		}

		if (sinceCounted !== undefined) cumulative = {sentence: index, count: sinceCounted};
		// Only sentences with a death, arrest or injury word can hold a one-person figure.
		const implicitKinds = !implicitCue ? undefined : found.length === 0 ? allImplicitKinds : kindsNotFound(found);
		if (implicitKinds && implicitKinds.size > 0) {
			for (const figure of findImplicitFigures(text, ws, index, true, people, implicitKinds)) {
				figure.mainEvent = !coveredByPastCue(ws, cues, figure.start, figure.end);
				figure.attribution = attributor(index, figure.start);
				drafts.push(figure);
			}
		}
	}

	drafts.sort(byStart);
	if (dayBefore.size > 0) settleDayBefore(drafts, dayBefore);
	dropWoundedWhoDied(drafts);
	for (let index = 0; index < drafts.length; index++) drafts[index].id = `f${index + 1}`;
	linkLatestRevisions(drafts);
	linkParts(drafts);
	// After the part linking, so a headline told again in the body never uses up a total's room.
	const headline = drafts.length > 0 && drafts[0].sentence <= 2 ? headlineSentence(text, sentences) : -1;
	if (headline !== -1) linkHeadlineRestatements(drafts, headline);
	linkRemainders(drafts);
	linkEarlierStatements(drafts);
	const figures: Figure[] = [];
	for (const draft of drafts) figures.push(withoutNotes(draft));
	return figures;
}

// The helpers below keep closures out of extractFigures: V8's optimising compiler inlines each callback into it.

/** A figure dated the day before is another event when the story's own event has a count of its kind (dayBeforePattern). */
function settleDayBefore(drafts: Draft[], dayBefore: Set<Draft>): void {
	for (const figure of dayBefore) {
		for (const other of drafts) {
			if (other.kind === figure.kind && other.mainEvent && !dayBefore.has(other)) {
				figure.mainEvent = false;
				break;
			}
		}
	}
}

function byStart(a: Draft, b: Draft): number {
	return a.start - b.start;
}

/** The cues but one inside the relative clause between the figure's end and its main verb. */
function cuesOutsideRelativeClause(cues: Span[], figureEnd: number, mainVerbAt: number): Span[] {
	const outside: Span[] = [];
	for (const cue of cues) if (cue.start < figureEnd || cue.end > mainVerbAt) outside.push(cue);
	return outside;
}

/** The one-person kinds that no written count of the sentence has. */
function kindsNotFound(found: Draft[]): Set<FigureKind> {
	const kinds = new Set<FigureKind>();
	for (const kind of implicitFigureKinds) if (!hasKind(found, kind)) kinds.add(kind);
	return kinds;
}

function hasKind(found: Draft[], kind: FigureKind): boolean {
	for (const figure of found) if (figure.kind === kind) return true;
	return false;
}

// What a draft carries for linking, left out of the model's figures.
const draftNotes = new Set(['partitive', 'anaphoric', 'breakdown', 'definite', 'among', 'mainVerbAt', 'revision', 'shareWhole', 'population', 'remainder']);

// The fields every written count's draft starts with, in their order (readFigure, onePersonMore and the coordinated
// singles copied from them).
const writtenFigureFields = ['id', 'kind', 'count', 'qualifier', 'subject', 'start', 'end', 'sentence', 'attribution', 'partOf', 'mainEvent'];

/**
 * The draft's fields in their order, without its notes. A figure built field by field with computed keys cost
 * ~1.5 µs (each store a generic look-up), so a draft that starts with the usual fields gets them from one object
 * literal and only its other fields are copied one by one. Any other draft (the one-person figures start
 * differently) is copied field by field: the output is the same either way.
 */
function withoutNotes(draft: Draft): Figure {
	const figure: Record<string, unknown> = {
		id: draft.id, kind: draft.kind, count: draft.count, qualifier: draft.qualifier, subject: draft.subject, start: draft.start,
		end: draft.end, sentence: draft.sentence, attribution: draft.attribution, partOf: draft.partOf, mainEvent: draft.mainEvent,
	};
	let at = 0;
	for (const key in draft) {
		if (at < writtenFigureFields.length) {
			if (key !== writtenFigureFields[at++]) return copiedWithoutNotes(draft);
			continue;
		}

		if (!draftNotes.has(key)) figure[key] = draft[key as keyof Draft];
	}

	return at < writtenFigureFields.length ? copiedWithoutNotes(draft) : (figure as Figure);
}

/** The draft's fields in their order, without its notes, copied one by one (a loop costs less than rest destructuring). */
function copiedWithoutNotes(draft: Draft): Figure {
	const figure: Record<string, unknown> = {};
	for (const key in draft) if (!draftNotes.has(key)) figure[key] = draft[key as keyof Draft];
	return figure as Figure;
}

/**
 * "The mayor was stabbed … He died": one person wounded then dead is a death, not also an injury. An unnumbered
 * injury goes when the same name dies, or when a pronoun or description dies within the next three sentences.
 */
function dropWoundedWhoDied(drafts: Draft[]): void {
	const deaths: Draft[] = [];
	for (const draft of drafts) if (draft.kind === 'killed' && draft.implicit) deaths.push(draft);
	if (deaths.length === 0) return;
	for (let index = drafts.length - 1; index >= 0; index--) {
		const wounded = drafts[index];
		if (wounded.kind !== 'wounded' || !wounded.implicit) continue;
		if (diedLater(deaths, wounded)) drafts.splice(index, 1);
	}
}

function diedLater(deaths: Draft[], wounded: Draft): boolean {
	const name = surnameKey(wounded.subject);
	for (const death of deaths) {
		const key = surnameKey(death.subject);
		if ((name !== null && key === name) || (key === null && death.sentence >= wounded.sentence && death.sentence - wounded.sentence <= 3 && death.start > wounded.start && (death.subject === null || name === null))) return true;
	}

	return false;
}

// Words that may start a one-person figure (see implicit-figures.ts): such sentences need the past-cue check too.
const implicitCueWords = onePersonCueWords;
const implicitFigureKinds: FigureKind[] = ['killed', 'arrested', 'wounded'];
// A sentence without a written count asks about every kind (the set is only read).
const allImplicitKinds = new Set(implicitFigureKinds);
const none: Span[] = [];

/**
 * Finds the past-time cues ("last year", "in 2010", "an earlier attack") of sentences asked for in text
 * order: where the cue patterns match (see past-cue-matches.ts), then the bare years of the sentence's words.
 */
const pastCueMatches = patternCues(new RegExp(`${pastEventPattern.source}|${otherEventPattern.source}|\\b(responsible for)\\b`, 'i'));

function pastCueFinder(text: string): (start: number, end: number, ws: Word[]) => Span[] {
	const matches = pastCueMatches(text);
	return (start, end, ws) => {
		const cues = matches(start, end, ws);
		yearCues(ws, cues);
		return cues;
	};
}

/**
 * "Since then, more than 1,800 people have been killed" (or "… in that time") counts from the time the sentence before named: a
 * cumulative toll when that was a past year or event ("… in July 2024."), but the incident's own count when it
 * was the incident ("The fire broke out at noon. Since then, …"). So "since then" is a past cue only after one.
 */
function sinceThenAfterPast(text: string, sentences: Sentence[], index: number, cues: Span[]): Span[] {
	for (let at = cues.length - 1; at >= 0; at--) {
		const cue = cues[at];
		// "in one of the bloodiest nights … this year" compares the incident with the year; it counts nothing since.
		if (cue.end - cue.start === 9 && /^this\s+year$/i.test(text.slice(cue.start, cue.end)) && superlativeBefore.test(text.slice(Math.max(sentences[index].start, cue.start - 80), cue.start))) {
			cues.splice(at, 1);
			continue;
		}

		if (cue.end - cue.start < 10 || !sinceThatTime.test(text.slice(cue.start, cue.end))) continue;
		const before = index > 0 ? text.slice(sentences[index - 1].start, sentences[index - 1].end) : '';
		if (!pastYearOrEvent.test(before)) cues.splice(at, 1);
	}

	return cues;
}

// "since then", "in that time": counts from the time the sentence before named.
const sinceThatTime = /^(?:since\s+then|(?:in|during|over)\s+that\s+(?:time|period))$/i;
const superlativeBefore = /\b(?:deadliest|bloodiest|worst|biggest|largest|heaviest|most\s+\w+)\b/i;
const pastYearOrEvent = new RegExp(`\\b(?:1[89]|20)\\d\\d\\b|${pastEventPattern.source}`, 'i');

/** Bare years ("in 2010", "2018 saw …") point away from the incident; full dates and times do not. */
function yearCues(ws: Word[], cues: Span[]): void {
	for (let index = 0; index < ws.length; index++) {
		const word = ws[index];
		if (word.text.length !== 4 || !/^\d{4}$/.test(word.text)) continue;
		const year = Number(word.text);
		if (year < 1800 || year > 2100) continue;
		// "January 5, 2019" dates the incident itself; a bare year ("in 2010", "2018 saw") points elsewhere.
		const fullDate = ws[index - 1]?.text === ',' && /^\d{1,2}$/.test(ws[index - 2]?.text ?? '') && months.has(ws[index - 3]?.lower ?? '');
		const dayFirst = months.has(ws[index - 1]?.lower ?? '') && /^\d{1,2}$/.test(ws[index - 2]?.text ?? '');
		if (fullDate || dayFirst) continue;
		const next = ws[index + 1]?.lower ?? '';
		if (nonPersonNouns.has(next)) continue;
		// "(2024 Friday, UTC)" is a clock time in another zone.
		if (ws.slice(index + 1, index + 5).some(word => word.lower === 'utc' || word.lower === 'gmt')) continue;
		cues.push({start: word.start, end: word.end});
	}
}

// Words that start a new clause of its own after a comma: a past cue beyond them speaks of something else.
const clauseJoints = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'yet']);

/**
 * A past cue covers the figures of its own clause: one written before the figure heads the clause
 * ("In 2016, a blast killed 33") unless a new coordinated clause starts in between ("…, and on Tuesday
 * five died"); one written after the figure covers it only with no comma in between ("killed 39 people
 * last year", but not "killing 86 people, …, in a region still rebuilding after quakes two years ago").
 */
function coveredByPastCue(ws: Word[], cues: Span[], start: number, end: number): boolean {
	for (const cue of cues) {
		if (cue.end <= start) {
			if (!clauseBreakBetween(ws, cue.end, start, true)) return true;
			// "In 1970, a quake struck …, and the avalanche killed 20,000": a fronted time phrase dates every clause
			// that follows it, unless a later clause names a time of its own ("…, and on Tuesday five died").
			if (frontedCue(ws, cue) && !ownTimeBetween(ws, cue.end, start)) return true;
			// "Protests in 2022 left 500 dead, …, and thousands more were arrested": "more" goes on from the clause before.
			if (countsMore(ws, start, end) && !ownTimeBetween(ws, cue.end, start)) return true;
			// "Thousands have been killed since 2012, and more than 400,000 have fled their homes": a perfect tense goes on
			// counting from the year the clause before counts since.
			if (sinceCue(ws, cue) && perfectClause(ws, start, end) && !ownTimeBetween(ws, cue.end, start)) return true;
		} else if (cue.start >= end) {
			if (!clauseBreakBetween(ws, end, cue.start, false)) return true;
		} else {
			return true;
		}
	}

	return false;
}

const perfectAuxiliaries = new Set(['have', 'has']);

/** The cue counts from a time: "since 2012", "since the start of the war". */
function sinceCue(ws: Word[], cue: Span): boolean {
	const at = partitionPoint(ws, word => word.start < cue.start);
	return ws[at]?.lower === 'since' || ws[at - 1]?.lower === 'since';
}

/** The count's clause is in the perfect: "400,000 have fled", "it has displaced 300,000 people". */
function perfectClause(ws: Word[], start: number, end: number): boolean {
	const first = partitionPoint(ws, word => word.start < start);
	let after = first;
	while (after < ws.length && ws[after].start < end) after++;
	return perfectAuxiliaries.has(ws[after]?.lower ?? '') || perfectAuxiliaries.has(ws[first - 2]?.lower ?? '');
}

// How many words a fronted time phrase may hold before its comma ("In late October 2021,").
const frontedPhraseWords = 5;

/** The cue stands in the sentence's opening phrase, which a comma closes: "In 2017, …", "Two years ago, …". */
function frontedCue(ws: Word[], cue: Span): boolean {
	for (let index = 0; index < ws.length && index <= frontedPhraseWords; index++) {
		const word = ws[index];
		if (word.start < cue.end) continue;
		return word.text === ',';
	}

	return false;
}

// Words that date a clause to the incident's own days: a clause holding one is not dated by a fronted past cue.
const incidentTimeWords = new Set(['today', 'yesterday', 'tonight', 'now', 'currently', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Some cue counts from a past start: "since the coup", "since 2012". */
function hasSinceCue(ws: Word[], cues: Span[]): boolean {
	for (const cue of cues) if (sinceCue(ws, cue)) return true;
	return false;
}

/** The sentence names a time of the incident's own days ("on Friday", "today"). */
function hasIncidentTime(ws: Word[]): boolean {
	for (const word of ws) if (incidentTimeWords.has(word.lower)) return true;
	return false;
}

function ownTimeBetween(ws: Word[], from: number, to: number): boolean {
	// From the first word at `from` (a binary search: a long sentence has many figures to ask about).
	for (let index = partitionPoint(ws, word => word.start < from); index < ws.length; index++) {
		const word = ws[index];
		if (word.start < from) continue;
		if (word.start >= to) break;
		if (incidentTimeWords.has(word.lower)) return true;
		// "this morning", "this week".
		if (word.lower === 'this' && nonPersonNouns.has(ws[index + 1]?.lower ?? '')) return true;
	}

	return false;
}

/** The count says "more" or "others" ("thousands more", "300 others"): people on top of a count before it. */
function countsMore(ws: Word[], start: number, end: number): boolean {
	for (let index = partitionPoint(ws, word => word.start < start); index < ws.length; index++) {
		const word = ws[index];
		if (word.start < start) continue;
		if (word.start > end) break;
		// "more than 500" is a qualifier, not people on top.
		if ((word.lower === 'more' && ws[index + 1]?.lower !== 'than') || word.lower === 'others') return true;
	}

	return false;
}

function clauseBreakBetween(ws: Word[], from: number, to: number, coordinatedOnly: boolean): boolean {
	for (let index = 0; index < ws.length; index++) {
		const word = ws[index];
		if (word.start < from) continue;
		if (word.start >= to) break;
		if (word.text === ';') return true;
		if (coordinatedOnly) {
			if (word.text === ',' && clauseJoints.has(ws[index + 1]?.lower ?? '') && ws[index + 1].start < to) return true;
		} else if (word.text === ',' || word.text === '—' || word.text === '–' || word.text === '(') {
			return true;
		}
	}

	return false;
}

/** What the whole story says that changes how a word reads. */
type StoryCues = {
	/** The story is about people held captive, so people "released" are freed hostages (not patients or suspects on bail). */
	readonly captivity: boolean;
	/** The story is about a jailbreak, so inmates "freed" by the attackers escaped. */
	readonly jailbreak: boolean;
};

const jailbreakHint = /\b(?:jail ?break|prison ?break|break-?out|stormed|escaped|escapees|fugitives|on the run|at large)\b/i;
const prisonerNouns = new Set(['prisoners', 'inmates', 'convicts', 'detainees', 'prisoner', 'inmate', 'convict', 'detainee']);
const captivityHint = /\b(?:kidnap\w*|abduct\w*|hostages?|captiv\w*|captors?)\b/i;

/**
 * Each cue is a scan of the whole story, yet only a few words ("seized", "held", "released", "freed" …) ever
 * ask for one: so each is read on first use, and most stories never pay for either.
 */
function storyCues(text: string): StoryCues {
	let captivity: boolean | undefined;
	let jailbreak: boolean | undefined;
	return {
		get captivity() {
			captivity ??= captivityHint.test(text);
			return captivity;
		},
		get jailbreak() {
			jailbreak ??= jailbreakHint.test(text);
			return jailbreak;
		},
	};
}

function figuresInSentence(ws: Word[], sentence: number, mainEvent: boolean, story: StoryCues): Draft[] {
	const found: Draft[] = [];
	let ageList = false;
	let index = 0;
	while (index < ws.length) {
		const word = ws[index];
		if (word.lower === 'aged' || word.lower === 'ages') {
			ageList = true;
			index++;
			continue;
		}

		const number = readNumber(ws, index);
		if (!number) {
			if (ageList && word.text !== ',' && word.lower !== 'and') ageList = false;
			index++;
			continue;
		}

		index = number.last;
		if (ageList) continue;
		const reading = readFigure(ws, number, sentence, mainEvent, found.at(-1), story);
		if (reading) {
			// "two guards and an inmate were killed": the singular beside the group is one more of its kind.
			const singles = coordinatedSingles(ws, reading.figure, reading.resumeAt);
			for (const single of singles) if (single.start < reading.figure.start) found.push(single);
			found.push(reading.figure);
			for (const single of singles) if (single.start > reading.figure.start) found.push(single);
			index = Math.max(index, reading.resumeAt);
			// The coordinated singles above read "and a civilian" already; only what they left is one person more.
			const extra = anyStartsAfter(singles, reading.figure.start) ? null : onePersonMore(ws, reading.resumeAt, reading.figure);
			if (extra) {
				found.push(extra.figure);
				index = Math.max(index, extra.resumeAt);
			}
		}
	}

	return found;
}

function anyStartsAfter(drafts: Draft[], offset: number): boolean {
	for (const draft of drafts) if (draft.start > offset) return true;
	return false;
}

/** "Three soldiers and a civilian were killed", "killing two guards and a policeman": one more person, counted with the same verb. */
function onePersonMore(ws: Word[], at: number, figure: Draft): Reading | null {
	if (lowerAt(ws, at) !== 'and' || (lowerAt(ws, at + 1) !== 'a' && lowerAt(ws, at + 1) !== 'an')) return null;
	for (let noun = at + 2; noun < Math.min(ws.length, at + 5); noun++) {
		if (!/^\p{Ll}[\p{Ll}-]*$/u.test(ws[noun].text) || phraseStops.has(ws[noun].lower)) return null;
		if (!isSingularPerson(ws[noun].lower) && !/-by$/.test(ws[noun].lower)) continue;
		return {
			figure: {
				id: '', kind: figure.kind, count: 1, qualifier: 'exact', subject: text(ws, at + 2, noun + 1), start: ws[at + 1].start, end: ws[noun].end,
				sentence: figure.sentence, attribution: null, partOf: null, mainEvent: figure.mainEvent,
				// One more of an aside's people ("three guards, two men and a woman, …") is in that aside too.
				partitive: false, anaphoric: false, breakdown: figure.breakdown, definite: false, among: false,
			},
			resumeAt: noun + 1,
		};
	}

	return null;
}

// Where to read on is kept apart from the draft, so the draft needs no copy without it.
type Reading = {figure: Draft; resumeAt: number};

function readFigure(ws: Word[], number: NumberMention, sentence: number, mainEvent: boolean, previous: Draft | undefined, story: StoryCues): Reading | null {
	if (!Number.isInteger(number.value) || number.value <= 0) return null;
	if (isNotACount(ws, number)) return null;

	let count = number.value;
	let first = number.first;
	let last = number.last;
	// "all but two of the twelve": the count is twelve minus two.
	if (ws[first - 1]?.lower === 'but' && ws[first - 2]?.lower === 'all' && ws[last]?.lower === 'of') {
		const ofThe = ws[last + 1]?.lower === 'the' ? last + 2 : last + 1;
		const whole = readNumber(ws, ofThe);
		if (whole && whole.value > count) {
			count = whole.value - count;
			first -= 2;
			last = whole.last;
		}
	}

	// "between 10 and 15 people", "two or three people", "10 to 15 people": a range counts at least its lower end.
	let range = false;
	const joiner = ws[last]?.lower;
	if ((joiner === 'and' && ws[first - 1]?.lower === 'between') || joiner === 'or' || (joiner === 'to' && ws[first - 1]?.lower !== 'from' && !revisionVerbs.has(ws[first - 1]?.lower ?? ''))) {
		const upper = readNumber(ws, last + 1);
		if (upper && upper.value > count && !upper.vague && !number.vague) {
			range = true;
			if (ws[first - 1]?.lower === 'between') first--;
			last = upper.last;
		}
	}

	// "a second blast", "a third explosion" count events; "a third guard", "a second prison officer", "a third was hurt" count people.
	if (count === 1 && !number.digits && (ws[first]?.lower === 'a' || ws[first]?.lower === 'an') && startsLower(ws[last]?.text ?? '') && !phraseStops.has(ws[last].lower)) {
		let person = false;
		for (let at = last; at < Math.min(ws.length, last + 3) && !person; at++) person = personNouns.has(ws[at].lower) || kindNouns.has(ws[at].lower);
		if (!person) return null;
	}

	// "None of the 45 passengers was hurt": the count is of people spared.
	if (ws[first - 1]?.lower === 'the' && ws[first - 2]?.lower === 'of' && noneWords.has(ws[first - 3]?.lower ?? '')) return null;

	// "a family of five" is one group, counted elsewhere if at all.
	if (ws[first - 1]?.lower === 'of' && (ws[first - 2]?.lower === 'family' || ws[first - 2]?.lower === 'household')) return null;
	// "from twelve to 27": the first number is a superseded count.
	if (ws[first - 1]?.lower === 'from' && ws[last]?.lower === 'to' && readNumber(ws, last + 1)) return null;

	let qualifier: Qualifier = 'exact';
	let spanFirst = first;
	for (const [phrase, meaning] of qualifiersByLastWord.get(ws[first - 1]?.lower ?? '') ?? []) {
		const at = first - phrase.length;
		if (at >= 0 && wordsAre(ws, at, phrase)) {
			qualifier = meaning;
			spanFirst = at;
			break;
		}
	}

	if ((number.vague || range) && qualifier === 'exact') qualifier = 'at least';

	const phrase = readCountedPhrase(ws, last, number.vague);
	if (phrase === null) return null;
	let end = phrase.end;
	// "Forty-two people or more", "200-plus"
	if (ws[end]?.lower === 'or' && (ws[end + 1]?.lower === 'more' || ws[end + 1]?.lower === 'so')) {
		qualifier = ws[end + 1].lower === 'more' ? 'at least' : 'about';
		end += 2;
	} else if (ws[end]?.lower === 'plus') {
		qualifier = 'at least';
		end++;
	}

	// "raising the death toll … to 17", "the toll rose from 11": a revised count says its own kind.
	const revised = revisionBefore(ws, spanFirst, previous?.kind);
	let kind = revised?.kind ?? phrase.modifierKind;
	kind ??= verbBefore(ws, spanFirst, phrase.head, false, story);
	// "still searching for three workers": people not yet found.
	if (!kind && ws[spanFirst - 1]?.lower === 'for' && searchVerbs.has(ws[spanFirst - 2]?.lower ?? '')) kind = 'missing';
	// "The search continued for 18 people", "lost contact with 12 fishermen": people not yet found.
	if (!kind && ws[spanFirst - 1]?.lower === 'for' && goesOnVerbs.has(ws[spanFirst - 2]?.lower ?? '') && searchNouns.has(ws[spanFirst - 3]?.lower ?? '')) kind = 'missing';
	if (!kind && ws[spanFirst - 1]?.lower === 'with' && ws[spanFirst - 2]?.lower === 'contact' && ws[spanFirst - 3]?.lower === 'lost') kind = 'missing';
	// "Evacuations were ordered for 15,000 people", "Evacuation orders were issued for 4,500 residents".
	if (!kind && ws[spanFirst - 1]?.lower === 'for' && evacuationOrderedBefore(ws, spanFirst - 2)) kind = 'evacuated';
	const tollKind = kind ? undefined : nounOfBefore(ws, spanFirst);
	// "the toll could rise to 30": a forecast, not a count.
	if ((tollKind || revised) && speculativeWithin(ws, Math.max(0, spanFirst - 8), spanFirst)) return null;
	// "12 dead and 40 wounded": a casualty word as the counted noun settles it before anything later in the clause,
	// and before a toll noun further back ("raised the toll to 21 dead and 48 wounded": the 48 are wounded).
	const headWord = phrase.head ? ws[phrase.head.last - 1].lower : '';
	if (!kind && casualtyHeads.has(headWord)) kind = kindOf(headWord);
	kind ??= tollKind;
	const among: PredicateNotes = {among: false};
	// "seven of the nine aid workers seized in March were released": the verb is about the seven; the nine are
	// only what their own words make them ("the nine hostages", "the nine aid workers seized").
	const whole = (ws[spanFirst - 1]?.lower === 'the' && ws[spanFirst - 2]?.lower === 'of' && readNumber(ws, spanFirst - 3)?.last === spanFirst - 2) || (spanFirst > 1 && startsWholeOf(ws, spanFirst - 1) && readNumber(ws, spanFirst - 2)?.last === spanFirst - 1);
	if (whole && !kind) kind = participleAfter(ws, end, phrase.head);
	// "The kidnappers released 10 of the 25 students": in a story of captives, the whole of a share freed is the number taken.
	if (whole && !kind && story.captivity) {
		const shareFirst = ws[spanFirst - 1]?.lower === 'the' ? spanFirst - 3 : spanFirst - 2;
		if (objectVerbKind(ws[shareFirst - 1]?.lower ?? '') === 'rescued') kind = 'hostages';
	}

	// "ordered 3,000 residents to leave their homes": the order's object is evacuated.
	if (!kind && leaveOrders.has(ws[spanFirst - 1]?.lower ?? '') && ws[end]?.lower === 'to' && (ws[end + 1]?.lower === 'leave' || ws[end + 1]?.lower === 'evacuate')) kind = 'evacuated';
	// "are feared buried", "the whereabouts of six … unknown", "handed prison terms to 11".
	if (!kind) kind = idiomKind(ws, spanFirst, end);
	const predicate = kind || whole ? null : predicateAfter(ws, end, among, story);
	if (predicate === 'not-a-count') return null;
	kind ??= predicate ?? undefined;
	if (!whole) kind ??= verbBefore(ws, spanFirst, phrase.head, true, story);
	if (!kind && phrase.head !== null && kindNouns.has(ws[phrase.head.last - 1].lower)) kind = kindOf(ws[phrase.head.last - 1].lower);
	// "killed three miners … and two drivers": a coordinated count shares the verb. After a
	// comma it is an apposition that breaks the previous count down ("15 bodies, eight women and seven men").
	let listed = false;
	// ", and two remain in their hands" starts a clause of its own: its verb, not the previous count's, says what it is
	// (with or without the comma: "a tenth died in captivity and four colleagues remain in their hands").
	// Without the comma only a verb other than "be" or "have" says so: "Nine of the dead were Chinese and two were from
	// Vietnam" goes on with the share before it.
	const ownClause = ws[spanFirst - 1]?.lower === 'and' && finiteVerbs.has(ws[end]?.lower ?? '') && (ws[spanFirst - 2]?.text === ',' || !finiteAuxiliaries.has(ws[end].lower));
	if (!kind && !ownClause && previous && (ws[spanFirst - 1]?.lower === 'and' || ws[spanFirst - 1]?.text === ',') && ws[spanFirst - 1].start - previous.end < 80) {
		kind = previous.kind;
		listed = ws[spanFirst - 1].text === ',' || previous.breakdown;
	}

	// "Among the dead were five children": a share of a count given before; and so is the next of its list ("… and
	// two women").
	let amongCount = listed || (kind !== undefined && previous?.kind === kind && ws[spanFirst - 1]?.lower === 'and') ? previous?.among === true : false;
	if (!kind) {
		for (let at = spanFirst - 1; at >= Math.max(0, spanFirst - 5); at--) {
			if (ws[at].lower === 'among' && ws[at + 1]?.lower === 'the' && adjectiveKinds.has(ws[at + 2]?.lower ?? '')) {
				kind = kindOf(ws[at + 2].lower);
				amongCount = true;
				break;
			}
		}
	}

	// "Those freed were four Indonesians and two Malaysians", "The dead were all miners": who the people counted before
	// were, a share of the kind's count like "Among the dead were …".
	if (!amongCount && ['were', 'are', 'included', 'include'].includes(ws[spanFirst - 1]?.lower ?? '') && ['those', 'the'].includes(ws[spanFirst - 3]?.lower ?? '')) {
		const described = objectVerbKind(ws[spanFirst - 2]?.lower ?? '') ?? (adjectiveKinds.has(ws[spanFirst - 2]?.lower ?? '') ? kindOf(ws[spanFirst - 2].lower) : undefined);
		if (described && (!kind || kind === described)) {
			kind = described;
			amongCount = true;
		}
	}

	// "nine people dead, including three children", "…, among them two soldiers": a breakdown of the count before.
	const introducer = ws[spanFirst - 1]?.lower;
	if (!kind && previous && (introducer === 'including' || ((introducer === 'them' || introducer === 'whom') && ws[spanFirst - 2]?.lower === 'among'))) {
		kind = previous.kind;
		listed = true;
	}

	if (!kind) return null;
	if (kind === 'missing' && missingForAWhile(ws, end)) return null;
	// A bare "one" counts only as a verb's object or with a counted noun ("killing one", "one guard").
	// "…, and one remained unaccounted for" beside a count of the sentence is one person too.
	if (count === 1 && ws[number.first].lower === 'one' && phrase.head === null && !phrase.partitive && !verbBefore(ws, spanFirst, null) && !isOneOfTheGroup(ws, spanFirst, previous !== undefined)) return null;

	let subjectFirst = phrase.head?.first ?? 0;
	// "five seriously injured": adverbs are not part of who was counted.
	while (phrase.head && subjectFirst < phrase.head.last - 1 && /ly$/.test(ws[subjectFirst].lower)) subjectFirst++;
	let subject = phrase.head ? text(ws, subjectFirst, phrase.head.last) : null;
	if (subject && phrase.head && phrase.head.last - subjectFirst === 1 && adjectiveKinds.has(ws[subjectFirst].lower)) subject = null;
	// "eight more people", "three other cyclists": who they are is the noun.
	if (subject) subject = subject.replace(/^(?:more|other|another|further|additional)\s+(?=\S)/i, '');
	if (subject && phrase.head && kindNouns.has(ws[phrase.head.last - 1].lower) && !personNouns.has(ws[phrase.head.last - 1].lower)) subject = null;
	// "killing 19 people, most of them students, and wounding 27 others": the others are of the count before (people),
	// not the last noun of its aside.
	const others = subject?.toLowerCase() === 'others' || subject?.toLowerCase() === 'more';
	if (others && previous?.subject && !previous.breakdown) {
		subject = previous.subject;
	} else if ((subject === null && !tollKind && !revised?.revision) || others) {
		subject = nearestGroupBefore(ws, spanFirst) ?? subject;
	}

	// "6,000 people had fled the town" are displaced, not escaped: escaping is from custody.
	if (kind === 'escaped' && predicate === 'escaped') kind = fleeingKind(ws, end, subject);
	// "Hundreds of thousands have fled the fighting": no noun, and nothing in the story of an escape from custody.
	if (kind === 'escaped' && predicate === 'escaped' && (subject === null || number.vague) && phrase.head === null && !story.jailbreak) kind = fleeingKind(ws, end, 'people');
	// "Twelve inmates scaled the wall, fleeing into the forest": prisoners who flee escaped.
	if (kind === 'displaced' && predicate === 'displaced' && prisonerNouns.has(subject?.toLowerCase().split(' ').at(-1) ?? '')) kind = 'escaped';
	// "stormed the jail, freeing 120 inmates": freed from custody is an escape, not a rescue.
	if (kind === 'rescued' && freedFromCustody(ws, subject)) kind = 'escaped';

	// "three more bodies", "another two", "a further five", "two others": people on top of a count given in an earlier
	// sentence. After another count of the same sentence ("12 killed and scores more injured", "one passenger, and two
	// more") the base is that count, and the sentence's own rules apply.
	// "a tenth hostage died", "a third guard was hurt": an ordinal counts one more of a group counted before, of
	// whatever kind those were (the nine freed, the tenth dead).
	const ordinal = count === 1 && !number.digits && (ws[first]?.lower === 'a' || ws[first]?.lower === 'an') && ordinals.has(ws[first + 1]?.lower ?? '');
	const increment = (!previous && (incrementBefore.has(ws[spanFirst - 1]?.lower ?? '') || incrementAfter.has(ws[number.last]?.lower ?? ''))) || (ordinal && previous?.kind !== kind);

	// A breakdown word between the previous count of the sentence and this one ("9 were hurt, including every passenger,
	// and one ground worker") makes this a part of it.
	let from = spanFirst;
	const reach = previous ? 12 : 3;
	while (from > 0 && spanFirst - from < reach && (!previous || ws[from - 1].start >= previous.end)) from--;
	let including = false;
	let amongWord = false;
	let them = false;
	let whom = false;
	for (let at = from; at < spanFirst; at++) {
		const lower = ws[at].lower;
		if (lower === 'including') including = true;
		else if (lower === 'among') amongWord = true;
		else if (lower === 'them') them = true;
		else if (lower === 'whom') whom = true;
	}

	const breakdown = listed || including || (amongWord && them) || whom || inAppositiveOf(ws, previous, spanFirst);
	const figure = {
		id: '',
		kind,
		count,
		qualifier,
		subject,
		start: ws[spanFirst].start,
		end: ws[Math.max(end, last) - 1].end,
		sentence,
		attribution: null,
		partOf: null,
		mainEvent,
		partitive: phrase.partitive,
		anaphoric: phrase.anaphoric || amongCount || among.among,
		among: amongCount || among.among,
	} as Draft;
	// Set one by one rather than spread into the literal (a copy per spread), in the same order: the model's
	// JSON keeps the order fields were added in.
	if (among.mainVerbAt !== undefined) figure.mainVerbAt = among.mainVerbAt;
	if (number.vague) figure.vague = true;
	if (increment) figure.increment = true;
	figure.breakdown = breakdown;
	figure.definite = ws[spanFirst - 1]?.lower === 'the';
	// The whole a share was taken from: other counts of its sentence ("but three are still held") are in it.
	if (whole) figure.shareWhole = true;
	// "a town sheltering 200,000 people displaced by fighting", "camps home to 40,000 refugees": who a place holds.
	if (shelterVerbs.has(ws[spanFirst - 1]?.lower ?? '') || (ws[spanFirst - 1]?.lower === 'to' && ws[spanFirst - 2]?.lower === 'home')) figure.population = true;
	if (isSpeculativeCount(ws, end)) figure.speculative = true;
	if (kind === 'hostages' && predicate === 'hostages' && stillHeldAfter(ws, end)) figure.remainder = true;
	const revision = revised?.revision ?? (isFirstStatement(ws, spanFirst) ? 'earlier' : undefined);
	if (revision) figure.revision = revision;
	return {figure, resumeAt: phrase.wholeAt ?? Math.max(end, last)};
}

const noneWords = new Set(['none', 'neither', 'nobody']);
const stillWords = new Set(['still', 'remain', 'remains', 'remained']);

/** "35 were still being held", "18 remain held": the count's own clause says the captives are held yet. */
function stillHeldAfter(ws: Word[], end: number): boolean {
	for (let at = end; at < ws.length && at - end < 5; at++) {
		if (stillWords.has(ws[at].lower)) return true;
		if (isHardBoundary(ws[at]) || ws[at].text === ',') return false;
	}

	return false;
}
const shelterVerbs = new Set(['sheltering', 'shelters', 'hosting', 'hosts', 'housing', 'houses']);
const appositiveOpeners = new Set(['—', '–', ':', '(']);

/**
 * "killed at least five people — one guard and four inmates —", "five people (two guards and three inmates)",
 * "killed five people: two guards and three inmates": counts in a dash, bracket or colon aside that opens right
 * after the count before are who that count was, its parts, not more people.
 */
function inAppositiveOf(ws: Word[], previous: Draft | undefined, spanFirst: number): boolean {
	if (!previous) return false;
	let opener = -1;
	let first = spanFirst;
	for (let at = spanFirst - 1; at >= 0 && ws[at].start >= previous.end; at--) {
		// "(two guards) and three more": a bracket closed between the aside and this count.
		if (ws[at].text === ')' && opener === -1 && at < spanFirst - 1) return false;
		if (appositiveOpeners.has(ws[at].text)) opener = at;
		first = at;
	}

	// The aside opens at the count's own end: "five people — …", not "five people were killed on Monday — …"; or
	// after an "of" phrase of the counted noun ("the eight crew members of a tugboat — five Indonesians and …").
	if (opener !== -1) {
		if (ws[opener - 1] === undefined) return false;
		if (ws[opener - 1].end === previous.end) return true;
		let after = opener - 1;
		while (after > 0 && ws[after - 1].start >= previous.end) after--;
		if (ws[after]?.lower !== 'of' || opener - after > 6) return false;
		for (let at = after + 1; at < opener; at++) if (ws[at].text === ',' || finiteVerbs.has(ws[at].lower)) return false;
		return true;
	}

	// "Three guards, two men and a woman, were wounded": an aside in commas (see appositiveEndAt).
	return ws[first]?.text === ',' && ws[first].start === previous.end && appositiveEndAt(ws, first) > spanFirst;
}


/** Whether ws[at …] are the phrase's words. */
function wordsAre(ws: Word[], at: number, phrase: string[]): boolean {
	for (let offset = 0; offset < phrase.length; offset++) if (ws[at + offset].lower !== phrase[offset]) return false;
	return true;
}

/** A modal or forecast word ("could", "expected") among ws[from, to). */
function speculativeWithin(ws: Word[], from: number, to: number): boolean {
	for (let at = from; at < to; at++) if (speculative.has(ws[at].lower)) return true;
	return false;
}

// "were briefly unaccounted for before they reached their families": missing once, found since.
const passingWords = new Set(['briefly', 'temporarily', 'momentarily']);

/** The count's missing word, in its clause after it, says the people were missing only for a while. */
function missingForAWhile(ws: Word[], end: number): boolean {
	for (let at = end; at < ws.length && at - end <= 16; at++) {
		if (ws[at].text === ',' || ws[at].text === ';') return false;
		if (kindOf(ws[at].lower) === 'missing') return passingWords.has(ws[at - 1].lower) || passingWords.has(ws[at - 2]?.lower ?? '');
	}

	return false;
}

function text(ws: Word[], first: number, last: number): string {
	let out = '';
	for (let index = first; index < last; index++) out += (index > first && ws[index].start > ws[index - 1].end ? ' ' : '') + ws[index].text;
	return out;
}

const rangeOrRatioMarks = new Set(['%', '-', '–', '/', '‑']);
// Capitalised only as a sentence's first word: the number after them is a count, not a name's ("Boeing 707").
const capitalisedQualifiers = new Set(['At', 'Some', 'Over', 'About', 'Nearly', 'Almost', 'Around']);

/** Ages, years, dates, times, money, codes and measures. */
function isNotACount(ws: Word[], number: NumberMention): boolean {
	const before = ws[number.first - 1];
	const after = ws[number.last];
	const word = ws[number.first];
	if (before && (currency.has(before.lower) || labelWords.has(before.lower) || months.has(before.lower))) return true;
	// "CITY (AFP) - 38 inmates …": a hyphen with spaces both sides is a dash, not a range or a code, unless a number stands before it.
	const spacedDash = before?.text === '-' && before.start > (ws[number.first - 2]?.end ?? -1) && word.start > before.end && !startsDigit(ws[number.first - 2]?.text ?? '');
	if (before && !spacedDash && (before.text === '-' || before.text === '/' || before.text === '–' || before.text === '.')) return true;
	if (after && rangeOrRatioMarks.has(after.text)) return true;
	if (after && (months.has(after.lower) || after.lower === 'percent' || after.lower === 'per')) return true;
	if (number.digits) {
		// "Boeing 707", "Level 1": a capitalised word right before digits names a thing.
		if (before && startsUpper(before.text) && number.first > 1 && !weekdays.has(before.lower) && !capitalisedQualifiers.has(before.text)) return true;
		if (/^\d{4}$/.test(word.text) && number.value >= 1800 && number.value <= 2100 && !(after && personNouns.has(after.lower))) return true;
		if (/^0\d/.test(word.text)) return true;
	}

	// "Khan, 28, …": an age between commas after a name.
	if (before?.text === ',' && after?.text === ',' && startsUpper(ws[number.first - 2]?.text ?? '') && number.value < 120) return true;
	if (after && ((after.lower === 'years' || after.lower === 'year') && ws[number.last + 1]?.lower === 'old')) return true;
	// "a man in his 40s", "the 1990s": a decade, the tokenizer's "40" + "s" written as one word.
	if (number.digits && after?.text === 's' && after.start === ws[number.last - 1]!.end) return true;
	return false;
}

type CountedPhrase = {
	head: {first: number; last: number} | null;
	end: number;
	modifierKind: FigureKind | undefined;
	partitive: boolean;
	anaphoric: boolean;
	/** "seven of the nine …": where the whole (nine) starts, read next as a figure of its own. */
	wholeAt?: number;
};

/** "of nine …" at `of`: a written count right after "of" (not a year or a measure), the whole of a share before it. */
function startsWholeOf(ws: Word[], of: number): boolean {
	if (ws[of]?.lower !== 'of') return false;
	const whole = readNumber(ws, of + 1);
	return whole !== null && !whole.vague && Number.isInteger(whole.value) && whole.value > 1 && whole.value < 1000 && !nonPersonNouns.has(ws[whole.last]?.lower ?? '');
}

/** The noun phrase after a number: "Islamic militants", "of Khan's victims", "of them". Null when it counts things. */
const openingQuotes = new Set(['"', '“', '‘', "'"]);
const closingQuotes = new Set(['"', '”', '’', "'"]);

// After "dozens of": a determiner makes it a share ("dozens of the …"), not the counted noun.
const ofDeterminers = new Set(['the', 'them', 'whom', 'those', 'these', 'his', 'her', 'their']);
const ofPronouns = new Set(['them', 'whom', 'those', 'these', 'us']);
const partitiveDeterminers = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'all']);

function readCountedPhrase(ws: Word[], from: number, vague: boolean): CountedPhrase | null {
	let index = from;
	let partitive = false;
	let anaphoric = false;
	let wholeAt: number | undefined;
	// "dozens of people", "hundreds of homes"
	if (vague && ws[index]?.lower === 'of' && !ofDeterminers.has(ws[index + 1]?.lower ?? '')) index++;
	if (ws[index]?.lower === 'of') {
		const next = ws[index + 1]?.lower ?? '';
		if (ofPronouns.has(next)) {
			// "two of them police officers", "three of them children": who the share are, named right after.
			let last = index + 2;
			while (last < ws.length && last - index < 5 && /^\p{Ll}[\p{Ll}-]*$/u.test(ws[last].text) && !phraseStops.has(ws[last].lower) && !kindOf(ws[last].lower) && !personNouns.has(ws[last].lower)) last++;
			const named = personNouns.has(ws[last]?.lower ?? '') && !kindNouns.has(ws[last].lower) && ws[last].lower !== 'more' && ws[last].lower !== 'others';
			while (named && personNouns.has(ws[last + 1]?.lower ?? '') && startsLower(ws[last + 1].text)) last++;
			return {head: named ? {first: index + 2, last: last + 1} : null, end: index + 2, modifierKind: undefined, partitive: true, anaphoric: true};
		}

		if (partitiveDeterminers.has(next) || next.endsWith("'s")) {
			partitive = true;
			index += 2;
			if (/'s$/.test(ws[index]?.lower ?? '')) index++;
			// "seven of the nine aid workers": the seven are aid workers; the nine are read as a count of their own.
			const whole = ws[index - 1]?.lower === 'the' ? readNumber(ws, index) : null;
			if (whole) {
				wholeAt = index;
				index = whole.last;
			}
		} else if (startsWholeOf(ws, index)) {
			// "four of nine people kidnapped": the same share without "the".
			partitive = true;
			wholeAt = index + 1;
			index = readNumber(ws, index + 1)!.last;
		}
	}

	// 'about 240 "rioters" had been arrested': a scare-quoted noun is the counted noun, quotes and all.
	if (openingQuotes.has(ws[index]?.text ?? '') && closingQuotes.has(ws[index + 2]?.text ?? '') && /^\p{Ll}[\p{Ll}'-]*s$/u.test(ws[index + 1]?.text ?? '') && !nonPersonNouns.has(ws[index + 1].lower)) {
		return {head: {first: index + 1, last: index + 2}, end: index + 3, modifierKind: undefined, partitive, anaphoric, wholeAt};
	}

	let headFirst = -1;
	let headLast = -1;
	let modifierKind: FigureKind | undefined;
	const phraseStart = index;
	for (let at = index; at < Math.min(ws.length, index + 5); at++) {
		const word = ws[at];
		if (isHardBoundary(word) || /^[^\p{L}\p{N}]/u.test(word.text)) break;
		const lower = word.lower;
		if (headFirst === -1 && nonPersonNouns.has(lower)) return null;
		// "3 constable", "2 labourer": a singular whose plural counts people is that group, written in haste.
		const isPerson = personNouns.has(lower) || kindNouns.has(lower) || (at === phraseStart && !vague && lower !== 'other' && startsLower(word.text) && personNouns.has(`${lower}s`));
		if (isPerson) {
			// "wounded people": an adjective of kind before a people noun.
			if (headFirst === -1 && adjectiveKinds.has(lower) && personNouns.has(ws[at + 1]?.lower ?? '') && !adjectiveKinds.has(ws[at + 1]?.lower ?? '')) {
				modifierKind = kindOf(lower);
				continue;
			}

			if (headFirst !== -1 && (kindOf(lower) || headLast !== at)) break;
			if (headFirst === -1) headFirst = phraseStart;
			headLast = at + 1;
			continue;
		}

		if (headFirst !== -1) break;
		if (phraseStops.has(lower) || kindOf(lower) || objectVerbs.has(lower) || readNumber(ws, at)) break;
		// A lowercase word ending in -ed or -ing after the number is a verb, not a modifier ("25 have escaped", "5 serving").
		// But before a thing's noun it is an adjective of it ("two neighbouring blocks", "three adjoining buildings").
		if (at === index && /^\p{Ll}.*(?:ing)$/u.test(word.text)) {
			if (nonPersonNouns.has(ws[at + 1]?.lower ?? '')) return null;
			break;
		}
	}

	if (headFirst === -1) {
		// An unlisted plural noun right after the number ("four pilgrims-to-be", "nine stewards") still names the group.
		const word = ws[index];
		if (word && /^\p{Ll}[\p{L}'-]*s$/u.test(word.text) && !phraseStops.has(word.lower) && !kindOf(word.lower) && !objectVerbs.has(word.lower) && !fillerWords.has(word.lower) && (!ws[index + 1] || !startsLower(ws[index + 1].text) || phraseStops.has(ws[index + 1].lower) || kindOf(ws[index + 1].lower))) {
			return {head: {first: index, last: index + 1}, end: index + 1, modifierKind, partitive, anaphoric, wholeAt};
		}

		// "four Indonesians", "two Sri Lankans": a people's plural names the group as "Americans" does.
		const people = isPeoplePlural(word) ? index + 1 : word && startsUpper(word.text) && isPeoplePlural(ws[index + 1]) ? index + 2 : -1;
		if (people !== -1 && !startsUpper(ws[people]?.text ?? '')) {
			return {head: {first: index, last: people}, end: people, modifierKind, partitive, anaphoric, wholeAt};
		}

		return {head: null, end: index === phraseStart && !partitive ? from : index, modifierKind, partitive, anaphoric, wholeAt};
	}
	return {head: {first: headFirst, last: headLast}, end: headLast, modifierKind, partitive, anaphoric, wholeAt};
}

/** "Indonesians", "Pakistanis", "Britons", "Filipinos": a capitalised plural of a people. */
function isPeoplePlural(word: Word | undefined): boolean {
	return word !== undefined && /^\p{Lu}\p{Ll}+(?:ians|ans|ese|is|ons|inos)$/u.test(word.text);
}

/** An object verb right before the number: "killing one", "injuring at least 12", "killed eleven". */
function verbBefore(ws: Word[], first: number, head: {first: number; last: number} | null, acrossAnd = false, story?: StoryCues): FigureKind | undefined {
	let coordinated = false;
	for (let at = first - 1, steps = 0; at >= 0 && steps < (coordinated ? 8 : 4); at--, steps++) {
		const lower = ws[at].lower;
		// "Hundreds evacuated as two hikers missing": "as" right before the count opens a clause of its own ("as many as"
		// is a qualifier, already behind `first`).
		if (lower === 'as' && at === first - 1) return undefined;
		// "rounded up at least 240 people", "round up dozens": taken by police or troops, arrested.
		if (lower === 'up' && roundVerbs.has(ws[at - 1]?.lower ?? '') && ws[at + 1]?.lower !== 'to') return 'arrested';
		// "shot dead three people"
		if (lower === 'dead' && ['shot', 'stabbed', 'beaten', 'gunned'].includes(ws[at - 1]?.lower ?? '')) return 'killed';
		if (objectVerbs.has(lower)) {
			// "trying to rescue 12 miners", "moved to arrest 30": an aim, not what happened.
			if (ws[at - 1]?.lower === 'to' && isPresentObjectVerb(lower)) return undefined;
			const headWord = head ? ws[head.last - 1].lower : '';
			if (lower === 'claimed') return ['lives', 'life'].includes(headWord) ? 'killed' : undefined;
			// Prisoners "freed" by attackers storming a jail escaped; prisoners released by a government were neither rescued nor escaped.
			// "attacked the district prison, freeing 85 inmates": freed by force from a named jail is an escape too.
			if (prisonerNouns.has(headWord) && (objectVerbKind(lower) === 'rescued')) return story?.jailbreak || (lower.startsWith('free') && freedFromCustody(ws, headWord)) ? 'escaped' : undefined;
			// "seized 43 passengers" is a hostage count; "seized 2 tonnes" is not, and "released" needs people too.
			// In a story of captives "released the seven" needs no noun: the count names people already counted.
			const restated = lower === 'released' && story?.captivity && head === null && ws[first - 1]?.lower === 'the';
			if ((lower === 'seized' || lower === 'released') && !personNouns.has(headWord) && !(ws[first + 1]?.lower === 'of') && !restated) return undefined;
			// Across "and" only an active verb with its own object counts ("killing the pilot and three passengers",
			// not "two were killed and five were injured").
			if (coordinated && (passiveMarkers.has(ws[at - 1]?.lower ?? '') || at + 1 === ws.length || ws[at + 1].lower === 'and')) return undefined;
			return objectVerbKind(lower) ?? kindOf(lower);
		}

		// "killing the pilot and three passengers": the verb's first object, then "and".
		if (lower === 'and' && !coordinated && acrossAnd) {
			coordinated = true;
			continue;
		}

		// "detained the mine's director, Viktor Leontyev, and two supervisors": a name in commas is the object before's.
		if (coordinated && ws[at].text === ',') {
			const open = nameInCommasBefore(ws, at);
			if (open !== -1) {
				at = open;
				continue;
			}
		}

		if (isHardBoundary(ws[at]) || ws[at].text === ',') return undefined;
		if (!coordinated && (!fillerWords.has(lower) || lower === 'and')) return undefined;
	}

	return undefined;
}

/** "the nine aid workers seized in March", "the 12 inmates recaptured": a participle right after the counted noun. */
function participleAfter(ws: Word[], end: number, head: {first: number; last: number} | null): FigureKind | undefined {
	const lower = ws[end]?.lower ?? '';
	if (!lower.endsWith('ed') || lower === 'claimed') return undefined;
	if ((lower === 'seized' || lower === 'released') && !(head && personNouns.has(ws[head.last - 1].lower))) return undefined;
	return objectVerbKind(lower) ?? kindOf(lower);
}

const finiteAuxiliaries = new Set(['was', 'were', 'is', 'are', 'have', 'has', 'had']);
const finiteVerbs = new Set([...finiteAuxiliaries, 'remain', 'remained', 'remains', 'still', 'stay', 'stayed', 'will', 'would', 'could', 'may', 'might']);
// Past participles that do not end in -ed but open a reduced relative clause ("seven aid workers held hostage … were freed").
const irregularParticiples = new Set(['held', 'taken', 'caught', 'shot', 'hit', 'found', 'left', 'kept', 'brought', 'stuck', 'seen', 'thrown', 'swept']);

/**
 * What happens to the counted people later in the clause: "25 … have escaped", "Nine people were hurt". A participle
 * right after the noun is a reduced relative clause, and the main verb after it wins when it has a kind of its own:
 * "seven aid workers kidnapped in March were released" were freed; "five soldiers killed in the ambush were buried" died.
 */
function predicateAfter(ws: Word[], from: number, found: PredicateNotes | undefined, story: StoryCues): FigureKind | 'not-a-count' | null {
	const first = clausePredicate(ws, from, found, story);
	const participle = ws[from]?.lower ?? '';
	// "… who were kidnapped in April were freed": the relative clause has its own auxiliary first.
	const relative = participle === 'who' || participle === 'that';
	if (first === null || first === 'not-a-count' || !(participle.endsWith('ed') || irregularParticiples.has(participle) || relative)) return first;
	for (let at = from + (relative ? 2 : 1); at < ws.length && at - from < 14; at++) {
		const word = ws[at];
		// "Three escaped on the way and five are still held": a new count after "and" starts a clause of its own.
		if (isHardBoundary(word) || clauseStops.has(word.lower) || word.text === ',' || (word.lower === 'and' && readNumber(ws, at + 1))) break;
		if (!finiteAuxiliaries.has(word.lower)) continue;
		const main = clausePredicate(ws, at + 1, found, story);
		if (main !== null && found) found.mainVerbAt = word.start;
		return main === null ? first : main;
	}

	return first;
}

// People "released" from hospital, on bail or without charge are not freed captives.
const notFreedAfter: Record<string, Set<string>> = {
	on: new Set(['bail', 'parole', 'licence', 'license', 'probation']),
	without: new Set(['charge', 'charges']),
	from: new Set(['hospital', 'custody', 'jail', 'prison', 'detention', 'police']),
	after: new Set(['questioning', 'treatment', 'interrogation']),
};

function releasedFromSomethingElse(ws: Word[], at: number): boolean {
	const next = ws[at + 1]?.lower ?? '';
	if (next === 'pending') return true;
	const after = ws[at + 2]?.lower === 'the' ? ws[at + 3]?.lower : ws[at + 2]?.lower;
	return notFreedAfter[next]?.has(after ?? '') ?? false;
}

/** What reading the predicate found besides the kind. */
type PredicateNotes = {
	/** "… were among the injured". */
	among: boolean;
	/** Where the main verb after a relative clause starts ("… kidnapped five months ago | have been freed"). */
	mainVerbAt?: number;
};

function clausePredicate(ws: Word[], from: number, found: PredicateNotes | undefined, story: StoryCues): FigureKind | 'not-a-count' | null {
	let relative = false;
	for (let at = from, steps = 0; at < ws.length && steps < 20; at++, steps++) {
		const word = ws[at];
		// Words of an aside (", both aged 18,") do not use up the reach to the verb.
		if (relative) steps--;
		// "The eight crew members — five Indonesians and three Malaysians — were seized": a dash aside is skipped whole.
		if ((word.text === '—' || word.text === '–') && at > from) {
			const close = closingDash(ws, at);
			if (close !== -1) {
				at = close;
				continue;
			}
		}

		if (isHardBoundary(word) || clauseStops.has(word.lower)) return null;
		// "More than 45,000 people have crossed into Chad …, fleeing an offensive": people who left their homes (prisoners
		// fleeing are sorted out by readFigure).
		if (word.text === ',' && lowerAt(ws, at + 1) === 'fleeing') return 'displaced';
		// A comma ends the clause unless a relative clause or a breakdown follows ("Six people, who were tourists, were rescued").
		if (word.text === ',' && ['who', 'all', 'both'].includes(lowerAt(ws, at + 1))) {
			relative = true;
			continue;
		}

		if (word.text === ',' && relative) {
			relative = false;
			continue;
		}

		// "four soldiers, two civilians and seven insurgents were killed": read on to the list's last count;
		// "three guards, two men and a woman, were wounded": past the aside to the verb.
		if (word.text === ',' && !breakdownWords.has(lowerAt(ws, at + 1))) {
			const close = appositiveEndAt(ws, at);
			if (close !== -1) {
				at = close;
				continue;
			}

			const and = listGoesOnAt(ws, at);
			if (and === -1) return null;
			at = and;
			continue;
		}

		if (word.text === ',') {
			// Skip ", including two nurses," to reach the verb.
			let close = at + 1;
			while (close < ws.length && close - at < 10 && ws[close].text !== ',' && !isHardBoundary(ws[close])) close++;
			if (close < ws.length && ws[close].text === ',') {
				at = close;
				continue;
			}

			return null;
		}

		// Another count ends the clause, unless it is coordinated with this one ("Eighteen officers and 25 protesters were hurt").
		if (at > from && (startsDigit(word.text) || numberWordValue(word.lower) !== undefined) && word.lower !== 'one' && word.lower !== 'both' && lowerAt(ws, at - 1) !== 'aged' && lowerAt(ws, at - 1) !== 'age') {
			const joined = lowerAt(ws, at - 1) === 'and' || (lowerAt(ws, at - 1) === 'least' && lowerAt(ws, at - 3) === 'and') || (['than', 'to'].includes(lowerAt(ws, at - 1)) && lowerAt(ws, at - 3) === 'and');
			// "4,000 residents living within 3 kilometers of the plant were evacuated": a measure is no other count.
			const measure = nonPersonNouns.has(lowerAt(ws, at + 1));
			if (!joined && !measure) return null;
		}
		const lower = word.lower;
		if (lower === 'fled' && ['their', 'his', 'her'].includes(lowerAt(ws, at + 1)) && ['homes', 'home', 'houses', 'villages', 'towns'].includes(lowerAt(ws, at + 2))) return 'displaced';
		if ((lower === 'broke' || lower === 'broken') && lowerAt(ws, at + 1) === 'out') return 'escaped';
		// "forced 10,000 people from their homes", "driven from their villages", "Floods force 10,000 from homes"
		if (lower === 'from' && ['their', 'his', 'her'].includes(lowerAt(ws, at + 1)) && ['homes', 'home', 'houses', 'villages'].includes(lowerAt(ws, at + 2))) return 'displaced';
		if (lower === 'from' && lowerAt(ws, at + 1) === 'homes') return 'displaced';
		// "forced out of their homes", "driven out of their villages" (not "came out of their homes to watch").
		if (lower === 'out' && lowerAt(ws, at + 1) === 'of' && ['their', 'his', 'her'].includes(lowerAt(ws, at + 2)) && ['homes', 'home', 'houses', 'villages'].includes(lowerAt(ws, at + 3)) && ['forced', 'driven', 'chased', 'pushed', 'evicted'].includes(lowerAt(ws, at - 1))) return 'displaced';
		// "left 2,000 people without homes", "without shelter".
		if (lower === 'without' && ['homes', 'shelter', 'housing'].includes(lowerAt(ws, at + 1))) return 'displaced';
		// "brought 25 of them to the surface"
		if (lower === 'surface' && lowerAt(ws, at - 1) === 'the' && lowerAt(ws, at - 2) === 'to') return 'rescued';
		// "tunnelled out of the prison", "slipped out of the jail"
		if (lower === 'out' && lowerAt(ws, at + 1) === 'of' && ws.slice(at + 2, at + 5).some(next => prisonWords.has(next.lower))) return 'escaped';
		// "are still held", "remain held" in a story of captives: still hostages.
		if (lower === 'seized' && story.captivity && passiveMarkers.has(lowerAt(ws, at - 1))) return 'hostages';
		if (lower === 'held' && story.captivity && ['still', 'being', 'remain', 'remained', 'remains'].includes(lowerAt(ws, at - 1))) return 'hostages';
		// "are being held by the gunmen": held by attackers, whatever the rest of the story says.
		if (lower === 'held' && lowerAt(ws, at + 1) === 'by' && captorNouns.has(lowerAt(ws, at + 2) === 'the' ? lowerAt(ws, at + 3) : lowerAt(ws, at + 2))) return 'hostages';
		// "were freed", "were set free", and in a story of captives "were released".
		if (lower === 'freed' || (lower === 'free' && lowerAt(ws, at - 1) === 'set') || (lower === 'released' && story.captivity)) {
			if (releasedFromSomethingElse(ws, at)) return 'not-a-count';
			return 'rescued';
		}

		// "forcing 100,000 residents to flee": displaced (a prison break says "escaped" or "fled").
		if (lower === 'flee' && lowerAt(ws, at - 1) === 'to') return 'displaced';
		// "were held for questioning": arrested.
		if (lower === 'held' && lowerAt(ws, at + 1) === 'for' && lowerAt(ws, at + 2) === 'questioning') return 'arrested';
		// "sought refuge in schools", "took refuge in a nearby town": people who left their homes.
		if (lower === 'refuge' && refugeVerbs.has(lowerAt(ws, at - 1))) return 'displaced';
		// "were moved to safer ground", "moved to shelters", "were relocated", "airlifted out of the valley": taken away
		// from danger by the authorities, evacuated (moved or airlifted to hospital is not).
		if (lower === 'relocated') return 'evacuated';
		// "were in evacuation centres", "moved to evacuation camps".
		if (lower === 'evacuation' && (lowerAt(ws, at - 1) === 'in' || lowerAt(ws, at - 1) === 'to') && ['centres', 'centers', 'camps', 'shelters', 'sites'].includes(lowerAt(ws, at + 1))) return 'evacuated';
		if (lower === 'moved' && lowerAt(ws, at + 1) === 'to' && safePlaces.has(lowerAt(ws, at + 2))) return 'evacuated';
		if (carryVerbs.has(lower) && lowerAt(ws, at + 1) === 'out') return 'evacuated';
		// "were ordered to leave", "told to leave their homes": sent away by the authorities, evacuated (choosing to leave is not).
		if (lower === 'leave' && lowerAt(ws, at - 1) === 'to' && leaveOrders.has(lowerAt(ws, at - 2))) return 'evacuated';
		// "were rounded up": arrested ("rounded up to 300" is arithmetic).
		if (lower === 'rounded' && lowerAt(ws, at + 1) === 'up' && lowerAt(ws, at + 2) !== 'to') return 'arrested';
		if (lower === 'custody' && (lowerAt(ws, at - 1) === 'into' || lowerAt(ws, at - 1) === 'in')) return 'arrested';
		// "were in police custody", "taken into police custody".
		if (lower === 'custody' && lowerAt(ws, at - 1) === 'police' && (lowerAt(ws, at - 2) === 'into' || lowerAt(ws, at - 2) === 'in')) return 'arrested';
		// "received jail terms", "were handed prison sentences": sentenced.
		if (termVerbs.has(lower) && prisonTerms.has(lowerAt(ws, at + 1)) && termNouns.has(lowerAt(ws, at + 2))) return 'sentenced';
		// "pulled 114 miners to safety", "had not been accounted for".
		if (lower === 'safety' && lowerAt(ws, at - 1) === 'to') return 'rescued';
		// "have not been found", "had still not been found", "could not be located", "have yet to be found": missing.
		if ((lower === 'found' || lower === 'located') && (lowerAt(ws, at - 1) === 'not' || (['been', 'be'].includes(lowerAt(ws, at - 1)) && (lowerAt(ws, at - 2) === 'not' || (lowerAt(ws, at - 2) === 'to' && lowerAt(ws, at - 3) === 'yet'))))) return 'missing';
		if (lower === 'accounted' && lowerAt(ws, at + 1) === 'for' && (lowerAt(ws, at - 1) === 'not' || (lowerAt(ws, at - 1) === 'been' && lowerAt(ws, at - 2) === 'not'))) return 'missing';
		if (lower === 'lost' && ['their', 'his', 'her'].includes(lowerAt(ws, at + 1)) && ['lives', 'life'].includes(lowerAt(ws, at + 2))) return 'killed';
		if ((lower === 'hospital' || lower === 'hospitals') && hospitalVerbs.has(lowerAt(ws, at - 1)) && !['the', 'a'].includes(lowerAt(ws, at - 1))) return 'wounded';
		if ((lower === 'hospital' || lower === 'hospitals') && ['to', 'in'].includes(lowerAt(ws, at - 2)) && lowerAt(ws, at - 1) === 'the' && hospitalVerbs.has(lowerAt(ws, at - 3))) return 'wounded';
		if (lower === 'death' || lower === 'toll' || lower === 'deaths' && lowerAt(ws, at - 1) === 'the') continue;
		if (lower === 'escape' || lower === 'escapes') {
			// "escape room", "escape hatch" are things; only "to escape" is the act.
			if (lowerAt(ws, at - 1) !== 'to') continue;
		}

		// "caught in the crossfire", "caught fire", "caught on camera" are not captures.
		if (lower === 'caught' && (notCaughtAfter.has(lowerAt(ws, at + 1)) || (lowerAt(ws, at + 1) === 'on' && ['camera', 'video', 'film', 'tape', 'cctv'].includes(lowerAt(ws, at + 2))))) continue;
		const kind = kindOf(lower) ?? injuryAt(ws, at);
		if (!kind) continue;
		// "has affected 1.2 million people and displaced 80,000": the verb after "and" has a count of its own as object.
		if (lowerAt(ws, at - 1) === 'and' && objectVerbs.has(lower) && countFollows(ws, at + 1)) return null;
		// "Two firefighters were among the injured": a share of a count given before.
		if (found && lowerAt(ws, at - 1) === 'the' && lowerAt(ws, at - 2) === 'among') found.among = true;
		if (kind === 'escaped' && (notEscapeAfter.has(lowerAt(ws, at + 1)) || notEscapeBefore.has(lowerAt(ws, at - 1)))) return 'not-a-count';
		return kind;
	}

	return null;
}

const evacuationNouns = new Set(['evacuation', 'evacuations']);
const orderWords = new Set(['ordered', 'issued', 'orders', 'order']);

/** "Evacuations were ordered", "Evacuation orders were issued" ending at ws[last]: an evacuation noun and an order word, no comma between. */
function evacuationOrderedBefore(ws: Word[], last: number): boolean {
	let ordered = false;
	for (let at = last; at >= 0 && last - at < 5; at--) {
		const lower = ws[at].lower;
		if (ws[at].text === ',' || isHardBoundary(ws[at])) return false;
		if (orderWords.has(lower)) ordered = true;
		if (evacuationNouns.has(lower)) return ordered;
	}

	return false;
}

// Qualifier words that may stand between a verb and its counted object ("displaced more than 9,000").
const objectQualifiers = new Set(['more', 'than', 'at', 'least', 'about', 'some', 'nearly', 'almost', 'around', 'over', 'up', 'to', 'another']);

/** A written count at ws[at], after up to three qualifier words. */
function countFollows(ws: Word[], at: number): boolean {
	let index = at;
	while (index < ws.length && index - at < 3 && objectQualifiers.has(ws[index].lower)) index++;
	return readNumber(ws, index) !== null;
}

/** The dash that closes the aside a dash opens at ws[open] (within a dozen words, before any other boundary), or -1. */
function closingDash(ws: Word[], open: number): number {
	for (let at = open + 1; at < ws.length && at - open <= 12; at++) {
		if (ws[at].text === ws[open].text) return at;
		if (isHardBoundary(ws[at])) return -1;
	}

	return -1;
}

// "the deaths of", "the lives of", "the bodies of", "the rescue of" + a count.
const nounOfKinds: Record<string, FigureKind> = {
	death: 'killed', deaths: 'killed', killing: 'killed', killings: 'killed', lives: 'killed', bodies: 'killed', body: 'killed', remains: 'killed',
	wounding: 'wounded', injury: 'wounded', injuries: 'wounded', escape: 'escaped', rescue: 'rescued', evacuation: 'evacuated',
	arrest: 'arrested', arrests: 'arrested', detention: 'arrested', kidnapping: 'hostages', abduction: 'hostages',
	release: 'rescued', liberation: 'rescued',
};
const isNounOfKind = recordHas(nounOfKinds);
const nounOfKind = recordReader(nounOfKinds);

// Verbs before "to" that make it a revised toll ('rose to 21'), not a range ('10 to 15').
const revisionVerbs = new Set(['rose', 'risen', 'rise', 'rises', 'rising', 'climbed', 'climbs', 'increased', 'jumped', 'grew', 'grown', 'mounted', 'reached', 'bringing', 'brought', 'brings', 'stands', 'stood', 'revised', 'raised', 'updated']);

const prisonWords = new Set(['prison', 'jail', 'gaol', 'penitentiary', 'prisons', 'jails', 'cell', 'cells', 'custody', 'compound', 'facility', 'centre', 'center']);
const isPresentObjectVerb = recordHas(presentObjectVerbKinds);
const roundVerbs = new Set(['round', 'rounds', 'rounded', 'rounding']);
// Where people are moved to get them away from danger: "moved to safer ground", "moved to shelters", "to higher ground".
const safePlaces = new Set(['safer', 'safety', 'shelters', 'shelter', 'higher', 'evacuation', 'temporary', 'relief']);
const refugeVerbs = new Set(['sought', 'took', 'taken', 'take', 'seek', 'seeking', 'taking', 'found']);
const carryVerbs = new Set(['airlifted', 'bused', 'bussed', 'ferried', 'flown', 'trucked', 'shipped']);
const leaveOrders = new Set(['ordered', 'told', 'instructed', 'directed']);
const notCaughtAfter = new Set(['in', 'up', 'fire', 'between', 'unawares', 'off', 'out', 'alight', 'inside', 'under']);
const tallyNouns = new Set(['number', 'count', 'total', 'tally']);

/** "the deaths of all 40 crew", "the deaths of thousands", "the toll rose to 27", "the number of injured rose to 55". */
function nounOfBefore(ws: Word[], first: number): FigureKind | undefined {
	for (let at = first - 1, steps = 0; at >= 0 && steps < 8; at--, steps++) {
		const word = ws[at];
		if (isHardBoundary(word) || word.text === ',') return undefined;
		const lower = word.lower;
		if (lower === 'toll') return 'killed';
		if (adjectiveKinds.has(lower) && ws[at - 1]?.lower === 'of' && tallyNouns.has(ws[at - 2]?.lower ?? '')) return kindOf(lower);
		// "the number caught to 15", "the number of people killed rose to 30"
		if (lower.endsWith('ed') && kindOf(lower) && (tallyNouns.has(ws[at - 1]?.lower ?? '') || (personNouns.has(ws[at - 1]?.lower ?? '') && ws[at - 2]?.lower === 'of' && tallyNouns.has(ws[at - 3]?.lower ?? '')))) return kindOf(lower);
		if (isNounOfKind(lower) && ws[at + 1]?.lower === 'of') {
			// "demanded a ransom for the release of all 11", "called for the release of 40 detainees": asked for, not done.
			const before = ws[at - 1]?.lower === 'the' ? at - 2 : at - 1;
			if (lower === 'release' && demandWords.has(ws[before]?.lower ?? '')) return undefined;
			return nounOfKind(lower);
		}
	}

	return undefined;
}

const demandWords = new Set(['for', 'demanded', 'demanding', 'demand', 'demands', 'sought', 'seeking', 'seek', 'seeks', 'urged', 'urging']);

const audienceVerbs = new Set(['told', 'tells', 'telling', 'briefed']);
const notAGroup = new Set(['others', 'lives', 'more', 'kids']);

/** The group a bare count refers to: "attacked their guards late Sunday, killing one" → "guards". */
function nearestGroupBefore(ws: Word[], first: number): string | null {
	// The sentence's own subject ("Rebels attacked the convoy, killing one") is who acted, not who was hit.
	for (let at = first - 1; at >= 3 && first - at <= 30; at--) {
		const lower = ws[at].lower;
		// "told reporters": the audience, not the victims.
		if (audienceVerbs.has(ws[at - 1].lower)) continue;
		if (personNouns.has(lower) && lower.endsWith('s') && !genericSubjects.has(lower) && !notAGroup.has(lower) && !kindNouns.has(lower)) return ws[at].text;
	}

	return null;
}
