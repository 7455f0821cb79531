// Cues that a count belongs to another event than the story's own, beside the past-time cues of figure-cues.ts:
// a comparison with an earlier one ("the deadliest attack since March, when 30 people were killed") and an event
// said to be apart from it ("a separate storm killed three", "in a similar attack"), a war's or a region's toll to
// date. They cover counts of their own clause the way a past time does (see
// coveredByPastCue in figures.ts).
import type {Word} from './words.js';

const eventNouns = '(?:attack|attacks|bombing|blast|explosion|incident|accident|crash|storm|fire|flood|floods|raid|shooting|clash|clashes|ambush|riot|quake|earthquake|landslide|collapse|disaster|stampede|operation|case|one)';

export const otherEventPattern = new RegExp(
	[
		// "the deadliest … since March", "the worst since 2019": the comparison and what it reaches back to.
		String.raw`\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest)\b[^.;:,]{0,60}?\bsince\b[^.;:,]{1,40}`,
		// "a separate storm", "in a similar attack"
		String.raw`\ba\s+(?:separate|similar|different|unrelated)\s+(?:\w+\s+){0,2}?${eventNouns}\b`,
		// A war's toll to date: "The conflict has killed tens of thousands", "the insurgency has displaced 2 million".
		String.raw`\bthe\s+(?:conflict|war|civil\s+war|insurgency|rebellion|uprising)\s+(?:has|have)\s+(?:killed|left|displaced|uprooted|claimed|forced)\b`,
		// A region's count to date: "More than 1.5 million people have been displaced in the province", "remain displaced in the country".
		String.raw`\b(?:have|has|remain|remains)\s+(?:been\s+)?(?:displaced|uprooted|killed)\s+(?:in|across|throughout)\s+(?:the\s+)?(?:province|country|region|territory|nation)\b`,
		// "are internally displaced across Niger", "remain displaced within the country": a place's displaced, wherever they fled from.
		String.raw`\b(?:are|remain|remains|have|has)\s+(?:been\s+)?(?:internally\s+)?(?:displaced|uprooted)\s+(?:inside|within|across|throughout)\b`,
		// "have been displaced by the conflict in the Sahel": a conflict's displaced to date (not "by the fighting", which may be the story's).
		String.raw`\b(?:have|has)\s+been\s+(?:displaced|uprooted)\s+by\s+the\s+(?:violence|conflict|war|insurgency|unrest|crisis)\s+(?:in|across|throughout)\b`,
	].join('|'),
	'i',
);

const borderWords = new Set(['border', 'frontier']);
const quoteMarks = new Set(['"', '“', '‘', "'"]);

/**
 * "Across the border in the neighbouring state, floods have killed 38 people": a sentence that opens by crossing
 * a border tells of the other side's toll, not the story's own. The whole sentence is the cue. Only at the
 * sentence's start: "fled across the border" later in a sentence is where the story's own people went.
 */
export function acrossTheBorder(ws: Word[]): {start: number; end: number} | null {
	let first = 0;
	while (first < ws.length && quoteMarks.has(ws[first].text)) first++;
	if (ws[first]?.lower !== 'across' || ws[first + 1]?.lower !== 'the' || !borderWords.has(ws[first + 2]?.lower ?? '')) return null;
	return {start: ws[first].start, end: ws[ws.length - 1].end};
}

const monthNames = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const dayNumber = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;

/**
 * "On March 3, a van fell into the river, killing nine people": a day given by its date, in a story whose lead dates
 * its incident by a weekday. Wire style names the days of the past week by weekday and older ones by date, so the
 * date points to another, earlier event (see leadDatesByWeekday). The date is the cue; it covers its own clause.
 */
export function dateOfAnotherDay(ws: Word[]): {start: number; end: number} | null {
	for (let at = 0; at < ws.length - 1; at++) {
		if (!monthNames.has(ws[at].lower)) continue;
		// "March 3" or "3 March" (a month alone, "in March", is no day).
		if (dayNumber.test(ws[at + 1]?.text ?? '')) return {start: ws[at].start, end: ws[at + 1].end};
		if (at > 0 && dayNumber.test(ws[at - 1].text)) return {start: ws[at - 1].start, end: ws[at].end};
	}

	return null;
}

const relativeDays = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'overnight', 'tonight']);

/** Whether a lead sentence dates its incident by a weekday ("late Sunday", "yesterday") rather than by a date; undefined when it gives neither. */
export function leadDatesByWeekday(ws: Word[]): boolean | undefined {
	if (dateOfAnotherDay(ws) !== null) return false;
	for (const word of ws) if (relativeDays.has(word.lower)) return true;
	return undefined;
}
