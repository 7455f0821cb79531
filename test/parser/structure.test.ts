import test from 'ava';
import {splitParagraphs, splitSentences} from '../../source/parser/structure.js';

function sentencesOf(text: string): string[] {
	return splitSentences(text, splitParagraphs(text)).map(sentence => text.slice(sentence.start, sentence.end));
}

test('paragraphs are runs of non-blank lines, trimmed', t => {
	const text = '  First line\nsame paragraph.\n\n \nSecond one.\n';
	const paragraphs = splitParagraphs(text);
	t.deepEqual(paragraphs.map(p => text.slice(p.start, p.end)), ['First line\nsame paragraph.', 'Second one.']);
});

test('abbreviations, titles and initials do not end sentences', t => {
	t.deepEqual(sentencesOf('Mr. Smith met Gen. J. R. Tolkien and Dr. Who at St. Mary\'s. They left.'), [
		'Mr. Smith met Gen. J. R. Tolkien and Dr. Who at St. Mary\'s.',
		'They left.',
	]);
});

test('a.m., p.m. and U.S. end a sentence only when a new clause starts after them', t => {
	t.deepEqual(sentencesOf('It began at 1:10 a.m. local time and ended at 5 p.m. The talks went on at 6 p.m. Monday.'), [
		'It began at 1:10 a.m. local time and ended at 5 p.m.',
		'The talks went on at 6 p.m. Monday.',
	]);
	t.deepEqual(sentencesOf('The U.S. Army said it was in the U.S. The next day it left.'), [
		'The U.S. Army said it was in the U.S.',
		'The next day it left.',
	]);
});

test('months and No. before a number, decimals', t => {
	t.deepEqual(sentencesOf('It happened on Jan. 5 at No. 10 Downing Street. Tea cost 3.50 pounds. Then it rained.'), [
		'It happened on Jan. 5 at No. 10 Downing Street.',
		'Tea cost 3.50 pounds.',
		'Then it rained.',
	]);
});

test('question and exclamation marks, closing quotes and brackets stay with their sentence', t => {
	t.deepEqual(sentencesOf('"Is it over?" she asked. "Yes!" he said. The day ended (it rained.) Night fell.'), [
		'"Is it over?" she asked.',
		'"Yes!" he said.',
		'The day ended (it rained.)',
		'Night fell.',
	]);
});

test('a headline line without a final period is its own sentence; sentences know their paragraph', t => {
	const text = 'THREE DEAD IN RIVER CRASH\nMonday, January 28, 2019\n\nA boat sank. Three people died.\n\nPolice said so.';
	const sentences = splitSentences(text, splitParagraphs(text));
	t.deepEqual(sentences.map(s => [text.slice(s.start, s.end), s.paragraph]), [
		['THREE DEAD IN RIVER CRASH', 0],
		['Monday, January 28, 2019', 0],
		['A boat sank.', 1],
		['Three people died.', 1],
		['Police said so.', 2],
	]);
});

test('hard-wrapped prose is not cut at its line ends', t => {
	const text = 'The storm that struck the coast on Monday left thousands of homes without\npower and closed the main road for the rest of the week, officials said.';
	t.is(sentencesOf(text).length, 1);
});

test('a bare ellipsis in brackets joins the sentence before it', t => {
	t.deepEqual(sentencesOf('Are they inside? [...] Can you open the door?'), ['Are they inside? [...]', 'Can you open the door?']);
});

test('the last sentence runs to the end even without a period', t => {
	t.deepEqual(sentencesOf('One. Two without end'), ['One.', 'Two without end']);
});

test('the words around a period are read the same outside ASCII and in quotes', t => {
	// A word after a letter outside ASCII, after another period, or as long as the window goes.
	t.deepEqual(sentencesOf('They met at the Café Dr. Ruiz owns. It closed.'), ['They met at the Café Dr. Ruiz owns.', 'It closed.']);
	t.deepEqual(sentencesOf('Talks went on. Then the U.N. The end. The U.N. Army came.'), ['Talks went on.', 'Then the U.N.', 'The end.', 'The U.N. Army came.']);
	t.deepEqual(sentencesOf(`It was ${'a'.repeat(45)}. Then it stopped.`), [`It was ${'a'.repeat(45)}.`, 'Then it stopped.']);
	// Lower case after spaces and opening marks, ASCII or not, goes on; a capital after them ends.
	t.deepEqual(sentencesOf('He said so. "and then" it went. He left. “but” not. She came. \u00A0(Then) it ended.'), [
		'He said so. "and then" it went.',
		'He left. “but” not.',
		'She came.',
		'(Then) it ended.',
	]);
	t.deepEqual(sentencesOf('Il part. élan vital. Élan revient.'), ['Il part. élan vital.', 'Élan revient.']);
	t.deepEqual(sentencesOf("He said so. 'zero' it was. He visited Öst. Then he left."), ["He said so. 'zero' it was.", 'He visited Öst.', 'Then he left.']);
});
