// Time expressions and the order the events happened in. Each expression is
// resolved against the story's date (weekdays are the latest such day on or
// before it, "last summer" the latest summer over by then, seasons
// meteorological) and against the expression before it ("three hours later").
// Absolute ones ("the 1990s", "June 1968") resolve without a date; relative ones
// get `when: null` when the story's date is unknown, but are still ordered
// against a notional date. "three hours later, at 1:10 a.m. local time" is two
// adjacent entries: the offset and the clock time, both on the same day.
// Prepositions ("on", "at", "in") are left out of the expression.
import type {Sentence, TimelineEntry} from '../model/types.js';
import {dayFrom, dayFromIso, formatRange, lastSeason, monthRange, parts, seasonRange, weekStart, yearRange, type Day, type Range} from './dates.js';
import {numberWordValue} from './numbers.js';
import {partitionPoint} from '../util/partition-point.js';
import {findWords, vocabulary, type WordHits} from './word-finder.js';
import {isAsciiLetterOrDigit, isSpaceAt} from './char-codes.js';

const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthPattern = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const weekdayNames = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const weekdayPattern = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const partOfDayHours: Record<string, number> = {early: 5, morning: 9, afternoon: 15, evening: 19, night: 22, late: 22, midday: 12, noon: 12, midnight: 24, dawn: 6, overnight: 2};
// Time zones written after a clock time: upper case only, so "3:30 in the morning" keeps its "in".
const zonePattern = '(?:UTC|GMT|[ECMP][SD]?T|BST|CET|CEST|EET|EEST|IST|MSK|JST|AEST|AEDT|WIB|PKT|SAST|WAT|EAT)\\b';
const countWord = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|a few|a couple of|several|few)';

/** What the resolver knows while walking the expressions in text order. */
type Context = {
	/** The story's date (or a notional one, for ordering only). */
	today: Day;
	/** The moment the last event-like expression put us at, in hours since day 0. */
	cursor: number | null;
	/** The cursor came with a time of day ("late Sunday"), not just a day ("Saturday"). */
	cursorHasHour: boolean;
	/** Where the expression that set the cursor starts: a clock time written before it in its sentence is not after it. */
	cursorFrom: number;
};

type Resolved = {
	range: Range;
	/** Hour of day when the expression gives one, for ordering within a day. */
	hour: number | null;
	/** Needs the story's date (relative to it). */
	relative: boolean;
	/** Moves the cursor: an event moment rather than background. */
	moment: boolean;
};

type Rule = {
	pattern: RegExp;
	resolve: (match: RegExpExecArray, context: Context) => Resolved | null;
	/** A check of the words before the match ("over the weekend"), kept out of the pattern: a lookbehind there is tried at every position. */
	accept?: (text: string, start: number) => boolean;
	/** Where the expression starts when words before the match belong to it ("the early 1990s"). */
	widen?: (text: string, start: number) => number;
	/**
	 * Groups of words (lower case): every match contains a word of each group as a whole word (see
	 * word-finder.ts), so a story without one skips the pattern's scan. Most stories have no month name or
	 * "ago", and the patterns' scans were most of the timeline's time.
	 */
	needs?: ReadonlyArray<readonly string[]>;
	/**
	 * Where to run the pattern instead of over the whole text: every match holds one of these words (a whole
	 * word, see word-finder.ts), no other of them before it, and at most `wordsBefore` words before it (see
	 * seededMatches). For patterns whose scan is costly (optional words tried at every position) and whose
	 * words mostly are a match.
	 */
	seeds?: {words: ReadonlySet<string>; wordsBefore: number};
};

// Every alternative of monthPattern, as the whole word it is (its optional period is not a letter).
const monthWords = [...monthNames, 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
const monthSet: ReadonlySet<string> = new Set(monthWords);
const partOfDayWords = ['morning', 'afternoon', 'evening', 'night'];
const dayOrPartOfDay = ['day', ...partOfDayWords];

const decadePrefix = /(?:\bthe\s+)?(?:\b(?:early|mid|late)[\s-]+)?$/i;

// Prepositions that make a bare month or "the weekend" a time: "in May", "over the weekend".
const monthPreposition = /\b(?:in|until|by|from|during|through|before|after)\s+$/i;
const weekendPreposition = /\b(?:over|during|at|on)\s+$/i;
const spanPreposition = /\b(?:in|over|during|within)\s+$/i;
const precededBy = (pattern: RegExp) => (text: string, start: number) => pattern.test(text.slice(Math.max(0, start - 8), start));

const caseless = (source: string) => new RegExp(source, 'gi');
const cased = (source: string) => new RegExp(source, 'g');

function monthIndex(name: string): number {
	const lower = name.toLowerCase().replace('.', '');
	return monthNames.findIndex(month => month.startsWith(lower.slice(0, 3))) + 1;
}

function countValue(word: string): number {
	const lower = word.toLowerCase();
	if (/^\d+$/.test(lower)) return Number(lower);
	if (lower === 'a' || lower === 'an') return 1;
	if (lower === 'a couple of') return 2;
	if (lower === 'a few' || lower === 'few' || lower === 'several') return 3;
	return numberWordValue(lower) ?? 1;
}

// "after a ceasefire expired", "before the election", "after leaving port", "after peace negotiators agreed", "after he was
// elected": any word right after "after"/"before" names another event, unless it is a time of day ("two hours before dawn").
const eventAfter = /^\s+(?!(?:midnight|noon|midday|dawn|dusk|sunrise|sunset)\b)\p{L}/iu;

/** "two days after a ceasefire expired", "the day before the vote": counted from the event named next, not the story's clock. */
function namesAnotherEvent(match: RegExpExecArray): boolean {
	if (!/(?:after|before)$/i.test(match[0])) return false;
	return eventAfter.test(match.input.slice(match.index + match[0].length, match.index + match[0].length + 30));
}

const day = (value: Day, hour: number | null, relative: boolean, moment = true): Resolved => ({range: {start: value, end: value}, hour, relative, moment});
const span = (range: Range, relative: boolean): Resolved => ({range, hour: null, relative, moment: false});

/** The latest `weekday` on or before `today` (news reports the past). */
function latestWeekday(today: Day, weekday: number, strictlyBefore: boolean): Day {
	let back = (parts(today).weekday - weekday + 7) % 7;
	if (back === 0 && strictlyBefore) back = 7;
	return today - back;
}

function atClock(context: Context, hour: number, at: number): Resolved {
	let absolute: number;
	if (context.cursor === null) absolute = context.today * 24 + hour;
	else {
		absolute = Math.floor(context.cursor / 24) * 24 + hour;
		// A clock time earlier than where the story is means the next day ("late Sunday … at 1:10 a.m."), unless
		// the sentence names that day after it ("reached the site at 7 am and were still searching late on Sunday").
		if (context.cursorHasHour && absolute < context.cursor - 6 && at > context.cursorFrom) absolute += 24;
	}

	return day(Math.floor(absolute / 24), absolute % 24, true);
}

/** Signed hours of "three hours later" / "two days before". */
function offsetHours(match: RegExpExecArray): number {
	const unit = match[2].toLowerCase().replace(/s$/, '');
	const hours = countValue(match[1]) * ({minute: 1 / 60, hour: 1, day: 24, week: 168} as Record<string, number>)[unit];
	return /^(?:later|after)/i.test(match[3]) ? hours : -hours;
}

// "three hours later", "a few hours before", "two days after"; "a few hours before the jet crashed on Wednesday" counts
// from the event named after it, so it is placed from the next time of its sentence (see extractTimeline), not the story's clock.
const offsetRule: Rule = {
	pattern: caseless(`\\b(${countWord})\\s+(minutes?|hours?|days?|weeks?)\\s+(later|earlier|after(?:wards)?|before)\\b`),
	needs: [['later', 'earlier', 'after', 'afterwards', 'before'], ['minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks']],
	resolve(match, context) {
		if (context.cursor === null || namesAnotherEvent(match)) return null;
		const absolute = context.cursor + offsetHours(match);
		return day(Math.floor(absolute / 24), Math.floor(absolute % 24), true);
	},
};

// "1:10 a.m. local time", "9 p.m.", "6am"
const clockRule: Rule = {
	pattern: cased(`\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.|A\\.M\\.|P\\.M\\.|am\\b|pm\\b|AM\\b|PM\\b)(?:\\s+(?:local time|${zonePattern}))?`),
	// "a.m." is the words "a" and "m".
	needs: [['am', 'pm', 'm']],
	resolve(match, context) {
		let hour = Number(match[1]) % 12;
		if (match[3].toLowerCase().startsWith('p')) hour += 12;
		return atClock(context, hour + Number(match[2] ?? 0) / 60, match.index);
	},
};

// "15:00 local time", "09:09"
const clock24Rule: Rule = {
	pattern: cased(`\\b([01]?\\d|2[0-3]):([0-5]\\d)\\b(?!\\s*(?:a\\.m\\.|p\\.m\\.|am|pm|AM|PM))(?:\\s+(?:local time|${zonePattern}))?`),
	resolve: (match, context) => atClock(context, Number(match[1]) + Number(match[2]) / 60, match.index),
};

// "late Sunday", "early on Monday", "Monday night", "last Tuesday". Most stories name a weekday, and this
// pattern's scan of a whole text (its optional words tried at every position) was the timeline's costliest.
const weekdayRule: Rule = {
	// "the early hours of Sunday" is its own way to say early: a non-capturing alternative, so the groups keep their numbers.
	pattern: cased(`\\b(?:([Ll]ate|[Ee]arly)\\s+(?:on\\s+)?|([Ll]ast|[Tt]his|[Nn]ext)\\s+|[Tt]he\\s+early\\s+hours\\s+of\\s+)?(${weekdayPattern})(?:\\s+(morning|afternoon|evening|night))?\\b`),
	needs: [weekdayNames],
	seeds: {words: new Set(weekdayNames), wordsBefore: 4},
	resolve(match, context) {
		const weekday = weekdayNames.indexOf(match[3].toLowerCase());
		const which = match[2]?.toLowerCase();
		let value = latestWeekday(context.today, weekday, which === 'last');
		if (which === 'next') value = context.today + (((weekday - parts(context.today).weekday + 7) % 7) || 7);
		else if (which === undefined && isFutureWeekday(match)) value = context.today + ((weekday - parts(context.today).weekday + 7) % 7);
		const hour = partOfDayHours[(match[4] ?? match[1] ?? (/^the\s+early\s+hours/i.test(match[0]) ? 'overnight' : '')).toLowerCase()] ?? null;
		return day(value, hour, true);
	},
};

// "will be buried on Friday", "are expected to appear before judges on Monday", "is due to resume Tuesday": the
// weekday is ahead of the report. The cue must be in the weekday's own clause, a few words before it.
const futureCue = /\b(?:will|would|shall|expected to|due to|scheduled to|set to|plans? to|planned to|is to|are to|to be held|resumes?)\b[^,;:.!?()"“”—–]{0,40}$/i;
const clauseOpeners = /\b(?:that|which|who|when|after|since|as)\b/i;

function isFutureWeekday(match: RegExpExecArray): boolean {
	const before = match.input.slice(Math.max(0, match.index - 60), match.index);
	const cue = futureCue.exec(before);
	return cue !== null && !clauseOpeners.test(before.slice(cue.index + cue[0].search(/\s/) + 1));
}

const rules: Rule[] = [
	// "Monday, January 28, 2019", "January 5, 2019", "January 5"
	{
		pattern: cased(`\\b(?:${weekdayPattern},?\\s+)?(${monthPattern})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`),
		needs: [monthWords],
		seeds: {words: monthSet, wordsBefore: 1},
		resolve(match, context) {
			const month = monthIndex(match[1]);
			const date = Number(match[2]);
			if (date < 1 || date > 31) return null;
			if (match[3]) return day(dayFrom(Number(match[3]), month, date), null, false);
			const {year} = parts(context.today);
			const sameYear = dayFrom(year, month, date);
			return day(sameYear <= context.today + 7 ? sameYear : dayFrom(year - 1, month, date), null, true);
		},
	},
	// "5 January 2019", "10 September"
	{
		pattern: cased(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${monthPattern})\\b(?:,?\\s+(\\d{4})\\b)?`),
		needs: [monthWords],
		seeds: {words: monthSet, wordsBefore: 1},
		resolve(match, context) {
			const month = monthIndex(match[2]);
			const date = Number(match[1]);
			if (date < 1 || date > 31) return null;
			if (match[3]) return day(dayFrom(Number(match[3]), month, date), null, false);
			const {year} = parts(context.today);
			const sameYear = dayFrom(year, month, date);
			return day(sameYear <= context.today + 7 ? sameYear : dayFrom(year - 1, month, date), null, true);
		},
	},
	// "June 1968"
	{
		pattern: cased(`\\b(${monthPattern})\\s+((?:1[89]|20)\\d{2})\\b`),
		needs: [monthWords],
		seeds: {words: monthSet, wordsBefore: 0},
		resolve: match => span(monthRange(Number(match[2]), monthIndex(match[1])), false),
	},
	// "last April", "this March"
	{
		pattern: caseless(`\\b(last|this|next)\\s+(${monthPattern})\\b`),
		needs: [monthWords, ['last', 'this', 'next']],
		seeds: {words: monthSet, wordsBefore: 1},
		resolve(match, context) {
			const month = monthIndex(match[2]);
			const {year, month: current} = parts(context.today);
			const which = match[1].toLowerCase();
			const target = which === 'last' ? (month < current ? year : year - 1) : which === 'next' ? (month > current ? year : year + 1) : year;
			return span(monthRange(target, month), true);
		},
	},
	weekdayRule,
	offsetRule,
	// "three years ago", "a year ago"
	{
		pattern: caseless(`\\b(${countWord})\\s+(days?|weeks?|months?|years?|decades?)\\s+ago\\b`),
		needs: [['ago'], ['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades']],
		resolve(match, context) {
			const count = countValue(match[1]);
			const unit = match[2].toLowerCase().replace(/s$/, '');
			const {year, month, date} = parts(context.today);
			if (unit === 'day') return day(context.today - count, null, true);
			if (unit === 'week') return day(context.today - 7 * count, null, true, false);
			if (unit === 'month') return span(monthRange(year, month - count), true);
			if (unit === 'year') return span(yearRange(year - count), true);
			return day(dayFrom(year - 10 * count, month, date), null, true, false);
		},
	},
	clockRule,
	clock24Rule,
	// "midnight", "dawn": a time of day, placed like a clock time.
	{
		pattern: caseless(`\\b(midnight|noon|midday|dawn|dusk)\\b`),
		needs: [['midnight', 'noon', 'midday', 'dawn', 'dusk']],
		resolve: (match, context) => atClock(context, ({midnight: 0, noon: 12, midday: 12, dawn: 6, dusk: 18} as Record<string, number>)[match[1].toLowerCase()], match.index),
	},
	// "last night", "this morning", "yesterday afternoon"
	{
		pattern: caseless(`\\b(last|this|yesterday|tomorrow)\\s+(morning|afternoon|evening|night)\\b`),
		needs: [partOfDayWords, ['last', 'this', 'yesterday', 'tomorrow']],
		resolve(match, context) {
			const which = match[1].toLowerCase();
			const part = match[2].toLowerCase();
			const offset = which === 'yesterday' || (which === 'last' && part === 'night') ? -1 : which === 'tomorrow' ? 1 : 0;
			return day(context.today + offset, partOfDayHours[part], true);
		},
	},
	{pattern: caseless(`\\byesterday\\b`), needs: [['yesterday']], resolve: (_match, context) => day(context.today - 1, null, true)},
	{pattern: caseless(`\\b(?:today|tonight)\\b`), needs: [['today', 'tonight']], resolve: (match, context) => day(context.today, match[0].toLowerCase() === 'tonight' ? 21 : null, true)},
	{pattern: caseless(`\\btomorrow\\b`), needs: [['tomorrow']], resolve: (_match, context) => day(context.today + 1, null, true)},
	// "overnight": the night after the day the story has reached ("late on Saturday … overnight" is early Sunday),
	// but no later than the night before the story's day, which is also what it means before any other time
	// ("were evacuated overnight", "reported overnight"). It dates an event without moving the story's clock.
	{
		pattern: caseless(`\\bovernight\\b`),
		needs: [['overnight']],
		resolve: (_match, context) => day(context.cursor === null ? context.today : Math.min(context.today, Math.floor(context.cursor / 24) + 1), partOfDayHours['overnight']!, true, false),
	},
	// "last week", "earlier this month", "last summer", "this year"
	{
		pattern: caseless(`\\b(?:(earlier|later)\\s+)?(last|this|next|past)\\s+(week|weekend|month|year|spring|summer|autumn|fall|winter|decade)\\b`),
		needs: [['week', 'weekend', 'month', 'year', 'spring', 'summer', 'autumn', 'fall', 'winter', 'decade'], ['last', 'this', 'next', 'past']],
		resolve(match, context) {
			const which = match[2].toLowerCase();
			const unit = match[3].toLowerCase();
			const today = context.today;
			const {year, month} = parts(today);
			const upToToday = (range: Range): Range => (match[1]?.toLowerCase() === 'earlier' ? {start: range.start, end: Math.min(range.end, today)} : range);
			if (unit === 'week') {
				const start = weekStart(today) + (which === 'last' || which === 'past' ? -7 : which === 'next' ? 7 : 0);
				return span(upToToday({start, end: start + 6}), true);
			}

			if (unit === 'weekend') {
				// Early in the week "this weekend" is the one just gone (news reports the past).
				const thisWeek = weekStart(today) + 5;
				const justGone = today < weekStart(today) + 3;
				const saturday = which === 'last' || which === 'past' || (which === 'this' && justGone) ? (today >= thisWeek ? thisWeek : thisWeek - 7) : which === 'next' ? thisWeek + 7 : thisWeek;
				return span({start: saturday, end: saturday + 1}, true);
			}

			if (unit === 'month') return span(upToToday(monthRange(year, month + (which === 'last' || which === 'past' ? -1 : which === 'next' ? 1 : 0))), true);
			if (unit === 'year') return span(upToToday(yearRange(year + (which === 'last' || which === 'past' ? -1 : which === 'next' ? 1 : 0))), true);
			if (unit === 'decade') return span({start: dayFrom(year - 10, month, 1), end: today}, true);
			const range = which === 'last' || which === 'past' ? lastSeason(unit, today) : seasonRange(unit, which === 'next' ? year + 1 : year);
			return range ? span(range, true) : null;
		},
	},
	// "in the days after", "the following day", "the next morning"
	{
		pattern: caseless(`\\b(?:in\\s+)?the\\s+(?:days|weeks|hours|months)\\s+(?:after|before|following|since)\\b|\\bthe\\s+(?:next|following)\\s+(?:day|morning|evening|night)\\b`),
		needs: [['days', 'weeks', 'hours', 'months', 'next', 'following']],
		resolve(match, context) {
			if (context.cursor === null || !/next|following/i.test(match[0]) || /days|weeks|hours|months/i.test(match[0])) return null;
			const base = Math.floor(context.cursor / 24) + 1;
			return day(base, partOfDayHours[/morning|evening|night/i.exec(match[0])?.[0].toLowerCase() ?? ''] ?? null, true);
		},
	},
	// "the previous day", "the same night", "the day before" (not "the day before the vote": that counts from the vote)
	{
		pattern: caseless(`\\bthe\\s+(?:(previous|same|prior)\\s+(day|morning|afternoon|evening|night)|(day|night)\\s+(before|after))\\b`),
		needs: [dayOrPartOfDay],
		resolve(match, context) {
			if (context.cursor === null || namesAnotherEvent(match)) return null;
			const which = (match[1] ?? match[4]).toLowerCase();
			const part = (match[2] ?? match[3]).toLowerCase();
			const offset = which === 'same' ? 0 : which === 'after' ? 1 : -1;
			return day(Math.floor(context.cursor / 24) + offset, part === 'day' ? null : partOfDayHours[part], true);
		},
	},
	// "hours later", "minutes earlier": a short step from the last moment; "days later" is too vague to place.
	{
		pattern: caseless(`\\b(minutes|moments|hours|days|weeks)\\s+(later|earlier|afterwards)\\b`),
		needs: [['later', 'earlier', 'afterwards'], ['minutes', 'moments', 'hours', 'days', 'weeks']],
		resolve(match, context) {
			if (context.cursor === null) return null;
			const unit = match[1].toLowerCase();
			if (unit === 'days' || unit === 'weeks') return null;
			const step = (unit === 'hours' ? 2 : 0.25) * (match[2].toLowerCase() === 'earlier' ? -1 : 1);
			const absolute = context.cursor + step;
			return day(Math.floor(absolute / 24), absolute % 24, true);
		},
	},
	// "later that day", "that night", "earlier that morning": the day the story is at.
	{
		pattern: caseless(`\\b(?:(later|earlier)\\s+)?that\\s+(day|morning|afternoon|evening|night)\\b(?![-\\w])`),
		needs: [['that'], dayOrPartOfDay],
		resolve(match, context) {
			if (context.cursor === null) return null;
			const base = Math.floor(context.cursor / 24);
			const part = match[2].toLowerCase();
			if (part !== 'day') return day(base, partOfDayHours[part], true);
			const which = match[1]?.toLowerCase();
			if (!which) return day(base, null, true);
			const hour = Math.min(23.9, Math.max(0, (context.cursor % 24) + (which === 'later' ? 1 : -1)));
			return day(base, hour, true);
		},
	},
	// "the night of March 3", "the morning of 5 June"
	{
		pattern: cased(`\\bthe\\s+(morning|afternoon|evening|night)\\s+of\\s+(?:(${monthPattern})\\s+(\\d{1,2})|(\\d{1,2})\\s+(${monthPattern}))\\b(?:,?\\s+(\\d{4})\\b)?`),
		needs: [partOfDayWords, monthWords],
		resolve(match, context) {
			const month = monthIndex(match[2] ?? match[5]);
			const date = Number(match[3] ?? match[4]);
			if (date < 1 || date > 31) return null;
			const hour = partOfDayHours[match[1]];
			if (match[6]) return day(dayFrom(Number(match[6]), month, date), hour, false);
			const {year} = parts(context.today);
			const sameYear = dayFrom(year, month, date);
			return day(sameYear <= context.today + 7 ? sameYear : dayFrom(year - 1, month, date), hour, true);
		},
	},
	// "mid-January", "late February", "in May", "since January" (a month with no day or year after it): the latest such month.
	{
		pattern: cased(`\\b(?:([Ee]arly|[Mm]id|[Ll]ate)[\\s-]+|([Ss]ince)\\s+)?(${monthPattern})\\b(?![.]?\\s*\\d)`),
		needs: [monthWords],
		seeds: {words: monthSet, wordsBefore: 1},
		accept: (text, start) => /^(?:[Ee]arly|[Mm]id|[Ll]ate|[Ss]ince)/.test(text.slice(start, start + 5)) || precededBy(monthPreposition)(text, start),
		resolve(match, context) {
			const month = monthIndex(match[3]);
			const {year, month: current} = parts(context.today);
			const range = monthRange(month <= current ? year : year - 1, month);
			const third = match[1]?.toLowerCase();
			if (third === 'early') return span({start: range.start, end: range.start + 9}, true);
			if (third === 'mid') return span({start: range.start + 10, end: range.start + 19}, true);
			if (third === 'late') return span({start: range.start + 20, end: range.end}, true);
			if (match[2]) return span({start: range.start, end: Math.max(range.start, context.today)}, true);
			return span(range, true);
		},
	},
	// "over the weekend", "at the weekend": the latest weekend on or before the story's date.
	{
		pattern: caseless(`\\bthe\\s+weekend\\b`),
		needs: [['weekend']],
		accept: precededBy(weekendPreposition),
		resolve(_match, context) {
			const saturday = weekStart(context.today) + 5;
			const start = saturday <= context.today ? saturday : saturday - 7;
			return span({start, end: start + 1}, true);
		},
	},
	// "in the past 24 hours", "over the last three days"
	{
		pattern: caseless(`\\bthe\\s+(?:past|last)\\s+(${countWord})\\s+(hours|days|weeks|months)\\b`),
		needs: [['hours', 'days', 'weeks', 'months'], ['past', 'last']],
		accept: precededBy(spanPreposition),
		resolve(match, context) {
			const count = countValue(match[1]);
			const days = Math.max(1, Math.round(count * ({hours: 1 / 24, days: 1, weeks: 7, months: 30} as Record<string, number>)[match[2].toLowerCase()]));
			return span({start: context.today - days, end: context.today}, true);
		},
	},
	// "the 1990s", "the early 2000s": the pattern starts at the digits (a leading optional "the" would be tried at
	// every word), and the words before them are taken in by `widen`.
	{
		pattern: cased(`\\b((?:1[0-9]|20)\\d0)s\\b`),
		// "1990s": the "s" is a word of its own after the digits.
		needs: [['s']],
		widen: (text, start) => start - (decadePrefix.exec(text.slice(Math.max(0, start - 16), start))?.[0].length ?? 0),
		resolve(match) {
			const start = Number(match[1]);
			const which = /(early|mid|late)[\s-]+$/i.exec(match.input.slice(Math.max(0, match.index - 8), match.index))?.[1].toLowerCase();
			const first = which === 'late' ? start + 7 : which === 'mid' ? start + 4 : start;
			const last = which === 'early' ? start + 3 : which === 'mid' ? start + 6 : start + 9;
			return span({start: dayFrom(first, 1, 1), end: dayFrom(last, 12, 31)}, false);
		},
	},
	// "in 2010", "2018 saw", "the 1973 building": a year (not a count of things, not a clock time)
	{
		pattern: cased(`\\b((?:1[89]|20)\\d{2})\\b(?![,.]\\d)(?!\\s*(?:UTC|GMT|[Zz]\\b|hours?\\b|[a-z]+s\\b(?<!was|is|has|saw|\\bas|its|this|was)))`),
		resolve: match => span(yearRange(Number(match[1])), false),
	},
];

// Speech verbs: a time right after one ("said on Monday", "told reporters late Sunday", "announced Tuesday",
// "said in a statement on Friday") dates a statement, not an event.
const speechVerbs = new Set(['said', 'says', 'told', 'announced', 'reported', 'confirmed', 'added', 'stated', 'tweeted', 'wrote']);

// The words the rules need, the weekday names and the speech verbs: all found in one pass over a story.
const timeWords = vocabulary(new Set([...rules.flatMap(rule => rule.needs?.flat() ?? []), ...speechVerbs]));

/** Whether the story has a word of each group the rule needs (so its pattern can match at all). */
function hasNeededWords(rule: Rule, present: ReadonlySet<string>): boolean {
	if (rule.needs === undefined) return true;
	for (const group of rule.needs) {
		if (!group.some(word => present.has(word))) return false;
	}

	return true;
}

/**
 * Where a match can start at the earliest that has `words` words before the one at `at` ("late on Monday",
 * "5th January", "mid-January", "Friday, May 3"): each word is a run of letters and digits, after spaces,
 * commas or hyphens. Any earlier is just as right (see seededMatches).
 */
function startWordsBefore(text: string, at: number, words: number): number {
	let start = at;
	for (let word = 0; word < words; word++) {
		while (start > 0 && isSpaceCommaOrHyphen(text, start - 1)) start--;
		while (start > 0 && isAsciiLetterOrDigit(text.charCodeAt(start - 1))) start--;
	}

	return start;
}

function isSpaceCommaOrHyphen(text: string, at: number): boolean {
	const code = text.charCodeAt(at);
	return code === 44 || code === 45 || isSpaceAt(text, at);
}

/**
 * The rule's matches, as a scan of the whole text finds them, with the pattern run from just before its seed
 * words instead. Valid because every match holds a seed word (so a hit of `words`), none before its own, and
 * starts no earlier than startWordsBefore of it: from the first seed not yet passed, no match starts before
 * that seed's earliest start, so the scan's next match is the first one from there. Each part of the text is
 * still scanned at most once.
 */
function seededMatches(text: string, rule: Rule & Required<Pick<Rule, 'seeds'>>, words: WordHits): RegExpExecArray[] {
	const {pattern, seeds} = rule;
	const matches: RegExpExecArray[] = [];
	let searchedTo = 0;
	for (let hit = 0; hit < words.words.length; hit++) {
		const at = words.starts[hit]!;
		if (at < searchedTo || !seeds.words.has(words.words[hit]!)) continue;
		pattern.lastIndex = Math.max(searchedTo, startWordsBefore(text, at, seeds.wordsBefore));
		const match = pattern.exec(text);
		if (match === null) break;
		matches.push(match);
		searchedTo = pattern.lastIndex;
	}

	return matches;
}

/** Every match of the rule's pattern in the text, as matchAll gives them (without the copy of the pattern it makes). */
function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
	const matches: RegExpExecArray[] = [];
	pattern.lastIndex = 0;
	for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
		matches.push(match);
		// Past an empty match, as matchAll steps.
		if (match[0] === '') pattern.lastIndex++;
	}

	return matches;
}

type Found = {start: number; end: number; sentence: number; match: RegExpExecArray; rule: Rule};

function isClock(candidate: Found): boolean {
	return candidate.rule === clockRule || candidate.rule === clock24Rule || /^(?:midnight|noon|midday|dawn|dusk)$/i.test(candidate.match[0]);
}

/** "(1408 UTC)", "(2024 Friday, UTC)": a conversion of a time already given. */
function restatesInAnotherZone(text: string, sentenceStart: number, start: number, end: number): boolean {
	// Only a short window either side is looked at, so this stays constant-time per match.
	const windowStart = Math.max(sentenceStart, start - 40);
	const before = text.slice(windowStart, start);
	const open = windowStart + before.lastIndexOf('(');
	if (open < windowStart || before.lastIndexOf(')') > open - windowStart) return false;
	const close = text.slice(end, end + 40).indexOf(')');
	if (close === -1) return false;
	return /\b(?:UTC|GMT)\b/.test(text.slice(open, end + close));
}

const reportingGap = /^\s+(?:on\s+|late\s+|early\s+|in\s+a\s+statement\s+(?:on\s+)?)?$/i;
const toldGap = /^\s+(?:the\s+)?[\w-]+\s+(?:on\s+|late\s+|early\s+)?$/i;

/** A digit or "_": what \b counts as a word character besides the letters. */
function isDigitOrUnderscore(code: number): boolean {
	return (code >= 48 && code <= 57) || code === 95;
}

/** Where each speech verb of the text ends, in text order: each a whole word, as \b…\b would take it. */
function speechVerbEnds(text: string, words: WordHits): number[] {
	const ends: number[] = [];
	for (let hit = 0; hit < words.words.length; hit++) {
		if (!speechVerbs.has(words.words[hit]!)) continue;
		const start = words.starts[hit]!;
		const end = words.ends[hit]!;
		if (start > 0 && isDigitOrUnderscore(text.charCodeAt(start - 1))) continue;
		if (isDigitOrUnderscore(text.charCodeAt(end))) continue;
		ends.push(end);
	}

	return ends;
}

/** Whether the time expression at `start` follows a speech verb of its sentence closely enough to date the statement. */
function reportingTime(text: string, verbEnds: number[], sentenceStart: number, start: number): boolean {
	const at = partitionPoint(verbEnds, end => end <= start) - 1;
	const end = verbEnds[at];
	if (end === undefined || end < Math.max(sentenceStart, start - 40)) return false;
	const gap = text.slice(end, start);
	return reportingGap.test(gap) || (text.slice(end - 4, end).toLowerCase() === 'told' && toldGap.test(gap));
}

/** The sentence that contains `offset` (binary search; sentences are in text order), or -1. */
function sentenceAt(sentences: Sentence[], offset: number): number {
	const at = partitionPoint(sentences, sentence => sentence.end <= offset);
	return at < sentences.length && sentences[at]!.start <= offset ? at : -1;
}

/** Every time expression in the story, in the order the events happened. */
export function extractTimeline(text: string, sentences: Sentence[], published: string | null): TimelineEntry[] {
	// Each pattern runs once over the whole text; matches are then placed in their sentences.
	const all: Found[] = [];
	const words = findWords(text, timeWords);
	const present = new Set(words.words);
	for (const rule of rules) {
		if (!hasNeededWords(rule, present)) continue;
		const matches = rule.seeds ? seededMatches(text, rule as Rule & Required<Pick<Rule, 'seeds'>>, words) : allMatches(text, rule.pattern);
		for (const match of matches) {
			const sentence = sentenceAt(sentences, match.index);
			const end = match.index + match[0].length;
			if (sentence === -1 || end > sentences[sentence].end || match[0].trim() === '') continue;
			if (rule.accept && !rule.accept(text, match.index)) continue;
			const start = rule.widen ? Math.max(sentences[sentence].start, rule.widen(text, match.index)) : match.index;
			all.push({start, end, sentence, match: match as RegExpExecArray, rule});
		}
	}

	// Longest match wins where expressions overlap ("January 5, 2019" over "2019").
	all.sort((a, b) => a.start - b.start || b.end - a.end);
	const found: Found[] = [];
	let reached = -1;
	for (const candidate of all) {
		if (candidate.start < reached) continue;
		if (restatesInAnotherZone(text, sentences[candidate.sentence].start, candidate.start, candidate.end)) continue;
		found.push(candidate);
		reached = candidate.end;
	}

	const today = published === null ? null : dayFromIso(published);
	// The speech verbs are found on first need: only an event-like time, or a weekday of an undated story, asks whether it dates a statement.
	let verbEnds: number[] | undefined;
	const notional = today ?? notionalToday(found, candidate => reportingTime(text, (verbEnds ??= speechVerbEnds(text, words)), sentences[candidate.sentence].start, candidate.start));
	const context: Context = {today: notional, cursor: null, cursorHasHour: false, cursorFrom: -1};
	const entries: Array<TimelineEntry & {key: number; order: number}> = [];
	let previousKey = Number.NEGATIVE_INFINITY;
	// Within a sentence, days resolve before clock times, so "at 4:42 on Saturday" puts 4:42 on Saturday.
	const resolutionOrder = [...found.keys()].sort((a, b) => found[a].sentence - found[b].sentence || Number(isClock(found[a])) - Number(isClock(found[b])) || a - b);
	const results = new Map<number, Resolved | null>();
	for (const order of resolutionOrder) {
		const resolved = found[order].rule.resolve(found[order].match, context) ?? null;
		results.set(order, resolved);
		// "police said on Monday" dates the telling, not an event: it does not move the story's clock.
		if (resolved?.moment && !reportingTime(text, (verbEnds ??= speechVerbEnds(text, words)), sentences[found[order].sentence].start, found[order].start)) {
			context.cursor = sortKey(resolved);
			context.cursorHasHour = resolved.hour !== null;
			context.cursorFrom = found[order].start;
		}
	}

	anchorToNamedEvents(found, results);
	for (const [order, candidate] of found.entries()) {
		const resolved = results.get(order) ?? null;
		let key = previousKey;
		let when: string | null = null;
		if (resolved) {
			key = sortKey(resolved);
			if (!resolved.relative || today !== null) when = formatRange(resolved.range);
		}

		previousKey = key;
		entries.push({expression: text.slice(candidate.start, candidate.end), start: candidate.start, end: candidate.end, sentence: candidate.sentence, when, key, order});
	}

	entries.sort((a, b) => a.key - b.key || a.order - b.order);
	// The entry's own fields, in the order they were written above (a literal costs less than rest destructuring).
	return entries.map(({expression, start, end, sentence, when}) => ({expression, start, end, sentence, when}));
}

/** "A few hours before the jet crashed on Wednesday": an offset from an event named after it counts from the next time of its sentence. */
function anchorToNamedEvents(found: Found[], results: Map<number, Resolved | null>): void {
	for (const [order, candidate] of found.entries()) {
		if (candidate.rule !== offsetRule || results.get(order) || !namesAnotherEvent(candidate.match)) continue;
		const next = found[order + 1];
		const anchor = next && next.sentence === candidate.sentence ? results.get(order + 1) : null;
		if (!anchor?.moment) continue;
		const absolute = sortKey(anchor) + offsetHours(candidate.match);
		results.set(order, {...day(Math.floor(absolute / 24), Math.floor(absolute % 24), anchor.relative), moment: false});
	}
}

/** Hours since day 0: a day without a time sorts at noon, a range from its first day. */
function sortKey(resolved: Resolved): number {
	return resolved.range.start * 24 + (resolved.hour ?? (resolved.range.start === resolved.range.end ? 12 : 0));
}

/**
 * With no story date, order against a notional one: in the year after the latest year the story
 * names (stories postdate what they mention), on the weekday the story most likely reports from.
 * News tells of the days just before the report, so that is the weekday that puts every weekday the
 * story names in the fewest days before it ("Sunday … Monday" is one day, not six), chosen among the
 * weekdays that date a statement ("officials said Wednesday") when there are any, as those are the
 * report's own. Measured on the 70 dated eval and Wikinews stories, parsed without their dates: 96.2 %
 * of pairs of times in the order their dates give (92.9 % against a plain 1 January, 90.9 % against
 * the lead's weekday).
 */
function notionalToday(found: Found[], datesStatement: (candidate: Found) => boolean): Day {
	let latest = 2000;
	for (const candidate of found) {
		for (const year of candidate.match[0].match(/\b(?:1[89]|20)\d{2}\b/g) ?? []) latest = Math.max(latest, Number(year));
	}

	const newYear = dayFrom(latest + 1, 1, 1);
	const named: number[] = [];
	const statementDays: number[] = [];
	for (const candidate of found) {
		if (!isPlainWeekday(candidate) || isFutureWeekday(candidate.match)) continue;
		const weekday = weekdayNames.indexOf(candidate.match[3]!.toLowerCase());
		named.push(weekday);
		if (datesStatement(candidate)) statementDays.push(weekday);
	}

	if (named.length === 0) return newYear;
	let best = -1;
	let bestSpan = 7;
	for (const anchor of statementDays.length > 0 ? statementDays : named) {
		let span = 0;
		for (const weekday of named) span = Math.max(span, (anchor - weekday + 7) % 7);
		if (span < bestSpan) {
			bestSpan = span;
			best = anchor;
		}
	}

	return latestWeekday(newYear, best, false);
}

/** A weekday on its own or with a time of day: not "last Monday" or "next Friday", which say where they are. */
function isPlainWeekday(candidate: Found): boolean {
	return candidate.rule === weekdayRule && candidate.match[2] === undefined;
}
