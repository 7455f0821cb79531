// fzf-style query syntax: 'exact, ^prefix, suffix$, ^whole$, !not, space = AND, | = OR, type filters.
import test from 'ava';
import {createNameIndex, parseQuery} from '../../source/search/index.js';
import {storyEntities} from './story-entities.js';

const index = createNameIndex(storyEntities);
const names = (query: string) => index.search(query).map(hit => hit.item.name);

test('parseQuery reads every operator', t => {
	const parsed = parseQuery(`'zoy ^mir yev$ ^dushanbe$ !abdullo a | b @person type:org`);
	t.deepEqual(parsed.groups.map(group => group.map(term => `${term.kind}:${term.text}`)), [
		['exact:zoy'],
		['prefix:mir'],
		['suffix:yev'],
		['equal:dushanbe'],
		['fuzzy:a', 'fuzzy:b'],
	]);
	t.deepEqual(parsed.exclusions.map(term => term.text), ['abdullo']);
	t.deepEqual([...parsed.types!].sort(), ['organization', 'person']);
});

test('parseQuery folds terms like names, and splits a hyphenated fuzzy term into words', t => {
	t.deepEqual(parseQuery('Раҳмон').groups[0][0].words, ['rahmon']);
	t.deepEqual(parseQuery('al-Rashidi').groups.map(group => group[0].text), ['al', 'rashidi']);
	t.deepEqual(parseQuery(`'al-rash`).groups[0][0].text, 'al rash');
});

test('a lone operator character is no term at all', t => {
	const parsed = parseQuery(`' ^ ! |`);
	t.deepEqual(parsed.groups, []);
	t.deepEqual(parsed.exclusions, []);
});

test(`'exact matches the text inside a word and nothing fuzzy`, t => {
	t.deepEqual(names(`'zoyev`), ['Abdullo Mirzoyev', 'Abdurasul Mirzoyev']);
	t.deepEqual(names(`'mirzoev`), [], 'no transliteration for an exact term');
	t.deepEqual(names('mirzoev').slice(0, 2), ['Abdullo Mirzoyev', 'Abdurasul Mirzoyev'], 'while the fuzzy term finds them');
});

test('^prefix matches the start of a name or alias', t => {
	t.deepEqual(names('^mirzo'), ['Mirzo Ziyoyev', 'Mirzoali Davlatov']);
	t.true(names('^ziyo').includes('Mirzo Ziyoyev'), 'through the alias Ziyoyev');
	t.false(names('^mirzo').includes('Abdurasul Mirzoyev'));
});

test('suffix$ matches the end of a name', t => {
	t.deepEqual(names('ipov$'), ['Farrukh Sharipov']);
	t.deepEqual(names('tajikistan$'), ['Islamic Renaissance Party of Tajikistan']);
});

test('^whole$ matches a whole name or alias only', t => {
	t.deepEqual(names('^dushanbe$'), ['Dushanbe']);
	t.deepEqual(names('^rakhmon$'), ['Emomali Rakhmon']);
});

test('!term drops names containing it; alone it filters everything', t => {
	t.is(names('mirzoyev !abdullo')[0], 'Abdurasul Mirzoyev');
	t.false(names('mirzoyev !abdullo').includes('Abdullo Mirzoyev'));
	t.true(names('mirzoyev').includes('Abdullo Mirzoyev'));
	const all = names('!dushanbe');
	t.is(all.length, storyEntities.length - 2);
	t.false(all.some(name => name.includes('Dushanbe')));
	t.false(names('mirzoyev !^abdullo').includes('Abdullo Mirzoyev'));
	t.false(names('tajik !tajikistan$').includes('Islamic Renaissance Party of Tajikistan'));
});

test('space is AND: every word must match', t => {
	t.deepEqual(names('farrukh sharipov'), ['Farrukh Sharipov', 'Farrukh Sharifov'], 'the look-alike only as a typo, after');
	t.deepEqual(names('rustam rakhmon'), []);
});

test('| is OR inside one AND term', t => {
	t.deepEqual(names('khorog | dushanbe').slice(0, 2).sort(), ['Dushanbe', 'Khorog']);
	t.deepEqual(names('farrukh sharipov | sharifov').slice(0, 2).sort(), ['Farrukh Sharifov', 'Farrukh Sharipov']);
	t.deepEqual(names('^gulnora | ^qasem soleimani'), ['Qasem Soleimani']);
});

test('type filters: type:person, @person, @per, @org, @place, @loc, @nat', t => {
	const typeOf = (query: string) => new Set(index.search(query).map(hit => hit.item.type));
	t.deepEqual([...typeOf('dushanbe @org')], ['organization']);
	t.deepEqual(names('dushanbe @place'), ['Dushanbe']);
	t.deepEqual(names('dushanbe @loc'), ['Dushanbe']);
	t.deepEqual(names('dushanbe type:location'), ['Dushanbe']);
	t.deepEqual([...typeOf('@person')], ['person']);
	t.deepEqual([...typeOf('type:person')], ['person']);
	t.deepEqual([...typeOf('@per')], ['person']);
	t.deepEqual(names('@nat'), ['Tajik']);
	t.deepEqual([...typeOf('islamic @org')], ['organization']);
	t.deepEqual(names('emomali @org'), []);
});

test('case never matters', t => {
	t.deepEqual(names('DUSHANBE'), names('dushanbe'));
	t.deepEqual(names('^MIRZO'), names('^mirzo'));
	t.deepEqual(names('imu'), names('IMU'));
});

test('a word repeated is one condition, and a long pasted query still answers', t => {
	t.deepEqual(names('mirzo '.repeat(500)), names('mirzo'));
	t.deepEqual(names(`${'x'.repeat(5000)} mirzo`), []);
	t.deepEqual(names(`北京 пример 😀 ${'é'.repeat(100)} | ! ^ $ @`), []);
});
