// Maps what matched in the folded words back onto the displayed name, so the entity pane
// can highlight it: "rak" highlights "Рах" in "Рахмон", "IMU" the initials of Islamic
// Movement of Uzbekistan.
import {fold} from './fold.js';
import type {Term} from './query.js';
import {stopWords} from './skeleton.js';
import {tokenize, type Token} from './tokens.js';
import type {WordHit} from './match-word.js';

export type Range = [number, number];

export type Highlighter = {
	/** Word id → best hit across the query's words. */
	words: Map<number, WordHit>;
	acronyms: Set<string>;
	/** Exact, prefix, suffix and whole-name terms. */
	literal: Term[];
	wordIds: Map<string, number>;
};

type Layout = {
	original: string;
	origin: number[];
	tokens: Token[];
	/** Folded words joined by single spaces, and each character's index in the folded text (-1 for the joining spaces). */
	joined: string;
	joinedAt: number[];
};

function layout(original: string): Layout {
	const folded = fold(original);
	const tokens = tokenize(folded.text);
	let joined = '';
	const joinedAt: number[] = [];
	for (const [index, token] of tokens.entries()) {
		if (index > 0) {
			joined += ' ';
			joinedAt.push(-1);
		}

		joined += token.text;
		joinedAt.push(...token.at);
	}

	return {original, origin: folded.origin, tokens, joined, joinedAt};
}

/** The original range covering folded characters `first`..`last` (inclusive). */
function originalRange(view: Layout, first: number, last: number): Range {
	const start = view.origin[first];
	const end = view.origin[last];
	const width = view.original.codePointAt(end)! > 0xFF_FF ? 2 : 1;
	return [start, end + width];
}

function tokenRange(view: Layout, token: Token, from = 0, to = token.at.length): Range {
	return originalRange(view, token.at[from], token.at[to - 1]);
}

/** Joined-text range → original ranges (one per word it spans). */
function joinedRanges(view: Layout, start: number, end: number): Range[] {
	const ranges: Range[] = [];
	let first = -1;
	for (let index = start; index <= end; index++) {
		const at = index < end ? view.joinedAt[index] : -1;
		if (at >= 0 && first < 0) first = index;
		if (at < 0 && first >= 0) {
			ranges.push(originalRange(view, view.joinedAt[first], view.joinedAt[index - 1]));
			first = -1;
		}
	}

	return ranges;
}

function merge(ranges: Range[]): Range[] {
	ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const merged: Range[] = [];
	for (const range of ranges) {
		const last = merged.at(-1);
		if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
		else merged.push([...range]);
	}

	return merged;
}

/** Matched [start, end) ranges in `name`. */
export function highlight(name: string, highlighter: Highlighter): Range[] {
	const view = layout(name);
	const ranges: Range[] = [];
	for (const token of view.tokens) {
		const id = highlighter.wordIds.get(token.text);
		const hit = id === undefined ? undefined : highlighter.words.get(id);
		if (!hit) continue;
		if (hit.prefix !== undefined) ranges.push(tokenRange(view, token, 0, Math.min(hit.prefix, token.at.length)));
		else if (hit.infix !== undefined) {
			const at = token.text.indexOf(hit.infix);
			ranges.push(at >= 0 ? tokenRange(view, token, at, at + hit.infix.length) : tokenRange(view, token));
		} else ranges.push(tokenRange(view, token));
	}

	if (highlighter.acronyms.size > 0 && view.tokens.length > 1) {
		const content = view.tokens.filter(token => !stopWords.has(token.text));
		outer: for (const tokens of [content, view.tokens]) {
			const initials = tokens.map(token => token.text[0]).join('');
			for (const acronym of highlighter.acronyms) {
				if (!initials.startsWith(acronym)) continue;
				for (const token of tokens.slice(0, acronym.length)) ranges.push(tokenRange(view, token, 0, 1));
				break outer;
			}
		}
	}

	for (const term of highlighter.literal) {
		let at = -1;
		if (term.kind === 'prefix' || term.kind === 'equal') at = view.joined.startsWith(term.text) ? 0 : -1;
		else if (term.kind === 'suffix') at = view.joined.endsWith(term.text) ? view.joined.length - term.text.length : -1;
		else at = view.joined.indexOf(term.text);
		if (at >= 0) ranges.push(...joinedRanges(view, at, at + term.text.length));
	}

	return merge(ranges);
}
