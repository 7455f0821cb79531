// "Eight workers were injured, two of them seriously, and one remained unaccounted for": a bare "one" opening a
// clause of its own after "and", beside a count already given in the sentence, is one person with its own verb.
import {kindOf} from './figure-cues.js';
import type {Word} from './words.js';

const clauseVerbs = new Set(['was', 'is', 'remained', 'remains', 'has', 'had', 'remain', 'still']);

/** Whether the "one" at `first` is a person: after "and", with a counted group earlier in the sentence, and a verb next. */
export function isOneOfTheGroup(ws: Word[], first: number, hasPreviousCount: boolean): boolean {
	if (!hasPreviousCount || ws[first]?.lower !== 'one' || ws[first - 1]?.lower !== 'and') return false;
	const next = ws[first + 1]?.lower ?? '';
	return clauseVerbs.has(next) || kindOf(next) !== undefined;
}
