// "killed at least 12 people, including three children, a rights group and villagers said": "a rights group" names a
// body of people that speaks, not one more person killed.
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';
import {parseStory} from '../../source/parser/index.js';

test('a group, agency or ministry after a counted list is no person killed', t => {
	const text = 'GOMA (AP) — A rebel attack on a camp killed at least 12 people, including three children, a rights group and villagers said Sunday.';
	t.is(summaryTotal(text, 'killed'), 'at least 12');
	t.false(parseStory(text).figures.some(figure => figure.count === 1), 'no one-person figure');
});

test('a person after a counted group still counts', t => {
	t.is(summaryTotal('GOMA (AP) — Rebels killed three soldiers and a civilian near the camp on Sunday, the army said.', 'killed'), 'exact 4');
});
