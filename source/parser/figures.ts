import type {Entity, Figure, Sentence} from '../model/types.js';

/** STUB: the parser issue fills this in. */
export function extractFigures(_text: string, _sentences: Sentence[], _entities: Entity[]): Figure[] {
	return [];
}
