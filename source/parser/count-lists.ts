// Lists of counts that share one verb: "four soldiers, two civilians and seven insurgents were killed", "two guards,
// a nurse and an inmate were killed". Each count of the list takes the verb at its end; the commas between them are
// list commas, not clause ends.
import {readNumber} from './numbers.js';
import {isHardBoundary, type Word} from './words.js';
import {startsLower} from './initials.js';
import {kindNouns, kindWords} from './figure-cues.js';

// Qualifiers that may open a list item ("at least seven", "more than 20").
const itemOpeners = new Set(['at', 'least', 'more', 'than', 'about', 'some', 'nearly', 'almost', 'around', 'over', 'up', 'to']);

/** Where a list item's count starts ("two civilians", "at least 25 …"), or where "a"/"an" opens a one-person item ("a nurse"); -1 otherwise. */
function countAt(ws: Word[], at: number): number {
	if ((ws[at]?.lower === 'a' || ws[at]?.lower === 'an') && startsLower(ws[at + 1]?.text ?? '')) return at;
	let index = at;
	while (index < ws.length && index - at < 3 && itemOpeners.has(ws[index].lower)) index++;
	return readNumber(ws, index) ? index : -1;
}

/**
 * At a comma after a counted noun, whether a list of counts goes on to a final "and" + count: returns where that
 * "and" stands (the predicate scan resumes there), or -1. Every comma of the list must open another count, and each
 * item is a few words long ("two civilians", "at least 25 protesters").
 */
export function listGoesOnAt(ws: Word[], comma: number): number {
	let at = comma;
	for (let items = 0; items < 6; items++) {
		const count = countAt(ws, at + 1);
		if (count === -1) return -1;
		let next = count + 1;
		while (next < ws.length && next - count <= 5 && ws[next].text !== ',' && ws[next].lower !== 'and' && !isHardBoundary(ws[next])) next++;
		const word = ws[next];
		if (word === undefined || next - count > 5) return -1;
		if (word.lower === 'and') return countAt(ws, next + 1) === -1 ? -1 : next;
		if (word.text !== ',') return -1;
		// ", and seven insurgents": a serial comma before the last item.
		if (ws[next + 1]?.lower === 'and') return countAt(ws, next + 2) === -1 ? -1 : next + 1;
		at = next;
	}

	return -1;
}

// Words that open an appositive's first item: "three guards, two men and a woman, …", "two of the survivors, a woman and her son, …".
const appositiveOpenings = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'one', 'both']);
// What follows an aside in commas: the clause's verb ("…, were wounded", "…, died in the fire").
const verbsAfterAside = new Set([
	'was', 'were', 'is', 'are', 'have', 'has', 'had', 'remain', 'remained', 'remains', 'still', 'will', 'would', 'could', 'may', 'might',
	...Object.keys(kindWords).filter(word => !kindNouns.has(word)),
]);

/**
 * At a comma after a counted noun, whether an aside in commas says who the counted people were ("Three guards, two men
 * and a woman, were wounded"): a short run of items joined by "and", closed by a comma that the clause's verb follows.
 * Returns that closing comma, or -1. Without the closing comma ("Two soldiers, a civilian and a police officer were
 * killed") it is a list of more people, not an aside.
 */
export function appositiveEndAt(ws: Word[], comma: number): number {
	const first = ws[comma + 1];
	if (first === undefined || !(appositiveOpenings.has(first.lower) || readNumber(ws, comma + 1))) return -1;
	let and = false;
	let at = comma + 1;
	for (; at < ws.length && at - comma <= 9; at++) {
		const word = ws[at];
		if (word.text === ',' || isHardBoundary(word)) break;
		if (word.lower === 'and') and = true;
		if (verbsAfterAside.has(word.lower)) return -1;
	}

	return and && ws[at]?.text === ',' && verbsAfterAside.has(ws[at + 1]?.lower ?? '') ? at : -1;
}
