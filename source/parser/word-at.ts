// Reading a word next to the one in hand. `ws[at - 1]?.lower` reads past the array's ends at the first and last
// word, and V8's optimised code for a function that had never read past an end is thrown away the first time
// one does (a deopt, then a second compile of the whole function). Checking the bounds first never reads past them.
import type {Word} from './words.js';

/** The lowercased word at `index`, or '' before the first word and after the last. */
export function lowerAt(ws: Word[], index: number): string {
	return index >= 0 && index < ws.length ? ws[index].lower : '';
}
