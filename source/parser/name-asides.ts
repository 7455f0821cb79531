// A name set off by commas after a role: "the mine's director, Viktor Leontyev, and two supervisors". The name says
// who the role before it is, so a list of the people arrested or killed reads on past it without counting it again.
import type {Word} from './words.js';
import {startsUpper} from './initials.js';

/** ", Viktor Leontyev," closed by the comma at ws[close]: where its opening comma stands, or -1. */
export function nameInCommasBefore(ws: Word[], close: number): number {
	let open = close - 1;
	while (open > 0 && close - open <= 5 && startsUpper(ws[open].text)) open--;
	return open < close - 1 && ws[open].text === ',' ? open : -1;
}
