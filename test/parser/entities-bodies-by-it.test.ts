// A one-word name that the story calls "it" or "which" when it speaks or acts is a body's, unless a person of
// that name is already known. Written for the test.
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

test('a name that says "it would" or "its", or that a "which" runs, is a body', t => {
	const found = entitiesOf('The ferry sank near the port on Monday. Velkora said in a statement that it would suspend its flights. Sundmark said its staff had closed the mine. Harbourline, which runs the ferry, was not available for comment.');
	t.deepEqual(named(found, 'organization'), ['Velkora', 'Sundmark', 'Harbourline']);
	t.deepEqual(named(found, 'person'), []);
});

test('a known person\'s surname that says "it would" stays the person', t => {
	const found = entitiesOf('Ola Vale, the minister, visited the town on Monday. Vale said it would take weeks to rebuild.');
	t.deepEqual(named(found, 'person'), ['Ola Vale']);
	t.deepEqual(named(found, 'organization'), []);
});
