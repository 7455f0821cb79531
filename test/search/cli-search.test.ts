// sitrep --search through the built CLI (npm test builds it): name<TAB>type<TAB>mentions, best first.
import test from 'ava';
import {fileURLToPath} from 'node:url';
import {runCli} from '../helpers/run-cli.js';

const story = fileURLToPath(new URL('fixtures/look-alikes.txt', import.meta.url));
const line = /^[^\t\n]+\t(?:person|organization|location|nationality)\t\d+$/;

function search(query: string, path?: string) {
	const {stdout, stderr, code} = runCli([...(path ? [path] : []), '--search', query]);
	return {lines: stdout === '' ? [] : stdout.replace(/\n$/, '').split('\n'), stderr, code};
}

test('every line is name, type and mention count separated by tabs', t => {
	const {lines, code, stderr} = search('a');
	t.is(code, 0);
	t.is(stderr, '');
	t.true(lines.length > 3);
	for (const output of lines) t.regex(output, line);
});

test('the bundled story: a transliteration finds the president first', t => {
	const {lines} = search('Rahmon');
	t.regex(lines[0], /^Emomali Rakhmon\tperson\t\d+$/);
});

test('the bundled story: mirzo ranks the whole word above the longer surname', t => {
	const {lines} = search('mirzo');
	const names = lines.map(output => output.split('\t')[0]);
	t.is(names[0], 'Mirzo Ziyoyev');
	t.true(names.indexOf('Abdurasul Mirzoyev') > 0);
});

test('the bundled story: an acronym and a Cyrillic query', t => {
	t.regex(search('IMU').lines[0], /^Islamic Movement of Uzbekistan\torganization\t\d+$/);
	t.regex(search('Зиёев').lines[0], /^Mirzo Ziyoyev\tperson\t\d+$/);
});

test('a story with look-alikes: the exact surname first, the one-letter look-alike after', t => {
	const names = search('sharipov', story).lines.map(output => output.split('\t')[0]);
	t.deepEqual(names.slice(0, 2).sort(), ['Davron Sharipov', 'Farrukh Sharipov']);
	t.true(names.includes('Farrukh Sharifov'));
	t.true(names.indexOf('Farrukh Sharifov') > 1);
	t.is(search('farrukh sharifov', story).lines[0].split('\t')[0], 'Farrukh Sharifov');
});

test('a story with look-alikes: Cyrillic, acronym and type filter', t => {
	t.is(search('Ходжаева', story).lines[0].split('\t')[0], 'Gulnora Khodjaeva');
	t.is(search('IRPT', story).lines[0].split('\t')[0], 'Islamic Renaissance Party of Tajikistan');
	const places = search('@place', story).lines;
	t.true(places.length > 0);
	for (const output of places) t.is(output.split('\t')[1], 'location');
});

test('no match prints nothing and exits 0', t => {
	const {lines, code} = search('xylophone quartet');
	t.is(code, 0);
	t.deepEqual(lines, []);
});
