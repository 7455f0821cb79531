// A story's title and date without parsing it: front matter, then the preamble
// (headline, date line, dateline) of the text's first lines, worked out the way the
// parser and the digest work them out, so the story list is complete with titles
// and dates in a fraction of a second while the stories themselves are still being
// parsed (~20× cheaper than a parse). The digest, when it arrives, has the last word.
import {normalizeOptionalLine, normalizeText} from '../parser/normalize.js';
import {datelinePlace, parsePreamble} from '../parser/dateline.js';
import {decodeText, fallbackTitle, notAStory, readStoryBytes, storyBody, type ReadOptions} from './read-story.js';

export type StoryHeader = {title: string | null; published: string | null};

/** The preamble reads the text's first 2,000 characters (parser/dateline.ts): the part normalised here holds at least that many. */
const preambleChars = 2000;

/** The title and date the story's digest will most likely have; null when the file is not a story (the parse will say why). */
export function readStoryHeader(file: string, options: ReadOptions = {}): StoryHeader | null {
	const bytes = readStoryBytes(file);
	if (!(bytes instanceof Uint8Array) || notAStory(bytes)) return null;
	return storyHeader(decodeText(bytes), {...options, source: file});
}

/** The same from the text (exported for tests: it must agree with the parse). */
export function storyHeader(raw: string, options: ReadOptions & {source: string | null}): StoryHeader | null {
	if (raw.trim() === '') return null;
	const {meta, text} = storyBody(raw, options.source);
	const start = normalizedStart(text);
	const preamble = parsePreamble(start);
	const title = normalizeOptionalLine(meta.title ?? null) ?? preamble.title ?? fallbackTitle(start);
	return {
		title: title ?? (preamble.dateline ? datelinePlace(preamble.dateline) : null),
		published: normalizeOptionalLine(options.date ?? meta.date) ?? preamble.published,
	};
}

/**
 * The start of the text the parser sees (normalizeText of storyBody's text), enough of
 * it for the preamble. normalizeText works character by character (a CR LF pair at
 * most), so the text cut just after a newline gives a prefix of what the whole text
 * gives. Only when that prefix comes out too short (removed characters, CR LF) is the
 * whole text used.
 */
function normalizedStart(text: string): string {
	const cut = text.indexOf('\n', preambleChars);
	if (cut > 0) {
		const start = normalizeText(text.slice(0, cut + 1));
		if (start.length >= preambleChars) return start;
	}

	return normalizeText(text);
}
