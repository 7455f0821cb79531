// Normalisation at the boundary: every consumer (dashboard, --summary, --json,
// --search) reads `Story.text`, so making it safe here makes it safe everywhere.

// C0 controls except \n (tab is turned into a space first), DEL, and C1 controls (0x80–0x9F, incl. CSI 0x9B).
const controlCharacters = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Bidirectional embeddings, overrides and isolates: they can make text read differently than it is stored.
const bidiControls = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** Turns raw story text into the text the model's offsets index into. */
export function normalizeText(raw: string): string {
	return raw
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.replace(/\t/g, ' ')
		.replace(controlCharacters, '')
		.replace(bidiControls, '');
}
