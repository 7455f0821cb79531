import {readFileSync} from 'node:fs';
import test from 'ava';
import type {Entity, EntityType} from '../../source/model/types.js';
import {extractEntities} from '../../source/parser/entities.js';
import {normalizeText} from '../../source/parser/normalize.js';
import {splitParagraphs, splitSentences} from '../../source/parser/structure.js';
import {bundledStoryPath} from '../../source/bundled-story.js';

function entitiesOf(raw: string): {text: string; entities: Entity[]} {
	const text = normalizeText(raw);
	return {text, entities: extractEntities(text, splitSentences(text, splitParagraphs(text)))};
}

function fixture(name: string): string {
	return readFileSync(new URL(`../fixtures/stories/${name}`, import.meta.url), 'utf8');
}

function named(entities: Entity[], type: EntityType): string[] {
	return entities.filter(entity => entity.type === type).map(entity => entity.name);
}

function find(entities: Entity[], name: string): Entity {
	const entity = entities.find(candidate => candidate.name === name);
	if (!entity) throw new Error(`no entity named ${name}; have ${entities.map(e => e.name).join(', ')}`);
	return entity;
}

function surfaces(text: string, entity: Entity): string[] {
	return entity.mentions.map(mention => text.slice(mention.start, mention.end));
}

const bundled = entitiesOf(readFileSync(bundledStoryPath, 'utf8'));

test('bundled story: the people, organisations and places the issue lists, and no junk', t => {
	const {entities} = bundled;
	t.deepEqual(named(entities, 'person').sort(), ['Abdurasul Mirzoyev', 'Emomali Rakhmon', 'Mirzo Ziyoyev']);
	for (const name of ['Islamic Movement of Uzbekistan', 'National State Security Committee', 'Interior Ministry', 'United Tajik Opposition', 'Taliban']) {
		t.true(named(entities, 'organization').includes(name), name);
	}

	for (const name of ['Dushanbe', 'Tajikistan', 'Afghanistan', 'Uzbekistan', 'Pakistan', 'Central Asia']) {
		t.true(named(entities, 'location').includes(name), name);
	}

	const all = entities.flatMap(entity => [entity.name, ...entity.aliases]);
	for (const junk of ['Three', 'Among', 'Trials', 'Analysts', 'Security', 'The', 'Islamic', 'Monday', 'Sunday', 'Impoverished', 'Authorities', 'President']) {
		t.false(all.includes(junk), junk);
	}
});

test('bundled story: one entity per person, title as description, surname and possessive as mentions', t => {
	const {text, entities} = bundled;
	const rakhmon = find(entities, 'Emomali Rakhmon');
	t.deepEqual(surfaces(text, rakhmon), ['Emomali Rakhmon', 'Rakhmon']);
	t.deepEqual(rakhmon.aliases, ['Rakhmon']);
	t.true(rakhmon.descriptions.includes('President'));
	const ziyoyev = find(entities, 'Mirzo Ziyoyev');
	t.deepEqual(surfaces(text, ziyoyev), ['Mirzo Ziyoyev', 'Ziyoyev', 'Ziyoyev']);
	t.true(text.slice(ziyoyev.mentions[1]!.start, ziyoyev.mentions[1]!.end + 2) === 'Ziyoyev\'s');
	t.deepEqual(ziyoyev.descriptions, ['a commander of the United Tajik Opposition']);
	t.deepEqual(find(entities, 'Abdurasul Mirzoyev').descriptions, ['the brother of a jailed former head of the presidential guards']);
});

test('bundled story: the IMU is one organisation with its acronym, and its Uzbekistan is not a place mention', t => {
	const {text, entities} = bundled;
	const imu = find(entities, 'Islamic Movement of Uzbekistan');
	t.deepEqual(imu.aliases, ['IMU']);
	t.deepEqual(surfaces(text, imu), ['Islamic Movement of Uzbekistan', 'Islamic Movement of Uzbekistan', 'IMU', 'IMU']);
	const uzbekistan = find(entities, 'Uzbekistan');
	t.is(uzbekistan.mentions.length, 1);
	t.false(imu.mentions.some(mention => uzbekistan.mentions.some(place => place.start >= mention.start && place.end <= mention.end)));
	t.deepEqual(find(entities, 'United Tajik Opposition').descriptions, ['a rebel group in the civil war']);
});

test('bundled story: dateline place, possessive places and peoples used as adjectives', t => {
	const {text, entities} = bundled;
	t.is(surfaces(text, find(entities, 'Dushanbe'))[0], 'DUSHANBE');
	t.true(surfaces(text, find(entities, 'Pakistan')).every(surface => surface === 'Pakistan'));
	t.deepEqual(named(entities, 'nationality').sort(), ['Afghan', 'Russian', 'Soviet', 'Tajik']);
	// The wire's credit "(AP)" belongs to the dateline, not to the story's organisations.
	t.false(entities.some(entity => entity.name === 'Associated Press' || entity.aliases.includes('AP')));
});

/** Invariants every extraction keeps, whatever the story. */
function assertWellFormed(t: import('ava').ExecutionContext, raw: string): void {
	const text = normalizeText(raw);
	const sentences = splitSentences(text, splitParagraphs(text));
	const entities = extractEntities(text, sentences);
	const spans = entities.flatMap(entity => entity.mentions).sort((a, b) => a.start - b.start);
	for (const [index, entity] of entities.entries()) {
		t.is(entity.id, `e${index + 1}`);
		t.false(entity.aliases.includes(entity.name));
		t.true(entity.mentions.length > 0);
		for (const [at, mention] of entity.mentions.entries()) {
			if (at > 0) t.true(mention.start > entity.mentions[at - 1]!.start, 'mentions sorted');
			const sentence = sentences[mention.sentence]!;
			t.true(mention.start >= sentence.start && mention.end <= sentence.end, 'mention inside its sentence');
			t.true(text.slice(mention.start, mention.end).trim().length > 0);
		}

		if (index > 0) t.true(entity.mentions[0]!.start > entities[index - 1]!.mentions[0]!.start, 'ids in order of first mention');
	}

	for (let index = 1; index < spans.length; index++) t.true(spans[index]!.start >= spans[index - 1]!.end, 'mentions do not overlap');
}

test('every fixture story yields well-formed entities', t => {
	assertWellFormed(t, readFileSync(bundledStoryPath, 'utf8'));
	for (const name of ['entities-shared-surname.txt', 'entities-headline-caps.txt', 'entities-acronyms.txt', 'entities-no-names.txt', 'entities-titles.txt', 'entities-lists-and-appositives.txt']) {
		assertWellFormed(t, fixture(name));
	}
});

test('a story with no names has no entities, whatever its sentence-initial capitals', t => {
	t.deepEqual(entitiesOf(fixture('entities-no-names.txt')).entities, []);
});

test('people sharing a surname stay apart; the bare surname goes to the first one introduced', t => {
	const {text, entities} = entitiesOf(fixture('entities-shared-surname.txt'));
	const john = find(entities, 'John Carter');
	const maria = find(entities, 'Maria Carter');
	t.deepEqual(surfaces(text, maria), ['Maria Carter', 'Maria Carter']);
	t.deepEqual(surfaces(text, john), ['John Carter', 'Carter', 'Carter', 'Carter']);
	t.true(john.descriptions.includes('a retired firefighter'));
	t.true(maria.descriptions.includes('a nurse at the regional hospital'));
	// "Mr. Carter": the honorific is neither part of the name nor a description.
	t.false(john.descriptions.some(description => description.startsWith('Mr')));
	const dubois = find(entities, 'Steven Dubois');
	t.deepEqual(surfaces(text, dubois), ['Steven Dubois', 'Dubois']);
	t.true(named(entities, 'organization').includes('Ontario Provincial Police'));
	t.true(named(entities, 'location').includes('Kingston'));
});

test('an all-capitals headline gives only places it knows; the dateline place is a location', t => {
	const {text, entities} = entitiesOf(fixture('entities-headline-caps.txt'));
	const kenya = find(entities, 'Kenya');
	t.is(surfaces(text, kenya)[0], 'KENYA');
	t.is(kenya.type, 'location');
	t.is(surfaces(text, find(entities, 'Nairobi'))[0], 'NAIROBI');
	const all = entities.flatMap(entity => [entity.name, ...entity.aliases]);
	for (const junk of ['FLOODS', 'KILL', 'NORTHERN', 'Floods', 'Kill']) t.false(all.includes(junk), junk);
	t.true(named(entities, 'organization').includes('Kenya Red Cross'));
	t.true(named(entities, 'organization').includes('United Nations'));
	t.deepEqual(named(entities, 'nationality').sort(), ['Ethiopian', 'Somali']);
	t.true(named(entities, 'location').includes('Marsabit'));
	t.deepEqual(find(entities, 'Grace Wanjiku').descriptions, ['Interior Minister']);
});

test('acronyms defined in brackets or with "or" are aliases, and their later uses are mentions', t => {
	const {text, entities} = entitiesOf(fixture('entities-acronyms.txt'));
	const agency = find(entities, 'National Disaster Agency');
	t.deepEqual(agency.aliases, ['NDA']);
	t.deepEqual(surfaces(text, agency), ['National Disaster Agency', 'NDA', 'NDA']);
	const union = find(entities, 'Rural Workers Union');
	t.deepEqual(surfaces(text, union), ['Rural Workers Union', 'RWU', 'RWU']);
	t.is(find(entities, 'North Atlantic Treaty Organization').type, 'organization');
	t.deepEqual(named(entities, 'person'), ['Paolo Rinaldi']);
});

test('titles before a name become descriptions; peoples and places in a title are their own entities', t => {
	const {text, entities} = entitiesOf(fixture('entities-titles.txt'));
	t.deepEqual(named(entities, 'person').sort(), ['Anna Lindqvist', 'Daniel Mwangi', 'Erik Sandberg', 'Leila Rahimi', 'Omar Haddad', 'Peter Okafor']);
	t.deepEqual(find(entities, 'Daniel Mwangi').descriptions, ['Kenyan President']);
	t.deepEqual(surfaces(text, find(entities, 'Daniel Mwangi')), ['Daniel Mwangi', 'Mwangi']);
	t.deepEqual(find(entities, 'Anna Lindqvist').descriptions, ['Prime Minister']);
	t.deepEqual(surfaces(text, find(entities, 'Anna Lindqvist')), ['Anna Lindqvist', 'Lindqvist']);
	t.true(find(entities, 'Peter Okafor').descriptions.includes('the commander of the regional peacekeeping force'));
	t.deepEqual(find(entities, 'Omar Haddad').descriptions, ['Police Chief']);
	t.is(find(entities, 'Kenyan').type, 'nationality');
	t.is(find(entities, 'Karolinska University Hospital').type, 'organization');
	t.true(named(entities, 'location').includes('Stockholm'));
	t.true(named(entities, 'location').includes('Sweden'));
	t.false(entities.some(entity => /President|Minister|Chief|Mayor/.test(entity.name)));
});

test('lists, appositives and name suffixes settle what a name is', t => {
	const {text, entities} = entitiesOf(fixture('entities-lists-and-appositives.txt'));
	// One known place (Madrid) makes its list-mates places.
	for (const place of ['Vellore', 'Tarsin', 'Madrid']) t.is(find(entities, place).type, 'location', place);
	// "Lindell Relief, a charity …" is a body, not a person, in both its mentions.
	const relief = find(entities, 'Lindell Relief');
	t.is(relief.type, 'organization');
	t.is(relief.mentions.length, 2);
	t.deepEqual(find(entities, 'Coastal Emergency Service').aliases, ['CES']);
	t.deepEqual(surfaces(text, find(entities, 'Coastal Emergency Service')), ['Coastal Emergency Service', 'CES', 'CES']);
	const brandt = find(entities, 'Oskar Brandt');
	t.deepEqual(brandt.descriptions, ['The Mayor of Tarsin']);
	t.is(brandt.mentions.length, 2);
	t.deepEqual(surfaces(text, find(entities, 'Harold Finch Jr.')), ['Harold Finch Jr.', 'Finch']);
	// A storm's name and a Title Case headline are not people.
	t.deepEqual(named(entities, 'person').sort(), ['Harold Finch Jr.', 'Oskar Brandt']);
	t.false(entities.some(entity => /Mara|Storm|Leaves|Coast$/.test(entity.name)));
});

test('the words around an unknown name place it: "the city of X", "in X", "X, Country", "from X to Y"', t => {
	const {entities} = entitiesOf('A train hit a truck near the city of Varnok on Tuesday. Crews came from Osterby to Dalmen. The line runs through Kelvaro, Norway. Police in Tiskel said nothing. Brevik\'s mayor and Sundal residents were angry.');
	t.deepEqual(named(entities, 'location').sort(), ['Brevik', 'Dalmen', 'Kelvaro', 'Norway', 'Osterby', 'Sundal', 'Tiskel', 'Varnok']);
	t.deepEqual(named(entities, 'person'), []);
});

test('regnal numbers belong to the name; a war\'s numeral does not make an organisation', t => {
	const {entities} = entitiesOf('Pope Benedict XVI met King Charles III in Rome. Benedict said the World War II memorial would be restored.');
	t.deepEqual(named(entities, 'person'), ['Benedict XVI', 'Charles III']);
	t.deepEqual(named(entities, 'organization'), []);
	t.is(find(entities, 'Benedict XVI').mentions.length, 2);
});

test('"Maria and Tomas Holm" is two people; a name that reports like a newsroom is an organisation', t => {
	const {text, entities} = entitiesOf('The dead were named as Peter Vance, and Maria and Tomas Holm. Later, Morning Insider reported that the road had been closed since the morning.');
	t.deepEqual(named(entities, 'person'), ['Peter Vance', 'Maria Holm', 'Tomas Holm']);
	t.deepEqual(surfaces(text, find(entities, 'Maria Holm')), ['Maria']);
	t.is(find(entities, 'Morning Insider').type, 'organization');
});

test('a noun after a name or a place at its end makes it a body: "the Besiktas club", "Mori Chile"', t => {
	const {entities} = entitiesOf('Fans of the Kestrova club marched. Marta Lagos, a pollster at Mori Chile, said support had fallen.');
	t.is(find(entities, 'Kestrova').type, 'organization');
	t.is(find(entities, 'Mori Chile').type, 'organization');
	t.deepEqual(named(entities, 'person'), ['Marta Lagos']);
});

test('a sentence full of names is prose, not a Title Case headline', t => {
	const {entities} = entitiesOf('Prime Minister Anna Varga met President Joe Lind.');
	t.deepEqual(named(entities, 'person'), ['Anna Varga', 'Joe Lind']);
	const lower = entitiesOf('The talks were led by prime minister Anna Berg.');
	t.deepEqual(find(lower.entities, 'Anna Berg').descriptions, ['prime minister']);
});

test('a capitals headline names well-known bodies too, but not the word "WHO"', t => {
	const {text, entities} = entitiesOf('UN SAYS 12 DEAD AS WHO WARNS OF CHOLERA IN YEMEN\n\nThe World Health Organization said so.');
	t.deepEqual(surfaces(text, find(entities, 'United Nations')), ['UN']);
	t.deepEqual(surfaces(text, find(entities, 'World Health Organization')), ['World Health Organization']);
	t.deepEqual(surfaces(text, find(entities, 'Yemen')), ['YEMEN']);
});

test('odd input does not throw and finds nothing it should not', t => {
	for (const raw of ['', '   ', '...', '"', 'A', 'THE END', 'Mr.', 'President', 'Of Of Of', '(ABC)', 'X, or Y', '\'s', 'Gen. of the', 'The The The The The The The The The The The The The The The']) {
		t.notThrows(() => entitiesOf(raw), JSON.stringify(raw));
	}

	t.deepEqual(entitiesOf('President of the').entities, []);
	const long = Array.from({length: 2000}, (_, index) => `Word${String.fromCharCode(65 + (index % 26))}x`).join(' ');
	t.notThrows(() => entitiesOf(long));
});
