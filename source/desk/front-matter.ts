// A story file may open with a small front-matter block:
//
//   ---
//   title: Militants escape from a prison in Dushanbe
//   date: 2010-08-23
//   source: Associated Press
//   url: https://example.org/story
//   ---
//
// It is metadata, not story text: we cut it off before parsing so the parser
// never sees it and every offset in the model indexes the story body alone.

export type FrontMatter = {
	title?: string;
	/** ISO date (YYYY-MM-DD). */
	date?: string;
	source?: string;
	url?: string;
};

export type SplitStory = {
	meta: FrontMatter;
	/** The story without its front matter (the whole input when there is none). */
	body: string;
};

// The block must close within a few lines: a story that merely starts with a
// `---` rule must not swallow its first paragraphs.
const maxFrontMatterLines = 30;
const keyValue = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$/;

/** Splits a leading `---` … `---` block off a story. Unknown keys are ignored. */
export function splitFrontMatter(raw: string): SplitStory {
	const input = raw.replace(/^\uFEFF/, '');
	const opening = /^---[ \t]*\r?\n/.exec(input);
	if (!opening) return {meta: {}, body: raw};
	const lines: string[] = [];
	let offset = opening[0].length;
	for (let n = 0; n < maxFrontMatterLines; n++) {
		const next = input.indexOf('\n', offset);
		const line = (next < 0 ? input.slice(offset) : input.slice(offset, next)).replace(/\r$/, '');
		const after = next < 0 ? input.length : next + 1;
		if (/^(?:---|\.\.\.)[ \t]*$/.test(line)) return toSplit(lines, input.slice(after)) ?? {meta: {}, body: raw};
		if (next < 0) break;
		lines.push(line);
		offset = after;
	}

	return {meta: {}, body: raw};
}

/** Null when the lines are not `key: value` pairs: then the block was text after all. */
function toSplit(lines: string[], body: string): SplitStory | null {
	const meta: FrontMatter = {};
	let recognised = 0;
	for (const line of lines) {
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		const match = keyValue.exec(line);
		// A line that is not `key: value` means this was not front matter after all.
		if (!match) return null;
		const key = match[1]!.toLowerCase();
		const value = unquote(match[2]!.trim());
		if (value === '') continue;
		recognised++;
		if (key === 'title' || key === 'headline') meta.title = value;
		else if (key === 'date' || key === 'published') {
			const date = toIsoDate(value);
			if (date) meta.date = date;
		} else if (key === 'source' || key === 'agency' || key === 'publisher') meta.source = value;
		else if (key === 'url' || key === 'link') meta.url = value;
	}

	if (recognised === 0) return null;
	return {meta, body: body.replace(/^\s*\n/, '')};
}

function unquote(value: string): string {
	const match = /^(["'])(.*)\1$/.exec(value);
	return match ? match[2]! : value;
}

/** "2010-08-23", "2010-08-23T10:00:00Z" or "August 23, 2010" → "2010-08-23"; null when it is no date. */
export function toIsoDate(value: string): string | null {
	const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value);
	if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
	// Only accept a free-form date that names a year, so "Monday" is not read as some day in 2001.
	if (!/\b\d{4}\b/.test(value)) return null;
	const time = Date.parse(`${value} UTC`) || Date.parse(value);
	if (Number.isNaN(time)) return null;
	const date = new Date(time);
	return validDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function validDate(year: number, month: number, day: number): string | null {
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
