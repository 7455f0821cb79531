// What happened at each point of the timeline, for the people reading it: the
// model's timeline holds time expressions and the sentence each sits in; the
// summary pane and the --summary report show each with the gist of its sentence
// ("late Sunday  The prisoners attacked their guards, killing one and badly
// wounding two others"). Pure: no Ink.
import type {Story, TimelineEntry} from '../model/types.js';

export type TimelineRow = {
	/** The expression as the story writes it; an offset and the clock time after it are one ("Three hours later, at 1:10 a.m. local time"). */
	expression: string;
	when: string | null;
	sentence: number;
	/** The sentence without its leading time phrase and its closing attribution ("…, officials said"). */
	event: string;
};

// Between an offset and its clock time ("three hours later, at 1:10 a.m.", "Sunday at 9 p.m.").
const anchorJoin = /^,?\s*(?:at|on|around|about|shortly after|just after|just before)?\s*$/i;
// "…, the security services said." / "…, police said on Monday." / "…, according to officials."
const closingAttribution = /,\s+(?:(?:[\p{L}'’.-]+\s+){0,6}(?:said|says|say|told\s+[\p{L}.'’ -]{1,40}|reported|added|announced|confirmed|stated)(?:\s+(?:on\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|on\s+condition\s+of\s+anonymity))?|according\s+to\s+[^,]{1,60})\s*$/u;

// "Security officials said Ziyoyev himself was killed …": the event starts after the saying.
const leadingAttribution = /^(?:[\p{L}'’.-]+\s+){1,5}?(?:said|says|say|told\s+\p{Ll}+|reported)\s+(?:that\s+)?(?=\S)/u;
// Where a long sentence's clauses meet; the event is the clause holding its time.
const clauseBoundary = /[;()—–]|,(?!\d)|:(?!\d)|(?<!\d):/g;
// Past the time, a new clause or a second event begins here.
const clauseContinues = /\s(?:that|which|who|and|but|while|when|after|before)\s/;

/** Fewer characters than this besides the time, a clause says when but not what. */
const minimumClause = 30;
// "DUBAI, United Arab Emirates (AP) — ", "LAGOS, Nigeria (Reuters) - ", "ISLAMABAD (Reuters) - ": the dateline is where
// the story was filed, not part of the event.
const datelinePrefix = /^\p{Lu}[\p{Lu}\s.'’-]+(?:,[^—–\n]{0,60}?|\s\([^()\n]{1,40}\))(?:[—–]|\s-\s)\s*/u;
// "On Wednesday, …", "Late Sunday, …": a sentence that opens with its time.
const openingPreposition = /^\s*(?:on|in|at|by|since|until|from|during|over|early|late|later|earlier)?\s*$/i;

/** Longer than this, an event is the clause that holds its time rather than its whole sentence. */
export const eventLength = 100;

/** The gist of `entry`'s sentence: what happened then. */
export function eventOf(story: Story, entry: Pick<TimelineEntry, 'start' | 'end' | 'sentence'>): string {
	const sentence = story.sentences[entry.sentence];
	if (!sentence) return '';
	let start = sentence.start;
	// A sentence that opens with its time ("Three hours later, at 1:10 a.m., they attacked …") reads from after it.
	if (entry.start >= sentence.start && openingPreposition.test(story.text.slice(sentence.start, entry.start))) {
		const after = /^[\s,]+/.exec(story.text.slice(entry.end, sentence.end));
		if (after) start = entry.end + after[0].length;
	}

	// Offsets below are into `body`: the sentence without its closing stop and attribution.
	const dateline = datelinePrefix.exec(story.text.slice(start, sentence.end));
	if (dateline) start += dateline[0].length;
	const body = story.text.slice(start, sentence.end).replace(/[.!?]["”’]?\s*$/, '').replace(closingAttribution, '');
	const at = Math.max(0, entry.start - start);
	const atEnd = Math.max(0, entry.end - start);
	const lead = leadingAttribution.exec(body);
	const from = lead && lead[0].length <= at ? lead[0].length : 0;
	let event = body.slice(from);
	// A time inside the closing attribution ("…, police said Monday") dates the saying: the event is the whole rest.
	if (event.length > eventLength && at < body.length) event = clauseAround(body, from, at, atEnd);
	event = event.replaceAll(/\s+/g, ' ').trim().replace(/^["“]\s*/, '').replace(/\s*["”]$/, '');
	return event.startsWith('…') ? event : event.charAt(0).toUpperCase() + event.slice(1);
}

/** The clause of `body` holding [at, atEnd), with the sentence's short opening (its subject) before it when the clause has none. */
function clauseAround(body: string, from: number, at: number, atEnd: number): string {
	const boundaries = [...body.matchAll(clauseBoundary)].map(match => match.index).filter(index => index >= from);
	let before = boundaries.filter(index => index < at).length;
	let clauseEnd = boundaries.find(index => index >= atEnd) ?? body.length;
	const rest = clauseContinues.exec(body.slice(atEnd, clauseEnd));
	if (rest) clauseEnd = atEnd + rest.index;
	// "…, on Tuesday" says when, not what: take clauses before it until some words besides the time are in.
	const clauseStartAt = (count: number) => (count === 0 ? from : boundaries[count - 1]! + 1);
	while (before > 0 && clauseEnd - clauseStartAt(before) - (atEnd - at) < minimumClause) before--;
	const opening = body.slice(from, boundaries[0] ?? body.length).trim();
	// The clause right after a short opening reads on from it: "The group, or IMU, is a group that emerged in …".
	if (before === 1 && opening.length <= 40) before = 0;
	const clauseStart = clauseStartAt(before);
	const clause = body.slice(clauseStart, clauseEnd).trim();
	// "has enjoyed relative stability since …": a clause that starts lower case lost its subject to a comma.
	if (clauseStart > from && /^\p{Ll}/u.test(clause)) return opening.length > 0 && opening.length <= 40 ? `${opening} … ${clause}` : `… ${clause}`;
	return clause;
}

/** The timeline as rows to show: adjacent parts of one time ("three hours later" + "at 1:10 a.m.") joined, each with its event. */
export function timelineRows(story: Story): TimelineRow[] {
	const rows: TimelineRow[] = [];
	const {timeline, text} = story;
	for (let index = 0; index < timeline.length; index++) {
		const entry = timeline[index]!;
		let end = entry.end;
		let when = entry.when;
		// The resolver orders a clock time right after its offset when both are in one sentence.
		while (index + 1 < timeline.length) {
			const next = timeline[index + 1]!;
			if (next.sentence !== entry.sentence || next.start < end || !anchorJoin.test(text.slice(end, next.start))) break;
			end = next.end;
			when ??= next.when;
			index++;
		}

		const expression = end === entry.end ? entry.expression : text.slice(entry.start, end).replaceAll(/\s+/g, ' ');
		rows.push({expression, when, sentence: entry.sentence, event: eventOf(story, {start: entry.start, end, sentence: entry.sentence})});
	}

	return rows;
}
