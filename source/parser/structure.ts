import type {Paragraph, Sentence} from '../model/types.js';

/** Paragraphs are runs of non-blank lines. */
export function splitParagraphs(text: string): Paragraph[] {
	const paragraphs: Paragraph[] = [];
	const pattern = /[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g;
	for (const match of text.matchAll(pattern)) {
		const start = match.index;
		const end = start + match[0].trimEnd().length;
		if (match[0].trim() !== '') paragraphs.push({start, end});
	}

	return paragraphs;
}

/** STUB: splits on . ! ? followed by a space; the parser issue replaces it. */
export function splitSentences(text: string, paragraphs: Paragraph[]): Sentence[] {
	const sentences: Sentence[] = [];
	for (const [index, paragraph] of paragraphs.entries()) {
		let start = paragraph.start;
		const body = text.slice(paragraph.start, paragraph.end);
		for (const match of body.matchAll(/[.!?]["”’)]*\s+/g)) {
			const end = paragraph.start + match.index + match[0].trimEnd().length;
			sentences.push({start, end, paragraph: index});
			start = paragraph.start + match.index + match[0].length;
		}

		if (start < paragraph.end) sentences.push({start, end: paragraph.end, paragraph: index});
	}

	return sentences;
}
