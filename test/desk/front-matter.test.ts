import test from 'ava';
import {splitFrontMatter, toIsoDate} from '../../source/desk/front-matter.js';
import {fallbackTitle, parseStoryText} from '../../source/desk/read-story.js';

const withFrontMatter = `---
title: "Inmates escape: eleven still at large"
date: 2024-03-01T09:30:00Z
source: Example Wire
url: https://wire.example/a
tags: prisons
---

KHUJAND, Tajikistan (EW) — Eleven inmates escaped.
`;

test('front matter fills title, date, source and url, and is cut from the text', t => {
	const {meta, body} = splitFrontMatter(withFrontMatter);
	t.deepEqual(meta, {title: 'Inmates escape: eleven still at large', date: '2024-03-01', source: 'Example Wire', url: 'https://wire.example/a'});
	t.is(body, 'KHUJAND, Tajikistan (EW) — Eleven inmates escaped.\n');
});

test('the parsed story carries the metadata and its offsets index the body alone', t => {
	const story = parseStoryText(withFrontMatter, {source: 'wire/a.txt'});
	t.is(story.title, 'Inmates escape: eleven still at large');
	t.is(story.published, '2024-03-01');
	t.is(story.url, 'https://wire.example/a');
	t.is(story.publisher, 'Example Wire');
	t.is(story.source, 'wire/a.txt');
	t.false(story.text.includes('---'));
	t.true(story.text.startsWith('KHUJAND'));
	const first = story.sentences[0]!;
	t.is(story.text.slice(first.start, first.end), 'KHUJAND, Tajikistan (EW) — Eleven inmates escaped.');
});

test('--date wins over the front matter date', t => {
	t.is(parseStoryText(withFrontMatter, {source: null, date: '2024-05-05'}).published, '2024-05-05');
});

test('a story that opens with a rule, or with no closing line, keeps its text', t => {
	const rule = '---\nThe prison was quiet that night.\n---\nThen the shooting started.\n';
	t.deepEqual(splitFrontMatter(rule), {meta: {}, body: rule});
	const unclosed = '---\ntitle: Half a block\n\nKHUJAND — text.\n';
	t.deepEqual(splitFrontMatter(unclosed), {meta: {}, body: unclosed});
	t.deepEqual(splitFrontMatter('No front matter.\n---\ntitle: x\n---\n').meta, {});
});

test('front matter after a byte-order mark, with Windows line ends', t => {
	const {meta, body} = splitFrontMatter('\uFEFF---\r\ntitle: Windows\r\n---\r\nBody.\r\n');
	t.deepEqual(meta, {title: 'Windows'});
	t.is(body, 'Body.\r\n');
});

test('dates in front matter: ISO, ISO with time, written out; nonsense is ignored', t => {
	t.is(toIsoDate('2024-03-01'), '2024-03-01');
	t.is(toIsoDate('March 1, 2024'), '2024-03-01');
	t.is(toIsoDate('2024-02-30'), null);
	t.is(toIsoDate('last Friday'), null);
	t.deepEqual(splitFrontMatter('---\ndate: soon\ntitle: T\n---\nx').meta, {title: 'T'});
});

test('without front matter, a headline line is the title; a dateline lead is not', t => {
	t.is(fallbackTitle('Border guards wounded in clash\n\nKHOROG, Tajikistan — Four guards were wounded.'), 'Border guards wounded in clash');
	t.is(fallbackTitle('KHOROG, Tajikistan (EW) — Four guards were wounded.'), null);
	t.is(fallbackTitle('Four guards were wounded on Monday.'), null);
});

test('a Markdown story loses its heading marks', t => {
	const story = parseStoryText('# Manhunt widens\n\nDUSHANBE — Police searched.\n', {source: 'wire/b.md'});
	t.is(story.title, 'Manhunt widens');
	t.true(story.text.startsWith('Manhunt widens\n'));
	// In a .txt file a leading # is text.
	t.true(parseStoryText('# 1 story\n', {source: 'wire/c.txt'}).text.startsWith('# 1'));
});
