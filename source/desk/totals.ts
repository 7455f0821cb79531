// Adding casualty figures across stories. A sum is only as exact as its least
// exact part: 3 + "at least 5" is "at least 8"; anything "about" makes the sum "about".
import type {FigureKind, Qualifier, Summary} from '../model/types.js';
import {figureKinds} from '../model/types.js';

export type Count = {count: number; qualifier: Qualifier};

/** One story's totals, without the figures they rest on: all the desk keeps of a summary. */
export type StoryTotals = Partial<Record<FigureKind, Count>>;

export type DeskTotal = Count & {
	/** Indexes of the stories whose total went into the sum, in story order. */
	stories: number[];
};

export type DeskTotals = {
	byKind: Partial<Record<FigureKind, DeskTotal>>;
	/** Parsed stories counted once each (duplicates left out). */
	counted: number;
	/** Stories left out because they repeat another story (same URL or same text). */
	duplicates: number;
};

export function storyTotals(summary: Summary): StoryTotals {
	const totals: StoryTotals = {};
	for (const kind of figureKinds) {
		const total = summary[kind];
		if (total) totals[kind] = {count: total.count, qualifier: total.qualifier};
	}

	return totals;
}

export function addQualifiers(a: Qualifier, b: Qualifier): Qualifier {
	if (a === b) return a;
	const vague = (q: Qualifier) => q === 'about' || q === 'up to';
	if (vague(a) || vague(b)) return 'about';
	// Mixing exact, "at least" and "more than": the sum is a floor.
	return 'at least';
}

/** Sums the totals of the given stories (already free of duplicates), kind by kind. */
export function sumTotals(stories: Array<{index: number; totals: StoryTotals}>): Partial<Record<FigureKind, DeskTotal>> {
	const byKind: Partial<Record<FigureKind, DeskTotal>> = {};
	for (const story of stories) {
		for (const kind of figureKinds) {
			const total = story.totals[kind];
			if (!total) continue;
			const sum = byKind[kind];
			if (sum) {
				sum.count += total.count;
				sum.qualifier = addQualifiers(sum.qualifier, total.qualifier);
				sum.stories.push(story.index);
			} else byKind[kind] = {count: total.count, qualifier: total.qualifier, stories: [story.index]};
		}
	}

	return byKind;
}
