// One person named by role after "the" beside a counted group shares its verb: "arrested the farm's owner and two
// of his foremen" is three arrests, "the driver and four passengers were killed" five deaths. "The police" or
// "the city" beside a group is no person.
import test from 'ava';
import {parseStory} from '../../source/parser/index.js';

test('"the <role> and N <people>" counts the one person too', t => {
	const arrests = parseStory('Police in Dorvan arrested the farm\'s owner and two of his managers on Thursday, a spokesman said.');
	t.like(arrests.summary.arrested, {count: 3, qualifier: 'exact'});
	const deaths = parseStory('The driver and four passengers were killed when the bus left the road near Kelso, police said.');
	t.like(deaths.summary.killed, {count: 5, qualifier: 'exact'});
});

test('"the police and two soldiers" adds no one', t => {
	const story = parseStory('The police and two soldiers were injured when the crowd threw stones, officials said.');
	t.like(story.summary.wounded, {count: 2});
});
