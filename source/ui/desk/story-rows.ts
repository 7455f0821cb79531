// The rows of the desk's two lists, as plain data: every story of the folder (the
// switcher, `s`), and the stories that mention one all-stories entity (Enter on it).
// Pure: no Ink, so the dispatcher and the tests read the same rows the overlay draws.
import type {Desk, DeskStory} from '../../desk/desk.js';
import {formatCount} from '../../cli/figure-context.js';

export type StoryRow = {
	story: number;
	title: string;
	date: string;
	/** "k 3 · w 2 · e 11", "…" while the story waits to be parsed, or why it was skipped. */
	detail: string;
	/** The same in fewer columns for a narrow list ("k≥3 w2 e11"), when it differs. */
	compact?: string;
	/** Where opening the row takes the article (the first mention), or null for the story's top. */
	offset: number | null;
	/** The entity inside that story to select, or null. */
	entity: string | null;
	openable: boolean;
};

const shortKinds = [['killed', 'k'], ['wounded', 'w'], ['escaped', 'e']] as const;

export function storyTotalsText(story: DeskStory): string {
	if (story.state === 'pending') return '…';
	if (story.state === 'skipped') return `(${story.reason ?? 'skipped'})`;
	const parts = shortKinds.filter(([kind]) => story.totals[kind]).map(([kind, letter]) => `${letter} ${formatCount(story.totals[kind]!)}`);
	return parts.length === 0 ? '–' : parts.join(' · ');
}

const qualifierSigns: Record<string, string> = {exact: '', 'at least': '≥', 'more than': '>', about: '~', 'up to': '≤'};

/** "k≥3 w2 e11": the totals for a list too narrow for the words. */
export function storyTotalsCompact(story: DeskStory): string {
	if (story.state !== 'parsed') return storyTotalsText(story);
	const parts = shortKinds.filter(([kind]) => story.totals[kind]).map(([kind, letter]) => {
		const total = story.totals[kind]!;
		return `${letter}${qualifierSigns[total.qualifier] ?? ''}${total.count}`;
	});
	return parts.length === 0 ? '–' : parts.join(' ');
}

function storyTitle(story: DeskStory): string {
	return story.title ?? story.name;
}

export function storyListRows(desk: Desk): StoryRow[] {
	return desk.stories.map(story => ({
		story: story.index,
		title: storyTitle(story),
		date: story.published ?? '',
		detail: storyTotalsText(story),
		compact: storyTotalsCompact(story),
		offset: null,
		entity: null,
		openable: story.state !== 'skipped',
	}));
}

/** One row per story that mentions the entity, in folder order, opening at its first mention there. */
export function occurrenceRows(desk: Desk, entityId: string): StoryRow[] {
	const entity = desk.entity(entityId);
	if (!entity) return [];
	return entity.occurrences.map(occurrence => {
		const story = desk.stories[occurrence.story]!;
		return {
			story: story.index,
			title: storyTitle(story),
			date: story.published ?? '',
			detail: `${occurrence.name} ×${occurrence.mentions}`,
			offset: occurrence.first.start,
			entity: occurrence.entity,
			openable: true,
		};
	});
}
