// How a figure reads in the --summary report and the summary pane alike: its count and noun
// ("at least 5 guards"), its sources, and where and when a part of a breakdown happened, in the
// story's own words ("1 guard late Sunday + 4 guards at a nearby prison checkpoint").
import type {Figure, Story, Total} from '../model/types.js';
import {headlineSentence} from '../parser/headline-figures.js';

export function formatCount(total: {count: number; qualifier: string}): string {
	const count = groupDigits(total.count);
	return total.qualifier === 'exact' ? count : `${total.qualifier} ${count}`;
}

/** "21,576", as wire copy writes it: a folder's totals run to five digits and more. Not toLocaleString, whose separator follows the user's locale. */
export function groupDigits(count: number): string {
	return String(count).replace(/\B(?=(?:\d{3})+$)/g, ',');
}

/** "at least 5 guards", "1 guard". */
export function countWithSubject(figure: {count: number; qualifier: string; subject: string | null}): string {
	return `${formatCount(figure)}${figure.subject ? ` ${nounFor(figure.count, figure.subject)}` : ''}`;
}

/** Who said these figures, each source once ("officials" and "the officials" are one). */
export function sourcesOf(figures: Figure[]): string[] {
	return [...new Map(figures.filter(figure => figure.attribution).map(figure => [figure.attribution!.toLowerCase().replace(/^the\s+/, ''), figure.attribution!])).values()];
}

// "at the ticket office", "in a market", "near the border": a place after a preposition.
const placePattern = /\b(?:at|in|inside|outside|near|on)\s+((?:the|a|an|their|its)(?:\s+[\p{Ll}-]+){1,4})(?=\s*[,.;]|$)/gu;
// "attacked a nearby prison checkpoint": a place as the object of an attack verb.
const targetPattern = /\b(?:attacked|stormed|raided|hit|struck|bombed|shelled|entered|targeted)\s+((?:the|a|an|their|its)(?:\s+[\p{Ll}-]+){1,4}?)(?=\s*[,.;]|\s+(?:with|and|on|in|at|late|early|last)\b)/gu;
const notPlaces = /\b(?:time|way|case|fact|end|past|night|morning|evening|afternoon|day|week|month|year|hospital|condition|process|attempt|bid|order)\b/;

/** A place phrase before the figure in its sentence ("at the ticket office"), or null. */
export function placeOf(story: Story, figure: Figure): string | null {
	const sentence = story.sentences[figure.sentence];
	if (!sentence) return null;
	const before = story.text.slice(sentence.start, figure.start);
	let found: string | null = null;
	for (const pattern of [targetPattern, placePattern]) {
		for (const match of before.matchAll(pattern)) {
			const phrase = match[1];
			if (notPlaces.test(phrase) || (figure.subject && phrase.includes(figure.subject))) continue;
			found = pattern === targetPattern ? `at ${phrase}` : match[0];
		}

		if (found) return found;
	}

	return null;
}

/** The time expression of the figure's sentence ("late Sunday"), or null. */
function timeOf(story: Story, figure: Figure): string | null {
	const entries = story.timeline.filter(entry => entry.sentence === figure.sentence);
	return entries.length > 0 ? entries[0].expression : null;
}

/** The same inside a line: "Three hours later" reads "three hours later"; names of days and months keep their capital. */
export function timeInLine(story: Story, figure: Figure): string | null {
	const expression = timeOf(story, figure);
	if (!expression) return null;
	return /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(expression) ? expression : expression.charAt(0).toLowerCase() + expression.slice(1);
}

const irregular: Record<string, string> = {people: 'person', children: 'child', men: 'man', women: 'woman', others: 'other', police: 'police officer', crew: 'crew member', staff: 'staff member'};

/** "1 guards" reads "1 guard". */
export function nounFor(count: number, subject: string): string {
	if (count !== 1) return subject;
	const words = subject.split(' ');
	const last = words.at(-1)!;
	const lower = last.toLowerCase();
	let singular = irregular[lower] ?? last;
	if (!(lower in irregular) && /[^s]s$/.test(lower)) singular = lower.endsWith('ies') ? `${last.slice(0, -3)}y` : last.slice(0, -1);
	return [...words.slice(0, -1), singular].join(' ');
}

/**
 * What a total is broken into, as the --summary report and the summary pane both show it: its parts, and its earlier
 * states ("11 by Monday evening"), never added. A part that only tells the total again is left out: the same count
 * ("9 villagers" in a headline over the body's nine), or a headline's count that the parser linked to the body's
 * ("Dozens feared dead" over "At least 42 people were killed").
 * 'listed' keeps only parts the total itself lists (the report's terse breakdown); 'linked' also takes figures that
 * point at one of them (the pane, where each part is a row the reader can jump from).
 */
export function breakdownOf(story: Story, total: Total, scope: 'listed' | 'linked' = 'linked'): {parts: Figure[]; earlier: Figure[]} {
	const ids = new Set(total.figures);
	const byId = new Map(story.figures.map(figure => [figure.id, figure]));
	const headline = headlineSentence(story.text, story.sentences);
	const parts: Figure[] = [];
	const earlier: Figure[] = [];
	for (const figure of story.figures) {
		if (figure.partOf === null || !(ids.has(figure.id) || ids.has(figure.partOf))) continue;
		if (scope === 'listed' && !(ids.has(figure.id) && ids.has(figure.partOf))) continue;
		if (figure.superseded) earlier.push(figure);
		else if (figure.count !== total.count && !restatesBody(figure, byId.get(figure.partOf), headline)) parts.push(figure);
	}

	return {parts, earlier};
}

// A headline's count pointing at a later count of the body is the headline telling that count again.
function restatesBody(figure: Figure, whole: Figure | undefined, headline: number): boolean {
	return figure.sentence === headline && whole !== undefined && whole.sentence > headline;
}
