// Hostile story content: each payload is planted in a story and must reach neither the
// terminal as control (through the dashboard, --summary, --json, --search) nor break
// the layout. `forbidden` lists byte strings that must never appear in what sitrep
// writes (the generic checks in check-output.ts catch any other stray sequence too).
import {Buffer} from 'node:buffer';

export type Payload = {
	name: string;
	/** Planted in the story's second paragraph (or used as described by `where`). */
	text?: string;
	/** Raw bytes instead of text (invalid UTF-8, a raw C1 byte). */
	bytes?: Buffer;
	/** Where the payload goes: the story body (default), its front-matter title, or its file name. */
	where?: 'body' | 'front-matter' | 'file-name';
	/** Must not appear anywhere in sitrep's output. */
	forbidden: string[];
	/** Must be readable on the dashboard at launch (120×40): nothing was hidden or overwritten. */
	visible?: string[];
};

const esc = '\u001B';
const bel = '\u0007';
const st = `${esc}\\`;

export const payloads: Payload[] = [
	{name: 'OSC 0 window title, BEL-terminated', text: `${esc}]0;pwned-title${bel}`, forbidden: [`${esc}]0;`, 'pwned-title' + bel]},
	{name: 'OSC 2 window title, ST-terminated', text: `${esc}]2;pwned-title${st}`, forbidden: [`${esc}]2;`]},
	{name: 'OSC 52 clipboard write', text: `${esc}]52;c;cm0gLXJmIH4vKgo=${bel}`, forbidden: [`${esc}]52`]},
	{name: 'OSC 8 hyperlink', text: `${esc}]8;;https://evil.example/${st}click here${esc}]8;;${st}`, forbidden: [`${esc}]8;`], visible: ['click here']},
	{name: 'CSI cursor position + forged text', text: `${esc}[1;1HNO ONE DIED${esc}[999;999H`, forbidden: [`${esc}[1;1H`, `${esc}[999;999H`]},
	{name: 'CSI cursor up + erase line overwrite', text: `${esc}[3A${esc}[2KThe crash was a drill.`, forbidden: [`${esc}[3A${esc}[2K`]},
	{name: 'clear screen and home', text: `${esc}[2J${esc}[3J${esc}[H`, forbidden: [`${esc}[2J`, `${esc}[3J`]},
	{name: 'alternate screen off (1049l) and old 47h', text: `${esc}[?1049l${esc}[?47h${esc}[?1047h`, forbidden: [`${esc}[?47h`, `${esc}[?1047h`]},
	{name: 'DSR cursor position query ESC[6n', text: `${esc}[6n`, forbidden: [`${esc}[6n`]},
	{name: 'DA primary device attributes ESC[c', text: `${esc}[c${esc}[0c`, forbidden: [`${esc}[c`, `${esc}[0c`]},
	{name: 'DA2 / XTVERSION / window-title report queries', text: `${esc}[>c${esc}[>0q${esc}[21t${esc}[8;5;5t`, forbidden: [`${esc}[>`, `${esc}[21t`, `${esc}[8;5;5t`]},
	{name: 'DCS DECRQSS query', text: `${esc}P$qm${st}`, forbidden: [`${esc}P`]},
	{name: 'DCS sixel image', text: `${esc}Pq#0;2;0;0;0#1;2;100;100;0#1~~@@vv@@~~@@~~$-${st}`, forbidden: [`${esc}P`]},
	{name: 'C1 CSI U+009B (as UTF-8)', text: '\u009B2J\u009B31mred\u009B0m', forbidden: ['\u009B']},
	{name: 'C1 OSC U+009D title with U+009C terminator', text: '\u009D0;pwned-title\u009C', forbidden: ['\u009D', '\u009C']},
	{name: 'raw 0x9B byte (invalid UTF-8 C1 CSI)', bytes: Buffer.from([0x9B, 0x32, 0x4A, 0x20, 0x9B, 0x33, 0x31, 0x6D]), forbidden: []},
	{name: 'backspace overwrite', text: 'The toll is 12\b\b40.', forbidden: ['\b'], visible: ['The toll is 1240.']},
	{name: 'carriage-return overwrite', text: 'Ten people died\rNo one died', forbidden: [], visible: ['Ten people died', 'No one died']},
	{name: 'bidi override and isolates', text: 'Total: \u202E21 deid\u202C and \u2067\u2066hidden\u2069\u2069 \u200F', forbidden: ['\u202E', '\u202C', '\u2066', '\u2067', '\u2069', '\u200F'], visible: ['21 deid']},
	{name: 'zero-width joiners and spaces', text: 'The family 👨\u200D👩\u200D👧\u200D👦 and Ad\u200Brian\u200DVel\u2060ko were there.', forbidden: ['\u200D', '\u200B', '\u2060']},
	{name: 'combining-mark flood (Zalgo)', text: 'Z' + '\u0336\u0337\u0338'.repeat(200) + 'algo text', forbidden: ['\u0336\u0337\u0338\u0336\u0337\u0338']},
	{name: 'emoji wide characters', text: '🔥🚒💥🚑 '.repeat(30) + '❤️ ☕ 🇳🇱', forbidden: []},
	{name: 'CJK wide characters', text: '東京で大規模な火災が発生し、少なくとも十二人が死亡した。'.repeat(6), forbidden: []},
	{name: 'invalid UTF-8 bytes and an encoded surrogate', bytes: Buffer.from([0x41, 0xC3, 0x28, 0xFF, 0xFE, 0xE2, 0x82, 0x20, 0xED, 0xA0, 0x80, 0x42]), forbidden: []},
	{name: 'SGR colour, blink and invisible text', text: `${esc}[31;1;5mRED${esc}[8mhidden${esc}[0m`, forbidden: [`${esc}[31;1;5m`, `${esc}[8m`]},
	{name: 'BEL, DEL and NUL-free C0 soup', text: `bell${bel}${bel} del\u007F vt\u000B ff\u000C so\u000E si\u000F can\u0018 sub\u001A`, forbidden: [bel, '\u007F', '\u000E', '\u000F']},
	{name: 'bracketed-paste end marker', text: `${esc}[201~rm -rf ~${esc}[200~`, forbidden: [`${esc}[201~`, `${esc}[200~`]},
	{name: 'full reset RIS and DECSC/DECRC', text: `${esc}c${esc}7${esc}8`, forbidden: [`${esc}c`, `${esc}7`, `${esc}8`]},
	{name: 'kitty keyboard and mouse tracking toggles', text: `${esc}[>1u${esc}[?1000h${esc}[?1006h`, forbidden: [`${esc}[>1u`, `${esc}[?1000h`, `${esc}[?1006h`]},
	{name: 'Unicode tag characters (hidden text)', text: 'visible\u{E0049}\u{E0047}\u{E004E}\u{E004F}\u{E0052}\u{E0045} text', forbidden: ['\u{E0049}']},
	{name: 'a 5,000-character word with no spaces', text: 'x'.repeat(5000), forbidden: []},
	{name: 'tabs', text: 'Column\tafter\ttab', forbidden: ['\t'], visible: ['Column after tab']},
	{name: 'OSC title in the front-matter title', where: 'front-matter', text: `Crash ${esc}]0;pwned-title${bel}on the coast${esc}[2J`, forbidden: [`${esc}]0;`, `${esc}[2J`, bel]},
	{name: 'escape sequences in the file name', where: 'file-name', text: `${esc}]0;pwned-title${bel}${esc}[2J`, forbidden: [`${esc}]0;`, `${esc}[2J`, bel]},
];
