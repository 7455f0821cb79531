import {readFileSync} from 'node:fs';
import {parseStory} from '../../source/parser/index.js';
import type {Figure, FigureKind, Story} from '../../source/model/types.js';

/** Parses a story from test/fixtures/stories (written for the tests) or data/. */
export function parseFixture(name: string, date?: string): Story {
	const url = name.startsWith('data/') ? new URL(`../../${name}`, import.meta.url) : new URL(`../fixtures/stories/${name}`, import.meta.url);
	return parseStory(readFileSync(url, 'utf8'), {date});
}

/** A figure as text, for readable assertions: "killed at least 5 guards". */
export function describe(story: Story, figure: Figure): string {
	const count = figure.qualifier === 'exact' ? String(figure.count) : `${figure.qualifier} ${figure.count}`;
	return `${figure.kind} ${count}${figure.subject ? ` ${figure.subject}` : ''}`;
}

export function figureAt(story: Story, phrase: string): Figure | undefined {
	const at = story.text.indexOf(phrase);
	return story.figures.find(figure => figure.start >= at && figure.start < at + phrase.length);
}

/** A kind's summary total of a story written inline, as "qualifier count" ("at least 5"), or null. */
export function summaryTotal(text: string, kind: FigureKind): string | null {
	const entry = parseStory(text).summary[kind];
	return entry ? `${entry.qualifier} ${entry.count}` : null;
}

/** The same with the competing claims' counts after it: "exact 8 (claims 11, 25)". */
export function summaryTotalAndClaims(text: string, kind: FigureKind): string | null {
	const entry = parseStory(text).summary[kind];
	return entry ? `${entry.qualifier} ${entry.count}${entry.claims.length > 0 ? ` (claims ${entry.claims.map(claim => claim.count).join(', ')})` : ''}` : null;
}
