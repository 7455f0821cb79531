// A short capitals place in a dateline reads like an acronym; the preamble's dateline shape decides.
import test from 'ava';
import {parseStory} from '../../source/parser/index.js';

function typeOf(story: ReturnType<typeof parseStory>, name: string) {
	return story.entities.find(entity => entity.name === name)?.type;
}

test('a short unknown place in a full dateline is a place, not an organisation', t => {
	const story = parseStory('OBO, Central African Republic (AP) — Two inmates escaped from the town jail on Sunday, officials said.\n');
	t.is(story.dateline?.place, 'Obo');
	t.is(typeOf(story, 'Obo'), 'location');
	t.false(story.entities.some(entity => entity.name === 'OBO'));
});

test('short capitals at the start without a dateline shape stay out of the places', t => {
	const story = parseStory('UN, EU leaders meet in Geneva to discuss the ceasefire, diplomats said on Monday.\n');
	t.is(story.dateline, null);
	t.not(typeOf(story, 'Un'), 'location');
	t.not(typeOf(story, 'UN'), 'location');
});
