// Fleeing is not escaping: civilians who flee a town are displaced; prisoners who flee a jail escaped.
import test from 'ava';
import {parseStory} from '../../source/parser/index.js';
import type {FigureKind} from '../../source/model/types.js';

const total = (text: string, kind: FigureKind) => {
	const entry = parseStory(text).summary[kind];
	return entry ? `${entry.qualifier} ${entry.count}` : null;
};

test('civilians who fled a place are displaced, not escaped', t => {
	const story = 'Aid agencies said about 4,500 residents had fled Kawango since the rebels arrived on Sunday.';
	t.is(total(story, 'displaced'), 'about 4500');
	t.is(total(story, 'escaped'), null);
	t.is(total('More than 900 villagers fled the fighting, the United Nations said.', 'displaced'), 'more than 900');
});

test('people who fled custody escaped', t => {
	t.is(total('Twelve prisoners fled the district jail overnight, officials said.', 'escaped'), 'exact 12');
	t.is(total('Eight people fled the police station where they were being held, officials said.', 'escaped'), 'exact 8');
	t.is(total('Five women fled their captors on Sunday and reached a village.', 'escaped'), 'exact 5');
});

test('inmates freed from a jail by force escaped; freed hostages are still rescued', t => {
	t.is(total('Armed men attacked the district prison before dawn, freeing 85 inmates, officials said.', 'escaped'), 'exact 85');
	t.is(total('Armed men attacked the district prison before dawn, freeing 85 inmates, officials said.', 'rescued'), null);
	t.is(total('Soldiers freed nine hostages from a farmhouse on Monday.', 'rescued'), 'exact 9');
});

test('a count that escaped, beside another that is still held, keeps its own verb', t => {
	const story = 'Ten pupils were abducted from the school on Friday. Four escaped on the way and six are still held, police said.';
	t.is(total(story, 'escaped'), 'exact 4');
	t.is(total(story, 'hostages'), 'exact 10');
});
