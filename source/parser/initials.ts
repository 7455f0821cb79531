// First-character tests made on nearly every word read ("is it capitalised?", "is it a number?"). A regex test per
// word (/^\p{Lu}/u) was a measurable share of the figure and attribution stages; an ASCII first character is
// answered from its code, anything else still asks the regex, so the answers are the same.
const upperInitial = /^\p{Lu}/u;
const lowerInitial = /^\p{Ll}/u;

/** /^\p{Lu}/u.test(text) */
export function startsUpper(text: string): boolean {
	const code = text.charCodeAt(0);
	if (code < 128) return code >= 65 && code <= 90;
	return upperInitial.test(text);
}

/** /^\p{Ll}/u.test(text) */
export function startsLower(text: string): boolean {
	const code = text.charCodeAt(0);
	if (code < 128) return code >= 97 && code <= 122;
	return lowerInitial.test(text);
}

/** /^\d/.test(text) */
export function startsDigit(text: string): boolean {
	const code = text.charCodeAt(0);
	return code >= 48 && code <= 57;
}
