// One story file → one parsed Story, or the reason it is not a story.
// Front matter is cut off first and fills the metadata; the parser sees the body only.
import {readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import type {ParseOptions, Story} from '../model/types.js';
import {parseStory, parseStoryWithoutTimeline} from '../parser/index.js';
import {normalizeLine} from '../parser/normalize.js';
import {splitFrontMatter, type FrontMatter} from './front-matter.js';
import {maxStoryBytes, tooBigReason} from './story-limits.js';

export type StoryFileResult<S = Story> =
	| {ok: true; story: S; bytes: number}
	| {ok: false; reason: string; bytes: number};

/** What a digest needs: the model without its timeline. */
export type DigestibleStory = Omit<Story, 'timeline'>;

export type ReadOptions = {
	/** --date from the command line: wins over front matter and the text. */
	date?: string;
};


/** The file's bytes, or why it is not read: a file over maxStoryBytes is refused before it is read. */
export function readStoryBytes(file: string): Uint8Array | {reason: string; bytes: number} {
	try {
		const size = statSync(file).size;
		if (size > maxStoryBytes) return {reason: tooBigReason, bytes: size};
		return readFileSync(file);
	} catch (error) {
		return {reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})`, bytes: 0};
	}
}

/** Why these bytes are not a story, or null when they are one. */
export function notAStory(bytes: Uint8Array): string | null {
	if (bytes.length === 0) return 'empty';
	if (bytes.includes(0)) return 'binary';
	return null;
}

export function decodeText(bytes: Uint8Array): string {
	return new TextDecoder('utf-8', {fatal: false}).decode(bytes);
}

/** Reads and parses one story file; never throws for a bad file (the desk counts it instead). */
export function readStoryFile(file: string, options: ReadOptions = {}): StoryFileResult {
	return readAndParse(file, options, parseStory);
}

/** Like readStoryFile, without the timeline: for the desk's digest of a story nobody has opened. */
export function readStoryForDigest(file: string, options: ReadOptions = {}): StoryFileResult<DigestibleStory> {
	return readAndParse(file, options, parseStoryWithoutTimeline);
}

function readAndParse<S extends DigestibleStory>(file: string, options: ReadOptions, parse: (text: string, options: ParseOptions) => S): StoryFileResult<S> {
	const bytes = readStoryBytes(file);
	if (!(bytes instanceof Uint8Array)) return {ok: false, ...bytes};
	const problem = notAStory(bytes);
	if (problem) return {ok: false, reason: problem, bytes: bytes.length};
	const raw = decodeText(bytes);
	if (raw.trim() === '') return {ok: false, reason: 'empty', bytes: bytes.length};
	let story: S;
	try {
		story = parseStoryText(raw, {...options, source: file}, parse);
	} catch (error) {
		// One story the parser cannot read must not stop a folder of thousands.
		return {ok: false, reason: `parser error (${error instanceof Error ? error.message.split('\n', 1)[0] : String(error)})`, bytes: bytes.length};
	}

	if (story.text.trim() === '') return {ok: false, reason: 'empty', bytes: bytes.length};
	return {ok: true, story, bytes: bytes.length};
}

/**
 * A story file's front matter and the text the parser reads: for a .md file without its
 * heading marks ("# Headline" is a heading, not text: the marks would end up in the title
 * and the article). Line by line, so a prefix of the body gives a prefix of the text.
 */
export function storyBody(raw: string, source: string | null): {meta: FrontMatter; text: string} {
	const {meta, body} = splitFrontMatter(raw);
	const isMarkdown = source !== null && path.extname(source).toLowerCase() === '.md';
	return {meta, text: isMarkdown ? body.replace(/^#{1,6}[ \t]+/gm, '') : body};
}

/** Front matter + Markdown heading marks + the parser: how every story file and stdin story is read. */
export function parseStoryText(raw: string, options: ReadOptions & {source: string | null}): Story;
export function parseStoryText<S extends DigestibleStory>(raw: string, options: ReadOptions & {source: string | null}, parse: (text: string, options: ParseOptions) => S): S;
export function parseStoryText(raw: string, options: ReadOptions & {source: string | null}, parse: (text: string, options: ParseOptions) => DigestibleStory = parseStory): DigestibleStory {
	const {meta, text} = storyBody(raw, options.source);
	const story = parse(text, {
		date: options.date ?? meta.date,
		source: options.source,
		title: meta.title ?? null,
		url: meta.url ?? null,
	});
	if (meta.source) story.publisher = normalizeLine(meta.source);
	if (story.title === null) story.title = fallbackTitle(story.text);
	return story;
}

/**
 * Without front matter or a headline the parser recognised, a short first line
 * that does not end like a sentence is the headline; a dateline lead is not.
 */
export function fallbackTitle(text: string): string | null {
	const firstLine = text.trimStart().split('\n', 1)[0]?.trim() ?? '';
	if (firstLine === '' || firstLine.length > 120) return null;
	if (/[.!?:;,]["”’)]?$/.test(firstLine)) return null;
	// "DUSHANBE, Tajikistan (AP) — …" is a dateline, and the parser's dateline gives the place.
	if (/^[A-Z][A-Z .'-]+,/.test(firstLine) || /\([A-Z]+\)\s*[—–-]/.test(firstLine)) return null;
	return firstLine;
}
