// Titles and forms of address the lists lacked, and plural common nouns that open sentences before "said".
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

test('a rank glued to a title by a hyphen is a title; so is "Public Defender"', t => {
	const found = entitiesOf('Sub-Commissioner Edgardo Barrahona told reporters the gang had fled. Public Defender Ketevan Abashidra said her office had documented abuse. Vice-Governor Lena Strand arrived later.');
	t.deepEqual(named(found, 'person'), ['Edgardo Barrahona', 'Ketevan Abashidra', 'Lena Strand']);
	t.deepEqual(named(found, 'location'), []);
	t.deepEqual(found[0]!.descriptions, ['Sub-Commissioner']);
});

test('a Pashto form of address is no part of the name', t => {
	const found = entitiesOf('Its spokesman, Mawlawi Nasratullah Ahmadzari, said three children died.');
	t.deepEqual(named(found, 'person'), ['Nasratullah Ahmadzari']);
});

test('plural common nouns before "said" are no people', t => {
	const found = entitiesOf('Relatives said the gang had demanded money. Forecasters said more rain was expected. Mourners said the road was closed.');
	t.deepEqual(named(found, 'person'), []);
});
