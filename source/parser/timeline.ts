import type {Sentence, TimelineEntry} from '../model/types.js';

/** STUB: the parser issue fills this in. */
export function extractTimeline(_text: string, _sentences: Sentence[], _published: string | null): TimelineEntry[] {
	return [];
}
