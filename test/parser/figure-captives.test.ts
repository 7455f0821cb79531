// Freed and held captives, written the ways wire stories write them: "were freed", "set free", "released"
// in a story of kidnapping (but not "released on bail" or "from hospital"), a participle or relative clause
// between the count and its main verb, "seven of the nine …", and shares of a group counted elsewhere.
import test from 'ava';
import {parseStory} from '../../source/parser/index.js';
import {summaryTotal} from '../helpers/figure-stories.js';

test('freed, set free and (in a story of captives) released people are rescued', t => {
	t.is(summaryTotal('Seven aid workers were freed on Tuesday after five months in captivity.', 'rescued'), 'exact 7');
	t.is(summaryTotal('Seven hostages were set free on Tuesday.', 'rescued'), 'exact 7');
	t.is(summaryTotal('The seven freed hostages arrived in the capital on Wednesday.', 'rescued'), 'exact 7');
	t.is(summaryTotal('The release of the seven hostages was negotiated by local elders.', 'rescued'), 'exact 7');
	t.is(summaryTotal('Gunmen kidnapped nine engineers in May. Kidnappers released the seven, four Poles and three Czechs, late on Tuesday.', 'rescued'), 'exact 7');
});

test('people released on bail, without charge or from hospital are not freed captives', t => {
	t.is(summaryTotal('Gunmen kidnapped a priest on Sunday. Police said three suspects were released on bail.', 'rescued'), null);
	t.is(summaryTotal('The kidnapping shocked the town. Five people injured in the chase were released from hospital.', 'rescued'), null);
	// Without a story of captivity, "released" is not read as freed at all.
	t.is(summaryTotal('Twelve people were released on Tuesday.', 'rescued'), null);
});

test('the main verb after a participle or a relative clause says what happened to the count', t => {
	t.is(summaryTotal('Seven aid workers kidnapped in March were released on Tuesday, the charity said.', 'rescued'), 'exact 7');
	t.is(summaryTotal('Seven aid workers kidnapped in March were released on Tuesday, the charity said.', 'hostages'), null);
	t.is(summaryTotal('Seven foreign aid workers who were kidnapped in April were freed on Tuesday, officials said.', 'rescued'), 'exact 7');
	t.is(summaryTotal('Seven aid workers held hostage for five months have been freed, the charity said.', 'rescued'), 'exact 7');
	// A main verb without a kind of its own leaves the participle's kind.
	t.is(summaryTotal('Five soldiers killed in the ambush were buried on Sunday.', 'killed'), 'exact 5');
});

test('a past time inside the relative clause dates the kidnapping, not the release', t => {
	const story = parseStory('Seven aid workers kidnapped nearly five months ago have been freed, the government said.');
	t.like(story.figures[0], {kind: 'rescued', count: 7, mainEvent: true});
	// After the main verb it still dates the figure.
	t.false(parseStory('Twelve people died in a fire in the town last year.').figures[0].mainEvent);
});

test('"seven of the nine aid workers": the seven take the verb, the nine only their own words', t => {
	t.is(summaryTotal('Seven of the nine aid workers kidnapped in March were released.', 'rescued'), 'exact 7');
	t.is(summaryTotal('Seven of the nine aid workers kidnapped in March were released.', 'hostages'), 'exact 9');
	t.is(summaryTotal('The kidnappers freed seven of the nine hostages on Tuesday.', 'hostages'), 'exact 9');
});

test('a share ("two of their colleagues") is part of the group counted elsewhere, not added to it', t => {
	const story = 'Seven aid workers have been freed, but two of their colleagues remain in captivity, the government said.\n\nThe nine employees were abducted in November when gunmen stopped their convoy.\n\nOne of the freed workers said they were moved often.';
	t.is(summaryTotal(story, 'hostages'), 'exact 9');
	t.is(summaryTotal(story, 'rescued'), 'exact 7');
	t.is(summaryTotal('Eight people were abducted in that raid, and two of the hostages are still being held.', 'hostages'), 'exact 8');
	t.is(summaryTotal('Twelve people were wounded. Three of the wounded are in critical condition.', 'wounded'), 'exact 12');
});

test('", and two remain …" is a clause of its own, not a second object of the verb before', t => {
	const story = parseStory('Gunmen seized nine aid workers in April. The kidnappers freed seven on Tuesday, and two remain in their hands.');
	t.deepEqual(story.figures.filter(figure => figure.kind === 'rescued').map(figure => figure.count), [7]);
});

test('a release asked for ("demanded a ransom for the release of all 12") counts no one freed', t => {
	const story = 'Gunmen abducted 12 workers from a bus on Monday. The kidnappers demanded 10 million naira for the release of all 12 passengers, police said.';
	t.is(summaryTotal(story, 'rescued'), null);
	t.is(summaryTotal('Protesters called for the release of 40 detainees on Sunday.', 'rescued'), null);
	t.is(summaryTotal('Negotiators secured the release of 40 hostages on Sunday.', 'rescued'), 'exact 40');
});
