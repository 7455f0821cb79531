// Character tests answered from a character's code, for the loops that walk a text one code unit at a time
// instead of running a regex over a slice. ASCII is decided from the code; anything else asks the same regex a
// pattern would, so the answers are the pattern's. A position past the text's end is never a letter or a space.
const space = /\s/;

/** [A-Za-z] */
export function isAsciiLetter(code: number): boolean {
	return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** [0-9] */
export function isAsciiDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

/** [A-Za-z0-9] */
export function isAsciiLetterOrDigit(code: number): boolean {
	return isAsciiLetter(code) || isAsciiDigit(code);
}

/** /\s/.test(text[at]) */
export function isSpaceAt(text: string, at: number): boolean {
	const code = text.charCodeAt(at);
	if (code < 128) return code === 32 || (code >= 9 && code <= 13);
	return space.test(text[at] ?? '');
}
