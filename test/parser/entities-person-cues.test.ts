import test from 'ava';
import {nameBeforeCuePattern, namesBeforeCues} from '../../source/parser/entities/person-evidence.js';

// namesBeforeCues reads the "Ola Vale said" cue from the cue back, for speed; it must find exactly the
// last words of the plain regex's runs, which is what the cue means.
function byRegex(text: string): string[] {
	return [...text.matchAll(nameBeforeCuePattern)].map(match => match[1]!.split(/\s+/).at(-1)!);
}

test('the speaker before a cue: names, ages, "who", brackets', t => {
	const text = 'Ola Vale said the ferry sank. Vale, 52, was rescued, and Kari Dahl, who saw it, told police. Per Lund (41) and Anne-Marie O’Brien, 30. Police in al-Sudani said so.';
	t.deepEqual(namesBeforeCues(text), ['Vale', 'Vale', 'Dahl', 'Lund', 'O’Brien', 'Sudani']);
	t.deepEqual(namesBeforeCues(text), byRegex(text));
});

test('the speaker before a cue: the same words as the regex on random texts', t => {
	const pieces = ['Ola', 'Vale', 'Kari', 'McDonald', 'al-Sudani', 'O’Brien', 'Émile', 'ÉMILE', 'é', 'x', 'Dahl\'s', '-', '’', '\'',
		' ', ' ', ' ', '  ', '\n', '\u00A0', ',', ', ', '.', ';', '(', ')', '52', '7', '1234', 'said', 'says', 'told', 'who', 'and', 'was',
		'(52)', ', 52,', ', 52 and', 'saidÉmile', 'whoÉva', 'andΔ', 'Δ', 'ǅ', '\u{1D400}', '\u{1D41A}', 'ß', 'the'];
	let seed = 12_345;
	const next = (limit: number) => {
		seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
		return seed % limit;
	};

	let differing = 0;
	for (let round = 0; round < 20_000; round++) {
		let text = '';
		for (let count = 1 + next(16); count > 0; count--) text += pieces[next(pieces.length)];
		if (JSON.stringify(namesBeforeCues(text)) !== JSON.stringify(byRegex(text))) differing++;
	}

	t.is(differing, 0);
});
