import type {Dateline} from '../model/types.js';

export type Preamble = {
	dateline: Dateline | null;
	/** ISO date from a leading date line ("Monday, January 28, 2019"), or null. */
	published: string | null;
	/** A headline line, when the story starts with one. */
	title: string | null;
};

/** STUB: the parser issue fills this in. */
export function parsePreamble(_text: string): Preamble {
	return {dateline: null, published: null, title: null};
}
