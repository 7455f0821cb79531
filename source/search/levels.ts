// How well one query word matches one name word. The order is the ranking promise:
// exact word, then prefix (and a whole acronym, which reads like a typed prefix), then
// transliteration skeletons, then words inside words, then typos scored by fuse.js.
// Scores are averaged over the query's words, so a query whose every word is exact beats
// one where a word was only a typo, whatever the other words did.

export const level = {
	exact: 1,
	/** Plus up to 0.1 for how much of the word the prefix covers. */
	prefix: 0.8,
	/** "IMU" for Islamic Movement of Uzbekistan: above a short prefix (ims… Imumov), below a long one. */
	acronym: 0.86,
	skeleton: 0.7,
	/** Plus up to 0.05 for coverage. */
	skeletonPrefix: 0.6,
	consonants: 0.55,
	infix: 0.5,
	acronymPrefix: 0.45,
	/** Typos: from `fuzzyBest` down to `fuzzyWorst` as fuse.js's score worsens. */
	fuzzyBest: 0.45,
	fuzzyWorst: 0.15,
} as const;

/** Bonuses added to the averaged word score. */
export const bonus = {
	/** The query is a whole name or alias. */
	wholeName: 1,
	/** The query is a whole name or alias in another word order. */
	wordOrder: 0.5,
	/** Times the share of the name's words the query covers. */
	coverage: 0.15,
} as const;

/** No bonus lifts a typo above this: lets a one-word query skip fuse.js when enough better hits exist. */
export const fuzzyCeiling = level.fuzzyBest + bonus.coverage;
