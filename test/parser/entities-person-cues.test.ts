import test from 'ava';
import {cuesAfterName, namesBeforeCue, type CueAfterName} from '../../source/parser/entities/person-evidence.js';

// namesBeforeCue reads the cues written after a name ("Ola Vale said") from the cue back, for speed; it must
// find exactly the last words of the plain regex's runs, which is what each cue means.
function byRegex(text: string, cue: CueAfterName): string[] {
	return [...text.matchAll(cue.withName)].map(match => match[1]!.split(/\s+/).at(-1)!);
}

const [speechCue, speakerOfCue, noCommentCue] = cuesAfterName as [CueAfterName, CueAfterName, CueAfterName];

test('the speaker before a cue: names, ages, "who", brackets', t => {
	const text = 'Ola Vale said the ferry sank. Vale, 52, was rescued, and Kari Dahl, who saw it, told police. Per Lund (41) and Anne-Marie O’Brien, 30. Police in al-Sudani said so.';
	t.deepEqual(namesBeforeCue(text, speechCue), ['Vale', 'Vale', 'Dahl', 'Lund', 'O’Brien', 'Sudani']);
	t.deepEqual(namesBeforeCue(text, speechCue), byRegex(text, speechCue));
});

test('the speaker before "of The Herald said" and "was not available"', t => {
	const text = 'Ola Vale of The Herald said so. Kari Dahl was not available for comment, and Per Lund declined to comment.';
	t.deepEqual(namesBeforeCue(text, speakerOfCue), ['Vale']);
	t.deepEqual(namesBeforeCue(text, noCommentCue), ['Dahl', 'Lund']);
	for (const cue of [speakerOfCue, noCommentCue]) t.deepEqual(namesBeforeCue(text, cue), byRegex(text, cue));
});

test('the speaker before a cue: the same words as the regex on random texts', t => {
	const pieces = ['Ola', 'Vale', 'Kari', 'McDonald', 'al-Sudani', 'O’Brien', 'Émile', 'ÉMILE', 'é', 'x', 'Dahl\'s', '-', '’', '\'',
		' ', ' ', ' ', '  ', '\n', '\u00A0', ',', ', ', '.', ';', '(', ')', '52', '7', '1234', 'said', 'says', 'told', 'who', 'and', 'was',
		'(52)', ', 52,', ', 52 and', 'saidÉmile', 'whoÉva', 'andΔ', ' of ', ' of the ', 'The', 'Herald', 'of', 'not', ' was not available',
		' declined to comment', 'did not respond', 'commented', ' has', ' not', ' be reached', ' of The Herald said', ' of the Kestrel Times told', ' said', ' told', 'Δ', 'ǅ', '\u{1D400}', '\u{1D41A}', 'ß', 'the'];
	// MINSTD: the products stay exact in a double, so the sequence does not degenerate.
	let seed = 12_345;
	const next = (limit: number) => {
		seed = (seed * 48_271) % 2_147_483_647;
		return seed % limit;
	};

	let differing = 0;
	for (let round = 0; round < 20_000; round++) {
		let text = '';
		for (let count = 1 + next(16); count > 0; count--) text += pieces[next(pieces.length)];
		for (const cue of cuesAfterName) if (JSON.stringify(namesBeforeCue(text, cue)) !== JSON.stringify(byRegex(text, cue))) differing++;
	}

	t.is(differing, 0);
});
