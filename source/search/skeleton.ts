// Transliteration skeletons: one spelling for the many ways wires romanise Russian,
// Central Asian, Persian and Arabic names (Mirzoyev/Mirzoev, Rakhmon/Rahmon, Zhukovskyy/
// Zhukovsky, Soleimani/Soleymani, Qasem/Kasem, Mansour/Mansur). The rules are general
// spelling equivalences in the spirit of OpenSanctions' rigour name keys and Aleph's
// fingerprints (fold, drop the systematic ambiguity, compare what is left); none is keyed
// to a name. Both the indexed tokens and the query go through the same function.

const rules: Array<[RegExp, string]> = [
	// Word-initial Е: Yevgeny, Ievgen, Evgeny.
	[/^(?:ye|ie)/, 'e'],
	// Щ and German/Polish spellings of Ш.
	[/shch|sch|szcz/g, 'sh'],
	[/sz/g, 'sh'],
	[/tch/g, 'ch'],
	// Дж/Ж/Ҷ: Dzhurayev, Djuraev, Juraev, Zhuraev.
	[/dzh|dj|zh/g, 'j'],
	// Х/Ҳ: Rakhmon, Rahmon; Ғ: Ghafurov, Gafurov.
	[/kh/g, 'h'],
	[/gh/g, 'g'],
	[/ph/g, 'f'],
	[/ck|q/g, 'k'],
	[/x/g, 'ks'],
	[/w/g, 'v'],
	[/tz/g, 'ts'],
	// French-style ou and English-style oo for U: Mansour, Mansur; Yousef, Yusef.
	[/ou|oo/g, 'u'],
	// Й written as j after a vowel: Sergej, Zhukovskij.
	[/([aeiou])j(?=[^aeiou]|$)/g, '$1i'],
	// Y and I are one letter in romanisations of Й, Ы, И and Arabic ي.
	[/y/g, 'i'],
	[/([a-z])\1+/g, '$1'],
	// A glide between vowels is optional: Mirzoyev/Mirzoev, Aliyev/Aliev, Maryam/Mariam.
	[/([aeou])i(?=[aeou])/g, '$1'],
	// -iev/-yev/-ev endings: Grigoriev, Grigoryev, Grigorev.
	[/iev(a?)$/, 'ev$1'],
	// Arabic ta marbuta and final h: Hamzah/Hamza, Fatimah/Fatima.
	[/([aeiou])h$/, '$1'],
	[/([a-z])\1+/g, '$1'],
];

export function skeleton(token: string): string {
	let result = token;
	for (const [pattern, replacement] of rules) result = result.replace(pattern, replacement);
	return result;
}

/**
 * The consonants of a skeleton: vowels are where romanisations of Arabic and Persian disagree
 * most (Rouhani/Rohani, Muhammad/Mohammed). A leading vowel stays, as one "a" whatever it was
 * (Usman/Osman, Ibrahim/Ebrahim, Yusuf/Yousef whose Y became a vowel).
 */
export function consonants(skeletonText: string): string {
	const lead = /^[aeiou]/.test(skeletonText) ? 'a' : '';
	return lead + skeletonText.replace(/[aeiou]+/g, '').replace(/([a-z])\1+/g, '$1');
}

/** Arabic articles written as separate words (al-Quaety, el-Sisi) say nothing about who is meant. */
export const articles = new Set(['al', 'el', 'ul']);

/** Words acronyms skip: Islamic Movement of Uzbekistan → IMU. */
export const stopWords = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'a', 'an', 'de', 'du', 'des', 'la', 'le', 'al', 'el', 'von', 'van', 'der', 'y', 'e', 'et']);

/** Acronyms of a multi-word name: initials without stop words, and with them when they differ. */
export function acronyms(tokens: string[]): string[] {
	if (tokens.length < 2) return [];
	const all = tokens.map(token => token[0]).join('');
	const content = tokens.filter(token => !stopWords.has(token));
	const short = content.map(token => token[0]).join('');
	const result: string[] = [];
	if (short.length >= 2) result.push(short);
	if (all !== short) result.push(all);
	return result;
}
