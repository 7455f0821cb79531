// Calendar arithmetic on day numbers (days since 1970-01-01, UTC), enough for
// resolving "late Sunday" or "last summer" against a story's date. Written here
// rather than pulled from a date library: the rules news prose needs (a weekday
// means the latest one on or before the story's date, seasons are meteorological)
// are not what general libraries do.

export type Day = number;

const msPerDay = 86_400_000;

export function dayFromIso(iso: string): Day | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) return null;
	return dayFrom(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Day number of a calendar date; month 1–12. Out-of-range days roll over like Date.UTC. */
export function dayFrom(year: number, month: number, day: number): Day {
	return Math.floor(Date.UTC(year, month - 1, day) / msPerDay);
}

// A story names few distinct days but may resolve thousands of expressions to them: each day is formatted once.
const isoCache = new Map<Day, string>();

export function isoFromDay(day: Day): string {
	let iso = isoCache.get(day);
	if (iso === undefined) {
		iso = new Date(day * msPerDay).toISOString().slice(0, 10);
		if (isoCache.size > 10_000) isoCache.clear();
		isoCache.set(day, iso);
	}

	return iso;
}

export function parts(day: Day): {year: number; month: number; date: number; weekday: number} {
	const value = new Date(day * msPerDay);
	return {year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, date: value.getUTCDate(), weekday: value.getUTCDay()};
}

export function lastDayOfMonth(year: number, month: number): Day {
	return dayFrom(year, month + 1, 0);
}

/** The Monday of the week a day falls in (weeks run Monday to Sunday). */
export function weekStart(day: Day): Day {
	return day - ((parts(day).weekday + 6) % 7);
}

export type Range = {start: Day; end: Day};

export function monthRange(year: number, month: number): Range {
	// Normalise months outside 1–12 ("the month before January").
	const first = dayFrom(year, month, 1);
	const {year: y, month: m} = parts(first);
	return {start: first, end: lastDayOfMonth(y, m)};
}

export function yearRange(year: number): Range {
	return {start: dayFrom(year, 1, 1), end: dayFrom(year, 12, 31)};
}

/** Meteorological seasons (northern hemisphere): summer is June–August, winter December–February. */
const seasons: Record<string, {first: number; months: number}> = {
	spring: {first: 3, months: 3},
	summer: {first: 6, months: 3},
	autumn: {first: 9, months: 3},
	fall: {first: 9, months: 3},
	winter: {first: 12, months: 3},
};

export function seasonRange(season: string, year: number): Range | null {
	const shape = seasons[season];
	if (!shape) return null;
	const start = dayFrom(year, shape.first, 1);
	const {year: endYear, month: endMonth} = parts(dayFrom(year, shape.first + shape.months - 1, 1));
	return {start, end: lastDayOfMonth(endYear, endMonth)};
}

/** "last summer": the latest such season that is over by `day`; "this summer": the one of `day`'s year. */
export function lastSeason(season: string, day: Day): Range | null {
	const {year} = parts(day);
	for (let candidate = year; candidate >= year - 2; candidate--) {
		const range = seasonRange(season, candidate);
		if (range && range.end < day) return range;
	}

	return null;
}

export function formatRange(range: Range): string {
	return range.start === range.end ? isoFromDay(range.start) : `${isoFromDay(range.start)}/${isoFromDay(range.end)}`;
}
