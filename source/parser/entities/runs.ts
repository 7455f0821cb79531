// Capitalised runs: the stretches of a sentence that may name something, before anyone says what.
import {bodyHeadsBeforePlace, nameParticles, ofJoiners, organizationHeads} from '../gazetteer/words.js';
import {locations} from './lexicon.js';
import {heads, isNameToken} from './context.js';
import type {Token} from './tokens.js';

export const quotes = new Set(['"', '“', '”', '\'', '‘', '’']);
const maxRunTokens = 12;
const groupNouns = new Set(['gang', 'cartel', 'group', 'brigade', 'battalion', 'militia', 'club']);
const roads = new Set(['Route', 'Interstate', 'Highway', 'Motorway', 'Road', 'Flight']);

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
			if (current.possessive && !(isNameToken(next) && heads(next.text) && !current.text.endsWith('-'))) break;
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

/** How many tokens to step over to join the next name word, or 0. */
function joinAcross(tokens: Token[], at: number, run: Token[]): number {
	const current = tokens[at]!;
	const next = tokens[at + 1];
	if (next === undefined) return 0;
	if ((next.text === 'of' || next.text === 'for') && ofJoiners.has(current.text)) {
		const skip = tokens[at + 2]?.text === 'the' ? 3 : 2;
		return isNameToken(tokens[at + skip]) && tokens[at + skip]!.kind !== 'initial' ? skip : 0;
	}

	// "the Peace Mission in Chad", "the Relief Office for Kenya": a body named for the place it works in.
	if ((next.text === 'in' || next.text === 'for' || next.text === 'of') && bodyHeadsBeforePlace.has(current.text) && run.length > 1) {
		const skip = tokens[at + 2]?.text === 'the' ? 3 : 2;
		const place = tokens[at + skip];
		const placeName = place && tokens[at + skip + 1]?.kind === 'capital' ? `${place.text} ${tokens[at + skip + 1]!.text}` : place?.text;
		if (place && (locations.exact.has(place.text) || locations.exact.has(placeName ?? ''))) return skip;
	}

	// "Department of Roads and Public Works", "Fire and Rescue Service": "and" inside an organisation's name.
	if ((next.text === 'and' || next.text === '&') && tokens[at + 2]?.kind === 'capital') {
		const insideOrganization = run.some(token => ofJoiners.has(token.text) && organizationHeads.has(token.text));
		let ahead = at + 2;
		while (ahead < at + 5 && tokens[ahead]?.kind === 'capital' && !organizationHeads.has(tokens[ahead]!.text)) ahead++;
		if (insideOrganization || organizationHeads.has(tokens[ahead]?.text ?? '')) return 2;
	}

	if (nameParticles.has(next.text) && current.kind === 'capital' && tokens[at + 2]?.kind === 'capital') return 2;
	// William "Bill" Tasker: a quoted nickname between two name words.
	if (quotes.has(next.text) && tokens[at + 2]?.kind === 'capital' && quotes.has(tokens[at + 3]?.text ?? '') && tokens[at + 4]?.kind === 'capital') return 4;
	return 0;
}
