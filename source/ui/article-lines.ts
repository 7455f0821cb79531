// The article wrapped to a width, as offsets into Story.text, plus the coloured
// segments of each line. Pure (no Ink): wrapped once per width and cached, so
// scrolling never re-wraps and a 1 MB story scrolls like a short one.
import stringWidth from 'string-width';
import type {EntityType, Story} from '../model/types.js';
import {partitionPoint} from '../util/partition-point.js';

export type Line = {start: number; end: number};

export type SegmentKind = 'plain' | 'mention' | 'figure';

export type Segment = {
	text: string;
	kind: SegmentKind;
	/** The mentioned entity (for 'mention'), so the selected one can be inverted at render time. */
	entity: string | null;
	type: EntityType | null;
};

export type Annotation = {start: number; end: number; kind: 'mention' | 'figure'; entity: string | null; type: EntityType | null};

export type WrappedArticle = {
	width: number;
	lines: Line[];
	/** Index of the line holding this text offset (the last line starting at or before it). */
	lineOfOffset(offset: number): number;
	/** Segments of one line, computed on first use and kept. */
	segments(index: number): Segment[];
	/** Entity ids mentioned on one line (for deciding whether the selection touches it). */
	entitiesOn(index: number): ReadonlySet<string>;
};

const printableAscii = /^[\u0020-\u007E]*$/;

function widthOf(text: string): number {
	// string-width is exact but slow; most words of an English story are plain ASCII.
	return printableAscii.test(text) ? text.length : stringWidth(text);
}

/** Cuts one over-long word into pieces no wider than `width` columns, by code point. */
function hardSplit(text: string, start: number, end: number, width: number, lines: Line[]): number {
	let lineStart = start;
	let used = 0;
	let index = start;
	while (index < end) {
		const code = text.codePointAt(index)!;
		const size = code > 0xFF_FF ? 2 : 1;
		const columns = code >= 0x20 && code < 0x7F ? 1 : stringWidth(String.fromCodePoint(code));
		if (used + columns > width && index > lineStart) {
			lines.push({start: lineStart, end: index});
			lineStart = index;
			used = 0;
		}

		used += columns;
		index += size;
	}

	return lineStart;
}

/** Greedy word wrap of every text line (paragraphs keep their blank lines). */
export function wrapText(text: string, width: number): Line[] {
	const columns = Math.max(1, width);
	const lines: Line[] = [];
	let rowStart = 0;
	while (rowStart <= text.length) {
		let rowEnd = text.indexOf('\n', rowStart);
		if (rowEnd === -1) rowEnd = text.length;
		wrapRow(text, rowStart, rowEnd, columns, lines);
		rowStart = rowEnd + 1;
	}

	// A trailing newline would add an empty last line; a story never ends on one usefully.
	while (lines.length > 1 && lines.at(-1)!.start === lines.at(-1)!.end) lines.pop();
	return lines;
}

function wrapRow(text: string, start: number, end: number, width: number, lines: Line[]): void {
	const word = /\S+/g;
	word.lastIndex = start;
	let lineStart = start;
	let lineEnd = start;
	let used = 0;
	let empty = true;
	for (let match = word.exec(text); match && match.index < end; match = word.exec(text)) {
		const wordStart = match.index;
		const wordEnd = Math.min(wordStart + match[0].length, end);
		const wordWidth = widthOf(text.slice(wordStart, wordEnd));
		// Before the first word: the row's indent; between words: the spaces between them.
		let gap = widthOf(text.slice(empty ? lineStart : lineEnd, wordStart));
		if (!empty && used + gap + wordWidth > width) {
			lines.push({start: lineStart, end: lineEnd});
			lineStart = wordStart;
			used = 0;
			gap = 0;
			empty = true;
		}

		if (gap + wordWidth > width) {
			// Wider than a whole line: cut it, and carry on after the last piece.
			lineStart = hardSplit(text, lineStart, wordEnd, width, lines);
			used = widthOf(text.slice(lineStart, wordEnd));
		} else {
			used += gap + wordWidth;
		}

		lineEnd = wordEnd;
		empty = false;
	}

	lines.push({start: lineStart, end: empty ? lineStart : lineEnd});
}

/** Every entity mention and casualty figure, sorted by start; figures win over overlapping mentions. */
export function collectAnnotations(story: Story): Annotation[] {
	const annotations: Annotation[] = [];
	for (const figure of story.figures) {
		annotations.push({start: figure.start, end: figure.end, kind: 'figure', entity: null, type: null});
	}

	for (const entity of story.entities) {
		for (const mention of entity.mentions) {
			annotations.push({start: mention.start, end: mention.end, kind: 'mention', entity: entity.id, type: entity.type});
		}
	}

	annotations.sort((a, b) => a.start - b.start || (a.kind === 'figure' ? -1 : 1));
	// Drop overlaps so every character has at most one style.
	const kept: Annotation[] = [];
	let reached = -1;
	for (const annotation of annotations) {
		if (annotation.start < reached || annotation.end <= annotation.start) continue;
		kept.push(annotation);
		reached = annotation.end;
	}

	return kept;
}

function firstAnnotationEndingAfter(annotations: Annotation[], offset: number): number {
	return partitionPoint(annotations, annotation => annotation.end <= offset);
}

export function lineSegments(text: string, line: Line, annotations: Annotation[]): Segment[] {
	const segments: Segment[] = [];
	let at = line.start;
	for (let index = firstAnnotationEndingAfter(annotations, line.start); index < annotations.length; index++) {
		const annotation = annotations[index]!;
		if (annotation.start >= line.end) break;
		const start = Math.max(annotation.start, line.start);
		const end = Math.min(annotation.end, line.end);
		if (start > at) segments.push({text: text.slice(at, start), kind: 'plain', entity: null, type: null});
		segments.push({text: text.slice(start, end), kind: annotation.kind, entity: annotation.entity, type: annotation.type});
		at = end;
	}

	if (at < line.end || segments.length === 0) segments.push({text: text.slice(at, line.end), kind: 'plain', entity: null, type: null});
	return segments;
}

export function wrapArticle(story: Story, annotations: Annotation[], width: number): WrappedArticle {
	const lines = wrapText(story.text, width);
	const cache = new Map<number, Segment[]>();
	const entityCache = new Map<number, ReadonlySet<string>>();
	const segments = (index: number): Segment[] => {
		let found = cache.get(index);
		if (!found) {
			const line = lines[index];
			found = line ? lineSegments(story.text, line, annotations) : [];
			cache.set(index, found);
		}

		return found;
	};

	return {
		width,
		lines,
		lineOfOffset(offset) {
			let low = 0;
			let high = lines.length - 1;
			while (low < high) {
				const middle = (low + high + 1) >>> 1;
				if (lines[middle]!.start <= offset) low = middle;
				else high = middle - 1;
			}

			return low;
		},
		segments,
		entitiesOn(index) {
			let found = entityCache.get(index);
			if (!found) {
				found = new Set(segments(index).flatMap(segment => segment.entity ? [segment.entity] : []));
				entityCache.set(index, found);
			}

			return found;
		},
	};
}
