// Builds a Story model by hand, so the desk's merging and totals are tested on
// exactly the entities and figures we choose, whatever the parser finds.
import type {Entity, EntityType, Qualifier, Story, Summary} from '../../source/model/types.js';

export type EntitySpec = {name: string; type?: EntityType; aliases?: string[]; mentions?: number};

export function makeStory(options: {
	text?: string;
	title?: string | null;
	published?: string | null;
	url?: string | null;
	entities?: EntitySpec[];
	totals?: Partial<Record<'killed' | 'wounded' | 'escaped' | 'missing', [number, Qualifier]>>;
}): Story {
	const text = options.text ?? `A story about ${(options.entities ?? []).map(entity => entity.name).join(', ')}.`;
	let offset = 0;
	const entities: Entity[] = (options.entities ?? []).map((spec, index) => {
		const mentions = Array.from({length: spec.mentions ?? 1}, () => {
			const start = offset++;
			return {start, end: start + 1, sentence: 0};
		});
		return {id: `e${index + 1}`, name: spec.name, type: spec.type ?? 'person', aliases: spec.aliases ?? [], descriptions: [], mentions};
	});
	const summary: Summary = {escaped: null, killed: null, wounded: null};
	for (const [kind, [count, qualifier]] of Object.entries(options.totals ?? {})) {
		summary[kind as keyof Summary] = {count, qualifier, figures: [], claims: []};
	}

	return {
		text,
		title: options.title ?? null,
		source: null,
		url: options.url ?? null,
		dateline: null,
		published: options.published ?? null,
		paragraphs: [{start: 0, end: text.length}],
		sentences: [{start: 0, end: text.length, paragraph: 0}],
		entities,
		figures: [],
		summary,
		timeline: [],
	};
}
