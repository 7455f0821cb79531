// Made-up stories for cues found missing on the held-out check stories: a plain-hyphen dateline,
// past-time cues scoped to their clause, restated counts, rescue and missing wording, "among the
// injured", injury wording, and arrests or injuries of one or two people written without a number.
import test from 'ava';
import {parseStory} from '../../source/parser/index.js';
import {summaryTotal} from '../helpers/figure-stories.js';

test('a spaced hyphen after a dateline reads as a dash, not as a range', t => {
	t.is(summaryTotal('MERIDA, Venezuela (AFP) - 27 prisoners escaped from a jail on Sunday, officials said.', 'escaped'), 'exact 27');
	t.is(summaryTotal('MERIDA, Venezuela (AFP) - Twenty-seven prisoners escaped from a jail on Sunday.', 'escaped'), 'exact 27');
	// A hyphen between two numbers is still a range or a score.
	t.is(summaryTotal('The home side won 3 - 2 on Sunday.', 'killed'), null);
});

test('a past-time cue covers the figures of its own clause, not the whole sentence', t => {
	const story = 'A landslide buried a village in the hills on Monday, killing at least 41 people and injuring more than 90, officials said, in an area still recovering from floods three years ago.';
	t.is(summaryTotal(story, 'killed'), 'at least 41');
	t.is(summaryTotal(story, 'wounded'), 'more than 90');
	const earlier = 'A bus crash killed 12 people on Friday. In 2019, a similar crash on the road killed 30 people. A flood killed 200 people there last year.';
	t.is(summaryTotal(earlier, 'killed'), 'exact 12');
	const figures = parseStory(earlier).figures;
	t.deepEqual(figures.map(figure => [figure.count, figure.mainEvent]), [[12, true], [30, false], [200, false]]);
});

test('"the nine trapped men" after "nine others trapped" is the same count told again', t => {
	const story = 'A tunnel collapsed at a copper mine on Monday, killing four miners and leaving six others trapped, the company said.\n\nRescuers said the six trapped men were believed to be alive.';
	t.is(summaryTotal(story, 'missing'), 'exact 6');
	t.is(summaryTotal(story, 'killed'), 'exact 4');
});

test('rescue and missing wording', t => {
	t.is(summaryTotal('Rescuers pulled 57 workers to safety through a side shaft.', 'rescued'), 'exact 57');
	t.is(summaryTotal('Divers brought out eight people alive from the hull.', 'rescued'), 'exact 8');
	t.is(summaryTotal('Police said at least three people had not been accounted for.', 'missing'), 'at least 3');
	t.is(summaryTotal('Two hikers are still unaccounted for.', 'missing'), 'exact 2');
	t.is(summaryTotal('Teams were still searching for five fishermen late on Tuesday.', 'missing'), 'exact 5');
	// A rough "dozens were trapped" gives way to a written count of the missing.
	t.is(summaryTotal('Dozens of shoppers were trapped on the upper floor. The Red Cross said at least two people had not been accounted for.', 'missing'), 'at least 2');
});

test('"were among the injured" is a share of the injured, however far back the count was given', t => {
	const story = 'Nine people were injured when a fuel tanker exploded on a highway on Friday, police said.\n\nThe fire burned for hours. Traffic was diverted.\n\nCrews fought the blaze until dawn. Three volunteers were among the injured.';
	t.is(summaryTotal(story, 'wounded'), 'exact 9');
});

test('injury wording: hospital with serious injuries, across an age aside', t => {
	t.is(summaryTotal('Two riders on the scooter, both aged 17, were taken by helicopter to the Northfield General Hospital with serious injuries.', 'wounded'), 'exact 2');
	t.is(summaryTotal('Eleven passengers were treated for injuries at the scene.', 'wounded'), 'exact 11');
	t.is(summaryTotal('Four workers were hospitalised.', 'wounded'), 'exact 4');
});

test('arrests and injuries of one or two people without a number', t => {
	t.is(summaryTotal('A 52-year-old bus driver has been arrested following the crash on the coast road.', 'arrested'), 'exact 1');
	t.is(summaryTotal('Officers said they had detained the captain, Pavel Orlov, and were looking for the owner.', 'arrested'), 'exact 1');
	t.is(summaryTotal('Police said they had arrested the landlord and his brother.', 'arrested'), 'exact 2');
	t.is(summaryTotal('The driver was injured when the van overturned.', 'wounded'), 'exact 1');
	// A written count wins over an implicit one.
	t.is(summaryTotal('Three protesters were arrested. Police also detained the organiser.', 'arrested'), 'exact 3');
	// "ordered the arrest of" is no arrest yet, and a group without a number is no count.
	t.is(summaryTotal('The governor ordered the arrest of the ferry owner.', 'arrested'), null);
	t.is(summaryTotal('Police arrested the protesters.', 'arrested'), null);
});

test('a fronted past year dates the clauses joined after it, unless one names a time of its own', t => {
	const background = 'A mudslide killed 14 people in the valley on Sunday, officials said. In 1985, heavy rain loosened a hillside above the same valley, and the mudslide that followed buried two villages, killing more than 3,000 people.';
	t.is(summaryTotal(background, 'killed'), 'exact 14');
	const battle = 'Gunmen killed six villagers on Saturday. In 2011, rebels took the nearby town, and the battle to retake it left more than 900 people dead.';
	t.is(summaryTotal(battle, 'killed'), 'exact 6');
	// A clause with its own day is today's news again.
	const today = 'In 2019, a storm flooded the district, and on Tuesday floods killed 45 people there.';
	t.is(summaryTotal(today, 'killed'), 'exact 45');
});

test('"since then" after a past year counts from then, not the incident', t => {
	const war = 'Militiamen killed nine people at a market on Friday, police said. The two militias have fought over the province since a peace deal collapsed in 2019. Since then, more than 4,000 people have been killed and about 1,500 reported missing, according to a local monitoring group.';
	t.is(summaryTotal(war, 'killed'), 'exact 9');
	t.is(summaryTotal(war, 'missing'), null);
	// After the incident's own time, "since then" counts the incident.
	const fire = 'A fire broke out in a textile factory at noon on Tuesday. Since then, 14 people have died in hospital, officials said.';
	t.is(summaryTotal(fire, 'killed'), 'exact 14');
	t.is(summaryTotal('Violence has flared across the region since the start of the year. Gunmen killed three farmers on Monday. Since the start of the year more than 300 people have been killed.', 'killed'), 'exact 3');
});

test('people "briefly unaccounted for" before they turned up are not missing', t => {
	const story = 'A landslide buried a village on Sunday, killing 14 people. Rescuers said 31 people were still missing, officials said. A group of 40 people who had camped nearby on Saturday were briefly unaccounted for before they reached their families by phone, the ministry said.';
	t.is(summaryTotal(story, 'missing'), 'exact 31');
	t.is(summaryTotal('Nine climbers were missing on Monday, officials said.', 'missing'), 'exact 9');
});

test('a measure between a count and its verb ("within 3 kilometers", "for more than four months") does not end the clause', t => {
	t.is(summaryTotal('A blast hit a chemical plant on Tuesday, killing 5 workers. About 4,000 residents living within 3 kilometers (2 miles) of the plant were evacuated overnight.', 'evacuated'), 'about 4000');
	t.is(summaryTotal('Nine fishermen held by pirates for more than four months were freed on Sunday, officials said.', 'rescued'), 'exact 9');
});

test('"…, and thousands more were arrested" goes on from a clause dated to a past year', t => {
	const story = 'Police arrested about 240 protesters on Sunday, witnesses said. Protests in 2022 left more than 500 people dead, according to rights groups, and 3,000 more were arrested.';
	t.is(summaryTotal(story, 'arrested'), 'about 240');
	// With a day of its own, the clause is the incident's.
	t.is(summaryTotal('Protests in 2022 left more than 500 people dead, and on Sunday 30 more were arrested.', 'arrested'), 'exact 30');
});

test('a clash "the previous day" is another event, neither added to the day\'s toll nor one of its parts', t => {
	const story = 'Gunmen killed nine villagers at dawn on Friday, a local official said. The previous day, soldiers had clashed with suspected militants nearby, killing three of them, according to the army.';
	t.is(summaryTotal(story, 'killed'), 'exact 9');
	const clash = parseStory(story).figures.find(figure => figure.count === 3)!;
	t.is(clash.partOf, null, 'not one of the nine');
	t.false(clash.mainEvent);
	// With a headline over it, the clash had become a part of the headline's nine, which was then added to the body's.
	const headlined = 'Gunmen kill 9 villagers in central region\n\nTOWN, Country (AP) — Gunmen on motorcycles killed nine villagers and wounded at least four others at dawn on Friday, a local official said Saturday.\n\nThe previous day, soldiers had clashed with suspected jihadists about 20 kilometers (12 miles) away, killing three of them, according to the army.';
	t.is(summaryTotal(headlined, 'killed'), 'exact 9');
	t.is(summaryTotal('Floods killed 12 people on Sunday. A day earlier, a landslide had killed four hikers.', 'killed'), 'exact 12');
	// With no count of its own for the story's event, the day before is the story's: two guards killed in a raid the day before a prison break.
	t.is(parseStory('Gunmen stormed a prison on Monday and freed 35 inmates. The day before, two guards were killed in a raid nearby.').summary.killed?.count, 2);
	// The day itself is not a cue: the second attack, hours later, is part of the day's toll.
	t.is(summaryTotal('Gunmen killed one guard late Sunday. Three hours later they killed four more guards at a checkpoint.', 'killed'), 'exact 5');
});

test('an age in decades ("a man in his 40s") is not a count', t => {
	const story = parseStory('A wildfire forced 4,500 people from their homes on Tuesday. A man in his 40s was detained late Wednesday on suspicion of starting the fire.');
	t.false(story.figures.some(figure => figure.count === 40), JSON.stringify(story.figures.map(figure => [figure.kind, figure.count])));
	t.is(summaryTotal('Police arrested 40 people on Sunday.', 'arrested'), 'exact 40');
});

test('a count dated by a date, in a story whose lead dates its incident by a weekday, is of another, earlier day', t => {
	const story = 'Bus plunges into gorge, killing 22\n\nISLAMABAD (Reuters) - A bus plunged into a gorge in the early hours of Sunday, killing at least 22 people and injuring 16, police said.\n\nIt was the second deadly crash on the highway this month. On March 3, a van fell into the river, killing nine people.';
	t.is(summaryTotal(story, 'killed'), 'at least 22');
	t.false(parseStory(story).figures.find(figure => figure.count === 9)!.mainEvent);
	// A lead that gives a date itself: a later date may be the same day. A month alone is no day.
	const mainEvent = (text: string, count: number) => parseStory(text).figures.find(figure => figure.count === count)?.mainEvent;
	t.true(mainEvent('A bus plunged into a gorge on March 16, killing 22 people, police said. On March 16, rescuers also found the bodies of two hikers nearby, killed by the same landslide.', 2));
	t.true(mainEvent('Floods killed 12 people on Sunday, officials said. In March, the river had burst its banks and killed four people.', 4));
});
