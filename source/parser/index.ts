import type {ParseOptions, Story} from '../model/types.js';
import {normalizeOptionalLine, normalizeText} from './normalize.js';
import {splitParagraphs, splitSentences} from './structure.js';
import {parsePreamble} from './dateline.js';
import {extractEntities} from './entities.js';
import {extractFigures} from './figures.js';
import {summarize} from './summary.js';
import {extractTimeline} from './timeline.js';

/** Parses one English news story into the model. Pure: no I/O, no Ink. */
export function parseStory(raw: string, options: ParseOptions = {}): Story {
	const story = parseStoryWithoutTimeline(raw, options) as Story;
	// Added last, so the model's fields keep their order (and --json its bytes).
	story.timeline = extractTimeline(story.text, story.sentences, story.published);
	return story;
}

/**
 * The model without its timeline (about a ninth of a parse), for callers that keep
 * only names and figures: the desk's digests of a folder's stories.
 */
export function parseStoryWithoutTimeline(raw: string, options: ParseOptions = {}): Omit<Story, 'timeline'> {
	const text = normalizeText(raw);
	const paragraphs = splitParagraphs(text);
	const sentences = splitSentences(text, paragraphs);
	const preamble = parsePreamble(text);
	// Metadata from front matter or a path is as untrusted as the text: same sanitising.
	const published = normalizeOptionalLine(options.date) ?? preamble.published;
	const entities = extractEntities(text, sentences, preamble.dateline?.place ?? null);
	const figures = extractFigures(text, sentences, entities);
	return {
		text,
		title: normalizeOptionalLine(options.title) ?? preamble.title,
		source: normalizeOptionalLine(options.source),
		url: normalizeOptionalLine(options.url),
		dateline: preamble.dateline,
		published,
		paragraphs,
		sentences,
		entities,
		figures,
		summary: summarize(figures),
	};
}
