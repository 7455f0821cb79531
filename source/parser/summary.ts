import type {Figure, Summary} from '../model/types.js';

/** STUB: the parser issue fills this in. */
export function summarize(_figures: Figure[]): Summary {
	return {escaped: null, killed: null, wounded: null};
}
