// "The Bharatiya Janata Party (BJP), the main opposition in the state, said …", "Islamic State, which calls its
// branch …, said …": a name that opens the sentence, then an aside between commas (an appositive or a relative
// clause), then the speech verb. The speaker is the name, not the aside.
import type {Word} from './words.js';
import {startsUpper} from './initials.js';

const asideOpeners = new Set(['the', 'a', 'an', 'which', 'who', 'whose', 'its', 'their', 'one', 'known']);
const nameJoints = new Set(['of', 'the', 'and', 'for', 'al', 'de', 'du', 'la', 'le', 'el']);
const openers = new Set(['"', '“', '‘', "'"]);
// Marks that end a sentence part: no aside reaches back across them.
const asideBreaks = new Set(['.', ';', ':', '—', '–', '"', '“', '”']);

/** The name before the aside that ends at the comma `comma` (the one right before the speech verb), or null. */
export function asideSubject(ws: Word[], comma: number): {first: number; last: number} | null {
	if (ws[comma]?.text !== ',') return null;
	// The aside's opening comma: the nearest comma back, within a bounded reach.
	let open = comma - 1;
	while (open > 0 && comma - open <= 16 && ws[open].text !== ',') {
		if (asideBreaks.has(ws[open].text)) return null;
		open--;
	}

	if (open <= 0 || ws[open].text !== ',' || !asideOpeners.has(ws[open + 1]?.lower ?? '')) return null;
	// The name runs from the sentence's start to that comma, with an acronym in brackets allowed at its end.
	let first = 0;
	while (first < open && openers.has(ws[first].text)) first++;
	let last = open;
	if (ws[last - 1]?.text === ')') {
		const bracket = ws.slice(first, last).findIndex(word => word.text === '(');
		if (bracket === -1) return null;
		last = first + bracket;
	}

	if (last - first === 0 || last - first > 8) return null;
	for (let at = first; at < last; at++) {
		const word = ws[at];
		const capital = startsUpper(word.text);
		if (!capital && !(at > first && nameJoints.has(word.lower))) return null;
	}

	// "The Party": a capital only from the sentence's start needs a second capital to be a name.
	const names = ws.slice(first, last).filter(word => startsUpper(word.text)).length;
	if (names < 2 && ['the', 'a', 'an'].includes(ws[first].lower)) return null;
	return {first, last};
}

/**
 * "The Independent Policing Oversight Authority (IPOA) said …": a name's acronym in brackets right before the
 * speech verb at `verb`. Returns where the bracket opens, so the speaker is read back from there; null otherwise.
 */
export function bracketedAcronymAt(ws: Word[], verb: number): number | null {
	if (ws[verb - 1]?.text !== ')' || ws[verb - 3]?.text !== '(') return null;
	// "KNCHR", "UNAMI", "Fencomin": one word that starts with a capital.
	return startsUpper(ws[verb - 2].text) ? verb - 3 : null;
}
