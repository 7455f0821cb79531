// Capitalised runs: the stretches of a sentence that may name something, before anyone says what.
import {bodyHeadsBeforePlace, clubHeads, foreignBodyWords, foreignJoiners, nameParticles, ofJoiners, organizationHeads, trailingNameParticles} from '../gazetteer/words.js';
import {knownNameContinuations, knownNamePrefixes, knownOrganizations, locations} from './lexicon.js';
import {heads, isNameToken} from './context.js';
import type {Token} from './tokens.js';
import {inList, List, quotes} from './word-lists.js';

const maxRunTokens = 12;
const forcesOfPlaces = new Set(['Police', 'Gendarmerie', 'Navy', 'Guard']);
const collectiveOwners = new Set(['People', 'Peoples', 'Workers', 'Farmers', 'Citizens', 'Women', 'Soldiers', 'Mothers', 'Martyrs', 'Patriots', 'Defenders']);
/** Adjectives written small after a body's word in its own language ("Gendarmerie nationale"): runs end in one only there. */
export const foreignAdjectives = new Set(['nationale', 'national', 'nacional', 'nazionale', 'federal', 'fédérale', 'federale', 'royale', 'municipale', 'municipal', 'régionale', 'regional', 'civile', 'civil', 'militar', 'militaire', 'judiciaire', 'pénitentiaire', 'penitenciario', 'estatal', 'provincial', 'provinciale']);
const groupNouns = new Set(['gang', 'cartel', 'group', 'brigade', 'battalion', 'militia', 'club']);
const roads = new Set(['Route', 'Interstate', 'Highway', 'Motorway', 'Road', 'Flight']);
// Bodies named for what they deal with: "… Commission on Human Rights", "… Committee on Foreign Affairs".
const subjectBodyHeads = new Set(['Commission', 'Committee', 'Subcommittee', 'Council', 'Conference', 'Panel', 'Institute', 'Center', 'Centre']);
// Days and months after "on" are when, not what: "the Commission on Monday".
const timeNames = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Christmas', 'New', 'Easter', 'Election']);

/** Maximal runs of capitalised words, joined across "of (the)" after organisation words, name particles and nicknames. */
export function runsOf(tokens: Token[], from: number): Token[][] {
	const runs: Token[][] = [];
	let index = from;
	while (index < tokens.length) {
		const token = tokens[index]!;
		if (!isNameToken(token)) {
			index++;
			continue;
		}

		const run = [token];
		let at = index;
		// Real names are short; a cap keeps a page of Title Case from turning into one quadratic run.
		while (run.length < maxRunTokens) {
			const current = tokens[at]!;
			const next = tokens[at + 1];
			// "Drapers' Hall", "Lake County Sheriff's Office": a possessive inside a place or office name.
			// Not "the al-Qaeda-linked Group for …": an adjective's suffix ("-linked", "-backed") also ends the run, and
			// is told from a possessive's "'s" by the gap it leaves before the next word (an apostrophe-s is 2 characters).
			// "People's Defense Force", "Workers' Party": a collective noun's possessive opens a body's name and goes on.
			// "Ukraine's State Emergency Service": a known place's possessive owns the body, it is not in its name.
			if (current.possessive && heads(next?.text) && ownedByKnownPlace(run)) break;
			if (current.possessive && !(isNameToken(next) && (heads(next.text) || collectiveOwners.has(current.text)) && !current.text.endsWith('-') && next.start - current.end <= 3)) break;
			if (isNameToken(next)) {
				run.push(next);
				at++;
				continue;
			}

			// "Route 9", and "the Calle 12 gang": a number is part of a road's or a group's name.
			if (next?.kind === 'number' && (roads.has(current.text) || (tokens[at + 2]?.kind === 'lower' && groupNouns.has(tokens[at + 2]!.text)))) {
				run.push(next);
				at++;
				break;
			}

			const joined = joinAcross(tokens, at, run);
			if (joined === 0) break;
			for (let step = 1; step <= joined; step++) run.push(tokens[at + step]!);
			at += joined;
		}

		runs.push(run);
		index = at + 1;
	}

	return runs;
}

/** The run so far is a known place's name ("Ukraine", "South Africa"); read only at a possessive. */
function ownedByKnownPlace(run: Token[]): boolean {
	if (run.length > 3) return false;
	let words = run[0]!.text;
	for (let index = 1; index < run.length; index++) words += ` ${run[index]!.text}`;
	return locations.exact.has(words);
}

/** A known place of one to three words starting at `from`, with no further capitalised word of the same name. */
function placeAfterAnd(tokens: Token[], from: number): boolean {
	let words = '';
	for (let length = 1; length <= 3 && tokens[from + length - 1]?.kind === 'capital'; length++) {
		words = length === 1 ? tokens[from]!.text : `${words} ${tokens[from + length - 1]!.text}`;
		// "and Paris-based Reporters …": the place ends at its adjective's hyphen.
		if (locations.exact.has(words) && (tokens[from + length]?.kind !== 'capital' || tokens[from + length - 1]!.possessive)) return true;
	}

	return false;
}

/** The run's words as a gazetteer writes them, without a sentence's opening article. */
function runText(run: Token[]): string {
	const from = run[0]!.text === 'The' && run.length > 1 ? 1 : 0;
	if (run.length - from === 1) return run[from]!.text;
	// Joined in a loop rather than slice().map().join(): that chain was deoptimised ("wrong map") and
	// compiled again in the first stories of every thread, and it copies the run twice.
	let text = run[from]!.text;
	for (let index = from + 1; index < run.length; index++) text += ' ' + run[index]!.text;
	return text;
}

/**
 * The run's text as runText() writes it starts with a word that opens a known body's name going on in lower
 * case. One look-up, not one for each of the run's first two words: a known prefix of the run's text starts
 * with its first word, which is run[1] only after an opening "The" (the one word runText drops).
 */
function opensKnownNamePrefix(run: Token[]): boolean {
	const first = run[0]!.text === 'The' && run.length > 1 ? run[1]! : run[0]!;
	return inList(first, List.knownNamePrefixStart);
}

function continuesBodyName(run: Token[]): boolean {
	return run.some(token => token.text === 'of' || token.text === 'for') && run.some(token => ofJoiners.has(token.text) && organizationHeads.has(token.text));
}

/** How many tokens to step over to join the next name word, or 0. */
function joinAcross(tokens: Token[], at: number, run: Token[]): number {
	const next = tokens[at + 1];
	if (next === undefined) return 0;
	if (next.text === ',' && commaInBodyName(tokens, at, run)) return 2;
	// "the Gendarmerie nationale", "Policía federal": a body named in its own language keeps its adjective written small.
	if (next.kind === 'lower' && inList(tokens[at], List.foreignBodyWord) && foreignAdjectives.has(next.text)) return 1;
	// A run ends at any word but those it can join across with one look-up, not one per rule below.
	if (!inList(next, List.joiningWord) && !(next.kind === 'lower' && opensKnownNamePrefix(run))) return 0;
	const current = tokens[at]!;
	// "Group for the Support of Islam": once a body's name has gone on with "of" or "for", its later words may too.
	if ((next.text === 'of' || next.text === 'for') && (ofJoiners.has(current.text) || continuesBodyName(run))) {
		const skip = tokens[at + 2]?.text === 'the' ? 3 : 2;
		return isNameToken(tokens[at + skip]) && tokens[at + skip]!.kind !== 'initial' ? skip : 0;
	}

	// "the Peace Mission in Chad", "the Relief Office for Kenya": a body named for the place it works in; a force only
	// with "of" ("the Investigations Police of Chile", not "the Nigeria Police in Kano said").
	if ((((next.text === 'in' || next.text === 'for' || next.text === 'of') && bodyHeadsBeforePlace.has(current.text)) || (next.text === 'of' && forcesOfPlaces.has(current.text))) && run.length > 1) {
		const skip = tokens[at + 2]?.text === 'the' ? 3 : 2;
		const place = tokens[at + skip];
		const placeName = place && tokens[at + skip + 1]?.kind === 'capital' ? `${place.text} ${tokens[at + skip + 1]!.text}` : place?.text;
		if (place && (locations.exact.has(place.text) || locations.exact.has(placeName ?? ''))) return skip;
	}

	// "Commission on Human Rights", "Council on Foreign Relations": a body named for its subject, not "the
	// Commission on Monday".
	if (next.text === 'on' && subjectBodyHeads.has(current.text) && tokens[at + 2]?.kind === 'capital' && !timeNames.has(tokens[at + 2]!.text)) return 2;

	// "Organization for Security and Co-operation in Europe": a known name goes on across its lower-case words.
	if (next.kind === 'lower' && opensKnownNamePrefix(run) && knownNamePrefixes.has(runText(run))) {
		let skip = 1;
		let text = runText(run);
		while (skip < 3 && tokens[at + skip]?.kind === 'lower') text += ' ' + tokens[at + skip++]!.text;
		if (isNameToken(tokens[at + skip]) && knownNameContinuations.has(`${text} ${tokens[at + skip]!.text}`)) return skip;
	}

	// "Department of Roads and Public Works", "Fire and Rescue Service": "and" inside an organisation's name.
	if ((next.text === 'and' || next.text === '&') && tokens[at + 2]?.kind === 'capital') {
		const spelled = spelledByAcronym(tokens, at, run);
		if (spelled !== undefined) return spelled ? 2 : 0;
		const insideOrganization = run.some(token => ofJoiners.has(token.text) && organizationHeads.has(token.text));
		let ahead = at + 2;
		while (ahead < at + 5 && tokens[ahead]?.kind === 'capital' && !organizationHeads.has(tokens[ahead]!.text)) ahead++;
		// Not "Zambia and Ivory Coast", "the Marine Corps and United States officials": a whole place after "and"
		// (though "Coast" ends bodies' names too, "Coast Guard"), or before it, is a name of its own.
		if (placeAfterAnd(tokens, at + 2) || (!insideOrganization && locations.exact.has(runText(run)))) return 0;
		// "Army and Bangladesh Navy boats": one head, then a known place's or people's name, are two bodies.
		if (run.length === 1 && organizationHeads.has(current.text) && inList(tokens[at + 2], List.knownName)) return 0;
		// "the Popular Mobilization Forces and Kataib Hezbollah": a known body's word after "and" starts a second body.
		for (let word = at + 2; word <= ahead && word < at + 5; word++) if (knownOrganizations.exact.has(tokens[word]!.text)) return 0;
		// "the Coast Guard and Kenya Navy": a name that ends in its head, then another that does, are two bodies.
		// (Not inside a list of fields a comma has joined: "Geological, Mining and Metallurgical Institute".)
		if (run.length > 1 && organizationHeads.has(current.text) && organizationHeads.has(tokens[ahead]?.text ?? '') && !run.some(token => token.text === 'of' || token.text === 'for' || token.text === ',')) return 0;
		if (insideOrganization || (organizationHeads.has(tokens[ahead]?.text ?? '') && !clubHeads.has(tokens[ahead]!.text))) return 2;
	}

	if (nameParticles.has(next.text) && current.kind === 'capital' && tokens[at + 2]?.kind === 'capital') return 2;
	// "Azamat Kadyr uulu": a patronymic's particle ends the name it follows.
	if (run.length >= 2 && current.kind === 'capital' && trailingNameParticles.has(next.text) && !isNameToken(tokens[at + 2])) return 1;
	// "Ludwig van der Berg", "María de la Cruz": two particles in a row.
	if (nameParticles.has(next.text) && nameParticles.has(tokens[at + 2]?.text ?? '') && current.kind === 'capital' && tokens[at + 3]?.kind === 'capital') return 3;
	// "Unidad Nacional para la Gestión del Riesgo", "Fiscalía General de la Nación": a body named in its own
	// language goes on across that language's small words.
	if (foreignJoiners.has(next.text) && run.some(token => foreignBodyWords.has(token.text))) {
		const skip = foreignJoiners.has(tokens[at + 2]?.text ?? '') ? 3 : 2;
		if (tokens[at + skip]?.kind === 'capital') return skip;
	}
	// William "Bill" Tasker: a quoted nickname between two name words.
	if (quotes.has(next.text) && tokens[at + 2]?.kind === 'capital' && quotes.has(tokens[at + 3]?.text ?? '') && tokens[at + 4]?.kind === 'capital') return 4;
	return 0;
}

/**
 * A comma inside a body's name: "Meteorology, Climatology and Geophysical Agency" (a list of fields before its
 * head) or "Bureau of Alcohol, Tobacco, Firearms and Explosives" (a list after its head's "of"). The comma at
 * `at + 1` joins when single field words, commas and one "and" lead to the head, or end the name after "of".
 */
function commaInBodyName(tokens: Token[], at: number, run: Token[]): boolean {
	if (tokens[at + 2]?.kind !== 'capital' || !isFieldAt(tokens, at + 2) || !isField(tokens[at]!)) return false;
	const words = run[0]!.text === 'The' ? run.length - 1 : run.length;
	const afterOf = words > 1 && continuesBodyName(run);
	if (!afterOf && words !== 1) return false;
	// Field, field, … and: single words between commas.
	let index = at + 2;
	while (tokens[index + 1]?.text === ',' && isFieldAt(tokens, index) && isFieldAt(tokens, index + 2)) index += 2;
	if (tokens[index + 1]?.text !== 'and' || !isFieldAt(tokens, index + 2)) return false;
	index += 2;
	if (afterOf) return !isNameToken(tokens[index + 1]);
	// The head within a few words after "and".
	for (let ahead = index; ahead <= index + 3 && tokens[ahead]?.kind === 'capital'; ahead++) {
		if (organizationHeads.has(tokens[ahead]!.text) && !clubHeads.has(tokens[ahead]!.text)) return !isNameToken(tokens[ahead + 1]);
	}

	return false;
}

/** A field a body's name opens with: a capitalised word that is no known name, title or body's head ("Army, Navy and Air Force" are three). */
function isField(token: Token): boolean {
	return isFieldAt([token], 0) && !inList(token, List.organizationHead);
}

/** A field later in the list, which may be a word that also ends bodies' names ("Geological, Mining and …"). */
function isFieldAt(tokens: Token[], at: number): boolean {
	const token = tokens[at];
	return token !== undefined && token.kind === 'capital' && !token.possessive && !inList(token, List.knownName | List.firstName | List.titleWord);
}

/**
 * "the Armed Conflict Location and Event Data Project (ACLED)": the name goes on across "and" when the bracket
 * after the words that follow holds the initials of the whole (true), and stops there when it holds those of the
 * words after "and" alone (false); undefined when no bracket says either.
 */
function spelledByAcronym(tokens: Token[], at: number, run: Token[]): boolean | undefined {
	let end = at + 2;
	while (tokens[end + 1]?.kind === 'capital' && end - at < 8) end++;
	const acronym = tokens[end + 2];
	if (tokens[end + 1]?.text !== '(' || acronym?.kind !== 'acronym' || tokens[end + 3]?.text !== ')') return undefined;
	let before = '';
	for (const token of run) if (isNameToken(token)) before += token.text[0];
	let after = '';
	for (let index = at + 2; index <= end; index++) after += tokens[index]!.text[0];
	const letters = acronym.text.replaceAll('.', '');
	// "Brakvel and Sundal Harbour Police (SHP)": the initials are the second name's alone, so "and" joins two names.
	if (letters.length >= 2 && after.toUpperCase() === letters) return false;
	// The acronym may leave out the head at the end ("… Event Data Project (ACLED)").
	const whole = (before + after).toUpperCase();
	return letters.length >= 4 && (whole === letters || (whole.length === letters.length + 1 && whole.startsWith(letters))) ? true : undefined;
}
