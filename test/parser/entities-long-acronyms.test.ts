// A body's acronym of seven or eight letters, which stories give many national agencies and missions.
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

test('a long acronym beside a body\'s cue is a body', t => {
	const found = entitiesOf('The country\'s mining regulator, KORVAMIN, said the pit had no licence. Peacekeepers of the mission known as TARMISCO patrolled the road, according to DORVALIN, the farm agency. BRENAGRI said it would send seeds.');
	t.deepEqual(named(found, 'organization'), ['KORVAMIN', 'TARMISCO', 'DORVALIN', 'BRENAGRI']);
});

test('a word in capitals for emphasis is no body', t => {
	const found = entitiesOf('Residents said it was a DISASTER and a TRAGEDY for the town.');
	t.deepEqual(named(found, 'organization'), []);
});

test('a long acronym right after a body noun names the body', t => {
	const found = entitiesOf('The junta expelled the UN peacekeeping mission MINUVESA in 2023 and the rebel alliance TARVELCO in 2024.');
	t.deepEqual(found.filter(entity => entity.type === 'organization').map(entity => entity.name), ['United Nations', 'MINUVESA', 'TARVELCO']);
});
