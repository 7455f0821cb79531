// Counts written as objects and lists: "killed a soldier", "three soldiers and a civilian", "none of the
// 45 passengers", "forced 10,000 people from their homes", "brought 25 of them to the surface", and inmates
// "freed" by attackers storming a jail (escaped) or by a government (neither rescued nor escaped).
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

test('a person after an active killing verb is one death', t => {
	t.is(summaryTotal('The blast killed a soldier and wounded three civilians.', 'killed'), 'exact 1');
	t.is(summaryTotal('The blast killed a soldier and wounded three civilians.', 'wounded'), 'exact 3');
	t.is(summaryTotal('A landslide hit the road, killing the driver and his son.', 'killed'), 'exact 2');
	t.is(summaryTotal('The storm killed the engine of the ferry.', 'killed'), null);
});

test('"and a civilian" after a count is one more person with the same verb', t => {
	t.is(summaryTotal('Three soldiers and a civilian were killed.', 'killed'), 'exact 4');
	t.is(summaryTotal('Two policemen and a passer-by were wounded.', 'wounded'), 'exact 3');
	t.is(summaryTotal('Gunmen opened fire, killing two guards and a prison officer.', 'killed'), 'exact 3');
	// Another verb for the second person: not the same count.
	t.is(summaryTotal('Three soldiers were killed and a civilian was wounded.', 'killed'), 'exact 3');
});

test('"none of the 45 passengers" counts nobody', t => {
	t.is(summaryTotal('None of the 45 passengers was hurt.', 'wounded'), null);
});

test('people forced from their homes are displaced; people brought to the surface are rescued', t => {
	t.is(summaryTotal('The floods forced more than 10,000 people from their homes.', 'displaced'), 'more than 10000');
	t.is(summaryTotal('Some 40 miners were trapped underground. Rescuers brought 25 of them to the surface on Tuesday.', 'rescued'), 'exact 25');
});

test('inmates freed by attackers escaped; prisoners released by a government are neither rescued nor escaped', t => {
	t.is(summaryTotal('Gunmen stormed the jail, freeing more than 100 inmates.', 'escaped'), 'more than 100');
	t.is(summaryTotal('Gunmen stormed the jail, freeing more than 100 inmates.', 'rescued'), null);
	t.is(summaryTotal('The government released 150 prisoners in an amnesty.', 'rescued'), null);
	t.is(summaryTotal('The government released 150 prisoners in an amnesty.', 'escaped'), null);
	t.is(summaryTotal('Hamas released 20 hostages on Monday.', 'rescued'), 'exact 20');
});

test('a scare-quoted noun after a count is the counted noun ("about 240 \\"rioters\\" had been arrested")', t => {
	t.is(summaryTotal('Police fired on protesters on Sunday. The news agency said about 240 "rioters" had been arrested and would be tried quickly.', 'arrested'), 'about 240');
	t.is(summaryTotal('Officials said 12 “looters” were detained overnight.', 'arrested'), 'exact 12');
});
