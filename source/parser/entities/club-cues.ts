// Sports clubs carry places' names or none at all ("Olimpia", "Leeds", "Real Brescona"): what the words around
// the name say about a club makes it a body, whatever its words look like.
import type {Token} from './tokens.js';
import {inList, List} from './word-lists.js';

// "fans of X", "supporters of X": who follows a club.
const followers = new Set(['fans', 'supporters', 'ultras', 'followers']);
// "X fans", "X's striker", "a striker for X": who plays or works for one.
const squadNouns = new Set(['fans', 'supporters', 'ultras', 'striker', 'strikers', 'midfielder', 'midfielders', 'defender', 'defenders', 'goalkeeper', 'goalkeepers', 'forward', 'winger', 'coach', 'players', 'squad', 'footballers', 'keeper']);
const squadBefore = new Set(['striker', 'strikers', 'midfielder', 'defender', 'goalkeeper', 'winger', 'forward', 'keeper', 'captain', 'coach', 'manager', 'player', 'footballer', 'plays', 'played', 'playing', 'signed', 'scored']);
// "the derby between X and Y", "a match against X".
const matchNouns = new Set(['derby', 'match', 'final', 'game', 'clash', 'fixture', 'semifinal', 'semi-final', 'quarterfinal', 'quarter-final', 'showdown', 'friendly', 'tie']);
// "X beat Y 2-1", "with X leading 1-0": a result, which a score after it confirms.
const resultVerbs = new Set(['beat', 'beats', 'defeated', 'defeats', 'thrashed', 'edged', 'drew', 'draw', 'hosted', 'hosts', 'leading', 'led', 'trailing', 'trailed', 'routed', 'lost', 'lose', 'losing', 'won', 'against']);
// Verbs by which one side beats another, whose subject and object are both names ("police beat protesters" has none).
const winVerbs = new Set(['beat', 'beats', 'defeated', 'defeats', 'thrashed', 'edged', 'routed', 'overcame', 'eliminated', 'knocked']);
const scoreToken = /^\d{1,2}-\d{1,2}$/;

/**
 * The name from token `first` to token `last` named as a sports club: followed ("fans of X", "X fans"), played for
 * ("a striker for X"), met in a match ("the derby between X and Y") or in a result with a score ("X beat Y 2-1").
 */
export function clubCue(all: Token[], first: number, last: number): boolean {
	const before = all[first - 1]?.text;
	const after = all[last + 1];
	// Most names have neither neighbour any cue below starts from: one look-up each rules them out.
	if (!neighbours.has(before ?? '') && !neighbours.has(after?.text ?? '')) return false;
	if (after !== undefined && after.kind === 'lower' && squadNouns.has(after.text)) return true;
	if (all[last]!.possessive && after?.kind === 'lower' && squadNouns.has(after.text)) return true;
	if ((before === 'of' || before === 'for') && squadBefore.has(all[first - 2]?.text ?? '')) return true;
	if (before === 'of' && followers.has(all[first - 2]?.text ?? '')) return true;
	if (before === 'between' && matchNouns.has(all[first - 2]?.text ?? '')) return true;
	// The second side of "between X and Y": back over the first side's name words.
	if (before === 'and' || before === 'against' || before === 'v' || before === 'vs') {
		for (let back = first - 2; back >= 0 && first - back <= 5; back--) {
			const word = all[back]!;
			if (word.kind === 'capital' || word.kind === 'acronym') continue;
			if (before !== 'and') return matchNouns.has(word.text);
			// "between X and Y", "fans of X and Y".
			const head = all[back - 1]?.text ?? '';
			return (word.text === 'between' && matchNouns.has(head)) || (word.text === 'of' && followers.has(head));
		}
	}

	// "X beat Y 2-1": the subject before a result verb, the object before the score.
	if (after !== undefined && resultVerbs.has(after.text) && scoreWithin(all, last + 2, 5)) return true;
	if (before !== undefined && resultVerbs.has(before) && scoreWithin(all, last + 1, 2)) return true;
	// "Leeds defeated Brakvel": one name beating another needs no score.
	if (after !== undefined && winVerbs.has(after.text) && isSide(all[last + 2])) return true;
	return before !== undefined && winVerbs.has(before) && isSide(all[first - 2]) && !all[last]!.possessive;
}

/** A score ("2-1", "2–1", "on penalties") within `reach` tokens from token `from`, no clause break between. */
function scoreWithin(all: Token[], from: number, reach: number): boolean {
	for (let at = from; at < all.length && at - from < reach; at++) {
		const word = all[at]!;
		if (scoreToken.test(word.text)) return true;
		if (/^\d{1,2}$/.test(word.text) && all[at + 1]?.text === '–' && /^\d{1,2}$/.test(all[at + 2]?.text ?? '')) return true;
		if (word.text === 'on' && all[at + 1]?.text === 'penalties') return true;
		if (word.kind === 'punct') return false;
	}

	return false;
}

/** A side's name next to a result verb: a capitalised word. */
function isSide(token: Token | undefined): boolean {
	// "Police beat Brakvel" is no match: a common word opening the sentence is no side.
	return token !== undefined && (token.kind === 'capital' || token.kind === 'acronym') && !inList(token, List.commonWhenLowered | List.functionWord);
}

// Every word a cue above reads right before or right after the name.
const neighbours = new Set(['of', 'for', 'between', 'and', 'against', 'v', 'vs', ...squadNouns, ...resultVerbs, ...winVerbs]);
