import test from 'ava';
import {Desk} from '../../source/desk/desk.js';
import {addQualifiers} from '../../source/desk/totals.js';
import {makeStory} from './make-story.js';

function deskOf(count: number): Desk {
	return new Desk({root: null, files: Array.from({length: count}, (_, index) => `story-${index}.txt`)});
}

test('totals add up across stories and say which stories contributed', t => {
	const desk = deskOf(4);
	desk.record(0, makeStory({text: 'one', totals: {killed: [3, 'exact'], wounded: [2, 'exact']}}));
	desk.record(1, makeStory({text: 'two', totals: {killed: [5, 'at least']}}));
	desk.record(2, makeStory({text: 'three'}));
	desk.record(3, makeStory({text: 'four', totals: {escaped: [11, 'exact'], wounded: [4, 'exact']}}));
	const totals = desk.totals();
	t.deepEqual(totals.byKind.killed, {count: 8, qualifier: 'at least', stories: [0, 1]});
	t.deepEqual(totals.byKind.wounded, {count: 6, qualifier: 'exact', stories: [0, 3]});
	t.deepEqual(totals.byKind.escaped, {count: 11, qualifier: 'exact', stories: [3]});
	t.is(totals.counted, 4);
	t.is(totals.duplicates, 0);
});

test('a story in the folder twice (same URL or same text) is counted once', t => {
	const desk = deskOf(5);
	desk.record(0, makeStory({text: 'first', url: 'https://wire.example/a', totals: {killed: [3, 'exact']}}));
	desk.record(1, makeStory({text: 'first, copied', url: 'https://wire.example/a/', totals: {killed: [3, 'exact']}}));
	desk.record(2, makeStory({text: 'same text', totals: {killed: [2, 'exact']}, entities: [{name: 'Emomali Rahmon'}]}));
	desk.record(3, makeStory({text: 'same text', totals: {killed: [2, 'exact']}, entities: [{name: 'Emomali Rahmon'}]}));
	desk.record(4, makeStory({text: 'other', totals: {killed: [1, 'exact']}}));
	const totals = desk.totals();
	t.is(totals.byKind.killed!.count, 6);
	t.deepEqual(totals.byKind.killed!.stories, [0, 2, 4]);
	t.is(totals.counted, 3);
	t.is(totals.duplicates, 2);
	// The copy's names are not a second story either.
	t.is(desk.entities()[0]!.stories, 1);
});

test('of two versions of one URL, the later-dated one is counted', t => {
	const desk = deskOf(2);
	desk.record(0, makeStory({text: 'update', url: 'https://wire.example/b', published: '2024-03-02', totals: {killed: [7, 'exact']}}));
	desk.record(1, makeStory({text: 'first take', url: 'https://wire.example/b', published: '2024-03-01', totals: {killed: [4, 'exact']}}));
	t.deepEqual(desk.totals().byKind.killed, {count: 7, qualifier: 'exact', stories: [0]});
});

test('recording a story again, or skipping a recorded one, changes nothing', t => {
	const desk = deskOf(2);
	const story = makeStory({text: 'one', totals: {killed: [3, 'exact']}, entities: [{name: 'Khujand', type: 'location'}]});
	desk.record(0, story);
	const version = desk.version;
	desk.record(0, story);
	desk.skip(0, 'binary');
	t.is(desk.version, version);
	t.is(desk.totals().byKind.killed!.count, 3);
	t.is(desk.entities()[0]!.mentions, 1);
	t.deepEqual(desk.progress, {parsed: 1, skipped: 0, pending: 1, total: 2});
});

test('qualifiers: a sum is as exact as its least exact part', t => {
	t.is(addQualifiers('exact', 'exact'), 'exact');
	t.is(addQualifiers('exact', 'at least'), 'at least');
	t.is(addQualifiers('more than', 'exact'), 'at least');
	t.is(addQualifiers('about', 'exact'), 'about');
	t.is(addQualifiers('up to', 'at least'), 'about');
});
