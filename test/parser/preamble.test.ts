import test from 'ava';
import {parsePreamble} from '../../source/parser/dateline.js';

test('wire dateline with region and agency; place in title case', t => {
	t.deepEqual(parsePreamble('DUSHANBE, Tajikistan (AP) — A group of prisoners escaped.').dateline, {
		place: 'Dushanbe',
		region: 'Tajikistan',
		agency: 'AP',
	});
});

test('dateline forms: agency only, bare place, mixed case with diacritics, multi-word', t => {
	t.deepEqual(parsePreamble('LONDON (Reuters) - The bank said.').dateline, {place: 'London', region: null, agency: 'Reuters'});
	t.deepEqual(parsePreamble('WASHINGTON — The senate voted.').dateline, {place: 'Washington', region: null, agency: null});
	t.deepEqual(parsePreamble('Gdańsk, Poland — The mayor died.').dateline, {place: 'Gdańsk', region: 'Poland', agency: null});
	t.deepEqual(parsePreamble('NEW YORK, N.Y. (AP) — Rain fell.').dateline, {place: 'New York', region: 'N.Y.', agency: 'AP'});
	t.deepEqual(parsePreamble('KYIV, Ukraine, March 3 (Reuters) - Sirens sounded.').dateline, {place: 'Kyiv', region: 'Ukraine', agency: 'Reuters'});
});

test('no dateline in ordinary prose', t => {
	t.is(parsePreamble('A group of prisoners escaped on Sunday, police said.').dateline, null);
	t.is(parsePreamble('Police said — without giving details — that three died.').dateline, null);
});

test('published date from a leading date line in several forms', t => {
	t.is(parsePreamble('Monday, January 28, 2019\n\nA storm hit.').published, '2019-01-28');
	t.is(parsePreamble('January 28, 2019\n\nA storm hit.').published, '2019-01-28');
	t.is(parsePreamble('2019-01-28\n\nA storm hit.').published, '2019-01-28');
	t.is(parsePreamble('28 January 2019\nA storm hit.').published, '2019-01-28');
	t.is(parsePreamble('Jan. 5, 2020\n\nA storm hit.').published, '2020-01-05');
	t.is(parsePreamble('A storm hit on January 28, 2019.').published, null);
	t.is(parsePreamble('February 30, 2019\n\nA storm hit.').published, null);
});

test('title from an all-capitals headline or a short unpunctuated first line before a blank line', t => {
	const shouted = parsePreamble('PRISON BREAK IN CAPITAL\nDUSHANBE, Tajikistan (AP) — Prisoners escaped.');
	t.is(shouted.title, 'PRISON BREAK IN CAPITAL');
	t.is(shouted.dateline?.place, 'Dushanbe');
	const quiet = parsePreamble('Storm cuts power to thousands\n\nMonday, January 28, 2019\n\nA storm hit the coast.');
	t.is(quiet.title, 'Storm cuts power to thousands');
	t.is(quiet.published, '2019-01-28');
	t.is(parsePreamble('A storm hit the coast on Monday.\n\nMore later.').title, null);
	t.is(parsePreamble('Monday, January 28, 2019\n\nA teenager was questioned after the fire at the depot.').title, null);
});
