// How far back the story's own incident reaches. A kidnapping "nearly three weeks ago" still runs when two hostages
// escape "last week": a past-time cue that reaches no further back than the lead's own time is inside the
// incident, not another event. Only relative times are compared ("N days/weeks/months ago", "last week/month").
import {numberWordValue} from './numbers.js';
import type {Word} from './words.js';
import {recordHas, recordReader} from './word-records.js';

const unitDays: Record<string, number> = {day: 1, days: 1, week: 7, weeks: 7, month: 30, months: 30};
const fewWords: Record<string, number> = {a: 1, an: 1, one: 1, several: 3, few: 3, couple: 2};
// unitDays[word] and `word in fewWords` by Maps, with the same answers (see word-records.ts).
const unitDaysOf = recordReader(unitDays);
const isFewWord = recordHas(fewWords);

/** The days back the lead sentence dates its incident ("nearly three weeks ago" → 21; "last month" → 30), or 0. */
export function leadReachDays(ws: Word[]): number {
	let reach = 0;
	for (let at = 1; at < ws.length; at++) {
		const unit = unitDaysOf(ws[at].lower);
		if (unit === undefined) continue;
		if (ws[at + 1]?.lower === 'ago') {
			const amount = amountBefore(ws, at);
			if (amount > 0) reach = Math.max(reach, amount * unit);
		} else if ((ws[at - 1].lower === 'last' || ws[at - 1].lower === 'past') && unit > 1) {
			// As far back as the same words reach as a cue (cueReachDays): the lead's own "last week" ("in the past week")
			// dates its incident.
			reach = Math.max(reach, unit === 7 ? 13 : 60);
		}
	}

	return reach;
}

function amountBefore(ws: Word[], unitAt: number): number {
	const word = ws[unitAt - 1]?.lower ?? '';
	if (/^\d+$/.test(word)) return Number(word);
	if (isFewWord(word)) return fewWords[word];
	if (word === 'of' && ws[unitAt - 2]?.lower === 'couple') return 2;
	return numberWordValue(word) ?? 0;
}

const lastUnit = /^(?:last|past|previous)\s+(week|month)$/i;
const agoUnits = /^(\w+)\s+(months|weeks|days)\s+ago$/i;

/** The most days back a past cue can reach ("last week" → 13), or null when it is no short relative time. */
function cueReachDays(cue: string): number | null {
	const last = lastUnit.exec(cue);
	if (last) return last[1].toLowerCase() === 'week' ? 13 : 60;
	const ago = agoUnits.exec(cue);
	if (!ago) return null;
	const amount = /^\d+$/.test(ago[1]) ? Number(ago[1]) : fewWords[ago[1].toLowerCase()] ?? numberWordValue(ago[1].toLowerCase());
	return amount === undefined ? null : amount * unitDays[ago[2].toLowerCase()];
}

/** The cues that point before the incident itself: those reaching further back than the lead's own time. */
export function cuesBeforeIncident<T extends {start: number; end: number}>(text: string, cues: T[], reachDays: number): T[] {
	if (reachDays === 0 || cues.length === 0) return cues;
	return cues.filter(cue => {
		const reach = cueReachDays(text.slice(cue.start, cue.end));
		return reach === null || reach > reachDays;
	});
}
