// What the desk keeps of a parsed story: small, plain data that can cross from a
// parsing worker to the main thread cheaply (no text, no sentence spans).
import {createHash} from 'node:crypto';
import type {EntityType, Story} from '../model/types.js';
import {datelinePlace} from '../parser/dateline.js';
import {storyTotals, type StoryTotals} from './totals.js';

export type EntityDigest = {
	id: string;
	name: string;
	type: EntityType;
	aliases: string[];
	mentions: number;
	firstStart: number;
	firstEnd: number;
};

export type StoryDigest = {
	title: string | null;
	published: string | null;
	url: string | null;
	totals: StoryTotals;
	/** Same URL, or else same text: two files of one story are counted once. */
	fingerprint: string;
	entities: EntityDigest[];
};

/** Takes the model with or without its timeline (see readStoryForDigest): a digest does not use it. */
export function digestStory(story: Omit<Story, 'timeline'>): StoryDigest {
	const title = story.title ?? (story.dateline ? datelinePlace(story.dateline) : null);
	return {
		title,
		published: story.published,
		url: story.url,
		totals: storyTotals(story.summary),
		fingerprint: story.url ? `url:${story.url.trim().replace(/\/+$/, '')}` : `text:${createHash('sha1').update(story.text.trim()).digest('base64')}`,
		entities: story.entities.map(entity => ({
			id: entity.id,
			name: entity.name,
			type: entity.type,
			aliases: entity.aliases,
			mentions: entity.mentions.length,
			firstStart: entity.mentions[0]?.start ?? 0,
			firstEnd: entity.mentions[0]?.end ?? 0,
		})),
	};
}
