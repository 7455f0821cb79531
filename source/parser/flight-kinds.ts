// Fleeing is not escaping. "More than 6,000 people had fled the town" are displaced; "27 prisoners had fled the
// jail" escaped. The escape kind is for people leaving custody (a prison, their captors); residents and
// civilians who flee fighting or a disaster, named by a civilian noun with no custody word in the sentence, are
// displaced, whatever place they left.
import type {FigureKind} from '../model/types.js';
import {kindOf} from './figure-cues.js';
import {isHardBoundary, type Word} from './words.js';

const fleeVerbs = new Set(['fled', 'flee', 'fleeing', 'flees']);
// Who flees a place rather than custody.
const civilianHeads = new Set(['people', 'persons', 'residents', 'villagers', 'civilians', 'families', 'households', 'inhabitants', 'locals', 'children', 'women', 'refugees', 'citizens']);
// Any of these in the sentence makes the flight an escape from custody.
const custodyWords = new Set([
	'prison', 'prisons', 'jail', 'jails', 'gaol', 'custody', 'cell', 'cells', 'captors', 'captivity', 'detention', 'penitentiary', 'guards',
	'inmates', 'prisoners', 'detainees', 'convicts', 'breakout', 'jailbreak', 'escapees', 'fugitives', 'kidnappers', 'hostages', 'captives', 'police',
]);

/**
 * The kind of a count whose predicate is an escape word: 'displaced' when civilians flee (the first escape word
 * after the count is a form of "flee" and nothing in the sentence speaks of custody), else 'escaped'.
 */
export function fleeingKind(ws: Word[], end: number, subject: string | null): FigureKind {
	const head = subject?.toLowerCase().split(/\s+/).at(-1);
	if (head === undefined || !civilianHeads.has(head)) return 'escaped';
	let verb: string | undefined;
	for (let at = end; at < ws.length && at - end <= 10; at++) {
		if (isHardBoundary(ws[at])) break;
		if (kindOf(ws[at].lower) === 'escaped') {
			verb = ws[at].lower;
			break;
		}
	}

	if (verb === undefined || !fleeVerbs.has(verb)) return 'escaped';
	return ws.some(word => custodyWords.has(word.lower)) ? 'escaped' : 'displaced';
}

// Who is held in custody, and the places that hold them.
const custodyHeads = new Set(['inmates', 'prisoners', 'detainees', 'convicts', 'inmate', 'prisoner', 'detainee', 'convict']);
const custodyPlaces = new Set(['prison', 'prisons', 'jail', 'jails', 'gaol', 'penitentiary', 'cell', 'cells', 'detention', 'jailbreak', 'breakout']);

/**
 * "Gunmen stormed the jail, freeing 120 inmates": prisoners freed from a jail by force escaped; they are not
 * rescued captives. Only a custody noun counted and a prison named in the sentence make it so.
 */
export function freedFromCustody(ws: Word[], subject: string | null): boolean {
	const head = subject?.toLowerCase().split(/\s+/).at(-1);
	return head !== undefined && custodyHeads.has(head) && ws.some(word => custodyPlaces.has(word.lower));
}
