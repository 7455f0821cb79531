// Background tolls over years ("have killed thousands in recent years", "over the past three years") are other
// events, not claims against the incident's own toll.
import test from 'ava';
import {parseStory} from '../../source/parser/index.js';

test('"in recent years" and "over the past N years" date a toll to the past', t => {
	const story = parseStory([
		'Gunmen killed nine farmers in the village of Tolo on Monday, police said.',
		'Armed gangs have killed thousands of people in the region in recent years. Floods have killed more than 1,500 people over the past three years.',
	].join('\n\n'));
	t.like(story.summary.killed, {count: 9, qualifier: 'exact', claims: []});
});
