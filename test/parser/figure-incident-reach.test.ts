// A past time that reaches no further back than the lead's own time is inside the incident: hostages taken
// "three weeks ago" who escaped "last week" escaped in this story's incident.
import test from 'ava';
import {parseStory} from '../../source/parser/index.js';

test('"last week" inside an incident the lead dates weeks ago is the main event', t => {
	const story = parseStory([
		'Eleven miners abducted from a gold mine nearly four weeks ago were freed on Sunday, the provincial governor said.',
		'Three of the miners escaped last week and walked to a police post.',
	].join(' '));
	t.is(story.summary.escaped?.count, 3);
	t.true(story.figures.find(figure => figure.kind === 'escaped')?.mainEvent);
});

test('"last week" stays another event when the lead names no earlier time', t => {
	const story = parseStory('Eleven miners were freed on Sunday, the governor said. Three miners escaped from the same gang last week.');
	t.is(story.summary.escaped, null);
	// And a cue reaching further back than the lead's time is still another event.
	const older = parseStory('Eleven miners abducted two weeks ago were freed on Sunday, the governor said. Five miners were killed at the mine last month.');
	t.is(older.summary.killed, null);
});
