// A label cut to the columns it has, ending in "…" when cut: names, pane titles, a story's totals.
import stringWidth from 'string-width';

/** `text` as is when it fits in `width` columns, else as many whole characters as leave room for "…", then "…". */
export function fitWidth(text: string, width: number): string {
	if (stringWidth(text) <= width) return text;
	let shown = '';
	for (const character of text) {
		if (stringWidth(shown + character) > width - 1) break;
		shown += character;
	}

	return `${shown}…`;
}
