// When are two names in two different stories the same entity? Wire stories
// transliterate the same person differently (Rakhmon / Rahmon, Mohammed /
// Muhammad, al-Qaeda / Al Qaida), so we compare names the way the name search
// does: folded to ASCII by the search module, split into its words, each word
// reduced to its transliteration skeleton, and then (stricter than search, looser
// than letters) to its first letter and consonants, because vowels are where
// romanisations disagree most.
import type {EntityType} from '../model/types.js';
import {foldText} from '../search/fold.js';
import {consonants, skeleton} from '../search/skeleton.js';
import {tokenTexts} from '../search/tokens.js';

/** The name's words as the name search sees them. */
export function nameWords(name: string): string[] {
	return tokenTexts(foldText(name));
}

function wordKey(word: string): string {
	const shape = skeleton(word);
	// The first letter carries much of a name's identity (Ali / Eli): keep it even when a vowel.
	return shape.slice(0, 1) + consonants(shape.slice(1));
}

/** The key under which one name of one type is the same entity across stories, or null for an empty name. */
export function identityKey(name: string, type: EntityType): string | null {
	const words = nameWords(name);
	if (words.length === 0) return null;
	// Joined without spaces so "al-Qaeda", "Al Qaeda" and "Alqaeda" meet.
	const key = words.map(word => wordKey(word)).join('');
	// Too short a key ("Ai", "Oya") would merge unrelated names: keep the letters then.
	return `${type}:${key.length >= 3 ? key : words.join('')}`;
}
