// Splits a sentence into the tokens the entity extractor reasons about. One forward pass per
// sentence, no look-back over the text: the whole story is tokenised in linear time.

export type TokenKind = 'capital' | 'acronym' | 'initial' | 'lower' | 'number' | 'punct';

export type Token = {
	/** Offsets into the story text. */
	start: number;
	end: number;
	text: string;
	kind: TokenKind;
	/** "Pakistan's": the token stops before the possessive, which also ends any name run. */
	possessive: boolean;
	/** First word of its sentence or of a quotation, where capitals say nothing. */
	initial: boolean;
	/** Position in its sentence's token list. */
	index: number;
	/** Which word lists hold the text, as word-lists.ts's bits; -1 until inList() first asks. */
	lists: number;
};

// Abbreviations whose period belongs to the word ("Gen.", "St.", "Inc.").
const abbreviated = new Set([
	'Mr', 'Mrs', 'Ms', 'Dr', 'Gen', 'Lt', 'Col', 'Sgt', 'Gov', 'Sen', 'Rep', 'St', 'Jr', 'Sr', 'Inc', 'Co', 'Ltd',
	'Corp', 'Capt', 'Maj', 'Adm', 'Cmdr', 'Cpl', 'Pvt', 'Rev', 'Prof', 'Supt', 'Insp', 'Det', 'Brig', 'Mt', 'Ft', 'Messrs',
]);

// Lower-case particles that start a name part ("al-Qaeda", "Deir ez-Zor", "Salah ed-Din"; "bin Laden" is handled as a connector).
const namePrefix = /^(?:al|el|ad|ash|as|an|ar|at|az|ez|es|ed|ud|ul|ur|bin|ibn|abu|ben|d|o)[-'’]\p{Lu}/u;
// Lower-case prefixes glued to a name: "ex-Prime Minister", "pro-Russian", "mid-January".
// Capitalised, only those that open a sentence: "Post-Courier", "Anti-Corruption Commission", "Pan-African" are names.
const gluedPrefix = /^(?:(?:ex|pro|anti|non|post|pre|mid|pan|neo|trans|then)|(?:Ex|Pro|Mid|Then))-(?=\p{Lu})/u;

const adjectiveEndings = new Set([
	'led', 'based', 'born', 'made', 'owned', 'run', 'backed', 'funded', 'controlled', 'held', 'built', 'style', 'era',
	'bound', 'linked', 'related', 'designated', 'registered', 'flagged', 'speaking', 'ruled', 'occupied', 'allied',
	'aligned', 'sponsored', 'supported', 'brokered', 'operated', 'affiliated', 'educated', 'trained', 'armed',
	'inspired', 'dominated', 'friendly', 'like', 'wide', 'year', 'years', 'old', 'type', 'class', 'level', 'area',
	'bred', 'raised', 'listed', 'appointed', 'elected', 'american', 'british', 'language', 'day', 'week', 'month',
	// "a Ugandan-rooted group", "a Dutch-headquartered firm": a people's or place's name that qualifies what follows.
	'rooted', 'founded', 'headquartered', 'manufactured', 'produced', 'centred', 'centered', 'focused',
	// "the Muslim-majority region", "a Kurdish-populated town": who lives there, not a place's name.
	'majority', 'minority', 'populated', 'inhabited',
	// "a Moscow-installed official", "the Kremlin-imposed governor": who put an office-holder there.
	'installed', 'imposed', 'annexed', 'nominated', 'picked',
]);

const tokenPattern = /(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}\p{N}-]*\.(?:com|org|net|info|ru|uk|de|fr|in|cn|io)\b|\p{Lu}\.(?=\s+\p{Lu})|[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const openers = new Set(['"', '“', '‘', '\'', '(', '[', ':', '—', '–', '-', '«']);

const sticky = new RegExp(tokenPattern.source, 'uy');

const isAsciiWordCode = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
const isAsciiLowerCode = (code: number) => code >= 97 && code <= 122;
// After a plain ASCII word, these mean the word goes on: hyphen, apostrophes, or a letter outside ASCII.
const continuesWord = (code: number) => code === 45 || code === 39 || code >= 128;
// Marks outside ASCII that wire copy is full of: dashes, curly quotes, guillemets. None is a letter,
// mark or digit, so each is a token of its own.
const commonMarks = new Set([0x2014, 0x2013, 0x201C, 0x201D, 0x2018, 0x2019, 0x00AB, 0x00BB]);
const isCommonMark = (code: number) => code >= 128 && commonMarks.has(code);

type Emit = (start: number, end: number, text: string, kind: TokenKind, possessive: boolean, initial: boolean) => void;

/** Tokens of the sentence text[start, end). */
export function tokenize(text: string, start: number, end: number): Token[] {
	const tokens: Token[] = [];
	scan(text, start, end, (from, to, word, kind, possessive, initial) => {
		tokens.push({start: from, end: to, text: word, kind, possessive, initial, index: tokens.length, lists: -1});
	});
	return tokens;
}

/** Tokens of the sentence text[start, end), gathering what `scanEvidence` gathers on the way. */
export function tokenizeGathering(text: string, start: number, end: number, lowercase: Set<string>, capitalisedInside: Set<string>): Token[] {
	const tokens: Token[] = [];
	scan(text, start, end, (from, to, word, kind, possessive, initial) => {
		tokens.push({start: from, end: to, text: word, kind, possessive, initial, index: tokens.length, lists: -1});
		if (kind === 'lower') lowercase.add(word);
		else if (kind === 'capital' && !initial) capitalisedInside.add(word);
	});
	return tokens;
}

/**
 * What a sentence says about words without building its tokens (the first of the extractor's two passes
 * over a long story): lower-case words, and capitalised words away from the start of a sentence or quotation.
 */
export function scanEvidence(text: string, start: number, end: number, lowercase: Set<string>, capitalisedInside: Set<string>): void {
	scan(text, start, end, (_from, _to, word, kind, _possessive, initial) => {
		if (kind === 'lower') lowercase.add(word);
		else if (kind === 'capital' && !initial) capitalisedInside.add(word);
	});
}

/**
 * One forward pass over text[start, end). Plain ASCII words, numbers and punctuation (most of any story)
 * are scanned by hand without allocating match objects; everything else goes through one sticky regex.
 */
function scan(text: string, start: number, end: number, emit: Emit): void {
	// The two tokens before the current one: enough to tell a sentence or quotation start.
	let count = 0;
	let previousKind: TokenKind | undefined;
	let previousText = '';
	let beforeKind: TokenKind | undefined;
	let beforeText = '';
	// Updated inline after each token (not in a helper closure): variables a closure captures live on the
	// heap, and this runs for every token of the story, twice.

	let at = start;
	while (at < end) {
		const code = text.charCodeAt(at);
		if (code === 32 || code === 10 || code === 9 || code === 13) {
			at++;
			continue;
		}

		if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
			let stop = at + 1;
			while (stop < end && isAsciiWordCode(text.charCodeAt(stop))) stop++;
			if (stop >= end || !continuesWord(text.charCodeAt(stop))) {
				const word = text.slice(at, stop);
				const kind: TokenKind = code >= 97 ? 'lower' : 'number';
				emit(at, stop, word, kind, false, count === 0 && code >= 97);
				beforeKind = previousKind;
				beforeText = previousText;
				previousKind = kind;
				previousText = word;
				count++;
				at = stop;
				continue;
			}
		} else if (code >= 65 && code <= 90) {
			// A plain ASCII capitalised word ("Tajikistan", "IMU") with no period, hyphen, apostrophe or
			// non-ASCII letter after it: the sticky regex would match exactly these characters, and none of
			// the possessive, prefix, adjective or abbreviation rules below can apply, so skip it.
			let stop = at + 1;
			while (stop < end && isAsciiWordCode(text.charCodeAt(stop))) stop++;
			const after = stop < end ? text.charCodeAt(stop) : -1;
			// Before a full stop ("in Bamako.", "Gen. Saidov") the same holds for a word of two letters or more
			// (one letter and a stop is an initial), unless a small letter follows the stop ("Example.com"):
			// the stop is the word's only when it is a known abbreviation's.
			const beforeStop = after === 46 && stop - at >= 2 && !isAsciiLowerCode(text.charCodeAt(stop + 1));
			if ((after !== -1 && after !== 46 && !continuesWord(after)) || beforeStop) {
				let word = text.slice(at, stop);
				let to = stop;
				if (beforeStop && abbreviated.has(word)) {
					word += '.';
					to++;
				}

				const kind = kindOf(word);
				const initial = count === 0 || (previousKind === 'punct' && openers.has(previousText) && opensClause(beforeKind, beforeText));
				emit(at, to, word, kind, false, initial);
				beforeKind = previousKind;
				beforeText = previousText;
				previousKind = kind;
				previousText = word;
				count++;
				at = to;
				continue;
			}
		} else if ((code < 128 && !isAsciiWordCode(code)) || isCommonMark(code)) {
			// One punctuation mark: no word can start with it, so the sticky regex would match it alone.
			const mark = text[at]!;
			emit(at, at + 1, mark, 'punct', false, false);
			beforeKind = previousKind;
			beforeText = previousText;
			previousKind = 'punct';
			previousText = mark;
			count++;
			at++;
			continue;
		}

		if (!readIrregularWord(text, at, end)) {
			at++;
			continue;
		}

		const {word, from, to, next, marked} = irregular;
		const kind = kindOf(word);
		const initial = kind !== 'punct' && (count === 0 || (previousKind === 'punct' && openers.has(previousText) && opensClause(beforeKind, beforeText)));
		emit(from, to, word, kind, marked, initial);
		beforeKind = previousKind;
		beforeText = previousText;
		previousKind = kind;
		previousText = word;
		count++;
		at = next;
	}
}

/**
 * Where scan's fast paths stop: a word with a hyphen, an apostrophe, a full stop or a letter outside ASCII,
 * read with the sticky regex into `irregular`; false when the regex matches nothing at `at`. A function of its
 * own so that its branches, which the first stories may not reach, cannot throw scan's optimised code away
 * when they first run (they did: scan was compiled three times on the desk stories).
 */
function readIrregularWord(text: string, at: number, end: number): boolean {
	sticky.lastIndex = at;
	const match = sticky.exec(text);
	if (!match) return false;

	let word = match[0];
	let from = at;
	let to = Math.min(from + word.length, end);
	word = word.slice(0, to - from);
	let next = to;
	let possessive = false;
	if (/['’]s$/i.test(word) && word.length > 2) {
		word = word.slice(0, -2);
		to -= 2;
		possessive = true;
	} else if (/s$/.test(word) && /^['’](?![\p{L}\p{N}])/u.test(text.slice(to, to + 2))) {
		// "Drapers' Hall": the plural possessive's apostrophe is not a quotation mark.
		next = to + 1;
		possessive = true;
	}

	// Only a word with a hyphen after its first two to five letters can carry one: most pass with a string search.
	const dash = word.indexOf('-');
	const glued = dash > 1 && dash < 6 ? gluedPrefix.exec(word) : null;
	if (glued) {
		word = word.slice(glued[0].length);
		from += glued[0].length;
	}

	// "Russian-made", "Oslo-based": the capitalised part is the name, the rest an adjective ("Jae-won" stays whole).
	let hyphen = word.indexOf('-');
	// "al-Qaeda-linked": past the particle's own hyphen.
	const particle = hyphen > 0 && hyphen <= 3 && namePrefix.test(word);
	if (particle) hyphen = word.indexOf('-', hyphen + 1);
	let adjective = false;
	if (hyphen > 0 && (particle || /^\p{Lu}/u.test(word)) && adjectiveEndings.has(word.slice(hyphen + 1).toLowerCase().split('-')[0]!)) {
		word = word.slice(0, hyphen);
		to = from + word.length;
		adjective = true;
	}

	if (abbreviated.has(word) && text[to] === '.' && to < end) {
		word += '.';
		to += 1;
		next = Math.max(next, to);
	}

	irregular.word = word;
	irregular.from = from;
	irregular.to = to;
	irregular.next = next;
	irregular.marked = possessive || adjective;
	return true;
}

/** The last token readIrregularWord read; one object, reused, since scan reads it straight away. */
const irregular = {word: '', from: 0, to: 0, next: 0, marked: false};

/** An opener starts a fresh clause only at the sentence start or after a speech verb's comma or colon. */
function opensClause(kind: TokenKind | undefined, text: string): boolean {
	return kind === undefined || kind === 'punct' || /^(?:said|says|wrote|added|told|stated|tweeted|remarked|asked)$/.test(text);
}

function kindOf(word: string): TokenKind {
	const head = word.charCodeAt(0);
	const second = word.charCodeAt(1);
	if (head >= 65 && head <= 90) {
		// Fast paths: an ASCII capital and a small letter ("Tajikistan", "McDonald"), or ASCII capitals only ("IMU").
		if (second >= 97 && second <= 122 && !hasDigitOrDot(word)) return 'capital';
		if (second >= 65 && second <= 90 && isAsciiCapitals(word)) return 'acronym';
	}

	return slowKindOf(word);
}

function hasDigitOrDot(word: string): boolean {
	for (let at = 0; at < word.length; at++) {
		const code = word.charCodeAt(at);
		if (code === 46 || (code >= 48 && code <= 57)) return true;
	}

	return false;
}

function isAsciiCapitals(word: string): boolean {
	for (let at = 0; at < word.length; at++) {
		const code = word.charCodeAt(at);
		if (code < 65 || code > 90) return false;
	}

	return true;
}

function slowKindOf(word: string): TokenKind {
	const first = word.codePointAt(0)!;
	const head = String.fromCodePoint(first);
	if (/\p{N}/u.test(head)) return 'number';
	// Codes and models ("A300s", "B-17", "IX1344", "EP-CPP") are not names; a short channel name ("TVN24") is.
	const digits = word.replace(/\D/g, '').length;
	if (digits > 2 || (digits > 0 && /\p{Ll}|-/u.test(word)) || /^\p{Lu}+-\p{Lu}+$/u.test(word)) return 'number';
	if (!/[\p{L}]/u.test(head)) return 'punct';
	if (/^\p{Lu}\.$/u.test(word)) return 'initial';
	if (/^(?:\p{Lu}\.){2,}$/u.test(word)) return 'acronym';
	if (/\p{Lu}/u.test(head)) {
		const letters = word.replace(/[^\p{L}]/gu, '');
		if (letters.length >= 2 && letters === letters.toUpperCase()) return 'acronym';
		return 'capital';
	}

	if (namePrefix.test(word)) return 'capital';
	return 'lower';
}
