import type {Entity, EntityType} from '../../source/model/types.js';
import {extractEntities} from '../../source/parser/entities.js';
import {normalizeText} from '../../source/parser/normalize.js';
import {splitParagraphs, splitSentences} from '../../source/parser/structure.js';

/** The entities of a story written for a test, through the parser's own first stages. */
export function entitiesOf(raw: string): Entity[] {
	const text = normalizeText(raw);
	return extractEntities(text, splitSentences(text, splitParagraphs(text)));
}

/** The names of one type, in the order the parser lists them. */
export function named(entities: Entity[], type: EntityType): string[] {
	return entities.filter(entity => entity.type === type).map(entity => entity.name);
}
