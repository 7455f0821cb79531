// Folds any script to lowercase ASCII, keeping a map back to the original string so
// that what matched in the folded form can be highlighted in the displayed name.
import anyAscii from 'any-ascii';

export type Folded = {
	/** Lowercase ASCII. */
	text: string;
	/** `origin[i]` is the index in the original string of the character that produced `text[i]`. */
	origin: number[];
};

const cyrillicVowels = new Set('аеёиоуыэюяіїєӯӣ');
const cyrillicSigns = new Set('ьъй');

/**
 * any-ascii reads one code point at a time, so it spells Russian е and ё as "e" everywhere.
 * The BGN/PCGN romanisation that news wires use writes "ye" at the start of a word and after
 * a vowel or a sign (Мирзоев → Mirzoyev, Евгений → Yevgeniy) and ё as "yo" (Зиёев → Ziyoyev).
 */
function cyrillicE(char: string, previous: string | undefined): string | undefined {
	const lower = char.toLowerCase();
	if (lower === 'ё') return 'yo';
	if (lower !== 'е') return undefined;
	if (previous === undefined || !/\p{L}/u.test(previous)) return 'ye';
	const before = previous.toLowerCase();
	return cyrillicVowels.has(before) || cyrillicSigns.has(before) ? 'ye' : 'e';
}

/** Apostrophes of every kind (', ʼ, ‘, ’, ʻ, `) vanish inside a word: O'Brien = OBrien, Ma'ruf = Maruf. */
const apostrophes = new Set(['\'', '`', '\u2018', '\u2019', '\u02BC', '\u02BB', '\u02BF', '\u02BE', '\u00B4']);

export function isApostrophe(char: string): boolean {
	return apostrophes.has(char);
}

export function fold(original: string): Folded {
	let text = '';
	const origin: number[] = [];
	let previous: string | undefined;
	for (let index = 0; index < original.length; ) {
		const code = original.codePointAt(index)!;
		const char = String.fromCodePoint(code);
		let ascii: string;
		if (code === 96) ascii = '\'';
		else if (code < 128) ascii = char.toLowerCase();
		else if (apostrophes.has(char)) ascii = '\'';
		else ascii = (cyrillicE(char, previous) ?? anyAscii(char)).toLowerCase();
		for (let k = 0; k < ascii.length; k++) {
			text += ascii[k];
			origin.push(index);
		}

		previous = char;
		index += char.length;
	}

	return {text, origin};
}

/** Just the folded text, for queries. */
export function foldText(original: string): string {
	let ascii = true;
	for (let index = 0; index < original.length; index++) {
		if (original.charCodeAt(index) >= 128) {
			ascii = false;
			break;
		}
	}

	return ascii ? original.toLowerCase().replaceAll('`', '\'') : fold(original).text;
}
