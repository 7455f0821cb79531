// Figures from different sources. An official toll ("at least eight people were killed, police said") is not
// superseded by a larger count from a party to the conflict or another unofficial source ("the opposition said
// 14 of its workers had been killed"): that count is that source's claim, listed beside the total, not summed
// into it and not put in its place.
import type {Figure} from '../model/types.js';
import {isOfficial} from './figure-roles.js';

function source(figure: Figure): string | null {
	return figure.attribution?.toLowerCase().replace(/^the\s+/, '') ?? null;
}

/** Whether `piece` is another, unofficial source's count set against the official toll `toll`. */
export function isRivalSourceCount(toll: Figure, piece: Figure): boolean {
	if (!isOfficial(toll.attribution) || piece.attribution === null || isOfficial(piece.attribution)) return false;
	return source(piece) !== source(toll);
}
