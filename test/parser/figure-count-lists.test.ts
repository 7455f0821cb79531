// A list of counts shares the verb at its end: "four soldiers, two civilians and seven insurgents were killed".
import test from 'ava';
import {parseStory} from '../../source/parser/index.js';
import {summaryTotal} from '../helpers/figure-stories.js';

test('every count of a comma list takes the verb at its end', t => {
	const story = parseStory('Three nurses, five patients and two porters were injured when the roof fell, officials said.');
	t.deepEqual(story.figures.map(figure => [figure.kind, figure.count]), [['wounded', 3], ['wounded', 5], ['wounded', 2]]);
	t.is(story.summary.wounded?.count, 10);
	const serial = parseStory('Two pilots, six engineers, and at least four guards were killed in the raid.');
	t.is(serial.summary.killed?.count, 12);
	t.is(serial.summary.killed?.qualifier, 'at least');
});

test('a comma before a count that is no list still ends the clause', t => {
	const story = parseStory('Of the 40 passengers, 12 were injured, the company said.');
	t.is(story.summary.wounded?.count, 12);
	t.false(story.figures.some(figure => figure.count === 40 && figure.kind === 'wounded'));
});

test('an aside in commas after a count, closed before the verb, says who the counted people were: its items are parts, not more people', t => {
	t.is(summaryTotal('Three guards, two men and a woman, were wounded in the attack.', 'wounded'), 'exact 3');
	t.is(summaryTotal('Five people, two children and three adults, died in the fire.', 'killed'), 'exact 5');
	t.is(summaryTotal('Six people, a family of four and two neighbours, were killed when the house collapsed.', 'killed'), 'exact 6');
	const ferry = 'Rescuers pulled 61 survivors from the water overnight, an official said. Two of the survivors, a woman and her infant son, were in critical condition at a hospital.';
	t.is(summaryTotal(ferry, 'rescued'), 'exact 61');
	t.is(summaryTotal(ferry, 'wounded'), 'exact 2');
	// Without the closing comma it is a list of more people.
	t.is(summaryTotal('Two soldiers, a civilian and a police officer were killed in the blast.', 'killed'), 'exact 4');
	t.is(summaryTotal('Two guards, a nurse and an inmate were killed.', 'killed'), 'exact 4');
	// Nor is a list an aside when what follows its comma is no verb of the clause.
	t.is(summaryTotal('The blast killed two soldiers, a civilian and a police officer, officials said.', 'killed'), 'exact 4');
});
