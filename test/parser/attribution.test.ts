import test from 'ava';
import {findAttributions, makeAttributor} from '../../source/parser/attribution.js';
import {splitParagraphs, splitSentences} from '../../source/parser/structure.js';
import {parseStory} from '../../source/parser/index.js';

function attributor(text: string) {
	const sentences = splitSentences(text, splitParagraphs(text));
	const who = makeAttributor(text, sentences);
	/** Who said the phrase (its first occurrence). */
	return (phrase: string) => {
		const offset = text.indexOf(phrase);
		const index = sentences.findIndex(sentence => sentence.start <= offset && offset < sentence.end);
		return who(index, offset);
	};
}

const sources = (sentence: string) => findAttributions(sentence, {start: 0, end: sentence.length, paragraph: 0}).map(found => found.source);

test('trailing, leading, inverted and "according to" attributions', t => {
	t.deepEqual(sources('Five guards were killed, the security services said Monday.'), ['the security services']);
	t.deepEqual(sources('Police said 12 people died.'), ['police']);
	t.deepEqual(sources('"It was terrible," said Anna Berg of the Red Cross.'), ['Anna Berg of the Red Cross']);
	t.deepEqual(sources('According to state television, 56 people died.'), ['state television']);
	t.deepEqual(sources('At least 7 people died, according to Commissioner Jan Holt of the fire service.'), ['Commissioner Jan Holt of the fire service']);
	t.deepEqual(sources('So far 17 have died, officials told local radio.'), ['officials']);
	t.deepEqual(sources('Six people died, the coast guard said.'), ['the coast guard']);
});

test('passives, pronouns and plain clauses are not sources', t => {
	t.deepEqual(sources('33 people were reported hospitalised.'), []);
	t.deepEqual(sources('He said the road was closed.'), []);
	t.deepEqual(sources('The prisoners said nothing and fled.'), []);
});

test('each figure takes the nearest attribution in its sentence', t => {
	const who = attributor('Regional officials said 11 people were hospitalised, but the news site Vostok Daily reported as many as 19.');
	t.is(who('11 people'), 'regional officials');
	t.is(who('19'), 'the news site Vostok Daily');
});

test('a "said" covers the next sentences of its paragraph, not the next paragraph', t => {
	const who = attributor('The prisoners attacked late Sunday, killing one guard, the security services said. They then fled, killing four more.\n\nThree people were hurt in a separate crash.');
	t.is(who('killing one'), 'the security services');
	t.is(who('killing four'), 'the security services');
	t.is(who('Three people'), null);
});

test('a source named in an appositive before "said"', t => {
	t.deepEqual(sources('A ministry spokesman, Nasrat Rahimi, said earlier that 40 people had been killed.'), ['Nasrat Rahimi']);
});

test('bodies outside government and "the" + a name are sources after "and"', t => {
	const who = attributor('Police fired tear gas at protesters on Tuesday, and a rights group said at least 23 people were killed.\n\nPolice clashed with protesters, and the Red Cross said 12 people were injured.\n\nThe charity said seven aid workers were freed.');
	t.is(who('at least 23'), 'a rights group');
	t.is(who('12 people'), 'the Red Cross');
	t.is(who('seven aid workers'), 'the charity');
	// A group counted is not a source.
	t.is(attributor('A group of 12 hikers said they were lost.')('12 hikers'), null);
});

test('a figure takes the source said earlier in its paragraph, even from a sentence with no figure of its own', t => {
	const story = parseStory('The ministry said the fire began on 5 May in the east wing.\nTwelve people were killed.\n\nOn 6 May, officials said the site was closed.\n\nNine were injured.');
	t.deepEqual(story.figures.map(figure => [figure.count, figure.attribution]), [[12, 'the ministry'], [9, null]]);
});

test('a title with a period before the name after "said" stays in the source ("said Dr. …", "said Brig. Gen. …")', t => {
	const sourceOf = (text: string) => parseStory(text).figures[0]?.attribution;
	t.is(sourceOf('At least 14 wounded people were taken to the hospital, said Dr. Aimee Lokana, who runs its surgical ward.'), 'Dr. Aimee Lokana');
	t.is(sourceOf('Four hostages were freed, said Brig. Gen. Paul Okello.'), 'Brig. Gen. Paul Okello');
	// A sentence's own last period still ends the source.
	t.is(sourceOf('At least 14 people were wounded, said the police chief.'), 'the police chief');
});

test('a toll verb after an aside in commas: its subject is the source, never the words after it', t => {
	const story = parseStory('The health ministry, which is based in the capital and backs the army, put the death toll at 64 on Wednesday.');
	t.is(story.figures[0].attribution, 'the health ministry');
	const acronym = parseStory('In a statement on Sunday, the State Security Secretariat, or SSS, raised the number of escapees to 38.');
	t.is(acronym.figures[0].attribution, 'the State Security Secretariat');
});

test('a sentence\'s first word keeps its capital only when it is a name\'s', t => {
	// "Hospital officials said" opens the sentence: the source reads "hospital officials" wherever it is shown.
	t.deepEqual(sources('Hospital officials said 15 people had died.'), ['hospital officials']);
	t.deepEqual(sources('A local television station reported as many as 20 dead.'), ['a local television station']);
	t.deepEqual(sources('Officials in Tarsenia said 12 people died.'), ['officials in Tarsenia']);
	// A name's capital stays: "Health Ministry", "Reuters", "Red Cross officials".
	t.deepEqual(sources('Health Ministry officials said 15 people had died.'), ['Health Ministry officials']);
	t.deepEqual(sources('Red Cross officials said 15 people had died.'), ['Red Cross officials']);
	t.deepEqual(sources('Five died, Reuters reported.'), ['Reuters']);
	t.deepEqual(sources('Officials said 12 people died.'), ['officials']);
	// A source noun alone that is no plural may be a body's one-word name.
	t.deepEqual(sources('Emergency, an Italian aid group, said it had treated 27 of the wounded.'), ['Emergency']);
});

test('a source\'s modifier joined by "and" stays in the source', t => {
	t.deepEqual(sources('Rescuers had pulled 102 survivors from the water, Tarsenia\'s search and rescue agency Basvarna said in a statement.'), ['Tarsenia\'s search and rescue agency Basvarna']);
	t.deepEqual(sources('Forty people died, the search and rescue agency said.'), ['the search and rescue agency']);
	// Two clauses joined by "and" stay two.
	t.deepEqual(sources('Gunmen shot the guards and police said 12 people died.'), ['police']);
});

test('after "told" comes who was told: the speaker is the name before it', t => {
	t.deepEqual(sources('Gunmen killed 12 people, the mayor of the district, Tarik Velmand, told Reuters.'), ['Tarik Velmand']);
	t.deepEqual(sources('"Nine people died," Tarik Velmand told reporters.'), ['Tarik Velmand']);
});

test('who was told stands for the source when no speaker can be found before "told"', t => {
	t.deepEqual(sources('A doctor at the hospital, speaking on condition of anonymity because he was not allowed to talk to the media, told Reuters that 17 bodies had arrived.'), ['Reuters']);
});
