// One person named beside a counted group shares its verb: "three miners and a rescuer were killed" is four.
import test from 'ava';
import {parseStory} from '../../source/parser/index.js';
import {summaryTotal} from '../helpers/figure-stories.js';

test('a singular after the counted group adds one of its kind', t => {
	t.is(summaryTotal('Three miners and a rescuer were killed when the tunnel caved in, the company said.', 'killed'), 'exact 4');
	t.is(summaryTotal('The gunmen shot dead four villagers and a teacher before fleeing.', 'killed'), 'exact 5');
	const story = parseStory('Three miners and a rescuer were killed when the tunnel caved in.');
	t.like(story.figures.find(figure => figure.count === 1), {kind: 'killed', subject: 'rescuer'});
});

test('every one-person item of a comma list adds one, and the group before it keeps the shared verb', t => {
	t.is(summaryTotal('Three guards, a cook and an inmate were killed in the riot, officials said.', 'killed'), 'exact 5');
	t.is(summaryTotal('Gunmen killed two soldiers, a nurse, and a driver near the checkpoint.', 'killed'), 'exact 4');
});

test('a singular before the counted group adds one of its kind', t => {
	t.is(summaryTotal('A nurse and two ambulance drivers were wounded in the shelling, the ministry said.', 'wounded'), 'exact 3');
	t.is(summaryTotal('An elderly shopkeeper and three teenagers were injured when the wall fell.', 'wounded'), 'exact 4');
});

test('a thing, a quantity or a new clause after "and a" adds nobody', t => {
	t.is(summaryTotal('Gunmen killed two guards and a dog at the gate.', 'killed'), 'exact 2');
	t.is(summaryTotal('Five protesters were killed and a curfew was imposed.', 'killed'), 'exact 5');
	t.is(summaryTotal('Police killed two gunmen, and a spokesman said the siege was over.', 'killed'), 'exact 2');
	t.is(summaryTotal('Six workers and a total of nine machines were buried.', 'killed'), null);
});
