import test from 'ava';
import {recordHas, recordReader} from '../../source/parser/word-records.js';
import {leadingWords} from '../../source/parser/past-cue-matches.js';

const record: Record<string, number> = {hundred: 100, zero: 0};

test('a record reader answers as record[key] does, for own and inherited keys alike', t => {
	const read = recordReader(record);
	const has = recordHas(record);
	for (const key of ['hundred', 'zero', 'dozen', '', 'constructor', 'toString', '__proto__', 'hasOwnProperty']) {
		t.is(read(key), record[key], key);
		t.is(has(key), key in record, key);
	}
});

test('the leading words of a cue pattern are read from its source', t => {
	t.deepEqual([...leadingWords(String.raw`\b(?:last|past)\s+year\b|\bin\s+the\b|\b(responsible for)\b|\bdeadliest\b`)], ['last', 'past', 'in', 'responsible', 'deadliest']);
	// An alternative that could start inside a longer word, or with no \b, is refused rather than missed.
	t.throws(() => leadingWords(String.raw`\bkill\w*`));
	t.throws(() => leadingWords(String.raw`\blast\s+year|(?:after)\s+`));
	t.throws(() => leadingWords(String.raw`\bhospitali[sz]ed`));
});
