// Deaths, arrests and injuries written without a number: "The mayor died today",
// "she was declared dead", "troops killed Omar Haddad", "a 40-year-old
// man has been arrested", "police detained the driver and his brother" (two),
// "the pilot was injured". Each names one person (or two joined by "and"); the
// summary uses them only when the story gives no written count of that kind.
import type {Entity, FigureKind} from '../model/types.js';
import type {Word} from './words.js';
import type {Draft} from './figure-links.js';
import {nonPersonNouns, perpetrators, personNouns} from './figure-cues.js';
import {startsDigit, startsLower, startsUpper} from './initials.js';
import {ordinals, readNumber} from './numbers.js';

// Words that may sit between a subject and "died" / "was killed".
const between = new Set([
	'was', 'were', 'had', 'has', 'have', 'been', 'being', 'later', 'subsequently', 'reportedly', 'also', 'himself', 'herself', 'then', 'to',
	'announced', 'reported', 'said', 'believed', 'thought', 'confirmed', 'feared', 'eventually', 'instantly', 'immediately', 'tragically',
	'allegedly', 'apparently', 'is', 'be', 'pronounced', 'found', 'declared', 'shot', 'stabbed', 'beaten', 'burned', 'who', 'sadly', 'since',
]);
const calendarWords = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'in', 'on', 'at', 'last', 'this', 'yesterday', 'today']);
const singularPronouns = new Set(['he', 'she', 'him', 'her']);
const particles = new Set(['al', 'bin', 'ibn', 'van', 'von', 'de', 'da', 'del', 'der', 'le', 'la', 'el', 'abu', 'ben']);

/** Person mentions by where they start and end, so names are found without scanning every entity. */
export type PeopleIndex = {readonly byStart: Map<number, {end: number; name: string}>; readonly byEnd: Map<number, {start: number; name: string}>};

/**
 * The index is built on first use: only a name right before or after a death, arrest or injury verb asks for it,
 * and most stories have none, while every person mention of a name-dense story would go into the maps.
 */
export function indexPeople(entities: Entity[]): PeopleIndex {
	let index: {byStart: PeopleIndex['byStart']; byEnd: PeopleIndex['byEnd']} | undefined;
	const built = () => {
		if (index === undefined) {
			index = {byStart: new Map(), byEnd: new Map()};
			for (const entity of entities) {
				if (entity.type !== 'person') continue;
				for (const mention of entity.mentions) {
					index.byStart.set(mention.start, {end: mention.end, name: entity.name});
					index.byEnd.set(mention.end, {start: mention.start, name: entity.name});
				}
			}
		}

		return index;
	};

	return {
		get byStart() {
			return built().byStart;
		},
		get byEnd() {
			return built().byEnd;
		},
	};
}

const arrestVerbs = new Set(['arrested', 'detained']);
const injuryVerbs = new Set(['injured', 'wounded', 'hurt', 'hospitalised', 'hospitalized', 'wounding', 'injuring']);
// Verbs that take the injured person as their object: "wounded a policeman", "injuring the driver and his son".
const activeObjectVerbs = new Set(['arrested', 'detained', 'wounded', 'injured', 'wounding', 'injuring']);
// "shot and wounded": a first verb joined to the injury verb by "and" belongs to the same passive.
const passiveAuxiliaries = new Set(['was', 'been', 'being', 'is', 'also', 'later', 'reportedly', 'seriously', 'badly', 'critically', 'slightly', 'fatally', 'lightly', 'severely', 'gravely']);
const jointVerbs = new Set(['shot', 'stabbed', 'beaten', 'attacked', 'assaulted']);
const violentVerbs = new Set(['stabbed', 'beaten', 'shot', 'hacked', 'burned', 'burnt', 'crushed', 'trampled', 'bludgeoned', 'clubbed', 'stoned']);
// "was shot in the leg", "was stabbed in the neck": a wound to the body is an injury; the head is left out (as often a death as not).
const bodyParts = new Set(['leg', 'legs', 'arm', 'arms', 'shoulder', 'shoulders', 'foot', 'feet', 'hand', 'hands', 'thigh', 'knee', 'ankle', 'hip', 'wrist', 'buttocks', 'elbow', 'neck', 'face', 'back', 'chest', 'stomach', 'abdomen', 'side', 'torso', 'groin']);
const shootVerbs = new Set(['shot', 'gunned', 'shooting', 'gunning']);
const deathWords = new Set(['died', 'dead', 'death', 'killed', 'dies', 'succumbed', 'fatally', 'mortally']);

/** "was shot in the leg", "was stabbed" (not "stabbed to death", "shot dead", "shot in the chest and died"). */
function woundedNotKilled(ws: Word[], verb: number): boolean {
	for (let at = verb + 1; at < ws.length; at++) if (deathWords.has(ws[at].lower)) return false;
	if (deathWords.has(ws[verb - 2]?.lower ?? '')) return false;
	if (ws[verb].lower === 'stabbed') return true;
	const body = ws[verb + 1]?.lower === 'in' && ['the', 'his', 'her', 'their'].includes(ws[verb + 2]?.lower ?? '') ? verb + 3 : -1;
	return body !== -1 && bodyParts.has(ws[body]?.lower ?? '');
}
// "Nobody was killed", "no one was hurt": a negated subject names no victim.
const negativeSubjects = new Set(['nobody', 'none', 'noone', 'everyone', 'everybody', 'anyone', 'anybody', 'someone', 'somebody']);
const injuryNouns = new Set(['injuries', 'injury', 'wounds', 'burns']);
const determiners = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);
const allKinds = new Set<FigureKind>(['killed']);

type Subject = {start: number; end: number; name: string | null; count?: number};

/** The words every reading of findImplicitFigures starts at: a sentence without one holds no one-person figure. */
export const onePersonCueWords = new Set(['body', 'death', 'died', 'killed', 'dead', 'dies', 'killing', 'arrested', 'detained', 'detention', 'injured', 'wounded', 'wounding', 'injuring', 'hurt', 'shot', 'stabbed', 'hospitalised', 'hospitalized', 'suffered', 'sustained']);

/** One-person deaths in a sentence that has no numbered death. */
export function findImplicitFigures(text: string, ws: Word[], sentence: number, mainEvent: boolean, entities: PeopleIndex, kinds: Set<FigureKind> = allKinds): Draft[] {
	const found: Draft[] = [];
	for (let index = 0; index < ws.length; index++) {
		const lower = ws[index].lower;
		if (!onePersonCueWords.has(lower)) continue;
		let subject: Subject | null | undefined;
		let kind: FigureKind = 'killed';
		if (lower === 'detention') {
			// "ordered the detention of the driver, his assistant and a switchman"
			kind = 'arrested';
			if (!kinds.has(kind) || ws[index + 1]?.lower !== 'of') continue;
			subject = objectList(text, ws, index + 2, entities);
		} else if (arrestVerbs.has(lower) || injuryVerbs.has(lower) || lower === 'suffered' || lower === 'sustained') {
			kind = arrestVerbs.has(lower) ? 'arrested' : 'wounded';
			if (!kinds.has(kind)) continue;
			subject = otherSubject(text, ws, index, entities);
		} else if ((lower === 'shot' || lower === 'stabbed') && passiveAuxiliaries.has(ws[index - 1]?.lower ?? '')) {
			kind = 'wounded';
			if (!kinds.has(kind) || !woundedNotKilled(ws, index)) continue;
			subject = subjectBefore(text, ws, index, entities);
		} else if (!kinds.has('killed')) {
			continue;
		} else if (lower === 'died' || lower === 'dies') {
			subject = subjectBefore(text, ws, index, entities);
		} else if (lower === 'killed' && ws[index - 1]?.lower === 'also' && !['was', 'were', 'been', 'being', 'is', 'are'].includes(ws[index - 2]?.lower ?? '') && determiners.has(ws[index + 1]?.lower ?? '')) {
			// "The attackers also killed a local chief": active, with its object after it.
			subject = objectOf(text, ws, index, entities);
		} else if (lower === 'killed' && ['was', 'been', 'being', 'also', 'later', 'reportedly', 'himself', 'herself'].includes(ws[index - 1]?.lower ?? '')) {
			if (ws[index + 1] && startsDigit(ws[index + 1].text)) continue;
			subject = subjectBefore(text, ws, index, entities);
		} else if (lower === 'death' && ws[index - 1]?.lower === 'to' && violentVerbs.has(ws[index - 2]?.lower ?? '') && passiveAuxiliaries.has(ws[index - 3]?.lower ?? '')) {
			// "was stabbed to death", "was beaten to death"
			subject = subjectBefore(text, ws, index - 2, entities);
		} else if (lower === 'killed' && ws[index - 1]?.lower === 'and' && jointVerbs.has(ws[index - 2]?.lower ?? '') && passiveAuxiliaries.has(ws[index - 3]?.lower ?? '')) {
			// "was shot and killed"
			subject = subjectBefore(text, ws, index - 2, entities);
		} else if (lower === 'dead' && shootVerbs.has(ws[index - 1]?.lower ?? '') && determiners.has(ws[index + 1]?.lower ?? '') && !['was', 'were', 'been', 'being', 'is', 'are'].includes(ws[index - 2]?.lower ?? '')) {
			// "The gang shot dead a driver", "shooting dead a security guard": active, with its object after it (whoever is
			// shot dead is a person, so a role known only by its shape counts: "a night watchman").
			subject = objectOf(text, ws, index, entities, 'any');
		} else if (lower === 'body' && ws[index + 1]?.lower === 'of' && ws[index - 1]?.lower === 'the') {
			// "Rescuers found the body of a missing guide", "the body of Ana Ruiz was recovered"
			const next = ws[index + 2];
			subject = next && startsUpper(next.text) ? nameAt(text, ws, index + 2, entities) : bodyOf(text, ws, index + 2, entities);
		} else if (lower === 'dead' && violentVerbs.has(ws[index - 1]?.lower ?? '') && passiveAuxiliaries.has(ws[index - 2]?.lower ?? '')) {
			// "was shot dead"
			subject = subjectBefore(text, ws, index - 1, entities);
		} else if (lower === 'dead' && ['pronounced', 'declared', 'confirmed', 'found'].includes(ws[index - 1]?.lower ?? '')) {
			subject = subjectBefore(text, ws, index, entities);
		} else if (lower === 'dead' && singularPronouns.has(ws[index - 1]?.lower ?? '') && ['shot', 'stabbed', 'beat', 'beaten'].includes(ws[index - 2]?.lower ?? '')) {
			subject = {start: ws[index - 1].start, end: ws[index - 1].end, name: null};
		} else if ((lower === 'killed' || lower === 'killing') && ws[index + 1] && startsUpper(ws[index + 1].text)) {
			subject = nameAt(text, ws, index + 1, entities);
		} else if ((lower === 'killed' || lower === 'killing') && determiners.has(ws[index + 1]?.lower ?? '')) {
			// "The blast killed a soldier and wounded three civilians", "killing the driver and his son"
			subject = objectOf(text, ws, index, entities);
		}

		if (!subject) continue;
		const start = Math.min(subject.start, ws[index].start);
		const draft: Draft = {
			id: '',
			kind,
			qualifier: 'exact',
			count: subject.count ?? 1,
			subject: subject.name,
			start,
			end: Math.max(subject.end, ws[index].end),
			sentence,
			attribution: null,
			partOf: null,
			mainEvent,
			implicit: true,
			partitive: false,
			anaphoric: false,
			breakdown: false,
			definite: false,
			among: false,
		};
		// "One of the gunmen, Ali Haddad, was shot dead": a named attacker is counted as one of the attackers.
		if (kind === 'killed' && draft.subject !== null && startsUpper(draft.subject)) {
			const attacker = attackerBefore(ws, start);
			if (attacker !== undefined) draft.subject = attacker;
		}

		// "One guard was wounded and another was injured": "another" beside a one-person figure of its kind in the
		// sentence is a second person of that figure (two in one figure, as "the owner and his son").
		const first = subject.name === null && text.startsWith('another', subject.start) ? lastOfKind(found, kind) : undefined;
		if (first !== undefined) {
			first.count++;
			first.end = Math.max(first.end, draft.end);
			continue;
		}

		const addition = kind === 'killed' ? additionMark(ws, start, index, subject.end) : undefined;
		if (addition !== undefined) {
			draft.increment = true;
			// "Another inmate died", "a further victim died" count one more as plainly as "two more died" (a written
			// count); "a civilian was also killed" is one more beside a group, but may be one of a toll (see summary.ts).
			if (addition === 'one more') delete draft.implicit;
			if (draft.subject !== null) draft.subject = draft.subject.replace(/^(?:further|additional)\s+/i, '');
		}

		found.push(draft);
	}

	return found;
}

/** "One of the gunmen, Ali Haddad, …", "The gunman, Ali Haddad, …": the attacker noun the name is set beside, or undefined. */
function attackerBefore(ws: Word[], start: number): string | undefined {
	let at = 0;
	while (at < ws.length && ws[at].start < start) at++;
	const lower = ws[at - 2]?.lower ?? '';
	return ws[at - 1]?.text === ',' && perpetrators.has(lower) ? lower : undefined;
}

// Determiners of one person on top of those counted before: "another inmate died", "a further victim died".
const oneMoreWords = new Set(['another', 'further', 'additional']);

/**
 * "Another inmate died", "a further victim died": 'one more'. "A civilian was also killed", "was killed too":
 * 'also', one more beside the people counted before, or one of a toll of people in general. Undefined otherwise.
 */
function additionMark(ws: Word[], start: number, verb: number, end: number): 'one more' | 'also' | undefined {
	let at = verb;
	while (at > 0 && ws[at - 1].start >= start) at--;
	let also = false;
	// The subject's words and the verb's, and an object's after it ("the body of a third fisherman").
	for (; at < ws.length && ws[at].start < end; at++) {
		if (at === verb) continue;
		// "another", "a further"; "the body of a third fisherman": an ordinal counts one more too.
		if (oneMoreWords.has(ws[at].lower) || (ordinals.has(ws[at].lower) && ws[at - 1]?.lower === 'a')) return 'one more';
		if (ws[at].lower === 'also') also = true;
	}

	// "The attackers also killed a local chief", "also shot dead a driver": the object comes after the verb, the "also" before it.
	if (ws[verb - 1]?.lower === 'also' || (ws[verb].lower === 'dead' && ws[verb - 2]?.lower === 'also')) also = true;
	return also || ws[verb + 1]?.lower === 'too' || (ws[verb + 1]?.lower === 'as' && ws[verb + 2]?.lower === 'well') ? 'also' : undefined;
}

/** The person an arrest or injury verb is about: "a 34-year-old man was arrested", "police detained the driver", "the pilot suffered serious injuries". */
function otherSubject(text: string, ws: Word[], verb: number, entities: PeopleIndex): Subject | undefined {
	const lower = ws[verb].lower;
	if (lower === 'suffered' || lower === 'sustained') {
		// "suffered minor injuries": up to two adjectives, then an injury noun; the subject is before the verb.
		let at = verb + 1;
		while (at < ws.length && at - verb <= 3 && !injuryNouns.has(ws[at].lower) && /^\p{Ll}+$/u.test(ws[at].text)) at++;
		if (!injuryNouns.has(ws[at]?.lower ?? '')) return undefined;
		return subjectBefore(text, ws, verb, entities);
	}

	const next = ws[verb + 1];
	// "A soldier was killed and another wounded": the second clause leaves its "was" out.
	if (ws[verb - 1]?.lower === 'another' && ws[verb - 2]?.lower === 'and' && passiveBefore(ws, verb - 2)) return {start: ws[verb - 1].start, end: ws[verb - 1].end, name: null};
	const joined = ws[verb - 1]?.lower === 'and' && jointVerbs.has(ws[verb - 2]?.lower ?? '') && passiveAuxiliaries.has(ws[verb - 3]?.lower ?? '');
	if (passiveAuxiliaries.has(ws[verb - 1]?.lower ?? '') || joined) {
		// "was injured in 2019" or "was arrested for 3 days": a number right after is somebody else's business.
		if (next && startsDigit(next.text)) return undefined;
		return subjectBefore(text, ws, joined ? verb - 2 : verb, entities);
	}

	if (!activeObjectVerbs.has(lower)) return undefined;
	// Only people are arrested, so a role known by its shape ("the developer") counts when an age or an aside says it is one.
	return objectOf(text, ws, verb, entities, arrestVerbs.has(lower) ? 'shown' : 'listed');
}

function lastOfKind(found: Draft[], kind: FigureKind): Draft | undefined {
	for (let at = found.length - 1; at >= 0; at--) if (found[at].kind === kind) return found[at];
	return undefined;
}

/** A passive "was"/"were" before ws[end] in the sentence: the auxiliary a coordinated clause may leave out. */
function passiveBefore(ws: Word[], end: number): boolean {
	for (let at = end - 1; at >= 0; at--) if (ws[at].lower === 'was' || ws[at].lower === 'were') return true;
	return false;
}

/** The one or two people after an active verb: "arrested the owner and his son", "detained the operator, Ana Ruiz", "wounding a policeman". */
function objectOf(text: string, ws: Word[], verb: number, entities: PeopleIndex, roles: Roles = 'listed'): Subject | undefined {
	const next = ws[verb + 1];
	if (!next) return undefined;
	// "the wounded man", "the injured driver": an adjective before its noun, not a verb with an object.
	if (determiners.has(ws[verb - 1]?.lower ?? '')) return undefined;
	if (startsUpper(next.text)) return nameAt(text, ws, verb + 1, entities);
	return objectList(text, ws, verb + 1, entities, roles);
}

/**
 * The people of a list of roles from ws[from]: "the owner and his son" (two), "the train's driver, his assistant and
 * a switchman" (three), "the mine's director, Viktor Leontyev, and his deputy" (two: a name in commas is who the
 * role before it is).
 */
function objectList(text: string, ws: Word[], from: number, entities: PeopleIndex, roles: Roles = 'listed'): Subject | undefined {
	const first = objectPhrase(ws, from, roles);
	if (!first) return undefined;
	let end = first.last;
	let count = 1;
	while (count < 6) {
		let next = end;
		const appositive = nameInCommas(ws, next);
		if (appositive !== -1) next = appositive;
		if (ws[next]?.text === ',') next++;
		const and = ws[next]?.lower === 'and';
		if (and) next++;
		if (next === end) break;
		const item = objectPhrase(ws, next);
		// "the developer of the building, a man in his 50s, …": an indefinite aside that no "and" goes on from is who
		// the person before is, not one more.
		if (item && !and && indefiniteAside(ws, next, item.last)) break;
		if (!item) {
			// "the owner, his son and three employees": a counted group closing the list.
			const group = and ? countedGroupAt(ws, next) : undefined;
			if (group) {
				count += group.count;
				end = group.last;
			}

			break;
		}

		count++;
		end = item.last;
		if (and) break;
	}

	return {start: ws[from].start, end: ws[end - 1].end, name: text.slice(ws[from].start, ws[end - 1].end), count};
}

/** An indefinite item after a comma (", a man in his 50s") that no list goes on from ("and …", ", his son and …"). */
function indefiniteAside(ws: Word[], first: number, last: number): boolean {
	if (ws[first - 1]?.text !== ',' || !indefinite.has(ws[first].lower)) return false;
	const after = ws[last];
	if (after?.lower === 'and') return false;
	if (after?.text !== ',') return true;
	return ws[last + 1]?.lower !== 'and' && !objectPhrase(ws, last + 1);
}

/** "three employees", "two shift supervisors" at ws[at]: a written count of people, up to its noun. */
function countedGroupAt(ws: Word[], at: number): {count: number; last: number} | undefined {
	const number = readNumber(ws, at);
	if (!number || number.vague || !Number.isInteger(number.value) || number.value < 2) return undefined;
	for (let noun = number.last; noun < ws.length && noun - number.last < 3; noun++) {
		if (!/^\p{Ll}/u.test(ws[noun].text)) return undefined;
		if (personNouns.has(ws[noun].lower) && ws[noun].lower.endsWith('s')) return {count: number.value, last: noun + 1};
	}

	return undefined;
}

/** "the body of a missing guide, Pemba Sherpa,": whoever a body is, one person (by the name in commas when there is one). */
function bodyOf(text: string, ws: Word[], from: number, entities: PeopleIndex): Subject | undefined {
	if (!determiners.has(ws[from]?.lower ?? '')) return undefined;
	let last = from + 1;
	while (last < ws.length && last - from <= 4 && /^\p{Ll}[\p{Ll}'-]*$/u.test(ws[last].text) && !['was', 'were', 'had', 'has', 'in', 'on', 'at', 'near', 'from', 'and', 'who', 'that'].includes(ws[last].lower)) last++;
	const noun = ws[last - 1]?.lower ?? '';
	if (last === from + 1 || !mayBePerson(noun)) return undefined;
	const close = nameInCommas(ws, last);
	if (close !== -1) {
		const named = nameEndingAt(text, ws, close - 1, entities);
		if (named) return named;
	}

	return {start: ws[from].start, end: ws[last - 1].end, name: text.slice(ws[from + 1].start, ws[last - 1].end)};
}

// Things a body may be of: "the body of the plane".
const bodiesOfThings = new Set(['plane', 'car', 'ship', 'boat', 'vessel', 'vehicle', 'truck', 'bus', 'aircraft', 'helicopter', 'tanker', 'trailer', 'train', 'report', 'text', 'letter', 'work', 'evidence', 'law', 'water', 'knowledge', 'research']);

/** The noun after "the body of a …" names a person: a people noun, a role, or a word shaped like one ("a missing guide"). */
function mayBePerson(noun: string): boolean {
	if (bodiesOfThings.has(noun) || nonPersonNouns.has(noun) || nonPersonNouns.has(`${noun}s`)) return false;
	return isSingularPerson(noun) || relatives.has(noun) || /(?:er|or|ist|ian|man|woman|ee|ant|ent|ess|boy|girl|child|guide)$/.test(noun);
}

/** ", Viktor Leontyev," at ws[at]: where the closing comma stands, or -1. */
function nameInCommas(ws: Word[], at: number): number {
	if (ws[at]?.text !== ',' || !startsUpper(ws[at + 1]?.text ?? '')) return -1;
	let close = at + 1;
	while (close < ws.length && close - at <= 5 && (startsUpper(ws[close].text) || particles.has(ws[close].lower))) close++;
	return ws[close]?.text === ',' ? close : -1;
}

/**
 * How far a role known only by its shape ("the developer", "a night watchman", see mayBePerson) counts as one person:
 * 'listed' never (only listed people nouns), 'shown' when an age ("a 58-year-old …") or an indefinite aside
 * (", a man in his 50s,") shows it is one, 'any' always (the object of "shot dead").
 */
type Roles = 'listed' | 'shown' | 'any';
const indefinite = new Set(['a', 'an']);

/** A listed person noun or a relation: "the owner", "his son", "a guard". */
function isPersonWord(lower: string): boolean {
	return personNouns.has(lower) || isSingularPerson(lower) || relatives.has(lower);
}

/**
 * "the owner", "his son", "the head of a company", "a 58-year-old man", "a security guard", "a man in his 40s": one
 * person after a determiner; undefined for groups and things.
 */
function objectPhrase(ws: Word[], from: number, roles: Roles = 'listed'): {last: number} | undefined {
	if (!determiners.has(ws[from]?.lower ?? '')) return undefined;
	let at = from + 1;
	let aged = false;
	// Lowercase modifiers and an age ("a 58-year-old man": 58, -, year-old) may stand before the noun.
	while (at < ws.length && at - from <= 6 && !isPersonWord(ws[at].lower) && !(roles !== 'listed' && mayBePerson(ws[at].lower))) {
		const word = ws[at].text;
		if (/^\d+$/.test(word) && ws[at + 1]?.text === '-') aged = true;
		else if (!/^\p{Ll}[\p{Ll}'-]*$/u.test(word) && !(word === '-' && aged)) break;
		at++;
	}

	// "a security guard", "a police officer": a group noun used as a modifier of the person.
	if (!isSingularPerson(ws[at]?.lower ?? '') && !relatives.has(ws[at]?.lower ?? '') && personNouns.has(ws[at]?.lower ?? '') && isSingularPerson(ws[at + 1]?.lower ?? '') && startsLower(ws[at + 1].text)) at++;
	const noun = ws[at]?.lower ?? '';
	const listed = isSingularPerson(noun) || relatives.has(noun);
	if (!listed && (roles === 'listed' || !startsLower(ws[at]?.text ?? '') || !mayBePerson(noun))) return undefined;
	let last = at + 1;
	// "the head of a company": the "of" phrase belongs to the person.
	if (ws[last]?.lower === 'of' && determiners.has(ws[last + 1]?.lower ?? '')) {
		last += 2;
		while (last < ws.length && last - at <= 5 && startsLower(ws[last].text) && !['and', 'that', 'who', 'which', 'whose', 'in', 'on', 'at', 'for', 'after', 'on', 'over'].includes(ws[last].lower)) last++;
	}

	last = afterAgeDecade(ws, last);
	if (listed || roles === 'any' || aged) return {last};
	// 'shown': an indefinite aside of one person right after says it is one ("the developer, a man in his 50s").
	return ws[last]?.text === ',' && indefinite.has(ws[last + 1]?.lower ?? '') && objectPhrase(ws, last + 1) ? {last} : undefined;
}

/** "in his 40s", "in her early 30s" at ws[at]: where the age phrase ends (the decade's "40" + "s"), or `at`. */
function afterAgeDecade(ws: Word[], at: number): number {
	if (ws[at]?.lower !== 'in' || !['his', 'her', 'their'].includes(ws[at + 1]?.lower ?? '')) return at;
	const decade = ['early', 'mid', 'late'].includes(ws[at + 2]?.lower ?? '') ? at + 3 : at + 2;
	return /^\d0$/.test(ws[decade]?.text ?? '') && ws[decade + 1]?.text === 's' ? decade + 2 : at;
}

/** The same read backwards: where "in his 40s" ending at ws[last] starts, or -1. */
function ageDecadeEndingAt(ws: Word[], last: number): number {
	if (ws[last]?.text !== 's' || !/^\d0$/.test(ws[last - 1]?.text ?? '')) return -1;
	const pronoun = ['early', 'mid', 'late'].includes(ws[last - 2]?.lower ?? '') ? last - 3 : last - 2;
	return ['his', 'her', 'their'].includes(ws[pronoun]?.lower ?? '') && ws[pronoun - 1]?.lower === 'in' ? pronoun - 1 : -1;
}

const relatives = new Set(['son', 'daughter', 'brother', 'sister', 'father', 'mother', 'husband', 'wife', 'nephew', 'niece', 'cousin', 'uncle', 'aunt', 'owner', 'operator', 'manager', 'director', 'head', 'captain', 'landlord', 'employee', 'boss', 'chief', 'partner', 'friend', 'neighbour', 'neighbor',
	// Roles of the people held to account for an accident: "the driver, his assistant and a switchman".
	'assistant', 'deputy', 'supervisor', 'foreman', 'switchman', 'signalman', 'dispatcher', 'conductor', 'engineer', 'inspector', 'accountant', 'accomplice', 'bodyguard', 'aide']);

/** The one person before a death verb: a pronoun, a name, or "a rescued woman"; undefined for groups. */
function subjectBefore(text: string, ws: Word[], verb: number, entities: PeopleIndex) {
	let at = verb - 1;
	while (at >= 0 && between.has(ws[at].lower)) at--;
	if (at < 0) return undefined;
	// "A man in his 40s was detained": the age after the noun is not who.
	const age = ageDecadeEndingAt(ws, at);
	if (age > 0) at = age - 1;
	// Skip an appositive: "Lena …, a teacher from Peru, died".
	if (ws[at].text === ',') {
		let open = at - 1;
		while (open >= 0 && ws[open].text !== ',' && verb - open < 20) open--;
		if (open <= 0 || ws[open].text !== ',') return undefined;
		// "A guard, Ivan Petrov, was shot dead": the name in the appositive says who, better than the description.
		if (open + 1 < at && isSingularPerson(ws[open - 1].lower) && startsUpper(ws[open + 1].text)) {
			const named = nameEndingAt(text, ws, at - 1, entities);
			if (named && named.start === ws[open + 1].start) return named;
		}

		at = open - 1;
	}

	const word = ws[at];
	if (negativeSubjects.has(word.lower) || (word.lower === 'one' && ws[at - 1]?.lower === 'no')) return undefined;
	// "One guard was wounded and another was injured": a second person, after the first one's clause.
	if (word.lower === 'another' && ws[at - 1]?.lower === 'and') return {start: word.start, end: word.end, name: null};
	if (singularPronouns.has(word.lower)) return {start: word.start, end: word.end, name: null};
	// A name ends in a capitalised word, or a particle joined to one ("al-Baghdadi"); "the driver of the van" does not.
	if (startsUpper(word.text) || (particles.has(word.lower.split('-')[0]) && /-\p{Lu}/u.test(word.text))) {
		return nameEndingAt(text, ws, at, entities);
	}

	// "a rescued woman", "the mayor": a singular person noun after a determiner.
	if (isSingularPerson(word.lower)) {
		let first = at;
		// Lowercase modifiers and an age ("a 34-year-old lorry driver") may stand between the determiner and the noun.
		// A capitalised nationality or affiliation ("an Armenian soldier", "a Reuters photographer") too.
		while (first > 0 && at - first < 6 && !['a', 'an', 'the', 'one', 'another'].includes(ws[first - 1].lower) && (startsLower(ws[first - 1].text) || /^\p{Lu}\p{Ll}+$/u.test(ws[first - 1].text) || (ws[first - 1].text === '-' && ws[first]?.lower.startsWith('year')) || (/^\d+$/.test(ws[first - 1].text) && ws[first]?.text === '-'))) first--;
		if (first > 0 && ['a', 'an', 'the', 'one', 'another'].includes(ws[first - 1].lower)) {
			return {start: ws[first - 1].start, end: word.end, name: text.slice(ws[first].start, word.end)};
		}
	}

	return undefined;
}

/** One person: "the mayor", "a rescuer" (the singular of a plural people noun such as "rescuers" counts too). */
/**
 * A one-person figure's named person, by last name lowercased ("Mirzo Ziyoyev" → "ziyoyev"); null for a pronoun or
 * a description. Two figures with one key are one person (who was wounded and then died, or is named twice).
 */
export function surnameKey(subject: string | null): string | null {
	return subject !== null && startsUpper(subject) ? subject.split(/\s+/).at(-1)!.toLowerCase() : null;
}

export function isSingularPerson(lower: string): boolean {
	if (collectiveNouns.has(lower)) return false;
	return (personNouns.has(lower) && !lower.endsWith('s')) || singularNouns.has(lower) || singularsOfPeople.has(lower);
}

// "a family", "the crew": many people under a singular noun.
const collectiveNouns = new Set(['family', 'crew', 'staff', 'police', 'security', 'personnel', 'group', 'household', 'team', 'couple', 'life']);

// "rescuers" → "rescuer", "policemen" → "policeman": the singulars of the plural people nouns, built once.
// Words whose plural is not a group of people ("lives", "others") or has no singular ("police") are left out.
const singularsOfPeople = new Set(
	[...personNouns]
		.filter(noun => !['others', 'lives', 'more', 'police', 'security', 'staff', 'crew', 'personnel', 'dead', 'injured', 'wounded', 'deceased', 'families', 'friends', 'relatives', 'supporters', 'opponents', 'nationals', 'americans', 'fans', 'players', 'members'].includes(noun))
		.map(noun => (noun.endsWith('men') ? `${noun.slice(0, -3)}man` : noun.endsWith('s') && !noun.endsWith('ss') ? noun.slice(0, -1) : ''))
		.filter(noun => noun.length > 2),
);

const singularNouns = new Set(['mayor', 'journalist', 'sergeant', 'officer', 'policeman', 'policewoman', 'president', 'leader', 'commander', 'general', 'suspect', 'gunman', 'attacker', 'teenager', 'pedestrian', 'motorist', 'cyclist', 'firefighter', 'photographer', 'reporter', 'priest', 'teacher', 'doctor', 'nurse', 'toddler', 'infant', 'patient', 'prisoner', 'inmate', 'protester', 'student']);

/** A capitalised name that ends at ws[last] (or a known person's mention there). */
function nameEndingAt(text: string, ws: Word[], last: number, entities: PeopleIndex) {
	const end = ws[last].end;
	const known = entities.byEnd.get(end);
	if (known) return {start: known.start, end, name: known.name};

	let first = last;
	while (first > 0 && (startsUpper(ws[first - 1].text) || particles.has(ws[first - 1].lower.split('-')[0])) && last - first < 4) first--;
	// A sentence-initial capital alone ("The") is no name.
	const name = text.slice(ws[first].start, end);
	if (/^(?:The|A|An|This|That|It|They|We|I|One)$/.test(name)) return undefined;
	if (personNouns.has(ws[last].lower) && ws[last].lower.endsWith('s')) return undefined;
	return {start: ws[first].start, end, name};
}

/** A name that starts at ws[first]: "killed Omar Haddad". */
function nameAt(text: string, ws: Word[], first: number, entities: PeopleIndex) {
	const start = ws[first].start;
	const known = entities.byStart.get(start);
	if (known) return {start, end: known.end, name: known.name};

	if (calendarWords.has(ws[first].lower)) return undefined;
	let last = first;
	while (last + 1 < ws.length && startsUpper(ws[last + 1].text) && last - first < 3) last++;
	// "killed Peruvian colonel …": one capitalised word before a lowercase noun is an adjective, not a name.
	if (last === first && startsLower(ws[last + 1]?.text ?? '') && !['and', 'in', 'on', 'at', 'with', 'by', 'after', 'before', 'while', 'during', 'as', 'last', 'this', 'early', 'late'].includes(ws[last + 1].lower)) return undefined;
	const name = text.slice(start, ws[last].end);
	if (/^(?:The|A|An|This|That|It|They|We|I|One)$/.test(name)) return undefined;
	return {start, end: ws[last].end, name};
}
