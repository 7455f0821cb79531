import test from 'ava';
import type {Figure} from '../../source/model/types.js';
import {summarize} from '../../source/parser/summary.js';
import {combineQualifiers} from '../../source/parser/figure-roles.js';
import {parseFixture} from '../helpers/figure-stories.js';
import {parseStory} from '../../source/parser/index.js';

let next = 0;
function figure(fields: Partial<Figure> & Pick<Figure, 'kind' | 'count'>): Figure {
	next++;
	return {id: `f${next}`, qualifier: 'exact', subject: null, start: next * 10, end: next * 10 + 5, sentence: next, attribution: null, partOf: null, mainEvent: true, ...fields};
}

test('the bundled story: escaped 25, killed at least 5 from the total and its two parts, wounded 2', t => {
	const story = parseFixture('data/dushanbe-prison-escape.txt');
	const {escaped, killed, wounded} = story.summary;
	t.like(escaped, {count: 25, qualifier: 'exact', claims: []});
	t.like(killed, {count: 5, qualifier: 'at least', claims: []});
	t.like(wounded, {count: 2, qualifier: 'exact', claims: []});
	const byId = new Map(story.figures.map(item => [item.id, item]));
	t.deepEqual(killed!.figures.map(id => byId.get(id)!.count), [5, 1, 4]);
	t.false(Object.keys(story.summary).includes('sentenced'), 'the 46 sentenced last week stay out');
	for (const id of [...escaped!.figures, ...killed!.figures, ...wounded!.figures]) t.is(byId.get(id)!.attribution, 'the security services');
});

test('parts are never added to the total that covers them', t => {
	const total = figure({kind: 'killed', count: 5, qualifier: 'at least', subject: 'guards'});
	const summary = summarize([
		total,
		figure({kind: 'killed', count: 1, subject: 'guards', partOf: total.id}),
		figure({kind: 'killed', count: 4, subject: 'guards', partOf: total.id}),
	]);
	t.like(summary.killed, {count: 5, qualifier: 'at least'});
});

test('with no total, disjoint groups are summed', t => {
	const summary = summarize([
		figure({kind: 'killed', count: 5, subject: 'children'}),
		figure({kind: 'killed', count: 2, subject: 'truck drivers'}),
	]);
	t.like(summary.killed, {count: 7, qualifier: 'exact', claims: []});
});

test('groups that add up to more than a hedged toll replace it, and the toll becomes a claim', t => {
	const summary = summarize([
		figure({kind: 'wounded', count: 40, qualifier: 'at least', subject: 'more', attribution: 'authorities'}),
		figure({kind: 'wounded', count: 149, subject: 'survivors'}),
	]);
	t.like(summary.wounded, {count: 149, qualifier: 'exact'});
	t.deepEqual(summary.wounded!.claims.map(claim => [claim.count, claim.qualifier, claim.attribution]), [[40, 'at least', 'authorities']]);
});

test('the qualifier of a sum keeps the weakest hedge', t => {
	t.is(combineQualifiers(['exact', 'exact']), 'exact');
	t.is(combineQualifiers(['exact', 'at least']), 'at least');
	t.is(combineQualifiers(['more than', 'exact']), 'at least');
	t.is(combineQualifiers(['about', 'at least']), 'about');
	t.is(combineQualifiers(['up to', 'exact']), 'up to');
});

test('figures about other events stay out; kinds beyond the three appear only when present', t => {
	const summary = summarize([
		figure({kind: 'killed', count: 30, mainEvent: false}),
		figure({kind: 'sentenced', count: 46, mainEvent: false}),
		figure({kind: 'missing', count: 3}),
	]);
	t.is(summary.killed, null);
	t.is(summary.escaped, null);
	t.false('sentenced' in summary);
	t.like(summary.missing, {count: 3});
});

test('conflicting tolls: one total (official, then the larger count) and the others as claims with their sources', t => {
	const story = parseFixture('figures-conflicting-tolls.txt');
	const killed = story.summary.killed!;
	t.is(killed.count, 15);
	t.is(killed.qualifier, 'exact');
	t.deepEqual(killed.claims.map(claim => [claim.count, claim.qualifier, claim.attribution]), [
		[12, 'at least', 'police'],
		[20, 'up to', 'a local television station'],
	]);
	t.like(story.summary.wounded, {count: 40, qualifier: 'more than'});
});

test('a total with its breakdown counts once', t => {
	const story = parseFixture('figures-breakdown.txt');
	t.like(story.summary.killed, {count: 9, qualifier: 'exact', claims: []});
	t.is(story.summary.killed!.figures.length, 4);
	t.like(story.summary.wounded, {count: 7});
});

test('no casualties, no totals', t => {
	for (const name of ['figures-no-casualties.txt', 'figures-not-casualties.txt']) {
		t.deepEqual(parseFixture(name).summary, {escaped: null, killed: null, wounded: null}, name);
	}
});

test('deaths without numbers count each named person once', t => {
	const summary = summarize([
		figure({kind: 'killed', count: 1, subject: null, implicit: true}),
		figure({kind: 'killed', count: 1, subject: 'Paul Adams', implicit: true}),
		figure({kind: 'killed', count: 1, subject: 'Adams', implicit: true}),
	]);
	t.like(summary.killed, {count: 1, qualifier: 'exact'});
	const withNumber = summarize([figure({kind: 'killed', count: 1, subject: 'the driver', implicit: true}), figure({kind: 'killed', count: 3, subject: 'people'})]);
	t.like(withNumber.killed, {count: 3}, 'a written count wins over implicit ones');
});

test('a toll far below the chosen one is a share of it; a close one is a rival claim', t => {
	const story = parseStory('Officials said 27 people have now died.\n\nThe ministry said three deaths involved children. Earlier reports said 22 people had died.');
	const killed = story.summary.killed!;
	t.is(killed.count, 27);
	t.deepEqual(killed.claims.map(claim => claim.count), [22]);
	const three = story.figures.find(item => item.count === 3)!;
	t.is(three.partOf, killed.figures[0]);
});

test('counts side by side in one sentence add up; the same group counted by two sources is one count and a claim', t => {
	const hurt = parseStory('Eighteen officers and at least 25 protesters were hurt, according to the Red Cross.');
	t.like(hurt.summary.wounded, {count: 43, qualifier: 'at least'});
	const twice = parseStory('The army said two soldiers were killed and five were injured. Security sources put the number of soldiers killed at three.');
	t.like(twice.summary.killed, {count: 2, qualifier: 'exact'});
	t.deepEqual(twice.summary.killed!.claims.map(claim => [claim.count, claim.attribution]), [[3, 'Security sources']]);
	t.like(twice.summary.wounded, {count: 5});
});

test('a breakdown word anywhere between two counts of a sentence makes the second a part', t => {
	const story = parseStory('Nine people were hurt, including every passenger on the bus, and one cyclist on the road.');
	t.like(story.summary.wounded, {count: 9});
});

test('without a toll, one kind of group counted by two sources is one count and a claim; other groups add up', t => {
	const officers = figure({kind: 'killed', count: 6, subject: 'officers', attribution: 'the police'});
	const policemen = figure({kind: 'killed', count: 15, subject: 'policemen', attribution: 'witnesses'});
	const drivers = figure({kind: 'killed', count: 2, subject: 'truck drivers', attribution: 'witnesses'});
	const summary = summarize([officers, policemen, drivers]);
	t.like(summary.killed, {count: 8, qualifier: 'exact', figures: [officers.id, drivers.id]});
	t.deepEqual(summary.killed!.claims, [{count: 15, qualifier: 'exact', attribution: 'witnesses', figure: policemen.id}]);
});
