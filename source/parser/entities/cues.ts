// What the words around a name say it is: a place after "in", a speaker before "said".
import {compassWords, firstNames, placeNouns, placePrepositions, speechVerbs} from '../gazetteer/words.js';
import {locations, nationalities} from './lexicon.js';
import type {SentenceContext} from './context.js';
import type {Token} from './tokens.js';

/** A multi-word name in a place's position: "in Cedar Rapids", "Elk Grove, California", "the Kowloon Bay district". */
export function placeCue(context: SentenceContext, tokens: Token[]): boolean {
	const all = context.tokens;
	const first = tokens[0]!;
	const last = tokens.at(-1)!;
	if (firstNames.has(first.text) || last.possessive) return false;
	const before = all[first.index - 1]?.text;
	if (before && placePrepositions.has(before) && before !== 'from' && before !== 'at') return true;
	if (before === 'at' && sitesBeforeAt.has(all[first.index - 2]?.text ?? '')) return true;
	if (before === 'of' && placeNouns.has(all[first.index - 2]?.text.toLowerCase() ?? '')) return true;
	if (before === ',' && placeBeforeComma(all, first.index - 2)) return true;
	if (struckByDisaster(all, first.index) || bearingOrBorder(all, first.index) || reachOrCourse(all, first.index)) return true;
	// "Tom Vale, 22, of Broken Arrow": where a person named with an age comes from.
	if (before === 'of' && all[first.index - 2]?.text === ',' && all[first.index - 3]?.kind === 'number') return true;
	return followedByPlace(all, last.index);
}

// "at" alone may come before a body or a person ("at Reuters", "at Smith's home"); after a site that stands
// somewhere ("a hospital at Bab al-Hawa", "the camp at Zamzam") it comes before the place.
const sitesBeforeAt = new Set(['hospital', 'hospitals', 'clinic', 'camp', 'camps', 'base', 'bases', 'airbase', 'checkpoint', 'checkpoints', 'crossing', 'prison', 'jail', 'port', 'airport', 'airfield', 'border', 'refinery', 'mine', 'dam', 'barracks', 'garrison', 'outpost']);

/** Whether a place noun follows the name ending at `at` ("… district", "… mountains"). */
export function followedByPlace(all: Token[], at: number): boolean {
	const next = all[at + 1];
	// Not "Kyaw Moe Tun, Myanmar's envoy": a possessive place after the comma begins an appositive.
	if (next?.text === ',' && !all[at + 2]?.possessive) {
		const after = all[at + 2];
		if (after && (locations.exact.has(after.text) || (compassWords.has(after.text) && locations.exact.has(all[at + 3]?.text ?? '')))) return true;
		if (after && all[at + 3] && locations.exact.has(`${after.text} ${all[at + 3]!.text}`)) return true;
	}

	if (next?.text === ',' && all[at + 2]?.text === 'in' && placedIn(all, at + 3)) return true;
	return next !== undefined && next.kind === 'lower' && (placeNouns.has(next.text) || placeNounsAfter.has(next.text) || placeNounsAfter.has(all[at + 2]?.text ?? '') && all[at + 2]?.kind === 'lower' && !placePrepositions.has(next.text));
}

const compassAdjectives = new Set(['central', 'northern', 'southern', 'eastern', 'western', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest']);
const areaNouns = new Set(['region', 'province', 'district', 'state', 'county', 'department', 'governorate', 'prefecture', 'municipality', 'territory', 'area']);

/**
 * "Dialassagou, in the Mopti region,", "Tembara, in central Mali": from `at` on, the larger area a name is set
 * in, which makes it a place. Only these shapes: ", in Paris" may follow a person too.
 */
function placedIn(all: Token[], at: number): boolean {
	const first = all[at];
	if (first === undefined) return false;
	if (compassAdjectives.has(first.text)) return all[at + 1]?.kind === 'capital';
	if (first.text !== 'the') return false;
	let word = at + 1;
	while (all[word]?.kind === 'capital' && word - at <= 3) word++;
	return word > at + 1 && areaNouns.has(all[word]?.text ?? '');
}

const placeNounsAfter = new Set(['residents', 'inhabitants', 'regional', 'provincial', 'municipal', 'district', 'province', 'region', 'county', 'village', 'town', 'neighbourhood', 'neighborhood', 'field', 'airport', 'oblast', 'prefecture', 'municipality', 'suburb', 'valley', 'river', 'governorate',
	'area', 'mountains', 'mountain', 'range', 'pass', 'peak', 'glacier', 'prison', 'jail', 'camp', 'estate', 'township',
	// Land that names take: "the Dansadau forest", "the Ruzizi plain".
	'forest', 'forests', 'hills', 'desert', 'swamp', 'swamps', 'gorge', 'plateau', 'plain', 'plains', 'delta', 'basin', 'wetlands', 'woods', 'jungle',
	// Passages and stops on a route: "the Bab Tarsen strait", "the Vela Jos halt".
	'strait', 'straits', 'halt', 'junction', 'crossing',
	// Poor quarters: "the Jacarezinho favela", "the Kibera slum".
	'favela', 'favelas', 'slum', 'slums', 'shantytown', 'barrio', 'colonia']);

// Buildings a place name can qualify: "a Brakvik supermarket", "the Sundal hospital".
const facilitiesAfter = new Set(['supermarket', 'hospital', 'school', 'church', 'mosque', 'synagogue', 'temple', 'mall', 'market', 'courthouse', 'stadium', 'neighbourhood', 'neighborhood']);
const articles = new Set(['a', 'an', 'the', 'A', 'An', 'The']);

// What only a place has: "Karaj's mayor", "Mosul's outskirts".
const ownedByPlaces = new Set(['mayor', 'governor', 'residents', 'inhabitants', 'streets', 'outskirts', 'suburbs', 'airport', 'port', 'population', 'city', 'municipality', 'neighbourhoods', 'neighborhoods']);

/** What the words around an unknown single name say it is. */
export function singleCue(context: SentenceContext, token: Token): 'person' | 'location' | undefined {
	const {tokens, text} = context;
	const {index} = token;
	const next = tokens[index + 1];
	const previous = tokens[index - 1];
	// "Police in Tiskel said": the preposition places the name before the verb can make it a speaker.
	if (previous && placePrepositions.has(previous.text) && previous.text !== 'from' && previous.text !== 'at') return 'location';
	if (previous?.text === 'at' && sitesBeforeAt.has(tokens[index - 2]?.text ?? '')) return 'location';
	// "Residents of Kuriga told …": the place's position comes before the speech verb after it.
	if (previous?.text === 'of' && placeNouns.has(tokens[index - 2]?.text.toLowerCase() ?? '')) return 'location';
	if (previous?.text === 'of' && officeHoldersPlace(tokens, index - 2)) return 'location';
	// "the state capital, Tarvel": a place noun set before the name by a comma.
	if (previous?.text === ',' && placeBeforeComma(tokens, index - 2) && !token.possessive) return 'location';
	if (bearingOrBorder(tokens, index) || reachOrCourse(tokens, index)) return 'location';
	if (next && !token.possessive && speechVerbs.has(next.text)) return 'person';
	if (previous?.text === 'named' || /year-old\s+$/.test(text.slice(Math.max(0, token.start - 12), token.start))) return 'person';
	if (previous && placePrepositions.has(previous.text)) return 'location';
	// "Tom Vale, 27, of Brakvik": where a person named with an age comes from.
	if (previous?.text === 'of' && tokens[index - 2]?.text === ',' && tokens[index - 3]?.kind === 'number') return 'location';
	// Not adjectives of faith or style ("a Methodist church", "a Gothic church").
	if (!token.possessive && articles.has(previous?.text ?? '') && next?.kind === 'lower' && facilitiesAfter.has(next.text) && !/(?:al|ic|ist|ian|ite|ese)$/.test(token.text)) return 'location';
	// "from Brakvik to Sundal".
	if (previous?.text === 'to' && (tokens.slice(Math.max(0, index - 4), index - 1).some(before => before.text === 'from') || /^(?:close|next|closer|flew|flown|travelled|traveled|returned|fled|flee|fleeing|airlifted|evacuated|relocated|deported|marched|sailed|headed)$/.test(tokens[index - 2]?.text ?? ''))) return 'location';
	if (!token.possessive && followedByPlace(tokens, index)) return 'location';
	if (token.possessive && next?.kind === 'lower' && ownedByPlaces.has(next.text)) return 'location';
	if (struckByDisaster(tokens, index)) return 'location';
	if (firstNames.has(token.text)) return 'person';
	return undefined;
}

// Place nouns that name people ("the mayor, Zbigniew Vale" is the mayor himself).
const peopleNouns = new Set(['mayor', 'governor', 'residents', 'inhabitants', 'villagers']);

/** "the state capital, Tarvel", "a fishing village, Brakvik": a place noun (not a person's office) closes the phrase before the comma. */
function placeBeforeComma(all: Token[], at: number): boolean {
	const noun = all[at]?.text.toLowerCase() ?? '';
	return placeNouns.has(noun) && !peopleNouns.has(noun) && !officeOfPlace(all, at);
}

// Offices held over a place: "the mayor of the district, X", "the head of the Velka region, X" name the holder.
const officesOverPlaces = new Set(['mayor', 'governor', 'prefect', 'sub-prefect', 'administrator', 'head', 'chief', 'commissioner', 'chairman', 'chairwoman', 'leader', 'president', 'deputy', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'resident', 'councillor', 'councilor', 'elder', 'imam', 'police']);

/** The place noun at `at` closes "<office> of the (…) <noun>": the name after its comma is the office's holder. */
function officeOfPlace(all: Token[], at: number): boolean {
	// Back over the noun's article and a few words of its place's name ("of the Velka region").
	for (let back = at - 1; back >= 0 && at - back <= 4; back--) {
		const word = all[back]!;
		if (word.text === 'of') return officesOverPlaces.has(all[back - 1]?.text ?? '');
		if (word.kind === 'punct' || word.kind === 'number') return false;
	}

	return false;
}

const bearings = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west', 'upstream', 'downstream', 'outskirts']);
const borderNouns = new Set(['border', 'borders', 'frontier', 'boundary']);

/** "60 kilometres south of Pimbo", "the border with North Tarsen": a bearing or a border is taken from a place. */
function bearingOrBorder(all: Token[], at: number): boolean {
	const before = all[at - 1]?.text;
	if (before === 'of') return bearings.has(all[at - 2]?.text ?? '');
	return before === 'with' && borderNouns.has(all[at - 2]?.text ?? '');
}

const courseWords = new Set(['bound', 'headed', 'heading', 'destined', 'sailing', 'flying', 'departed', 'departing']);
const localGovernments = new Set(['city', 'municipal', 'provincial', 'local', 'regional', 'county', 'district', 'town', 'state']);

/** "from as far as Lubumbashi", "a flight bound for Wabush", "the city government of Lianyungang". */
function reachOrCourse(all: Token[], at: number): boolean {
	const before = all[at - 1]?.text;
	if (before === 'as') return all[at - 2]?.text === 'far' && all[at - 3]?.text === 'as';
	if (before === 'for') return courseWords.has(all[at - 2]?.text ?? '');
	return before === 'of' && all[at - 2]?.text === 'government' && localGovernments.has(all[at - 3]?.text ?? '');
}

const disasterVerbs = new Set(['struck', 'strikes', 'hit', 'hits', 'destroyed', 'flattened', 'devastated', 'battered', 'ravaged', 'flooded', 'rocked', 'shook', 'levelled', 'leveled', 'razed', 'swept', 'pounded', 'lashed']);
const disasterNouns = new Set(['quake', 'quakes', 'earthquake', 'earthquakes', 'tremor', 'tremors', 'aftershock', 'tsunami', 'storm', 'storms', 'cyclone', 'typhoon', 'hurricane', 'tornado', 'tornadoes', 'flood', 'floods', 'floodwaters', 'landslide', 'landslides', 'mudslide', 'avalanche', 'eruption', 'wildfire', 'wildfires', 'blaze', 'fire', 'fires']);

/**
 * "a quake struck Amatrice", "an earthquake and tsunami destroyed Messina and …": what a disaster strikes is a
 * place. The verb stands right before the name and a disaster noun closes its subject, a few words back.
 */
function struckByDisaster(all: Token[], at: number): boolean {
	let verb = at - 1;
	if (all[verb]?.text === 'through' && all[verb - 1]?.text === 'swept') verb--;
	if (!disasterVerbs.has(all[verb]?.text ?? '') || all[verb]!.text === 'swept' && verb === at - 1) return false;
	for (let back = verb - 1; back >= 0 && verb - back <= 4; back--) {
		const word = all[back]!;
		if (disasterNouns.has(word.text.toLowerCase())) return true;
		if (word.kind !== 'lower') return false;
	}

	return false;
}

const placeOffices = new Set(['Mayor', 'Governor', 'Premier', 'Mayor-elect', 'Governor-elect']);

/** "Mayor Lorena Alfaro of Irapuato": the name ending at `at` carries a place's office, so "of" names the place. */
function officeHoldersPlace(tokens: Token[], at: number): boolean {
	for (let back = at; back >= 0 && at - back <= 4; back--) {
		const word = tokens[back]!;
		if (placeOffices.has(word.text)) return back < at;
		if (word.kind !== 'capital' && word.kind !== 'initial') return false;
	}

	return false;
}

// Nouns after a name that make it a body's name: "the Besiktas club", "the Wagner group".
const bodyNounsAfter = new Set(['utility', 'giant', 'tank', 'watchdog', 'regulator', 'ngo', 'nonprofit', 'non-profit', 'foundation', 'association', 'federation', 'league', 'coalition', 'alliance', 'syndicate', 'consortium', 'conglomerate', 'insurer', 'lender', 'bank', 'carmaker', 'automaker', 'manufacturer', 'retailer', 'tabloid', 'magazine', 'newspaper', 'ministry', 'collective', 'gang', 'cartel', 'club', 'group', 'party', 'company', 'firm', 'agency', 'newspaper', 'daily', 'channel', 'network', 'movement', 'militia', 'team', 'airline', 'carrier', 'charity', 'broadcaster', 'website', 'outlet', 'brand', 'chain', 'union', 'faction', 'organisation', 'organization', 'conglomerate']);
// After a name only: "a Glencore subsidiary", "Abu Tarsen militants" ("the militants, Ola Vale and …" are people).
const bodyNounsOnlyAfter = new Set(['subsidiary', 'subsidiaries', 'affiliate', 'militants', 'insurgents', 'jihadists', 'rebels']);

// "the Germanwatch think tank": the two-word noun's first word is its modifier.
const bodyNounModifiers = new Set(['think']);
const bodyModifiers = new Set(['news', 'state', 'state-run', 'state-owned', 'private', 'television', 'radio', 'media', 'militant', 'armed', 'criminal', 'rebel', 'opposition', 'ruling', 'football']);

/** "the agency, Harbour Tours, said": a body noun set before the name by a comma. */
export function precededByBodyNoun(all: Token[], at: number): boolean {
	if (!(all[at - 1]?.text === ',' && all[at - 2]?.kind === 'lower' && bodyNounsAfter.has(all[at - 2]!.text) && articles.has(all[at - 3]?.text ?? ''))) return false;
	// Not "a spokesman for the agency, Ola Vale,": there the noun belongs to a person's role ("a faction of the group, X," is the group).
	const before = all[at - 4];
	const role = before !== undefined && before.kind === 'lower' && /^(?:for|of|from|at|with|by|to|in)$/.test(before.text) && !/^(?:faction|wing|branch|part|member|members|affiliate|offshoot|splinter|cell|unit|arm)$/.test(all[at - 5]?.text ?? '');
	return !role;
}

// "a bus operated by X", "a hotel owned by X": what runs a thing is a body more often than a person.
const ownerVerbs = new Set(['operated', 'owned', 'run', 'managed', 'chartered', 'leased']);
// "HarbourOnline", "PayFast": a capital inside a word is a brand's; "McAllister", "DeLuca" are surnames.
const brand = /^(?!Mc|Mac|O'|D'|De|Di|Da|Du|La|Le|Van|Von)\p{Lu}\p{Ll}+\p{Lu}\p{Ll}/u;

/**
 * A capital letter (or any character outside ASCII) from the third character on: `brand` needs one, and most
 * words have none, so the regex runs on few of them.
 */
function mayHaveInnerCapital(word: string): boolean {
	for (let at = 2; at < word.length; at++) {
		const code = word.charCodeAt(at);
		if ((code >= 65 && code <= 90) || code >= 128) return true;
	}

	return false;
}

/** "HarbourOnline", "TotalEnergies": a brand's shape, a capital inside the word after its first letters. */
export function brandShaped(word: string): boolean {
	return mayHaveInnerCapital(word) && brand.test(word);
}

/** What the words around an unknown single name say makes it a body. */
export function singleBodyCue(all: Token[], at: number): boolean {
	const token = all[at]!;
	if (brandShaped(token.text) || namesItself(all, at)) return true;
	return ownedBy(all, at) && !token.possessive;
}

/** "a boat owned by X", "chartered by X": what owns, runs or charters a thing is a body more often than a person. */
export function ownedBy(all: Token[], at: number): boolean {
	return all[at - 1]?.text === 'by' && ownerVerbs.has(all[at - 2]?.text ?? '');
}

/** Whether the word after the name at `at` calls it a body ("… club", "… group"). */
export function followedByBodyNoun(all: Token[], at: number): boolean {
	// Every noun and modifier below is a word written small: nothing else can follow the name.
	if (all[at + 1]?.kind !== 'lower') return false;
	// One modifier may stand between: "the Tass news agency", "the Rai state broadcaster".
	const modifier = all[at + 1]!.text;
	const skip = bodyModifiers.has(modifier) || bodyNounModifiers.has(modifier) ? 2 : 1;
	const next = all[at + skip];
	if (next?.text === 'tank' && modifier !== 'think') return false;
	return next !== undefined && next.kind === 'lower' && (bodyNounsAfter.has(next.text) || bodyNounsOnlyAfter.has(next.text)) && !all[at]!.possessive;
}

/** "the anti-racism group SOS Racisme", "the rights group Kestrel Watch": the name right after an article's body noun. */
export function namedAfterBodyNoun(all: Token[], at: number): boolean {
	const noun = all[at - 1];
	if (noun === undefined || noun.kind !== 'lower' || !bodyNounsAfter.has(noun.text) || noun.text === 'tank' && all[at - 2]?.text !== 'think') return false;
	for (let back = at - 2; back >= Math.max(0, at - 5); back--) {
		const word = all[back]!;
		// "Relief group Sundal Hjelp said": a sentence may open with the noun's qualifier.
		// "Ukraine's state grid operator Ukrenergo": a possessive name determines the noun as an article does.
		if (articles.has(word.text) || (word.initial && word.kind === 'capital') || (word.possessive && word.kind === 'capital')) return true;
		// "The Italian aid group Emergency": a people's adjective qualifies the noun as a small word would.
		if (word.kind !== 'lower' && !nationalities.exact.has(word.text)) return false;
	}

	return false;
}

// What only a body has: "members of X", "X's headquarters".
const membershipNouns = new Set(['members', 'headquarters', 'offices', 'staff', 'employees', 'branches', 'leadership', 'membership']);
// Who speaks for a body, or for a person: only names that do not look like a person's take these.
const speakerNouns = new Set(['head', 'leader', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'statement', 'chairman', 'chairwoman', 'founder', 'founders', 'website']);

/**
 * The name from `first` to `last` in a body's position: "members of X", "a spokesman for the X", "X's headquarters".
 * 'speaker' for the nouns a person can have too (a spokesman, a statement), which the caller weighs.
 */
export function bodyPositionCue(all: Token[], first: number, last: number): 'members' | 'speaker' | undefined {
	const joiner = all[first - 1]?.text === 'the' ? first - 2 : first - 1;
	const before = all[joiner]?.text === 'of' || all[joiner]?.text === 'for' ? positionNoun(all[joiner - 1]?.text) : undefined;
	if (before) return before;
	return all[last]!.possessive && all[last + 1]?.kind === 'lower' ? positionNoun(all[last + 1]!.text) : undefined;
}

function positionNoun(written: string | undefined): 'members' | 'speaker' | undefined {
	if (written === undefined) return undefined;
	const word = written.toLowerCase();
	if (membershipNouns.has(word)) return 'members';
	return speakerNouns.has(word) ? 'speaker' : undefined;
}

const selfWords = new Set(['itself', 'themselves']);
const namingVerbs = new Set(['calls', 'call', 'called', 'calling']);
const nameNouns = new Set(['acronym', 'name', 'initials', 'abbreviation']);

/**
 * "the gang, which calls itself Baz Kraze Zo", "the agency, known by its Indonesian acronym Basarnas": a name a
 * body gives itself, or goes by as "its" acronym, is the body's.
 */
export function namesItself(all: Token[], at: number): boolean {
	if (selfWords.has(all[at - 1]?.text ?? '') && namingVerbs.has(all[at - 2]?.text ?? '')) return true;
	if (!nameNouns.has(all[at - 1]?.text ?? '')) return false;
	for (let back = at - 2; back >= 0 && at - back <= 4; back--) {
		const word = all[back]!.text;
		if (word === 'its') return all[back - 1]?.text === 'by' && all[back - 2]?.text === 'known';
		if (all[back]!.kind !== 'lower' && all[back]!.kind !== 'capital') return false;
	}

	return false;
}

const identifyVerbs = new Set(['identified', 'identifies', 'identify', 'named', 'names', 'name']);

/**
 * "Prosecutors identified one of the escapees as Rigo Salas", "police named the victim as Ana Ruiz": who is
 * identified as a name is a person (a few words may name who, none may end the clause).
 */
export function identifiedAs(all: Token[], at: number): boolean {
	if (all[at - 1]?.text !== 'as') return false;
	for (let back = at - 2; back >= 0 && at - back <= 7; back--) {
		const word = all[back]!;
		if (identifyVerbs.has(word.text)) return true;
		if (word.kind === 'punct') return false;
	}

	return false;
}

// What a language names: "its Spanish acronym", "the French name", "a Portuguese-language daily".
const languageNouns = new Set(['acronym', 'acronyms', 'initials', 'abbreviation', 'name', 'names', 'translation', 'word', 'words', 'term', 'spelling', 'title', 'version', 'speakers', 'speaking', 'language', 'dubbing', 'subtitles']);
const languagePrepositions = new Set(['in', 'from', 'into']);
const namingWords = new Set(['as', 'is', 'means', 'meaning', 'for']);

/**
 * "known by its Spanish acronym Sedena", "known in French as the Bureau …", "translated from Arabic": a people's
 * word that names a language there, not the people.
 */
export function languageUse(text: string, all: Token[], at: number): boolean {
	// "a Portuguese-language daily", "Arabic-speaking": the tokeniser has cut the adjective's tail off.
	const end = all[at]!.end;
	if (text.charCodeAt(end) === 45 && (text.startsWith('language', end + 1) || text.startsWith('speaking', end + 1))) return true;
	const next = all[at + 1];
	if (next !== undefined && next.kind === 'lower' && languageNouns.has(next.text)) return true;
	if (!languagePrepositions.has(all[at - 1]?.text ?? '')) return false;
	// "known in French as", "translated from Arabic", "said in Spanish that".
	const verb = all[at - 2]?.text ?? '';
	return namingWords.has(next?.text ?? '') || /^(?:known|written|spoken|said|translated|published|broadcast|called|speaking|speaks|spoke|fluent)$/.test(verb);
}
