// Bodies' names that English organisation words do not give away, and long names cut at their joiners:
// each on a short story written for the test.
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

test('a body named in its own language: the head first, or a foreign adjective last', t => {
	const found = entitiesOf('Prosecutors at the Ministério Público Federal opened an inquiry on Monday. The union Syndicat Général Policier called a strike, and the Guardia di Finanza said it had seized two boats. Officers of the Policía Nacional were sent to Valdoria.');
	t.deepEqual(named(found, 'organization'), ['Ministério Público Federal', 'Syndicat Général Policier', 'Guardia di Finanza', 'Policía Nacional']);
	t.deepEqual(named(found, 'person'), []);
});

test('a foreign place word keeps a national park a place', t => {
	const found = entitiesOf('Rangers found the hikers in the Parque Nacional Tarvena on Sunday.');
	t.deepEqual(named(found, 'organization'), []);
});

test('a known body\'s name opening a longer one keeps the words the stop list would cut', t => {
	const found = entitiesOf('Fighters of the Islamic State Marrow Province attacked the town of Fendo on Tuesday. Islamic State has not commented.');
	t.deepEqual(named(found, 'organization'), ['Islamic State Marrow Province', 'Islamic State']);
	t.false(named(found, 'location').includes('State Marrow Province'));
});

test('a long name goes on across "for the", "of" and "and" once a body\'s head has opened it', t => {
	const found = entitiesOf('The Coalition for the Defence of Rivers and Lakes (CDRL) said on Monday that the Tarvena Service of Water Safety had failed to act.');
	t.deepEqual(named(found, 'organization'), ['Coalition for the Defence of Rivers and Lakes', 'Tarvena Service of Water Safety']);
	t.true(found[0]!.aliases.includes('CDRL'));
});

test('a known name goes on across its lower-case words ("… in Europe")', t => {
	const found = entitiesOf('Observers from the Organization for Security and Co-operation in Europe arrived in Valdoria.');
	t.deepEqual(named(found, 'organization'), ['Organization for Security and Co-operation in Europe']);
	t.false(named(found, 'location').includes('Europe'));
});

test('"and" after a body\'s head joins the rest of its name, but not a place or a second body', t => {
	const found = entitiesOf('The Fire Service and Civil Defence sent 20 units. Valdoria and Ivory Coast will meet in the final. The Coast Guard and Tarvena Navy searched the bay.');
	t.deepEqual(named(found, 'organization'), ['Fire Service and Civil Defence', 'Coast Guard', 'Tarvena Navy']);
	t.true(named(found, 'location').includes('Ivory Coast'));
});

test('a title word opens a body\'s name when no name or "of" follows it', t => {
	const found = entitiesOf('The General Election Commission said turnout was 60 percent.');
	t.deepEqual(named(found, 'organization'), ['General Election Commission']);
});

test('an adjective made of a name ("al-Qaeda-linked") is no part of the body after it', t => {
	const found = entitiesOf('The al-Qaeda-linked Group for the Support of the Faithful claimed the attack.');
	t.deepEqual(named(found, 'organization'), ['al-Qaeda', 'Group for the Support of the Faithful']);
});

test('a capitalised prefix is part of a name ("Post-Courier"); a title\'s qualifier is not part of the body', t => {
	const found = entitiesOf('The Post-Courier newspaper reported on Friday that Acting Harbour Services Commissioner Ola Vale had resigned.');
	t.deepEqual(named(found, 'organization'), ['Post-Courier', 'Harbour Services']);
	t.deepEqual(named(found, 'person'), ['Ola Vale']);
});

test('a known body written without its accents is still the known body', t => {
	const found = entitiesOf('Medecins Sans Frontieres said its clinic in Valdoria was full.');
	t.deepEqual(named(found, 'organization'), ['Médecins Sans Frontières']);
	t.deepEqual(named(found, 'person'), []);
});

test('a body named in its own language goes on across that language\'s small words', t => {
	const found = entitiesOf('The Unidad Nacional para la Gestión del Riesgo (UNGR) said 30 people were missing. The Fiscalía General de la Nación opened an inquiry. UNGR said later that rescuers from the Cruz Roja Valdoriana were digging.');
	t.deepEqual(named(found, 'organization'), ['Unidad Nacional para la Gestión del Riesgo', 'Fiscalía General de la Nación', 'Cruz Roja Valdoriana']);
	// The name, its bracket and the later short form.
	t.is(found.find(entity => entity.name.startsWith('Unidad'))!.mentions.length, 3);
});

test('a person whose surname is a foreign body word stays a person', t => {
	const found = entitiesOf('Carlos Banco, 44, said the water came in minutes.');
	t.deepEqual(named(found, 'person'), ['Carlos Banco']);
});

test('a title word opens a body\'s name that goes on with "of" and a place', t => {
	const found = entitiesOf('The General Election Commission of Valdoria said turnout was 60 percent.');
	t.deepEqual(named(found, 'organization'), ['General Election Commission of Valdoria']);
});

test('a name written small after its first word is a body\'s when its initials follow in brackets', t => {
	const found = entitiesOf('The Inspection générale de la sécurité civile (IGSC) opened an inquiry on Monday. The IGSC said it would report in May.');
	t.deepEqual(named(found, 'organization'), ['Inspection générale de la sécurité civile']);
	t.is(found[0]!.mentions.length, 3);
});

test('a short name written as a word in brackets is the body\'s alias', t => {
	const found = entitiesOf('The Valdorian Institute of Geology and Mining (Valgeomin) had warned in 2022 that the slope was unstable. Valgeomin said it had no budget.');
	t.deepEqual(named(found, 'organization'), ['Valdorian Institute of Geology and Mining']);
	t.deepEqual(found[0]!.aliases, ['Valgeomin']);
	t.is(found[0]!.mentions.length, 3);
});

test('a mixed-case acronym spells a name with a small word in it; a one-word name with its own acronym is a body', t => {
	const found = entitiesOf('The Bewegung für Valdorien (BfV) left the coalition. Officers of the Landeskriminalamt (LKA) searched its offices. The BfV and the LKA declined to comment.');
	t.deepEqual(named(found, 'organization'), ['Bewegung für Valdorien', 'Landeskriminalamt']);
	for (const body of found) t.is(body.mentions.length, 3, body.name);
});

test('single-word legislatures are known bodies', t => {
	const found = entitiesOf('A former member of the Bundestag, Birgit Kessel-Lorenz, was detained. The Knesset voted on Monday.');
	t.deepEqual(named(found, 'organization'), ['Bundestag', 'Knesset']);
	t.deepEqual(named(found, 'person'), ['Birgit Kessel-Lorenz']);
	t.deepEqual(found.find(entity => entity.type === 'person')!.descriptions, ['A former member of the Bundestag']);
});

test('a name that only looks like a person\'s and reports like a newsroom is a body', t => {
	const found = entitiesOf('Der Morgenblatt reported that three officials had resigned. Anna Varga reported from the scene.');
	t.deepEqual(named(found, 'organization'), ['Der Morgenblatt']);
	t.deepEqual(named(found, 'person'), ['Anna Varga']);
});

test('an appositive naming a body\'s kind, possessive or with a role noun after it', t => {
	const found = entitiesOf('The Landesanwaltschaft, the federal prosecutor’s office, said it would appeal. Brennel, the country’s parliament, voted on Monday. Ola Vale, the police chief, said three people were held.');
	t.deepEqual(named(found, 'organization'), ['Landesanwaltschaft', 'Brennel']);
	t.deepEqual(named(found, 'person'), ['Ola Vale']);
});

test('an adjective that opens bodies\' names keeps its capital at a sentence\'s start', t => {
	const found = entitiesOf('National Roadways said the motorway would stay closed. Royal Post said deliveries were late.');
	t.deepEqual(named(found, 'organization'), ['National Roadways', 'Royal Post']);
	t.deepEqual(named(found, 'person'), []);
});

test('a cartel\'s name ends in its head; a hospital\'s name goes on with "of"', t => {
	const found = entitiesOf('The Kessin New Generation Cartel (CKNG) fought for the region. The wounded were taken to the General Hospital of Tiskel.');
	t.deepEqual(named(found, 'organization'), ['Kessin New Generation Cartel', 'General Hospital of Tiskel']);
});

test('the first word after a dateline\'s dash opens the sentence ("— The Coast Guard …" has no "The" in its name)', t => {
	const found = entitiesOf('MANILA, Philippines — The Valdorian Coast Guard rescued 56 people on Wednesday.');
	t.deepEqual(named(found, 'organization'), ['Valdorian Coast Guard']);
});

test('a vessel\'s name is no entity; a shipping line\'s is a body', t => {
	const found = entitiesOf('The MV Lady Mary Joy 3, owned by Tarvo Shipping Lines, was sailing to Jolo when it caught fire.');
	t.deepEqual(named(found, 'organization'), ['Tarvo Shipping Lines']);
	t.deepEqual(named(found, 'person'), []);
});

test('a military unit keeps its ordinal number', t => {
	const found = entitiesOf('Soldiers of the army\'s 6th Infantry Division were deployed, said a spokesman for the 82nd Airborne Division.');
	t.deepEqual(found.filter(entity => entity.type === 'organization').map(entity => entity.name), ['6th Infantry Division', '82nd Airborne Division']);
});
