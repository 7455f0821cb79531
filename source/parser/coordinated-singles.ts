// One person named beside a counted group: "two guards and an inmate were killed", "A gendarme and two young
// men were killed", "killing three soldiers and a civilian". The singular after "a"/"an" has no number of its
// own, but it shares the group's verb, so it is one more of the same kind: a count of one beside the group's.
import {nonPersonNouns, personNouns} from './figure-cues.js';
import type {Draft} from './figure-links.js';
import {isHardBoundary, type Word} from './words.js';
import {appositiveEndAt} from './count-lists.js';
import {nameInCommasBefore} from './name-asides.js';

// Words that end the singular's noun phrase: the shared verb or the next part of the list.
const phraseEnds = new Set(['was', 'were', 'and', 'or', 'in', 'on', 'at', 'who', 'had', 'have', 'has', 'are', 'is', 'died', 'killed', 'wounded', 'injured', 'during', 'after', 'before', 'when', 'while', 'as', 'from', 'by', 'with', 'near', 'outside', 'inside', 'aboard']);
const articles = new Set(['a', 'an']);
// Words after "a" that make it no person ("a total of", "a number of", "a day").
// One person's role after "the": the only singulars "the" may open, since "the police" or "the city" are no person.
const definiteRoles = new Set([
	'driver', 'pilot', 'captain', 'owner', 'manager', 'director', 'conductor', 'gunman', 'attacker', 'bomber', 'suspect', 'teacher',
	'nurse', 'doctor', 'guard', 'soldier', 'officer', 'policeman', 'policewoman', 'headmaster', 'principal', 'boss', 'landlord',
	'operator', 'engineer', 'foreman', 'supervisor', 'husband', 'wife', 'son', 'daughter', 'father', 'mother', 'brother',
	'priest', 'imam', 'pastor', 'chairman', 'mayor', 'journalist', 'photographer', 'cameraman', 'interpreter', 'translator',
	'executive', 'deputy', 'assistant', 'accountant', 'inspector', 'clerk', 'secretary', 'commander', 'switchman', 'dispatcher',
]);
// Plural roles a counted group may have beside such a person ("two of his managers"), besides the people nouns.
const groupRoles = new Set(['managers', 'owners', 'assistants', 'accomplices', 'associates', 'bodyguards', 'aides', 'sons', 'daughters', 'brothers', 'sisters', 'children', 'employees', 'engineers', 'technicians']);
const notSingles = new Set(['total', 'number', 'further', 'dozen', 'few', 'couple', 'handful', 'score', 'lot', 'series', 'third', 'quarter', 'half', 'similar', 'separate', 'second', 'result', 'hospital', 'statement', 'house', 'home', 'car', 'bus', 'truck', 'bomb', 'blast', 'fire', 'shooting', 'attack', 'raid', 'riot',
	// Bodies of people, which speak rather than die: "killed 12 people, including three children, a rights group and villagers said".
	'group', 'organisation', 'organization', 'agency', 'ministry', 'committee', 'council', 'monitor', 'watchdog', 'network', 'coalition', 'union', 'association', 'body', 'office', 'department', 'government', 'source', 'sources']);

/**
 * The singular noun of "a(n) [one or two modifiers] noun" starting at `at`, when it reads as a person: not a thing
 * the story counts elsewhere ("a car", whose plural is a non-person noun), not a quantity ("a total of").
 */
function singleAt(ws: Word[], at: number): {first: number; last: number; noun: string} | null {
	const definite = ws[at]?.lower === 'the';
	if (!definite && !articles.has(ws[at]?.lower ?? '')) return null;
	let last = at + 1;
	// Up to three words ("a young police officer"), four after "the" ("the company's chief executive").
	const most = definite ? 4 : 3;
	while (last < ws.length && last - at <= most && /^\p{Ll}[\p{L}'-]*$/u.test(ws[last].text) && !phraseEnds.has(ws[last].lower)) last++;
	if (last === at + 1 || last - at > most) return null;
	const noun = ws[last - 1].lower;
	// "the driver and two passengers", "the workshop's owner and two of his managers": after "the", only a person's role.
	if (definite && !definiteRoles.has(noun)) return null;
	// "a total of", "a bus" are no person; "the bus driver" is.
	if (notSingles.has(noun) || (notSingles.has(ws[at + 1].lower) && !definiteRoles.has(noun))) return null;
	if (nonPersonNouns.has(noun) || nonPersonNouns.has(`${noun}s`) || nonPersonNouns.has(`${noun}es`)) return null;
	// The phrase must end where the shared verb or the list goes on.
	const next = ws[last];
	if (next !== undefined && !phraseEnds.has(next.lower) && next.text !== ',' && !isHardBoundary(next)) return null;
	return {first: at, last, noun};
}

/**
 * The people coordinated with a counted group, as drafts of one of the group's kind: "and a(n) X" or ", a(n) X" items
 * right after the group, or "a(n) X and" right before it. Only a group of people takes them ("two guards and an inmate").
 */
export function coordinatedSingles(ws: Word[], figure: Draft, after: number): Draft[] {
	if (figure.subject === null) return none;
	// `after` is where reading resumed, just past the counted phrase: find the phrase's own words back from there.
	let end = Math.min(after, ws.length);
	while (end > 0 && ws[end - 1].end > figure.end) end--;
	let first = end - 1;
	while (first > 0 && ws[first].start > figure.start) first--;
	if (first < 0 || ws[first].start !== figure.start) return none;
	const joinsAfter = ws[end]?.lower === 'and' || ws[end]?.text === ',';
	if (!joinsAfter && ws[first - 1]?.lower !== 'and') return none;
	const head = figure.subject.toLowerCase().split(/\s+/).at(-1) ?? '';
	if (!personNouns.has(head) && !groupRoles.has(head)) return none;
	const singles: Array<{first: number; last: number; noun: string}> = [];
	// "two guards, a nurse and an inmate": every one-person item of the list after the group, up to its last "and".
	let at = end;
	let sawAnd = false;
	while (at < ws.length && singles.length < 6) {
		let next = at;
		if (ws[next]?.text === ',') next++;
		if (ws[next]?.lower === 'and') {
			next++;
			sawAnd = true;
		}

		if (next === at) break;
		const single = singleAt(ws, next);
		if (!single) break;
		singles.push(single);
		at = single.last;
		if (sawAnd) break;
	}

	// A comma list must close with "and" to share one verb (", a spokesman said" is no item).
	if (!sawAnd) singles.length = 0;
	if (singles.length === 0 && ws[first - 1]?.lower === 'and') {
		// "A gendarme and two young men": the article sits two to four words before "and"; before a name in commas
		// that says who the person is ("the mine's director, Viktor Leontyev, and two supervisors").
		let joint = first - 1;
		if (ws[joint - 1]?.text === ',') {
			const open = nameInCommasBefore(ws, joint - 1);
			if (open !== -1) joint = open;
		}

		for (let at = joint - 2; at >= Math.max(0, joint - 5); at--) {
			const found = singleAt(ws, at);
			if (found && found.last === joint) {
				singles.push(found);
				break;
			}
		}
	}

	// "two of the survivors, a woman and her son, were …": the singles of an aside in commas right after the group are who
	// the group was, not more people.
	const aside = ws[end]?.text === ',' && singles.length > 0 && singles[0]!.first > end && (appositiveEndAt(ws, end) >= singles.at(-1)!.last || (looseGroups.has(head) && asideOfAsMany(ws, end, figure.count)));
	return singles.map(single => {
		const draft: Draft = {
			...figure,
			id: '',
			count: 1,
			qualifier: 'exact',
			subject: single.noun,
			start: ws[single.first].start,
			end: ws[single.last - 1].end,
			partitive: false,
			anaphoric: false,
			// One more of an aside's people ("three guards, two men and a woman, …") is in that aside too.
			breakdown: aside || figure.breakdown,
			definite: false,
			among: false,
			partOf: null,
		};
		delete draft.revision;
		delete draft.vague;
		return draft;
	});
}

const none: Draft[] = [];

// Groups loose enough that any person may be one of them: "two men, a father and his son," names who they were, while
// "two soldiers, a civilian and a police officer," names more people.
const looseGroups = new Set(['people', 'persons', 'individuals', 'men', 'women', 'children', 'boys', 'girls', 'others', 'victims', 'suspects']);

/**
 * "arrested two men, a father and his son, on Sunday": an aside in commas, closed by a comma that no "and" goes on
 * from, that names as many people as the count before it (its items joined by commas and "and") is who they were.
 */
function asideOfAsMany(ws: Word[], comma: number, count: number): boolean {
	let items = 1;
	for (let at = comma + 1; at < ws.length && at - comma <= 12; at++) {
		const word = ws[at];
		if (isHardBoundary(word)) return false;
		if (word.lower === 'and') {
			items++;
			continue;
		}

		if (word.text !== ',') continue;
		// ", a nurse, and a cook": a serial comma before the last item.
		if (ws[at + 1]?.lower === 'and') continue;
		if (!articles.has(ws[at + 1]?.lower ?? '') && ws[at + 1]?.lower !== 'the') return items === count && items > 1;
		items++;
	}

	return false;
}
