import test from 'ava';
import {parseStory} from '../../source/parser/index.js';

const notes = ['partitive', 'anaphoric', 'breakdown', 'definite', 'among', 'mainVerbAt', 'revision'];

test('a figure keeps the model\'s fields in their order and none of the drafts\' notes', t => {
	const story = parseStory('At least 12 people were killed and dozens more could be missing, police said. The mayor died later.');
	const [written, vague, implicit] = story.figures;
	t.deepEqual(Object.keys(written), ['id', 'kind', 'count', 'qualifier', 'subject', 'start', 'end', 'sentence', 'attribution', 'partOf', 'mainEvent']);
	// Fields a draft gains past the usual ones come after them, in the order they were added.
	t.deepEqual(Object.keys(vague).slice(11), ['vague', 'speculative']);
	t.true(implicit.implicit);
	for (const figure of story.figures) for (const note of notes) t.false(note in figure, `${figure.id} ${note}`);
});
