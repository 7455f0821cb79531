// Fleeing is not escaping: civilians who flee a town are displaced; prisoners who flee a jail escaped.
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

test('civilians who fled a place are displaced, not escaped', t => {
	const story = 'Aid agencies said about 4,500 residents had fled Kawango since the rebels arrived on Sunday.';
	t.is(summaryTotal(story, 'displaced'), 'about 4500');
	t.is(summaryTotal(story, 'escaped'), null);
	t.is(summaryTotal('More than 900 villagers fled the fighting, the United Nations said.', 'displaced'), 'more than 900');
});

test('people who fled custody escaped', t => {
	t.is(summaryTotal('Twelve prisoners fled the district jail overnight, officials said.', 'escaped'), 'exact 12');
	t.is(summaryTotal('Eight people fled the police station where they were being held, officials said.', 'escaped'), 'exact 8');
	t.is(summaryTotal('Five women fled their captors on Sunday and reached a village.', 'escaped'), 'exact 5');
});

test('inmates freed from a jail by force escaped; freed hostages are still rescued', t => {
	t.is(summaryTotal('Armed men attacked the district prison before dawn, freeing 85 inmates, officials said.', 'escaped'), 'exact 85');
	t.is(summaryTotal('Armed men attacked the district prison before dawn, freeing 85 inmates, officials said.', 'rescued'), null);
	t.is(summaryTotal('Soldiers freed nine hostages from a farmhouse on Monday.', 'rescued'), 'exact 9');
});

test('a count that escaped, beside another that is still held, keeps its own verb', t => {
	const story = 'Ten pupils were abducted from the school on Friday. Four escaped on the way and six are still held, police said.';
	t.is(summaryTotal(story, 'escaped'), 'exact 4');
	t.is(summaryTotal(story, 'hostages'), 'exact 10');
});

test('a count without a noun that fled, in a story with no escape from custody, is displaced', t => {
	t.is(summaryTotal('KHARTOUM (Reuters) - Hundreds of thousands have fled the fighting in the region, the UN said.', 'displaced'), 'at least 200000');
	t.is(summaryTotal('KHARTOUM (Reuters) - Hundreds of thousands have fled the fighting in the region, the UN said.', 'escaped'), null);
	t.is(summaryTotal('KABUL (Reuters) - Gunmen stormed the prison on Sunday. Dozens have fled, officials said.', 'escaped'), 'at least 24');
});
