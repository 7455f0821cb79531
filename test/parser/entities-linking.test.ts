// How resolving links mentions into entities: the order of mentions, aliases and ids, whatever order the
// linking passes find them in (full names first, bare surnames and acronyms after).
import test from 'ava';
import type {Entity} from '../../source/model/types.js';
import {extractEntities} from '../../source/parser/entities.js';
import {normalizeText} from '../../source/parser/normalize.js';
import {splitParagraphs, splitSentences} from '../../source/parser/structure.js';

function entitiesOf(raw: string): {text: string; entities: Entity[]} {
	const text = normalizeText(raw);
	return {text, entities: extractEntities(text, splitSentences(text, splitParagraphs(text)))};
}

function find(entities: Entity[], name: string): Entity {
	const entity = entities.find(candidate => candidate.name === name);
	if (!entity) throw new Error(`no entity named ${name}; have ${entities.map(e => e.name).join(', ')}`);
	return entity;
}

const story = [
	'LONDRAVIA, Westmark (Wire) — Two people were hurt when a crane fell on a warehouse in Karvik on Tuesday, the Port Safety Authority (PSA) said.',
	'Harbour master Edvin Sorlie said the crane had been inspected in March. Sorlie said the port would stay open.',
	'Dock worker Ingrid Valtersen, 34, was taken to hospital, the PSA said. "We heard a loud crack," said Valtersen.',
	'Sorlie later met Valtersen\'s family. Edvin Sorlie said the Port Safety Authority would report within a month.',
].join('\n\n');

test('a bare surname linked after the full names still takes its place in text order, once', t => {
	const {text, entities} = entitiesOf(story);
	const sorlie = find(entities, 'Edvin Sorlie');
	const starts = sorlie.mentions.map(mention => mention.start);
	t.deepEqual(starts, [...starts].sort((a, b) => a - b));
	t.is(new Set(starts).size, starts.length);
	t.deepEqual(sorlie.mentions.map(mention => text.slice(mention.start, mention.end)), ['Edvin Sorlie', 'Sorlie', 'Sorlie', 'Edvin Sorlie']);
	t.deepEqual(sorlie.aliases, ['Sorlie']);
});

test('a body\'s aliases: the ways the story writes it, then its acronym, each once', t => {
	const {text, entities} = entitiesOf(story);
	const authority = find(entities, 'Port Safety Authority');
	t.deepEqual(authority.aliases, ['PSA']);
	t.deepEqual(authority.mentions.map(mention => text.slice(mention.start, mention.end)), ['Port Safety Authority', 'PSA', 'PSA', 'Port Safety Authority']);
});

test('ids follow the first mentions: e1 is the first thing the story names', t => {
	const {entities} = entitiesOf(story);
	t.deepEqual(entities.map(entity => entity.id), entities.map((_, index) => `e${index + 1}`));
	const firsts = entities.map(entity => entity.mentions[0]!.start);
	t.deepEqual(firsts, [...firsts].sort((a, b) => a - b));
	t.is(entities[0]!.name, 'Londravia');
	t.is(entities[0]!.type, 'location');
	// Linked in a later pass than the names after it, a lone unknown word still takes its id from its place.
	t.deepEqual(entities.slice(0, 3).map(entity => entity.name), ['Londravia', 'Karvik', 'Port Safety Authority']);
});
