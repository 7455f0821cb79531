// fzf's extended search syntax, for names:
//   word     fuzzy: whole words, prefixes, transliterations, acronyms, typos
//   'word    exact: the name contains the text as typed (after folding)
//   ^word    the name starts with it;  word$  the name ends with it;  ^word$  the whole name
//   !word    the name must not contain it (also !^word, !word$)
//   a b      both (AND);  a | b  either (OR binds tighter: `^mir | ^zi$ tajik`)
//   type:person, @person, @per, @org, @loc, @place, @nat   only entities of that type
import type {EntityType} from '../model/types.js';
import {foldText} from './fold.js';
import {tokenTexts} from './tokens.js';

export type TermKind = 'fuzzy' | 'exact' | 'prefix' | 'suffix' | 'equal';

export type Term = {
	kind: TermKind;
	/** Folded words of the term. A fuzzy term has exactly one. */
	words: string[];
	/** The words joined by one space: what exact/prefix/suffix/equal kinds compare against a name. */
	text: string;
};

export type ParsedQuery = {
	/** AND of OR-groups. */
	groups: Term[][];
	/** An entity matching any of these is dropped. */
	exclusions: Term[];
	/** Null when no type filter was given. */
	types: Set<EntityType> | null;
};

const typeNames: Array<[EntityType, string[]]> = [
	['person', ['person', 'people', 'per', 'who']],
	['organization', ['organization', 'organisation', 'org', 'group']],
	['location', ['location', 'place', 'loc', 'gpe', 'where']],
	['nationality', ['nationality', 'nat', 'norp']],
];

/** `per`, `pers`, `org`, `place`… : any prefix of at least two letters of a type name or its synonyms. */
export function parseType(word: string): EntityType | undefined {
	const wanted = word.toLowerCase();
	if (wanted.length < 2) return undefined;
	for (const [type, names] of typeNames) {
		if (names.some(name => name.startsWith(wanted))) return type;
	}

	return undefined;
}

function parseTerm(raw: string): {term: Term; negated: boolean} | undefined {
	let text = raw;
	let negated = false;
	if (text.startsWith('!')) {
		negated = true;
		text = text.slice(1);
	}

	let kind: TermKind = negated ? 'exact' : 'fuzzy';
	if (text.startsWith('\'')) {
		kind = 'exact';
		text = text.slice(1);
	} else {
		const prefix = text.startsWith('^');
		const suffix = text.length > 1 && text.endsWith('$');
		if (prefix) text = text.slice(1);
		if (suffix) text = text.slice(0, -1);
		if (prefix && suffix) kind = 'equal';
		else if (prefix) kind = 'prefix';
		else if (suffix) kind = 'suffix';
	}

	const words = tokenTexts(foldText(text));
	if (words.length === 0) return undefined;
	return {term: {kind, words, text: words.join(' ')}, negated};
}

export function parseQuery(query: string): ParsedQuery {
	const groups: Term[][] = [];
	const exclusions: Term[] = [];
	let types: Set<EntityType> | null = null;
	let joinNext = false;
	for (const raw of query.trim().split(/\s+/)) {
		if (raw === '') continue;
		if (raw === '|') {
			joinNext = groups.length > 0;
			continue;
		}

		const typeMatch = /^(?:type:|@)(\p{L}+)$/u.exec(raw);
		const type = typeMatch ? parseType(typeMatch[1]) : undefined;
		if (type) {
			types ??= new Set();
			types.add(type);
			continue;
		}

		const parsed = parseTerm(raw);
		if (!parsed) continue;
		if (parsed.negated) {
			exclusions.push(parsed.term);
			continue;
		}

		// A fuzzy term that folds to several words ("al-Quaety", "Yung-soo") is several ANDed words.
		const terms = parsed.term.kind === 'fuzzy'
			? parsed.term.words.map(word => ({kind: 'fuzzy' as const, words: [word], text: word}))
			: [parsed.term];
		if (joinNext && terms.length === 1) {
			groups.at(-1)!.push(terms[0]);
		} else {
			for (const term of terms) groups.push([term]);
		}

		joinNext = false;
	}

	return {groups, exclusions, types};
}
