import test from 'ava';
import {numberWordValue, readNumber} from '../../source/parser/numbers.js';
import {words} from '../../source/parser/words.js';

const read = (text: string) => {
	const mention = readNumber(words(text), 0);
	return mention && {value: mention.value, vague: mention.vague, text: text.slice(mention.start, mention.end)};
};

test('digits with separators and scales', t => {
	t.deepEqual(read('1,200 people'), {value: 1200, vague: false, text: '1,200'});
	t.deepEqual(read('1.5 million people'), {value: 1_500_000, vague: false, text: '1.5 million'});
	t.is(read('25')?.value, 25);
});

test('number words, hyphenated tens and compounds', t => {
	t.is(read('five guards')?.value, 5);
	t.is(read('Twenty-one people')?.value, 21);
	t.is(read('two hundred and fifty people')?.value, 250);
	t.is(read('three thousand people')?.value, 3000);
	t.is(read('a dozen people')?.value, 12);
	t.is(read('two dozen people')?.value, 24);
	t.is(read('a hundred people')?.value, 100);
});

test('vague plurals are lower bounds', t => {
	t.deepEqual(read('dozens of people'), {value: 24, vague: true, text: 'dozens'});
	t.deepEqual(read('hundreds of people'), {value: 200, vague: true, text: 'hundreds'});
	t.is(read('scores more')?.value, 40);
	t.deepEqual(read('tens of thousands of people'), {value: 20_000, vague: true, text: 'tens of thousands'});
	t.deepEqual(read('hundreds of thousands of people'), {value: 200_000, vague: true, text: 'hundreds of thousands'});
});

test('words that are not numbers', t => {
	t.is(read('a man'), null);
	t.is(read('several people'), null);
	t.is(read('five-storey building'), null, 'a hyphenated adjective is not a count');
	t.is(numberWordValue('twenty-one'), 21);
	t.is(numberWordValue('one-time'), undefined);
	t.is(numberWordValue('fifty'), 50);
});

test('the tokenizer keeps clock times, abbreviations and hyphenated words whole', t => {
	t.deepEqual(words('at 1:10 a.m. local time, a 21-year-old U.S. citizen').map(word => word.text), ['at', '1:10', 'a.m.', 'local', 'time', ',', 'a', '21', '-', 'year-old', 'U.S.', 'citizen']);
	const [word] = words('  Khan’s');
	t.like(word, {text: 'Khan’s', lower: "khan's", start: 2, end: 8});
});

test('the tokenizer lowers each word as it reads it: capitals, letters outside ASCII, curly apostrophes', t => {
	t.deepEqual(words('The iPhone o’Neil ÉCOLE ’ x-Ray A.M. said it’s 5 İstanbul').map(word => word.lower), ['the', 'iphone', "o'neil", 'école', "'", 'x-ray', 'a.m.', 'said', "it's", '5', 'i̇stanbul']);
});
