// Each pane on its own, rendered with ink-testing-library from hand-made props.
import React from 'react';
import test from 'ava';
import chalk from 'chalk';
import {render} from 'ink-testing-library';
import {collectAnnotations, wrapArticle} from '../../source/ui/article-lines.js';
import {keyHelp} from '../../source/ui/keys.js';
import {ArticlePane} from '../../source/ui/panes/article-pane.js';
import {EntityPane, type EntityHit} from '../../source/ui/panes/entity-pane.js';
import {helpLines} from '../../source/ui/help-lines.js';
import {HelpOverlay} from '../../source/ui/panes/help-overlay.js';
import {StatusBar} from '../../source/ui/panes/status-bar.js';
import {SummaryPane} from '../../source/ui/panes/summary-pane.js';
import {buildSummaryRows} from '../../source/ui/summary-rows.js';
import {themeFor} from '../../source/ui/theme.js';
import {dashboardStory} from '../fixtures/dashboard-story.js';

// ava's stdout is not a terminal; the highlight test looks for the codes.
chalk.level = 1;
const story = dashboardStory();
const plain = themeFor(false);
const text = (element: React.ReactElement) => {
	const {lastFrame, unmount} = render(element);
	// eslint-disable-next-line no-control-regex
	const frame = (lastFrame() ?? '').replaceAll(/\u001B\[[\d;]*m/g, '');
	unmount();
	return frame;
};

test('article pane: only the visible slice, a position indicator, gutter marks for cursor and selected name', t => {
	const article = wrapArticle(story, collectAnnotations(story), 40);
	const nazarovLine = article.lineOfOffset(story.entities[2]!.mentions[0]!.start);
	const top = nazarovLine - 2;
	t.true(top > 0);
	const frame = text(<ArticlePane title='Floods' article={article} top={top} cursor={top + 1} pageHeight={5} selected='e3' marked={null} focused size={{width: 44, height: 8}} theme={plain}/>);
	const lines = frame.split('\n');
	t.is(lines.length, 8);
	t.regex(lines[1]!, new RegExp(`Floods\\s+line ${top + 2}/${article.lines.length} \\d+%`));
	const gutter = lines.slice(2, 7).map(line => line[1]);
	t.deepEqual(gutter, [' ', '>', '*', ' ', ' '].map((mark, index) => index === 2 || index === 1 ? mark : (article.entitiesOn(top + index).has('e3') ? '*' : ' ')));
	t.false(frame.includes(story.text.slice(article.lines[0]!.start, article.lines[0]!.end)), 'lines above the slice are not rendered');
	t.true(frame.includes(story.text.slice(article.lines[nazarovLine]!.start, article.lines[nazarovLine]!.end)));
});

test('entity pane: search box, name with badge and count, the cursor row, and the empty states', t => {
	const hits: EntityHit[] = story.entities.map(entity => ({item: {id: entity.id, name: entity.name, aliases: entity.aliases, type: entity.type, mentionCount: entity.mentions.length}, score: 1, ranges: []}));
	const props = {query: '', searching: false, hits, total: hits.length, cursor: 1, top: 0, listHeight: 3, selected: null, focused: true, size: {width: 40, height: 8}, theme: plain};
	const frame = text(<EntityPane {...props}/>);
	t.regex(frame, /Names\s+4/);
	t.regex(frame, /\/ search names/);
	t.regex(frame, /› Khorog\s+LOC 3/);
	t.false(frame.includes('Red Crescent'), 'only the rows that fit (3) are drawn');
	t.regex(text(<EntityPane {...props} query='zzz' searching hits={[]}/>), /no names match "zzz"/);
	t.regex(text(<EntityPane {...props} total={0} hits={[]}/>), /no names found/);
	t.regex(text(<EntityPane {...props} query='kh' searching/>), /\/ kh/);
});

test('entity pane: matched characters are marked', t => {
	const hits: EntityHit[] = [{item: {id: 'e3', name: 'Alisher Nazarov', aliases: [], type: 'person', mentionCount: 2}, score: 1, ranges: [[8, 11]]}];
	const {lastFrame, unmount} = render(<EntityPane query='naz' searching hits={hits} total={4} cursor={0} top={0} listHeight={3} selected={null} focused size={{width: 40, height: 6}} theme={themeFor(true)}/>);
	const frame = lastFrame() ?? '';
	// Underlined (4) from "Naz" to the end of the match, and "Alisher " before it plain.
	t.regex(frame, /Alisher (\u001B\[\d+m)*\u001B\[4m(\u001B\[\d+m)*Naz(\u001B\[\d+m)+arov/);
	unmount();
});

test('summary pane: totals, sources, breakdown, claims and the timeline; windowed to its height', t => {
	const rows = buildSummaryRows(story);
	const frame = text(<SummaryPane rows={rows} cursor={0} top={0} height={20} focused={false} size={{width: 90, height: 23}} theme={plain}/>);
	t.regex(frame, /killed\s+at least 12 people/);
	t.regex(frame, /according to the regional emergency ministry/);
	t.regex(frame, /\+ 8 of the dead/);
	t.regex(frame, /also claimed: 15, according to The Red Crescent Society/);
	t.regex(frame, /wounded\s+30 people/);
	t.regex(frame, /Timeline[\s\S]*on Tuesday[\s\S]*before next spring/);
	const small = text(<SummaryPane rows={rows} cursor={0} top={2} height={3} focused size={{width: 60, height: 6}} theme={plain}/>);
	t.regex(small, new RegExp(`3-5/${rows.length}`));
	t.false(small.includes('Timeline'));
});

test('summary pane: a story without figures says so', t => {
	const frame = text(<SummaryPane rows={buildSummaryRows(dashboardStory({figures: false}))} cursor={-1} top={0} height={6} focused={false} size={{width: 50, height: 9}} theme={plain}/>);
	t.regex(frame, /no casualty figures found/);
});

test('status bar and help overlay', t => {
	t.regex(text(<StatusBar mode='search' message={null} theme={plain}/>), /SEARCH.*Esc leave search/);
	t.regex(text(<StatusBar mode='article' message='Khorog: mention 1 of 3' theme={plain}/>), /ARTICLE\s+Khorog: mention 1 of 3/);
	const help = text(<HelpOverlay lines={helpLines(96, false, plain)} top={0} size={{width: 100, height: 28}} theme={plain}/>);
	for (const [keys, what] of keyHelp) t.true(help.includes(keys) && help.includes(what.slice(0, 20)), keys);
});

test('status bar: the hints that do not fit go least useful first; how to get help and how to quit stay', t => {
	for (const width of [40, 60, 80, 100]) {
		for (const mode of ['article', 'entities', 'summary'] as const) {
			const bar = text(<StatusBar mode={mode} message={null} theme={plain} width={width}/>);
			t.true(bar.length <= width, `${mode} at ${width}: ${bar}`);
			t.regex(bar, /\? help {2}q quit$/, `${mode} at ${width}: ${bar}`);
			t.false(bar.includes('…'), 'no hint cut in half');
		}

		const search = text(<StatusBar mode='search' message={null} theme={plain} width={width}/>);
		t.regex(search, width >= 50 ? /Enter go to name {2}Esc leave search/ : /Enter go {2}Esc leave$/, `search at ${width}: ${search}`);
		// A folder's tag takes room too.
		const desk = text(<StatusBar mode='article' message={null} theme={plain} width={width} tag='story 12/240 · this story'/>);
		t.true(width < 60 || /\? help {2}q quit$/.test(desk), `desk at ${width}: ${desk}`);
	}

	t.is(text(<StatusBar mode='article' message={null} theme={plain} width={100}/>), ' ARTICLE  j/k move  Space/b page  g/G top/end  n/N mention  / search  Tab pane  ? help  q quit', 'all of them when they fit');
	t.regex(text(<StatusBar mode='help' message={null} theme={plain} width={80} helpScrolls={false}/>), /HELP +Esc \? q close$/);
});

test('summary pane: a detail too long for the pane wraps under its column instead of being cut', t => {
	const rows = buildSummaryRows(story);
	const frame = text(<SummaryPane rows={rows} cursor={0} top={0} height={12} focused size={{width: 40, height: 15}} theme={plain}/>);
	t.false(frame.includes('…'), frame);
	const joined = frame.split('\n').map(line => line.slice(1, -1).trim()).join(' ');
	t.true(joined.includes('according to the regional emergency ministry'), joined);
	t.true(joined.includes('also claimed: 15, according to The Red Crescent Society'), joined);
	t.regex(frame, /^║ {11}emergency ministry +║$/m, 'the rest of the line under the detail column');
	// The last row that starts on screen may be cut at the bottom; the position counts it.
	const short = text(<SummaryPane rows={rows} cursor={0} top={0} height={2} focused size={{width: 40, height: 5}} theme={plain}/>);
	t.regex(short, new RegExp(`Summary +1-2/${rows.length}`));
	t.regex(short, /according to the regional/);
	t.false(short.includes('emergency ministry'));
});

test('the focused pane\'s title is in inverse video, with colour and without: focus never rests on colour alone', t => {
	for (const theme of [themeFor(true), plain]) {
		const rows = buildSummaryRows(story);
		const frame = (focused: boolean) => {
			const {lastFrame, unmount} = render(<SummaryPane rows={rows} cursor={-1} top={0} height={4} focused={focused} size={{width: 50, height: 7}} theme={theme}/>);
			const titleLine = (lastFrame() ?? '').split('\n')[1]!;
			unmount();
			return titleLine;
		};

		t.regex(frame(true), /\u001B\[7mSummary/, `focused, colour ${theme.color}`);
		t.notRegex(frame(false), /\u001B\[7m/, `not focused, colour ${theme.color}`);
	}
});

test('summary pane: each timeline row shows what happened under its time, two lines at most', t => {
	const rows = buildSummaryRows(story);
	const frame = text(<SummaryPane rows={rows} cursor={0} top={0} height={60} focused={false} size={{width: 44, height: 63}} theme={plain}/>);
	const lines = frame.split('\n').map(line => line.replace(/^│|│$/g, ''));
	const at = lines.findIndex(line => /^ on Tuesday/.test(line));
	t.true(at > 0, frame);
	// The event is on the line(s) under the time, indented under it, then the next time.
	t.regex(lines[at + 1]!, /^ {3}\S/);
	const eventLines = lines.slice(at + 1).findIndex(line => !/^ {3}\S/.test(line));
	t.true(eventLines >= 1 && eventLines <= 2, frame);
});
