// Matched ranges come back in the displayed name's own indexes, whatever script it is in.
import test from 'ava';
import {createNameIndex, type Searchable} from '../../source/search/index.js';

const entity = (id: string, name: string, aliases: string[] = [], type: Searchable['type'] = 'person'): Searchable => ({id, name, aliases, type, mentionCount: 1});

const index = createNameIndex([
	entity('e1', 'Emomali Rakhmon', ['Rakhmon']),
	entity('e2', 'Эмомали Рахмон'),
	entity('e3', 'Islamic Movement of Uzbekistan', ['IMU'], 'organization'),
	entity('e4', 'Sławomir Dąbrowski'),
	entity('e5', 'Mirzo Ziyoyev', ['The Commander']),
	entity('e6', 'Abdurasul Mirzoyev'),
]);

function rangesOf(query: string, name: string) {
	const hit = index.search(query).find(candidate => candidate.item.name === name);
	if (!hit) throw new Error(`${name} not found for ${query}`);
	return {ranges: hit.ranges, marked: hit.ranges.map(([start, end]) => name.slice(start, end)), alias: hit.matchedAlias};
}

test('a prefix highlights only the typed letters', t => {
	t.deepEqual(rangesOf('mirzo', 'Abdurasul Mirzoyev').marked, ['Mirzo']);
	t.deepEqual(rangesOf('rak', 'Emomali Rakhmon').ranges, [[8, 11]]);
});

test('whole words, several words', t => {
	t.deepEqual(rangesOf('mirzo', 'Mirzo Ziyoyev').marked, ['Mirzo']);
	t.deepEqual(rangesOf('rakhmon emomali', 'Emomali Rakhmon').marked, ['Emomali', 'Rakhmon']);
});

test('a transliteration or a typo highlights the whole word it matched', t => {
	t.deepEqual(rangesOf('rahmon', 'Emomali Rakhmon').marked, ['Rakhmon']);
	t.deepEqual(rangesOf('ziyoev', 'Mirzo Ziyoyev').marked, ['Ziyoyev']);
	t.deepEqual(rangesOf('emomlai', 'Emomali Rakhmon').marked, ['Emomali']);
});

test('ranges land on the displayed Cyrillic name, whichever script the query used', t => {
	t.deepEqual(rangesOf('rakhmon', 'Эмомали Рахмон').marked, ['Рахмон']);
	// "rak" folds from Р, а and the first half of Х (kh): the whole Х is marked.
	t.deepEqual(rangesOf('rak', 'Эмомали Рахмон').marked, ['Рах']);
	t.deepEqual(rangesOf('Рахмон', 'Emomali Rakhmon').marked, ['Rakhmon']);
});

test('diacritics are kept in the marked text', t => {
	t.deepEqual(rangesOf('dabr', 'Sławomir Dąbrowski').marked, ['Dąbr']);
	t.deepEqual(rangesOf('slawomir', 'Sławomir Dąbrowski').marked, ['Sławomir']);
});

test('an acronym highlights the initials it stands for', t => {
	t.deepEqual(rangesOf('imu', 'Islamic Movement of Uzbekistan').marked, ['I', 'M', 'U']);
});

test('an exact, prefix or suffix term highlights its text', t => {
	t.deepEqual(rangesOf(`'zoy`, 'Abdurasul Mirzoyev').marked, ['zoy']);
	t.deepEqual(rangesOf('^emomali rak', 'Emomali Rakhmon').marked, ['Emomali', 'Rak']);
	t.deepEqual(rangesOf('yev$', 'Mirzo Ziyoyev').marked, ['yev']);
});

test('when only an alias matched, the hit names it and the name has no ranges', t => {
	const hit = rangesOf('commander', 'Mirzo Ziyoyev');
	t.deepEqual(hit.ranges, []);
	t.is(hit.alias, 'The Commander');
	t.is(rangesOf('mirzo', 'Mirzo Ziyoyev').alias, undefined);
});

test('ranges are sorted and do not overlap', t => {
	for (const query of ['emomali emom', 'mirzo mirzoyev', 'islamic imu', 'rak rakhmon']) {
		for (const hit of index.search(query)) {
			for (const [position, [start, end]] of hit.ranges.entries()) {
				t.true(start < end);
				if (position > 0) t.true(hit.ranges[position - 1][1] < start, `${query}: ${JSON.stringify(hit.ranges)}`);
			}
		}
	}
});
