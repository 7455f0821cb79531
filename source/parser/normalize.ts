// Normalisation and sanitising at the boundary. Every consumer (dashboard, --summary,
// --json, --search, the desk) reads `Story.text` and the model's strings, so making them
// safe here, once, makes them safe everywhere. All offsets are taken *after* this step,
// so they index into the sanitised text by construction.
//
// What happens to what (the README's "Hostile stories" notes say the same):
// - CR LF, a lone CR, VT, FF, NEL, U+2028 and U+2029 become a newline: "Ten people died\rNo
//   one died" must show both sentences, not let the second overwrite the first.
// - A tab becomes one space.
// - ESC becomes the visible symbol ␛ (U+241B), so an escape sequence in a story is shown
//   as inert text ("␛]0;title") rather than silently dropped: the reader sees the story
//   carried control codes, and nothing after ESC can reach the terminal as a command.
// - Every other C0 control (NUL, BEL, backspace, …), DEL and every C1 control (0x80–0x9F,
//   including the one-byte CSI 0x9B) is removed: they have no visible meaning in a story.
// - Bidirectional embeddings, overrides, isolates and marks are removed: they can make
//   text read differently from how it is stored (and be used to disguise it).
// - Zero-width spaces and joiners, word joiners, invisible operators, stray BOMs and Unicode
//   tag characters are removed: they hide text, and emoji joined by ZWJ are drawn at
//   different widths by different terminals, which would break the layout. The emoji
//   themselves stay (each at its own width). ZWNJ stays: it matters in some scripts and
//   is zero-width everywhere. Variation selectors 15/16 (U+FE0E/U+FE0F) go too: "❤️" is
//   two cells to string-width and one to most terminals, and that one cell shifts a border.
// - A run of combining marks is cut to 4 after its base character: a "Zalgo" flood of
//   hundreds of marks is unreadable, slow to lay out, and smears over the lines around it.
// - Unpaired UTF-16 surrogates become U+FFFD (invalid UTF-8 already did when decoded).

const lineBreaks = /\r\n|[\r\u000B\u000C\u0085\u2028\u2029]/g;
// C0 controls except \n and ESC (handled apart), DEL, and C1 controls 0x80–0x9F (0x85 NEL was made a newline).
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0009\u000B-\u001A\u001C-\u001F\u007F-\u009F]/g;
const escapeCharacter = /\u001B/g;
/** What an ESC from a story looks like on screen. */
export const visibleEscape = '\u241B';
// Bidi embeddings/overrides (202A–202E), isolates (2066–2069), LRM/RLM (200E/200F), ALM (061C).
const bidiControls = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
// ZWSP, ZWJ, word joiner and invisible operators, BOM, Mongolian vowel separator, VS15/VS16, tag characters.
const invisibleCharacters = /[\u200B\u200D\u2060-\u2064\uFEFF\u180E\uFE0E\uFE0F]|\uDB40[\uDC00-\uDC7F]/g;
const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const maxCombiningMarks = 4;
const combiningFlood = new RegExp(`(\\p{M}{${maxCombiningMarks}})\\p{M}+`, 'gu');
// Cheap (non-Unicode) tests that rule the slow passes out for most stories: a lone surrogate needs a
// surrogate, and a flood of more than four marks needs five code units in a row at U+0300 or above (every
// mark is one, or a surrogate pair), so two in a row first: that scan is several times faster than the one for
// five. Skipping a pass that cannot match changes nothing.
const anySurrogate = /[\uD800-\uDFFF]/;
const highPair = /[\u0300-\uFFFF]{2}/;
const possibleFlood = new RegExp(`[\\u0300-\\uFFFF]{${maxCombiningMarks + 1}}`);
// The per-character rules above in one pass, line breaks and the tab first (NEL and the tab are also C0/C1
// controls): no rule's replacement is matched by another, and removing a character never joins two others into
// a match (a lone CR became a newline before anything after it was removed), so one pass gives what the chain of
// replaces gave, with one scan of the text instead of six.
const perCharacter = new RegExp([lineBreaks.source, '\\t', controlCharacters.source, escapeCharacter.source, bidiControls.source, invisibleCharacters.source].join('|'), 'g');
const lineBreak = new RegExp(`^(?:${lineBreaks.source})$`);
// Every code unit a match of perCharacter or of the surrogate pass starts with, or a BOM (a few more besides,
// such as ZWNJ: those only cost the passes): a story with none, nearly every story, skips the three passes
// after one scan of a single class.
// eslint-disable-next-line no-control-regex
const mayChangeCharacters = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2069\uD800-\uDFFF\uFE0E\uFE0F\uFEFF]/;

function replacement(match: string): string {
	if (match === '\t') return ' ';
	if (match === '\u001B') return visibleEscape;
	return lineBreak.test(match) ? '\n' : '';
}

/** Turns raw story text into the text the model's offsets index into. Idempotent. */
export function normalizeText(raw: string): string {
	const text = mayChangeCharacters.test(raw) ? replaceCharacters(raw) : raw;
	return highPair.test(text) && possibleFlood.test(text) ? text.replace(combiningFlood, '$1') : text;
}

/** Lone surrogates, a leading BOM and the per-character rules. */
function replaceCharacters(raw: string): string {
	return (anySurrogate.test(raw) ? raw.replace(loneSurrogates, '\uFFFD') : raw)
		.replace(/^\uFEFF/, '')
		.replace(perCharacter, replacement);
}

/** A metadata string (title, url, path, publisher) made safe and kept on one line. */
export function normalizeLine(raw: string): string {
	return normalizeText(raw).replace(/\s*\n\s*/g, ' ').trim();
}

/** `normalizeLine` that passes null through. */
export function normalizeOptionalLine(raw: string | null | undefined): string | null {
	return raw === null || raw === undefined ? null : normalizeLine(raw);
}
