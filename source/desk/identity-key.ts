// When are two names in two different stories the same entity? Wire stories
// transliterate the same person differently (Rakhmon / Rahmon, Mohammed /
// Muhammad, al-Qaeda / Al Qaida), so we compare a consonant skeleton of the
// name rather than its letters.
//
// Until the name-search module exports its own normalisation, this is the
// desk's rule; it is deliberately the same shape (transliterate, fold case,
// fold digraphs, drop interior vowels) so switching is a one-line change.
import anyAscii from 'any-ascii';
import type {EntityType} from '../model/types.js';

// Digraphs that different romanisation systems write for one sound.
const digraphs: Array<[RegExp, string]> = [
	[/dzh|dj|zh/g, 'j'],
	[/kh/g, 'h'],
	[/gh/g, 'g'],
	[/ck|q/g, 'k'],
	[/ph/g, 'f'],
	[/th/g, 't'],
	[/sch|sh|ch/g, 's'],
	[/ou|oo/g, 'u'],
	[/w/g, 'v'],
	[/c(?=[eiy])/g, 's'],
	[/c/g, 'k'],
	[/z/g, 's'],
];

/** The transliteration skeleton of one word: "Rakhmon" and "Rahmon" both give "rmn". */
function wordSkeleton(word: string): string {
	let folded = word;
	for (const [pattern, replacement] of digraphs) folded = folded.replace(pattern, replacement);
	// Keep the first letter (it carries most of a name's identity), drop later vowels and h, then doubled letters.
	const skeleton = folded[0]! + folded.slice(1).replace(/[aeiouyh]/g, '');
	return skeleton.replace(/(.)\1+/g, '$1');
}

/** Lower-case ASCII words of a name, with punctuation and possessives removed. */
export function nameWords(name: string): string[] {
	return anyAscii(name)
		.toLowerCase()
		.replace(/['’`]s\b/g, '')
		.replace(/['’`.]/g, '')
		.split(/[^a-z\d]+/)
		.filter(Boolean);
}

/** The key under which one name of one type is the same entity across stories, or null for an empty name. */
export function identityKey(name: string, type: EntityType): string | null {
	const words = nameWords(name);
	if (words.length === 0) return null;
	// Joined without spaces so "al-Qaeda", "Al Qaeda" and "Alqaeda" meet.
	const skeleton = words.map(word => wordSkeleton(word)).join('');
	// Too short a skeleton ("Ai", "Oya") would merge unrelated names: keep the letters then.
	const key = skeleton.length >= 3 ? skeleton : words.join('');
	return `${type}:${key}`;
}
