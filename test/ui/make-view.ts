// Builds the dispatcher's View the way app.tsx does, for a given pane size.
import type {Story} from '../../source/model/types.js';
import {createNameIndex} from '../../source/search/index.js';
import {collectAnnotations, wrapArticle} from '../../source/ui/article-lines.js';
import type {UiState, View} from '../../source/ui/state.js';
import {buildSummaryRows} from '../../source/ui/summary-rows.js';

export function makeView(story: Story, state: UiState, size: {width?: number; pageHeight?: number; listHeight?: number; summaryHeight?: number} = {}): View {
	const index = createNameIndex(story.entities.map(entity => ({id: entity.id, name: entity.name, aliases: entity.aliases, type: entity.type, mentionCount: entity.mentions.length})));
	return {
		story,
		article: wrapArticle(story, collectAnnotations(story), size.width ?? 50),
		pageHeight: size.pageHeight ?? 10,
		hits: index.search(state.query).map(hit => ({id: hit.item.id})),
		listHeight: size.listHeight ?? 3,
		summaryRows: buildSummaryRows(story),
		summaryHeight: size.summaryHeight ?? 4,
	};
}
