// A bare "one" that opens its own clause after "and", beside a count of the same sentence, is one person.
import test from 'ava';
import {parseStory} from '../../source/parser/index.js';
import type {FigureKind} from '../../source/model/types.js';

const total = (text: string, kind: FigureKind) => {
	const entry = parseStory(text).summary[kind];
	return entry ? `${entry.qualifier} ${entry.count}` : null;
};

test('"and one remained missing" beside a count is one missing person', t => {
	const story = 'Six climbers were injured, three of them badly, and one remained unaccounted for, the park service said.';
	t.is(total(story, 'missing'), 'exact 1');
	t.is(total(story, 'wounded'), 'exact 6');
	t.is(total('Four fishermen were rescued and one died in hospital.', 'killed'), 'exact 1');
});

test('a bare "one" with no count beside it, or not opening a clause, is no person', t => {
	t.is(total('The ministry said one remained unaccounted for.', 'missing'), null);
	t.is(total('Four fishermen were rescued, and one of the boats was still missing.', 'missing'), null);
});
