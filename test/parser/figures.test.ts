import test from 'ava';
import {parseStory} from '../../source/parser/index.js';
import {describe, figureAt, parseFixture} from '../helpers/figure-stories.js';

const figuresOf = (text: string) => {
	const story = parseStory(text);
	return story.figures.map(figure => describe(story, figure));
};

test('the bundled story: escape, the toll and its two parts, the wounded, attributed to the security services', t => {
	const story = parseFixture('data/dushanbe-prison-escape.txt');
	const main = story.figures.filter(figure => figure.mainEvent);
	t.deepEqual(main.map(figure => describe(story, figure)), [
		'escaped 25 Islamic militants',
		'killed at least 5 guards',
		'killed 1 guards',
		'wounded 2 guards',
		'killed 4 guards',
	]);
	const [escaped, total, first, wounded, second] = main;
	t.is(story.text.slice(total.start, total.end), 'at least five guards');
	t.is(first.partOf, total.id);
	t.is(second.partOf, total.id);
	t.is(escaped.partOf, null);
	t.is(wounded.partOf, null);
	for (const figure of main) t.is(figure.attribution, 'the security services');
});

test('the bundled story: the 46 sentenced and a death last summer are other events; 30 years and 20 years are no figures', t => {
	const story = parseFixture('data/dushanbe-prison-escape.txt');
	const sentenced = story.figures.find(figure => figure.kind === 'sentenced');
	t.is(sentenced?.count, 46);
	t.false(sentenced?.mainEvent);
	const summerDeath = figureAt(story, 'Ziyoyev himself was killed');
	t.truthy(summerDeath);
	t.false(summerDeath!.mainEvent);
	t.true(summerDeath!.implicit);
	t.false(story.figures.some(figure => figure.count === 30 || figure.count === 20));
});

test('ages, years, times, distances, money, percentages, homes, rockets and prison terms are not figures', t => {
	const story = parseFixture('figures-not-casualties.txt');
	t.deepEqual(story.figures.filter(figure => figure.mainEvent), []);
	t.deepEqual(story.figures.map(figure => figure.count), []);
});

test('a story with no casualties has no figures', t => {
	t.deepEqual(parseFixture('figures-no-casualties.txt').figures, []);
});

test('"escape room", "escaped unhurt", "narrowly escaped injury" and "escaped alive" are not escapes; inmates escaping are', t => {
	const story = parseFixture('figures-escape-senses.txt');
	t.deepEqual(story.figures.map(figure => describe(story, figure)), ['escaped 6 inmates']);
	t.is(story.figures[0].attribution, 'the sheriff');
});

test('an all-capitals headline figure and the body figure are one toll, not two', t => {
	const story = parseFixture('figures-all-caps-headline.txt');
	const killed = story.figures.filter(figure => figure.kind === 'killed');
	t.deepEqual(killed.map(figure => figure.count), [25, 25]);
	t.is(killed[1].partOf, killed[0].id);
	t.deepEqual(story.figures.filter(figure => figure.kind !== 'killed').map(figure => describe(story, figure)), ['rescued 40 people', 'missing 12']);
});

test('a total with a breakdown: "including three children" and the parts in the next paragraph are parts of the nine', t => {
	const story = parseFixture('figures-breakdown.txt');
	const [total, ...rest] = story.figures.filter(figure => figure.kind === 'killed' && figure.mainEvent);
	t.is(describe(story, total), 'killed 9 people');
	t.deepEqual(rest.map(figure => describe(story, figure)), ['killed 3 children', 'killed 4 travellers', 'killed 2 guards']);
	for (const part of rest) t.is(part.partOf, total.id);
	const earlier = story.figures.find(figure => figure.count === 30);
	t.false(earlier?.mainEvent, 'a 2015 attack is another event');
});

test('number words, digits, vague plurals and qualifiers', t => {
	t.deepEqual(figuresOf('Twenty-one people were killed and 1,200 were injured.'), ['killed 21 people', 'wounded 1200']);
	t.deepEqual(figuresOf('The storm killed a dozen fishermen.'), ['killed 12 fishermen']);
	t.deepEqual(figuresOf('Dozens of people were injured in the stampede.'), ['wounded at least 24 people']);
	t.deepEqual(figuresOf('Hundreds were evacuated from the valley.'), ['evacuated at least 200']);
	t.deepEqual(figuresOf('More than 30 people died.'), ['killed more than 30 people']);
	t.deepEqual(figuresOf('Nearly 50 people were hurt.'), ['wounded about 50 people']);
	t.deepEqual(figuresOf('Up to 8 miners are missing.'), ['missing up to 8 miners']);
	t.deepEqual(figuresOf('Forty-two people or more were injured.'), ['wounded at least 42 people']);
	t.deepEqual(figuresOf('Some 300 villagers were displaced by the fighting.'), ['displaced about 300 villagers']);
});

test('"one" counts only as the object of a casualty verb or with a counted noun', t => {
	t.deepEqual(figuresOf('Rebels attacked the convoy, killing one and wounding three soldiers.'), ['killed 1', 'wounded 3 soldiers']);
	t.deepEqual(figuresOf('At one time the group fought on the other side.'), []);
	t.deepEqual(figuresOf('One of the men was later identified as a local farmer.'), []);
});

test('"all but two of the twelve" is ten', t => {
	t.deepEqual(figuresOf('All but two of the twelve people on board died.'), ['killed 10 people']);
});

test('a superseded count in "rose from 14 to 31" is not a figure', t => {
	t.deepEqual(figuresOf('The death toll rose from 14 to 31 on Wednesday.'), ['killed 31']);
});

test('figures about a past event are kept but marked as not the main event', t => {
	const story = parseStory('Police said 4 people were killed on Sunday. Last year a bombing in the same street killed 30 people. In 2010, 12 people died in a fire there.');
	t.deepEqual(story.figures.map(figure => [figure.count, figure.mainEvent]), [[4, true], [30, false], [12, false]]);
});

test('a death without a number is one person, marked implicit', t => {
	const story = parseStory('The mayor was stabbed on stage on Sunday. He died in hospital the next day.');
	t.is(story.figures.length, 1);
	t.like(story.figures[0], {kind: 'killed', count: 1, implicit: true});
});

test('other ways stories write counts', t => {
	t.deepEqual(figuresOf("The death toll from Saturday's earthquake has risen to 250, with 1,000 injured."), ['killed 250', 'wounded 1000']);
	t.deepEqual(figuresOf('The gunman shot dead three people.'), ['killed 3 people']);
	t.deepEqual(figuresOf('The number of injured rose to 70.'), ['wounded 70']);
	t.deepEqual(figuresOf('Both drivers died at the scene.'), ['killed 2 drivers']);
	t.deepEqual(figuresOf('Nine inmates broke out of the jail.'), ['escaped 9 inmates']);
	t.deepEqual(figuresOf('Thousands of people fled their homes.'), ['displaced at least 2000 people']);
	t.deepEqual(figuresOf('The fire killed a family of five.'), []);
	t.deepEqual(figuresOf('A group of 12 hikers is missing.'), ['missing 12 hikers']);
	t.deepEqual(figuresOf('Gunmen kidnapped 20 schoolgirls.'), ['hostages 20 schoolgirls']);
	t.deepEqual(figuresOf('Of the 12 injured, three are in serious condition.'), ['wounded 12', 'wounded 3']);
});

test('figures carry exactly the model fields (nothing internal leaks into --json)', t => {
	const story = parseFixture('data/dushanbe-prison-escape.txt');
	const allowed = ['id', 'kind', 'count', 'qualifier', 'subject', 'start', 'end', 'sentence', 'attribution', 'partOf', 'mainEvent', 'implicit', 'vague', 'increment'];
	for (const figure of story.figures) t.deepEqual(Object.keys(figure).filter(key => !allowed.includes(key)), [], figure.id);
	for (const figure of story.figures) t.deepEqual(allowed.filter(key => key !== 'implicit' && key !== 'vague' && key !== 'increment' && !(key in figure)), [], figure.id);
});

test('"the lives of", "the bodies of", "into custody"', t => {
	t.deepEqual(figuresOf('The flood claimed the lives of 30 villagers.'), ['killed 30 villagers']);
	t.deepEqual(figuresOf('The bodies of 14 migrants were found on the beach.'), ['killed 14 migrants']);
	t.deepEqual(figuresOf('Four suspects were taken into custody.'), ['arrested 4 suspects']);
});

test('"Among the dead were …" breaks down the chosen toll, even when an earlier competing toll came between', t => {
	const story = parseStory('A bomb killed at least 63 people on Saturday, the ministry said. A spokesman said earlier that 40 people had been killed.\n\nAmong the dead were 5 children and 2 police officers.');
	const [total, , children, officers] = story.figures;
	t.is(describe(story, total), 'killed at least 63 people');
	t.is(children.partOf, total.id);
	t.is(officers.partOf, total.id);
	t.deepEqual(story.summary.killed!.claims.map(claim => claim.count), [40]);
});

test('people pulled alive are rescued; people still trapped are missing', t => {
	t.deepEqual(figuresOf('Rescuers pulled 20 people alive from the rubble. As many as 10 people may still be trapped.'), ['rescued 20 people', 'missing up to 10 people']);
});

test('forecasts, recaptures, "forced to flee" and "a third" victim', t => {
	t.deepEqual(figuresOf('A governor told reporters the toll could rise to 30.'), []);
	t.deepEqual(figuresOf('Police have recaptured 76 of the escapees.'), ['captured 76 escapees']);
	t.deepEqual(figuresOf('The storm forced more than 100,000 residents to flee.'), ['displaced more than 100000 residents']);
	t.deepEqual(figuresOf('Two men were shot dead and a third was seriously wounded.'), ['killed 2 men', 'wounded 1']);
	t.deepEqual(figuresOf('A third of the town was flooded.'), []);
});

test('an active verb reaches across "and" to a second object; a passive one does not', t => {
	// The pilot, one person named by role beside the group, is one more death (see figure-definite-singles.test.ts).
	t.deepEqual(figuresOf('The crash killed the pilot and three passengers.'), ['killed 1 pilot', 'killed 3 passengers']);
	t.deepEqual(figuresOf('Two soldiers were killed and five were injured.'), ['killed 2 soldiers', 'wounded 5']);
	t.deepEqual(figuresOf('The attack left 12 dead and 40 wounded.'), ['killed 12', 'wounded 40']);
	t.deepEqual(figuresOf('Gunmen seized 43 passengers and later released 30 of them.'), ['hostages 43 passengers', 'rescued 30 passengers']);
	t.deepEqual(figuresOf('Customs officers seized 40 tonnes of cocaine.'), []);
});
