// The one name-search module: the dashboard's entity pane and `sitrep --search` both use it.
import type {EntityType} from '../model/types.js';

export type Searchable = {
	id: string;
	name: string;
	aliases: string[];
	type: EntityType;
	/** Used to break ties: more mentions rank higher. */
	mentionCount: number;
};

export type SearchHit<T extends Searchable> = {
	item: T;
	/** Higher is better. */
	score: number;
	/** Matched character ranges [start, end) in `item.name`, for highlighting. */
	ranges: Array<[number, number]>;
};

export type NameIndex<T extends Searchable> = {
	/** Best first. An empty query returns every item, most mentioned first. */
	search(query: string, limit?: number): Array<SearchHit<T>>;
};

/** STUB until the name-search issue lands: case-insensitive substring on name and aliases. */
export function createNameIndex<T extends Searchable>(items: T[]): NameIndex<T> {
	return {
		search(query, limit = Number.POSITIVE_INFINITY) {
			const needle = query.trim().toLowerCase();
			const hits: Array<SearchHit<T>> = [];
			for (const item of items) {
				if (needle === '') {
					hits.push({item, score: 0, ranges: []});
					continue;
				}

				const at = item.name.toLowerCase().indexOf(needle);
				if (at >= 0) hits.push({item, score: 2, ranges: [[at, at + needle.length]]});
				else if (item.aliases.some(alias => alias.toLowerCase().includes(needle))) hits.push({item, score: 1, ranges: []});
			}

			hits.sort((a, b) => b.score - a.score || b.item.mentionCount - a.item.mentionCount);
			return hits.slice(0, limit);
		},
	};
}
