// Each query category of the name search on a story-like list with look-alikes.
import test from 'ava';
import {createNameIndex} from '../../source/search/index.js';
import {storyEntities} from './story-entities.js';

const index = createNameIndex(storyEntities);
const top = (query: string) => index.search(query, 3).map(hit => hit.item.name);

function expectFirst(category: string, cases: Array<[query: string, expected: string]>) {
	for (const [query, expected] of cases) {
		test(`${category}: "${query}" finds ${expected} first`, t => {
			t.is(top(query)[0], expected, `got ${top(query).join(' | ')}`);
		});
	}
}

expectFirst('exact', [
	['Emomali Rakhmon', 'Emomali Rakhmon'],
	['abdurasul mirzoyev', 'Abdurasul Mirzoyev'],
	['Dushanbe', 'Dushanbe'],
]);

expectFirst('prefix', [
	['gulno', 'Gulnora Khodjaeva'],
	['abdurasul mir', 'Abdurasul Mirzoyev'],
	['khor', 'Khorog'],
]);

test('prefix: a whole word beats a longer word it begins (mirzo)', t => {
	const names = top('mirzo');
	t.is(names[0], 'Mirzo Ziyoyev');
	t.true(names.indexOf('Mirzo Ziyoyev') < names.indexOf('Abdullo Mirzoyev') || !names.includes('Abdullo Mirzoyev'));
	t.true(index.search('mirzo').some(hit => hit.item.name === 'Abdurasul Mirzoyev'), 'the prefix match is still listed');
});

expectFirst('token', [
	['Khodjaeva', 'Gulnora Khodjaeva'],
	['Ziyoyev', 'Mirzo Ziyoyev'],
	['Renaissance', 'Islamic Renaissance Party of Tajikistan'],
]);

expectFirst('typo', [
	['dushnabe', 'Dushanbe'], // transposition
	['Khodjeva', 'Gulnora Khodjaeva'], // deletion
	['Gulnorra', 'Gulnora Khodjaeva'], // insertion (also a doubled letter)
	['Soleimamni', 'Qasem Soleimani'], // insertion
	['Khodjaewa', 'Gulnora Khodjaeva'], // substitution
]);

test('typo: exact and prefix matches rank above typos', t => {
	const names = index.search('sharipov').map(hit => hit.item.name);
	t.is(names[0], 'Farrukh Sharipov');
	t.true(names.includes('Farrukh Sharifov'), 'the one-letter look-alike is a typo match');
});

expectFirst('acronym', [
	['IMU', 'Islamic Movement of Uzbekistan'],
	['uto', 'United Tajik Opposition'],
	['NSSC', 'National State Security Committee'],
	['IRPT', 'Islamic Renaissance Party of Tajikistan'],
	['sbgs', 'State Border Guard Service'],
]);

expectFirst('transliteration', [
	['Rahmon', 'Emomali Rakhmon'],
	['Abdurasul Mirzoev', 'Abdurasul Mirzoyev'],
	['Ziyoev', 'Mirzo Ziyoyev'],
	['Khojaeva', 'Gulnora Khodjaeva'],
	['Gulnora Khodzhayeva', 'Gulnora Khodjaeva'],
	['Qassem Suleimani', 'Qasem Soleimani'],
	['Yousef el-Rashidi', 'Yusuf al-Rashidi'],
]);

expectFirst('Cyrillic', [
	['Рахмон', 'Emomali Rakhmon'],
	['Раҳмон', 'Emomali Rakhmon'], // Tajik ҳ
	['Эмомали Рахмон', 'Emomali Rakhmon'],
	['Зиёев', 'Mirzo Ziyoyev'], // ё read as yo
	['Абдурасул Мирзоев', 'Abdurasul Mirzoyev'], // е after a vowel read as ye
	['Ходжаева', 'Gulnora Khodjaeva'],
	['Душанбе', 'Dushanbe'],
]);

expectFirst('diacritics', [
	['Slawomir Dabrowski', 'Sławomir Dąbrowski'],
	['dabrowski', 'Sławomir Dąbrowski'],
	['Dushanbé', 'Dushanbe'],
]);

expectFirst('word order', [
	['rakhmon emomali', 'Emomali Rakhmon'],
	['Mirzoyev Abdurasul', 'Abdurasul Mirzoyev'],
	['Tajikistan Islamic Renaissance', 'Islamic Renaissance Party of Tajikistan'],
]);

expectFirst('words inside a long name', [
	['security committee', 'National State Security Committee'],
	['renaissance party', 'Islamic Renaissance Party of Tajikistan'],
	['border guard', 'State Border Guard Service'],
]);

expectFirst('look-alike distractors', [
	['abdurasul mirzoyev', 'Abdurasul Mirzoyev'],
	['farrukh sharipov', 'Farrukh Sharipov'],
	['farrukh sharifov', 'Farrukh Sharifov'],
	['emomali rahmon', 'Emomali Rakhmon'],
	['Slawomir Dabrowsky', 'Sławomir Dąbrowski'],
	['dushanbe', 'Dushanbe'],
]);

test('ties go to the entity with more mentions', t => {
	const names = index.search('mirzoyev').map(hit => hit.item.name);
	t.deepEqual(names.slice(0, 2), ['Abdullo Mirzoyev', 'Abdurasul Mirzoyev']);
});

test('an empty query lists every entity, most mentioned first', t => {
	const hits = index.search('');
	t.is(hits.length, storyEntities.length);
	t.is(hits[0].item.mentionCount, 9);
	t.true(hits.every((hit, position) => position === 0 || hits[position - 1].item.mentionCount >= hit.item.mentionCount));
	t.deepEqual(hits[0].ranges, []);
});

test('a query that matches nothing returns nothing', t => {
	t.deepEqual(index.search('xylophone quartet'), []);
});

test('limit caps the hits and keeps the best', t => {
	const all = index.search('a');
	const three = index.search('a', 3);
	t.is(three.length, 3);
	t.deepEqual(three.map(hit => hit.item.id), all.slice(0, 3).map(hit => hit.item.id));
});
