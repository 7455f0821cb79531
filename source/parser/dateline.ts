import type {Dateline} from '../model/types.js';

export type Preamble = {
	dateline: Dateline | null;
	/** ISO date from a leading date line ("Monday, January 28, 2019"), or null. */
	published: string | null;
	/** A headline line, when the story starts with one. */
	title: string | null;
};

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthPattern = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const weekday = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?';
// "Monday, January 28, 2019", "January 28, 2019", "Jan. 28, 2019".
const monthFirst = new RegExp(`^${weekday}${monthPattern}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, 'i');
// "Monday 28 January 2019", "28 January 2019".
const dayFirst = new RegExp(`^${weekday}(\\d{1,2})(?:st|nd|rd|th)?\\s+${monthPattern},?\\s+(\\d{4})$`, 'i');
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

// "DUSHANBE, Tajikistan (AP) —", "LONDON (Reuters) -", "WASHINGTON —", "Gdańsk, Poland —".
const placeWords = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+(?:(?:of|de|la|el|al|upon|on)\s+)?\p{Lu}[\p{L}\p{M}'’.\-]*){0,3}`;
// A wire dateline may carry the day after the region: "KYIV, Ukraine, March 3 (Reuters) —".
const datelineDay = String.raw`(?:,?\s*${monthPattern.replace('(', '(?:')}\s+\d{1,2})?`;
const datelinePattern = new RegExp(
	String.raw`^(${placeWords})(?:,\s*(${placeWords}))?${datelineDay}\s*(?:\(([^()\n]{1,40})\))?\s*(?:[—–]|--?)\s*`,
	'u',
);
const maxLeadingLines = 4;
const maxTitleWords = 20;

/** "Dushanbe, Tajikistan": a dateline's place and region, what names a story that has no headline. */
export function datelinePlace(dateline: Dateline): string {
	return [dateline.place, dateline.region].filter(Boolean).join(', ');
}

/** Reads the story's opening: date line, headline and dateline. */
export function parsePreamble(text: string): Preamble {
	let published: string | null = null;
	let title: string | null = null;
	let dateline: Dateline | null = null;
	const lines = leadingLines(text);
	for (const [index, line] of lines.entries()) {
		const date = parseDateLine(line.text);
		if (date) {
			published ??= date;
			continue;
		}

		dateline = parseDateline(line.text);
		if (dateline) break;
		if (title === null && isHeadline(line.text, lines[index + 1]?.blankBefore ?? true)) {
			title = line.text;
			continue;
		}

		break;
	}

	return {dateline, published, title};
}

type Line = {text: string; blankBefore: boolean};

/** The first lines of the text's first 2,000 characters that are not blank, trimmed, each knowing whether a blank line came before it. */
function leadingLines(text: string): Line[] {
	const head = text.slice(0, 2000);
	const lines: Line[] = [];
	let blankBefore = false;
	// Line by line with indexOf rather than split: only the first few lines are read.
	for (let start = 0; start <= head.length && lines.length < maxLeadingLines;) {
		let end = head.indexOf('\n', start);
		if (end === -1) end = head.length;
		const line = head.slice(start, end).trim();
		start = end + 1;
		if (line === '') {
			blankBefore = true;
			continue;
		}

		lines.push({text: line, blankBefore});
		blankBefore = false;
	}

	return lines;
}

/** ISO date of a line that is nothing but a date, or null. */
export function parseDateLine(line: string): string | null {
	const trimmed = line.trim().replace(/\.$/, '');
	let match = isoDate.exec(trimmed);
	if (match) return isoFrom(Number(match[1]), Number(match[2]), Number(match[3]));
	match = monthFirst.exec(trimmed);
	if (match) return isoFrom(Number(match[3]), monthNumber(match[1]!), Number(match[2]));
	match = dayFirst.exec(trimmed);
	if (match) return isoFrom(Number(match[3]), monthNumber(match[2]!), Number(match[1]));
	return null;
}

function monthNumber(name: string): number {
	const lower = name.toLowerCase().replace('.', '');
	return months.findIndex(month => month.startsWith(lower.slice(0, 3))) + 1;
}

function isoFrom(year: number, month: number, day: number): string | null {
	if (month < 1 || month > 12 || day < 1) return null;
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCMonth() !== month - 1) return null;
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function parseDateline(line: string): Dateline | null {
	const match = datelinePattern.exec(line);
	if (!match) return null;
	const [, place, region, agency] = match;
	// The story must go on after the dash; a bare "Name —" line is a byline or a pull quote.
	if (match[0].length >= line.length) return null;
	return {
		place: titleCase(place!.trim()),
		region: region ? titleCase(region.trim()) : null,
		agency: agency ? agency.trim() : null,
	};
}

function isHeadline(line: string, blankAfter: boolean): boolean {
	if (/[.!?,;:]["'”’]?$/.test(line)) return false;
	const words = line.split(/\s+/);
	if (words.length > maxTitleWords) return false;
	const letters = line.replace(/[^\p{L}]/gu, '');
	const shouting = letters.length >= 3 && letters === letters.toUpperCase();
	return shouting || blankAfter;
}

/** "DUSHANBE" → "Dushanbe", "WINSTON-SALEM" → "Winston-Salem"; names already in mixed case stay as written. */
export function titleCase(name: string): string {
	if (name !== name.toUpperCase()) return name;
	return name.toLowerCase().replace(/(^|[\s\-'’.])(\p{Ll})/gu, (_all, before: string, letter: string) => before + letter.toUpperCase());
}
