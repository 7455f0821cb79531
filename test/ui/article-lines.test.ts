// Wrapping the article once per width: every line fits, no text is lost, wide
// characters count double, and segments colour exactly the mentions and figures.
import test from 'ava';
import stringWidth from 'string-width';
import {collectAnnotations, wrapArticle, wrapText} from '../../source/ui/article-lines.js';
import {dashboardStory} from '../fixtures/dashboard-story.js';

function check(t: import('ava').ExecutionContext, text: string, width: number) {
	const lines = wrapText(text, width);
	for (const line of lines) t.true(stringWidth(text.slice(line.start, line.end)) <= width, `"${text.slice(line.start, line.end)}" fits ${width}`);
	// Joining the lines loses only the spaces and newlines at the breaks.
	t.is(lines.map(line => text.slice(line.start, line.end)).join('').replaceAll(/\s/g, ''), text.replaceAll(/\s/g, ''));
	return lines;
}

test('wraps at word boundaries and keeps blank lines between paragraphs', t => {
	const lines = check(t, 'one two three four\n\nfive six', 9);
	t.deepEqual(lines.map(line => 'one two three four\n\nfive six'.slice(line.start, line.end)), ['one two', 'three', 'four', '', 'five six']);
});

test('cuts words longer than a line, and counts wide characters as two columns', t => {
	check(t, 'x'.repeat(25), 10);
	t.is(wrapText('x'.repeat(25), 10).length, 3);
	const cjk = check(t, '北京市的天气很好今天我们去公园散步', 10);
	t.true(cjk.length >= 4);
	check(t, 'emoji 😀😀😀😀😀😀 mixed with ascii words and 한국어 text', 8);
});

test('a 1 MB single line wraps quickly enough to be done once', t => {
	const text = 'word '.repeat(200_000);
	const lines = wrapText(text, 80);
	t.true(lines.length > 10_000);
	t.is(lines[0]!.start, 0);
});

test('segments mark each mention with its entity and type, and figures as figures', t => {
	const story = dashboardStory();
	const article = wrapArticle(story, collectAnnotations(story), 40);
	const segments = article.lines.flatMap((_line, index) => article.segments(index));
	const nazarov = segments.filter(segment => segment.kind === 'mention' && segment.text.includes('Nazarov'));
	t.true(nazarov.length >= 2);
	t.true(nazarov.every(segment => segment.type === 'person' && segment.entity === 'e3'));
	const figures = segments.filter(segment => segment.kind === 'figure').map(segment => segment.text).join('|');
	t.regex(figures, /at least 12\|?\s*people/, 'the figure may be cut by a line break, never lost');
	// Segments rebuild each line exactly.
	for (const [index, line] of article.lines.entries()) {
		t.is(article.segments(index).map(segment => segment.text).join(''), story.text.slice(line.start, line.end));
	}

	const line = article.lineOfOffset(story.entities[2]!.mentions[0]!.start);
	t.true(article.entitiesOn(line).has('e3'));
});
