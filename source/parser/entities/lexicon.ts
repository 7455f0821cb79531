// The gazetteers as Maps from a surface form to its canonical name, built once at load.
import {countries} from '../gazetteer/countries.generated.js';
import {cities, regions} from '../gazetteer/places.js';
import {organizations} from '../gazetteer/organizations.js';

/** Surface form → canonical name. Keys are as written; `upper` maps the all-capitals form for headlines and datelines. */
export type Lookup = {exact: Map<string, string>; upper: Map<string, string>};

function lookup(): Lookup {
	return {exact: new Map(), upper: new Map()};
}

function add(table: Lookup, surface: string, canonical: string): void {
	addForm(table, surface, canonical);
	// Wire copy often drops the accents: "Medecins Sans Frontieres", "Bogota".
	const plain = surface.normalize('NFD').replaceAll(/\p{M}/gu, '');
	if (plain !== surface) addForm(table, plain, canonical);
}

function addForm(table: Lookup, surface: string, canonical: string): void {
	if (!table.exact.has(surface)) table.exact.set(surface, canonical);
	const upper = surface.toUpperCase();
	if (!table.upper.has(upper)) table.upper.set(upper, canonical);
}

// Demonyms the country data lacks or spells unusually, and peoples without a country of their own.
const extraNationalities: ReadonlyArray<readonly [string, string]> = [
	['Tajik', 'Tajik'], ['Uzbek', 'Uzbek'], ['Kazakh', 'Kazakh'], ['Kyrgyz', 'Kyrgyz'], ['Saudi', 'Saudi'],
	['Korean', 'Korean'], ['South Korean', 'South Korean'], ['North Korean', 'North Korean'],
	['South African', 'South African'], ['English', 'English'], ['Scottish', 'Scottish'], ['Welsh', 'Welsh'],
	['Scots', 'Scottish'], ['Briton', 'British'], ['Britons', 'British'], ['Soviet', 'Soviet'], ['Kurdish', 'Kurdish'],
	['Kurd', 'Kurdish'], ['Kurds', 'Kurdish'], ['Arab', 'Arab'], ['Arabs', 'Arab'], ['Chechen', 'Chechen'],
	['Pashtun', 'Pashtun'], ['Baloch', 'Baloch'], ['Persian', 'Persian'], ['European', 'European'],
	['Europeans', 'European'], ['African', 'African'], ['Asian', 'Asian'], ['Yemeni', 'Yemeni'], ['Bosnian', 'Bosnian'],
	['Serb', 'Serbian'], ['Serbs', 'Serbian'], ['Croat', 'Croatian'], ['Filipino', 'Filipino'], ['Filipinos', 'Filipino'],
	['Dutch', 'Dutch'], ['Chinese', 'Chinese'], ['Japanese', 'Japanese'], ['Swiss', 'Swiss'], ['Uighur', 'Uighur'],
	['Uyghur', 'Uyghur'], ['Rohingya', 'Rohingya'], ['Palestinian', 'Palestinian'], ['Israeli', 'Israeli'],
	['Emirati', 'Emirati'], ['Kazakhstani', 'Kazakh'], ['Uzbekistani', 'Uzbek'], ['Tadzhik', 'Tajik'], ['Kirghiz', 'Kyrgyz'],
	['Ukrainian', 'Ukrainian'], ['Saudis', 'Saudi'], ['Saudi Arabian', 'Saudi Arabian'], ['Hong Konger', 'Hong Konger'], ['Hong Kongers', 'Hong Konger'],
	['Philippine', 'Philippine'], ['Argentinian', 'Argentine'], ['Argentinians', 'Argentine'], ['Argentines', 'Argentine'], ['Belarusian', 'Belarusian'], ['Hispanic', 'Hispanic'], ['Latino', 'Latino'],
	// Countries of several words whose demonyms the country data leaves out.
	['Sri Lankan', 'Sri Lankan'], ['Sri Lankans', 'Sri Lankan'], ['New Zealander', 'New Zealander'], ['New Zealanders', 'New Zealander'],
	['Costa Rican', 'Costa Rican'], ['Costa Ricans', 'Costa Rican'], ['Puerto Rican', 'Puerto Rican'], ['Puerto Ricans', 'Puerto Rican'],
	['Sierra Leonean', 'Sierra Leonean'], ['Sierra Leoneans', 'Sierra Leonean'], ['South Sudanese', 'South Sudanese'],
	['Central African', 'Central African'], ['Equatorial Guinean', 'Equatorial Guinean'], ['Papua New Guinean', 'Papua New Guinean'],
	['Papua New Guineans', 'Papua New Guinean'], ['Cape Verdean', 'Cape Verdean'], ['Cape Verdeans', 'Cape Verdean'], ['Timorese', 'Timorese'],
	['East Timorese', 'Timorese'], ['Solomon Islander', 'Solomon Islander'], ['Solomon Islanders', 'Solomon Islander'],
	['Nepali', 'Nepali'], ['Nepalis', 'Nepali'], ['Lao', 'Lao'], ['Kosovar', 'Kosovar'], ['Bahraini', 'Bahraini'], ['Omani', 'Omani'],
	// Demonyms the country data spells otherwise ("Comoran", "Slovene") or leaves as the country's name ("Djibouti").
	['Djiboutian', 'Djiboutian'], ['Djiboutians', 'Djiboutian'], ['Comorian', 'Comorian'], ['Comorians', 'Comorian'],
	['Ecuadorian', 'Ecuadorian'], ['Ecuadorians', 'Ecuadorian'], ['Maldivian', 'Maldivian'], ['Maldivians', 'Maldivian'],
	['Slovenian', 'Slovenian'], ['Slovenians', 'Slovenian'], ['Slovakian', 'Slovak'], ['Kyrgyzstani', 'Kyrgyz'], ['Turkmenistani', 'Turkmen'],
	['Trinidadian', 'Trinidadian'], ['Trinidadians', 'Trinidadian'], ['Bissau-Guinean', 'Bissau-Guinean'], ['Batswana', 'Motswana'],
	['Basotho', 'Mosotho'], ['Tibetan', 'Tibetan'], ['Tibetans', 'Tibetan'], ['Kanak', 'Kanak'], ['Kanaks', 'Kanak'],
];

// Words the demonym data uses that are also ordinary names of places or things in English prose.
const notDemonyms = new Set(['Gibraltar', 'Djibouti', 'Vatican', 'Guianan', 'Manx']);

export const locations = lookup();
/** Countries' canonical names: a national side plays under its country's name, which stays a place. */
export const countryNames = new Set(countries.map(([name]) => name));
export const nationalities = lookup();
export const knownOrganizations = lookup();

for (const [name, aliases, capitals, demonyms] of countries) {
	add(locations, name, name);
	for (const alias of aliases) add(locations, alias, name);
	for (const capital of capitals) add(locations, capital, capital);
	for (const demonym of demonyms) {
		if (notDemonyms.has(demonym)) continue;
		add(nationalities, demonym, demonym);
		const plural = pluralOf(demonym);
		if (plural !== undefined) add(nationalities, plural, demonym);
	}
}

/** "Kenyans", "Iraqis"; none for "Chinese", "Swiss", "Dutch". */
function pluralOf(demonym: string): string | undefined {
	return /(?:ese|sh|ch|ss|s)$/.test(demonym) ? undefined : `${demonym}s`;
}

// Spellings the country data does not carry but prose uses every day.
for (const [surface, canonical] of [
	['Turkey', 'Turkey'], ['U.S.', 'United States'], ['U.S.A.', 'United States'], ['America', 'United States'], ['U.K.', 'United Kingdom'],
	['Washington', 'Washington'], ['Washington, D.C.', 'Washington'], ['Czech Republic', 'Czechia'],
	['Ivory Coast', 'Ivory Coast'], ['Burma', 'Myanmar'], ['Holland', 'Netherlands'], ['Kiev', 'Kyiv'], ['Kyiv', 'Kyiv'],
	['Democratic Republic of the Congo', 'DR Congo'], ['Sanaa', 'Sanaa'], ['Sana\'a', 'Sanaa'], ['New Delhi', 'New Delhi'], ['Delhi', 'Delhi'],
] as const) {
	add(locations, surface, canonical);
}

for (const place of [...regions, ...cities]) add(locations, place, place);
for (const [surface, canonical] of extraNationalities) {
	add(nationalities, surface, canonical);
	// "six South Koreans", "two Saudi Arabians": the extra demonyms take a plural as the generated ones do,
	// unless the plural is a place's name ("Lao", "Laos").
	const plural = pluralOf(surface);
	if (plural !== undefined && !locations.exact.has(plural)) add(nationalities, plural, canonical);
}
for (const [name, aliases] of organizations) {
	add(knownOrganizations, name, name);
	for (const alias of aliases) add(knownOrganizations, alias, name);
}

/** A gazetteer name and what it names. */
export type KnownName = {readonly kind: 'organization' | 'nationality' | 'location'; readonly name: string};

/**
 * Every surface form of the three gazetteers in one Map, for the extractor's most frequent question ("is this
 * run a known name?"): one look-up instead of three. Where a form is in several, a body's reading wins, then a
 * people's, then a place's: later sets overwrite earlier ones.
 */
export const knownNames = new Map<string, KnownName>();
for (const [surface, name] of locations.exact) knownNames.set(surface, {kind: 'location', name});
for (const [surface, name] of nationalities.exact) knownNames.set(surface, {kind: 'nationality', name});
for (const [surface, name] of knownOrganizations.exact) knownNames.set(surface, {kind: 'organization', name});

/**
 * Known bodies' names cut before each lower-case word inside them ("Organization for Security and Co-operation"
 * of "… in Europe"), so that a run can go on across "in" or "to" exactly when the name it makes is known.
 */
export const knownNamePrefixes = new Set<string>();
/** Those names cut after each word from their first lower-case word on. */
export const knownNameContinuations = new Set<string>();
/** First words of those prefixes: most runs can be passed over without joining their words. */
export const knownNamePrefixStarts = new Set<string>();
for (const surface of knownOrganizations.exact.keys()) {
	const words = surface.split(' ');
	for (const [index, word] of words.entries()) {
		if (index === 0 || !/^\p{Ll}/u.test(word)) continue;
		knownNamePrefixes.add(words.slice(0, index).join(' '));
		// And the name up to each word after it, so that a run goes on only into the known name itself
		// ("UN refugee agency", not "UN children's agency UNICEF").
		for (let end = index + 1; end <= words.length; end++) knownNameContinuations.add(words.slice(0, end).join(' '));
		knownNamePrefixStarts.add(words[0]!);
	}
}

/** First words of known bodies' names of several words: a run opening with any other word cannot start one. */
export const knownMultiWordStarts = new Set<string>();
for (const surface of knownOrganizations.exact.keys()) {
	const space = surface.indexOf(' ');
	if (space > 0) knownMultiWordStarts.add(surface.slice(0, space));
}
