import type {Paragraph, Sentence} from '../model/types.js';
import {
	ambiguousAbbreviations,
	clauseStarters,
	isAbbreviationBeforeNumber,
	neverFinalAbbreviations,
} from './abbreviations.js';
import {isAsciiLetterOrDigit, isSpaceAt} from './char-codes.js';

/** Paragraphs are runs of non-blank lines. */
export function splitParagraphs(text: string): Paragraph[] {
	const paragraphs: Paragraph[] = [];
	const pattern = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
	for (const match of text.matchAll(pattern)) {
		const leading = match[0].length - match[0].trimStart().length;
		const start = match.index + leading;
		const end = match.index + match[0].trimEnd().length;
		if (end > start) paragraphs.push({start, end});
	}

	return paragraphs;
}

// A candidate end: terminal punctuation, then any closing quotes or brackets, then space or the end.
const terminal = /[.!?…]+["'”’»)\]]*(?=\s|$)/g;
// The word the period is attached to ("a.m", "U.S", "Mr", "J", "3").
const wordBeforePeriod = /([\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*)\.+$/u;
const nextWord = /^\s*["'“‘«(\[]*([\p{L}\p{N}]+)/u;
const startsLowercase = /^\s*["'“‘«(\[]*[\p{Ll}]/u;
// Headlines and other lines that end without punctuation but are not wrapped prose.
const unpunctuatedLineEnd = /[^.!?…:;,\-–—"'”’)\]\s]\s*$/u;
const lineStartsSentence = /^\s*["'“‘«(\[]*[\p{Lu}\p{N}]/u;
const wrappedLineLength = 60;

/** Splits each paragraph into sentences; every sentence knows its paragraph. */
export function splitSentences(text: string, paragraphs: Paragraph[]): Sentence[] {
	const sentences: Sentence[] = [];
	for (const [index, paragraph] of paragraphs.entries()) {
		for (const piece of lineBlocks(text, paragraph)) {
			splitBlock(text, piece.start, piece.end, index, sentences);
		}
	}

	return sentences;
}

/** A paragraph's lines, cut where a short unpunctuated line (a headline, a byline) stands on its own. */
function lineBlocks(text: string, paragraph: Paragraph): Paragraph[] {
	const blocks: Paragraph[] = [];
	let blockStart = paragraph.start;
	let lineStart = paragraph.start;
	while (lineStart < paragraph.end) {
		let lineEnd = text.indexOf('\n', lineStart);
		if (lineEnd === -1 || lineEnd > paragraph.end) lineEnd = paragraph.end;
		const line = text.slice(lineStart, lineEnd);
		const nextStart = lineEnd + 1;
		if (nextStart < paragraph.end && standsAlone(line, text.slice(nextStart, Math.min(nextStart + 40, paragraph.end)))) {
			blocks.push({start: blockStart, end: lineEnd});
			blockStart = nextStart;
		}

		lineStart = nextStart;
	}

	blocks.push({start: blockStart, end: paragraph.end});
	return blocks;
}

function standsAlone(line: string, nextLineHead: string): boolean {
	if (!unpunctuatedLineEnd.test(line) || !lineStartsSentence.test(nextLineHead)) return false;
	const letters = line.replace(/[^\p{L}]/gu, '');
	const shouting = letters.length >= 3 && letters === letters.toUpperCase();
	return shouting || line.trim().length < wrappedLineLength;
}

function splitBlock(text: string, blockStart: number, blockEnd: number, paragraph: number, sentences: Sentence[]): void {
	const body = text.slice(blockStart, blockEnd);
	let start = 0;
	terminal.lastIndex = 0;
	for (let match = terminal.exec(body); match; match = terminal.exec(body)) {
		const end = match.index + match[0].length;
		if (end >= body.length) break;
		if (!endsSentence(body, match.index, match[0], end)) continue;
		push(sentences, blockStart, body, start, end, paragraph);
		start = end;
	}

	push(sentences, blockStart, body, start, body.length, paragraph);
}

const hasWord = /[\p{L}\p{N}]/u;
const loneCapital = /^\p{Lu}$/u;
// "U.S", "a.m": single letters joined by periods.
const dottedLetters = /^(?:\p{L}\.)+\p{L}$/u;

/**
 * hasWord.test(body.slice(start, end)) without the slice: most sentences start with a letter or a digit, so
 * ASCII is walked first and the rest, from the first other character on, is handed to the regex.
 */
function hasWordIn(body: string, start: number, end: number): boolean {
	for (let at = start; at < end; at++) {
		const code = body.charCodeAt(at);
		if (code >= 128) return hasWord.test(body.slice(at, end));
		if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true;
	}

	return false;
}

function push(sentences: Sentence[], offset: number, body: string, start: number, end: number, paragraph: number): void {
	while (start < end && isSpaceAt(body, start)) start++;
	while (end > start && isSpaceAt(body, end - 1)) end--;
	if (end <= start) return;
	// A bare "[...]" or "—" is no sentence of its own: it joins the sentence before it in the paragraph.
	const previous = sentences.at(-1);
	if (!hasWordIn(body, start, end) && previous?.paragraph === paragraph) {
		previous.end = offset + end;
		return;
	}

	sentences.push({start: offset + start, end: offset + end, paragraph});
}

/**
 * Where wordBeforePeriod can first match in body[windowStart, at]: every character of a match is a letter,
 * digit or period and it runs to the end, so no match starts before the last other character. Walking back
 * over plain ASCII finds that character; at anything else the whole window is kept. The regex then tries a
 * few positions instead of all forty, and finds the same match.
 */
function trailingWordStart(body: string, windowStart: number, at: number): number {
	let start = at;
	while (start > windowStart) {
		const code = body.charCodeAt(start - 1);
		if (code >= 128) return windowStart;
		if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 46)) break;
		start--;
	}

	return start;
}

/** The word that starts the text after `end` (within 40 characters), past spaces and opening marks. */
function wordAfter(body: string, end: number): string {
	return nextWord.exec(body.slice(end, end + 40))?.[1] ?? '';
}

/**
 * startsLowercase.test(body.slice(end, end + 40)) without the slice: spaces, then opening quotes or brackets,
 * then a lower-case letter. ASCII is read from the codes; at anything else the regex answers.
 */
function restStartsLowercase(body: string, end: number): boolean {
	const limit = Math.min(body.length, end + 40);
	let at = end;
	while (at < limit && isSpaceAt(body, at)) at++;
	for (; at < limit; at++) {
		const code = body.charCodeAt(at);
		if (code >= 128) return startsLowercase.test(body.slice(end, end + 40));
		// " ' ( [: the ASCII ones of the opening marks.
		if (code !== 34 && code !== 39 && code !== 40 && code !== 91) return code >= 97 && code <= 122;
	}

	return false;
}

/**
 * What wordBeforePeriod finds before the period at `at`, without the regex when the word is plain ASCII letters
 * and digits after a space or another ASCII mark (the common case): the regex's word is then that run. A word
 * with periods in it ("U.S"), a letter outside ASCII or a run as long as the window goes to the regex.
 */
function wordBefore(body: string, at: number): string | null {
	const windowStart = Math.max(0, at - 40);
	let start = at;
	while (start > windowStart && isAsciiLetterOrDigit(body.charCodeAt(start - 1))) start--;
	if (start < at && start > windowStart) {
		const code = body.charCodeAt(start - 1);
		if (code < 128 && code !== 46) return body.slice(start, at);
	}

	return wordBeforePeriod.exec(body.slice(trailingWordStart(body, windowStart, at), at + 1))?.[1] ?? null;
}

/** Whether the punctuation at `at` really ends a sentence, judged by the word before and the word after. */
function endsSentence(body: string, at: number, punctuation: string, end: number): boolean {
	// A sentence never starts in lower case: "(he said.) and", "e.g. this", "'Why?' she asked".
	if (restStartsLowercase(body, end)) return false;
	if (!punctuation.startsWith('.') || punctuation.startsWith('..')) return true;
	const word = wordBefore(body, at);
	if (word === null) return true;
	const lower = word.toLowerCase();
	if (neverFinalAbbreviations.has(lower)) return false;
	// A lone capital is an initial ("J. R. Smith"), unless it stands for itself at the end of a clause.
	if (loneCapital.test(word)) return false;
	// The word after the period is read only where an abbreviation asks for it.
	if (isAbbreviationBeforeNumber(lower)) return !/^\d/.test(wordAfter(body, end));
	if (ambiguousAbbreviations.has(lower) || (word.includes('.') && dottedLetters.test(word))) {
		// "the U.S. Army" goes on; "in the U.S. The next day" ends: only clause-starting words start a sentence.
		return clauseStarters.has(wordAfter(body, end).toLowerCase());
	}

	return true;
}
