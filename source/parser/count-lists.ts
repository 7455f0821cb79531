// Lists of counts that share one verb: "four soldiers, two civilians and seven insurgents were killed", "two guards,
// a nurse and an inmate were killed". Each count of the list takes the verb at its end; the commas between them are
// list commas, not clause ends.
import {readNumber} from './numbers.js';
import {isHardBoundary, type Word} from './words.js';
import {startsLower} from './initials.js';

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
