import test from 'ava';
import {parseStory} from '../../source/parser/index.js';
import {recordHas, recordReader} from '../../source/parser/word-records.js';
import {leadingWords} from '../../source/parser/past-cue-matches.js';

const record: Record<string, number> = {hundred: 100, zero: 0};

test('a record reader answers for the record\'s own words only, never for what objects inherit', t => {
	const read = recordReader(record);
	const has = recordHas(record);
	for (const key of ['hundred', 'zero', 'dozen', '']) {
		t.is(read(key), record[key], key);
		t.is(has(key), key in record, key);
	}

	for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
		t.is(read(key), undefined, key);
		t.false(has(key), key);
	}
});

test('a story\'s word that objects inherit ("constructor") is read as a word: the figure keeps its kind and count', t => {
	const story = parseStory('Three constructor workers were killed when a crane fell on Monday. Police said 12 valueOf people were hurt.');
	const figures = story.figures.map(figure => `${figure.kind} ${figure.count} ${figure.subject ?? ''}`.trim());
	t.true(figures.includes('killed 3 constructor workers'), figures.join(' | '));
	t.true(figures.includes('wounded 12 valueOf people'), figures.join(' | '));
	t.is(JSON.stringify(story).includes('null,"qualifier"'), false);
});

test('the leading words of a cue pattern are read from its source', t => {
	t.deepEqual([...leadingWords(String.raw`\b(?:last|past)\s+year\b|\bin\s+the\b|\b(responsible for)\b|\bdeadliest\b`)], ['last', 'past', 'in', 'responsible', 'deadliest']);
	// An alternative that could start inside a longer word, or with no \b, is refused rather than missed.
	t.throws(() => leadingWords(String.raw`\bkill\w*`));
	t.throws(() => leadingWords(String.raw`\blast\s+year|(?:after)\s+`));
	t.throws(() => leadingWords(String.raw`\bhospitali[sz]ed`));
});
