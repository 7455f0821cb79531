// A headline sums up the story below it: "Two miners still missing as toll reaches five" over a body that says
// "the search for two men still trapped" counts the same two men twice. A headline's count that the body gives
// again (same kind, same number) is that count told again, linked to it, never a group of its own to add.
import type {Sentence} from '../model/types.js';
import type {Draft} from './figure-links.js';

// How far into the story a headline can stand (after a date line and before a byline or dateline).
const headlineParagraphs = 3;

/** The sentence that is the story's headline: a paragraph of one sentence with no closing stop, before the body. */
export function headlineSentence(text: string, sentences: Sentence[]): number {
	for (let index = 0; index < sentences.length && sentences[index].paragraph < headlineParagraphs; index++) {
		const sentence = sentences[index];
		const alone = sentences[index - 1]?.paragraph !== sentence.paragraph && sentences[index + 1]?.paragraph !== sentence.paragraph;
		const last = text.slice(sentence.start, sentence.end).trimEnd().at(-1) ?? '.';
		// The body begins at the first sentence that closes with a stop: no headline after it.
		if ('.!?"”’'.includes(last)) return -1;
		// A headline has a story below it.
		if (alone && sentences.length > index + 1) return index;
	}

	return -1;
}

/**
 * Links each headline count the part linking left on its own (no total above it, no parts below it) to the body's
 * first count of the same kind and number, or for a vague one ("thousands flee", "dozens missing") the body's first
 * count of that kind the vague words allow (at least 2,000; at least 24).
 */
export function linkHeadlineRestatements(drafts: Draft[], headline: number): void {
	for (const top of drafts) {
		if (top.sentence !== headline || top.implicit || top.partOf !== null) continue;
		const body = drafts.find(draft => draft.sentence > headline && draft.kind === top.kind && (draft.count === top.count || (top.vague === true && draft.count >= top.count)) && draft.mainEvent === top.mainEvent && !draft.implicit);
		if (!body) continue;
		const parts = drafts.filter(draft => draft.partOf === top.id);
		if (parts.length > 0) {
			// "kills 17" over "killed at least 17 people, including six children": the parts went to the headline as the
			// first toll; the body's same count is that toll told in full, so they are its parts (when it is a root with room).
			if (body.partOf !== null || body.count !== top.count || !roomFor(drafts, body, parts)) continue;
			for (const part of parts) part.partOf = body.id;
		}

		top.partOf = body.id;
	}
}

/** The parts fit inside the total beside the parts it has already. */
function roomFor(drafts: Draft[], total: Draft, parts: Draft[]): boolean {
	let sum = 0;
	for (const draft of drafts) if (draft.partOf === total.id) sum += draft.count;
	for (const part of parts) sum += part.count;
	return sum <= total.count;
}
