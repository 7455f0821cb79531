// Splits folded text into the words a name search compares: runs of letters and digits.
// Apostrophes inside a word vanish (O'Brien → obrien) and dotted initials join (U.S. → us);
// hyphens split (al-Quaety → al, quaety; Yung-soo → yung, soo).

export type Token = {
	text: string;
	/** Index in the folded text of each character of `text`. */
	at: number[];
};

function isWordChar(code: number): boolean {
	return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

export function tokenize(folded: string): Token[] {
	const tokens: Token[] = [];
	let text = '';
	let at: number[] = [];
	/** Letters since the last dot or word start: dotted initials are one letter each. */
	let segment = 0;
	const flush = () => {
		if (text !== '') tokens.push({text, at});
		text = '';
		at = [];
		segment = 0;
	};

	for (let index = 0; index < folded.length; index++) {
		const code = folded.charCodeAt(index);
		if (isWordChar(code)) {
			text += folded[index];
			at.push(index);
			segment++;
			continue;
		}

		const next = folded.charCodeAt(index + 1);
		const joins = text !== '' && isWordChar(next) && (folded[index] === '\'' || (folded[index] === '.' && segment === 1));
		if (joins) {
			segment = 0;
			continue;
		}

		flush();
	}

	flush();
	return tokens;
}

/** Only the token texts (same rules as tokenize, without positions): building the index makes no garbage it need not. */
export function tokenTexts(folded: string): string[] {
	const texts: string[] = [];
	let start = -1;
	let text = '';
	let segment = 0;
	for (let index = 0; index <= folded.length; index++) {
		const code = index < folded.length ? folded.charCodeAt(index) : 32;
		if (isWordChar(code)) {
			if (start < 0) start = index;
			segment++;
			continue;
		}

		if (start >= 0) {
			const next = folded.charCodeAt(index + 1);
			const joins = isWordChar(next) && (code === 39 || (code === 46 && segment === 1));
			text += folded.slice(start, index);
			start = -1;
			segment = 0;
			if (joins) continue;
		}

		if (text !== '') texts.push(text);
		text = '';
	}

	return texts;
}
