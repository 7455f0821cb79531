// Word lists for reading casualty figures. General English cues only: no story's
// names or numbers belong here.
import type {FigureKind, Qualifier} from '../model/types.js';
import {recordReader} from './word-records.js';

/** Verbs and adjectives that say what happened to the counted people, wherever they stand. */
export const kindWords: Record<string, FigureKind> = {
	killed: 'killed', killing: 'killed', kill: 'killed', kills: 'killed', dead: 'killed', died: 'killed', die: 'killed', dies: 'killed', dying: 'killed',
	perished: 'killed', slain: 'killed', deceased: 'killed', fatalities: 'killed', fatality: 'killed', deaths: 'killed', death: 'killed', bodies: 'killed',
	drowned: 'killed', executed: 'killed', massacred: 'killed', murdered: 'killed', toll: 'killed',
	wounded: 'wounded', wounding: 'wounded', wound: 'wounded', wounds: 'wounded', injured: 'wounded', injuring: 'wounded', injures: 'wounded', injure: 'wounded',
	injuries: 'wounded', hurt: 'wounded', hurting: 'wounded', hospitalised: 'wounded', hospitalized: 'wounded', hospitalisation: 'wounded',
	escaped: 'escaped', escaping: 'escaped', escape: 'escaped', escapes: 'escaped', escapees: 'escaped', fled: 'escaped',
	missing: 'missing', unaccounted: 'missing', trapped: 'missing',
	captured: 'captured', capturing: 'captured', recaptured: 'captured', rearrested: 'captured', caught: 'captured',
	arrested: 'arrested', arresting: 'arrested', arrests: 'arrested', detained: 'arrested', detaining: 'arrested', detentions: 'arrested', apprehended: 'arrested',
	sentenced: 'sentenced', convicted: 'sentenced', jailed: 'sentenced',
	rescued: 'rescued', rescuing: 'rescued', survivors: 'rescued', saved: 'rescued', alive: 'rescued', plucked: 'rescued',
	evacuated: 'evacuated', evacuating: 'evacuated', evacuees: 'evacuated', evacuate: 'evacuated', evacuates: 'evacuated',
	displaced: 'displaced', homeless: 'displaced', refugees: 'displaced', uprooted: 'displaced',
	hostages: 'hostages', hostage: 'hostages', kidnapped: 'hostages', abducted: 'hostages', kidnapping: 'hostages', captives: 'hostages', captivity: 'hostages', captive: 'hostages',
};

/** kindWords[word], read by a Map (see word-records.ts). */
export const kindOf = recordReader(kindWords);

/** Cue words that can stand as the counted noun itself ("56 deaths", "20 bodies", "ten survivors"). */
export const kindNouns = new Set(['deaths', 'fatalities', 'bodies', 'dead', 'deceased', 'injuries', 'injured', 'wounded', 'survivors', 'hostages', 'captives', 'escapees', 'evacuees', 'refugees', 'arrests', 'missing', 'detentions']);

/** Verbs that take the count as their object: "killing four guards", "injuring 25", "killed eleven". */
export const objectVerbs = new Set([
	'killed', 'killing', 'kill', 'kills', 'wounding', 'wounded', 'injuring', 'injured', 'injures', 'hurt', 'hurting', 'rescued', 'rescuing',
	'evacuated', 'evacuating', 'evacuate', 'evacuates', 'arrested', 'arresting', 'detained', 'detaining', 'apprehended', 'uprooted', 'captured', 'capturing', 'recaptured', 'rearrested', 'caught', 'sentenced', 'convicted', 'jailed',
	'displaced', 'kidnapped', 'abducted', 'executed', 'massacred', 'murdered', 'freed', 'freeing', 'saved', 'claimed', 'seized', 'released', 'releasing',
	'kidnapping', 'abducting', 'displacing', 'uprooting', 'sentencing', 'jailing', 'convicting',
	'plucked', 'arrest', 'detain', 'detains', 'free', 'frees', 'kidnap', 'kidnaps', 'abduct', 'abducts', 'rescue', 'rescues', 'sentence', 'sentences', 'jail', 'jails', 'displace', 'displaces',
]);

/**
 * Present and base forms, as headlines tell what happened ("Police arrest 30", "Gunmen kidnap 20 passengers",
 * "Kidnappers free 52 of 87 students"): objects like the past forms, but not after "to" (an aim, see verbBefore).
 */
export const presentObjectVerbKinds: Record<string, FigureKind> = {
	arrest: 'arrested', detain: 'arrested', detains: 'arrested', free: 'rescued', frees: 'rescued', kidnap: 'hostages', kidnaps: 'hostages',
	abduct: 'hostages', abducts: 'hostages', rescue: 'rescued', rescues: 'rescued', sentence: 'sentenced', sentences: 'sentenced',
	jail: 'sentenced', jails: 'sentenced', displace: 'displaced', displaces: 'displaced',
};

/** Gerunds of a participle clause ("…, kidnapping 20 passengers", "…, displacing 14,000 people"): objects as the past forms. */
const gerundObjectVerbKinds: Record<string, FigureKind> = {
	kidnapping: 'hostages', abducting: 'hostages', displacing: 'displaced', uprooting: 'displaced', sentencing: 'sentenced', jailing: 'sentenced', convicting: 'sentenced',
};

/** "claimed N lives" means killed, "seized 43 passengers" hostages, "released 30" freed; the other object verbs keep their own kind. */
export const objectVerbKinds: Record<string, FigureKind> = {claimed: 'killed', freed: 'rescued', freeing: 'rescued', seized: 'hostages', released: 'rescued', releasing: 'rescued', ...presentObjectVerbKinds, ...gerundObjectVerbKinds};
export const objectVerbKind = recordReader(objectVerbKinds);

/** People nouns: what a casualty count counts. */
export const personNouns = new Set([
	'people', 'persons', 'person', 'individuals', 'others', 'more', 'men', 'women', 'children', 'kids', 'boys', 'girls', 'babies', 'infants',
	'adults', 'teenagers', 'students', 'pupils', 'guards', 'warders', 'wardens', 'jailers', 'militants', 'fighters', 'rebels', 'insurgents', 'soldiers', 'troops', 'officers',
	'policemen', 'police', 'civilians', 'prisoners', 'inmates', 'convicts', 'detainees', 'passengers', 'crew', 'members', 'workers', 'miners',
	'residents', 'villagers', 'protesters', 'protestors', 'demonstrators', 'pilgrims', 'worshippers', 'tourists', 'migrants', 'refugees',
	'victims', 'bystanders', 'pedestrians', 'drivers', 'motorists', 'motorcyclists', 'cyclists', 'riders', 'firefighters', 'rescuers',
	'journalists', 'reporters', 'staff', 'employees', 'patients', 'doctors', 'nurses', 'suspects', 'attackers', 'gunmen', 'terrorists',
	'bombers', 'hostages', 'sailors', 'marines', 'personnel', 'citizens', 'nationals', 'foreigners', 'americans', 'fans', 'spectators',
	'guests', 'shoppers', 'customers', 'occupants', 'survivors', 'fugitives', 'escapees', 'militiamen', 'gunmen', 'security', 'dead',
	'injured', 'wounded', 'deceased', 'man', 'woman', 'child', 'boy', 'girl', 'baby', 'guard', 'soldier', 'officer', 'civilian', 'prisoner',
	'inmate', 'passenger', 'worker', 'student', 'member', 'resident', 'victim', 'driver', 'pilot', 'pilots', 'hikers', 'climbers', 'divers',
	'swimmers', 'fishermen', 'farmers', 'teachers', 'travellers', 'travelers', 'commuters', 'visitors', 'hikers', 'mourners', 'voters', 'activists', 'opponents', 'supporters', 'loyalists', 'recruits', 'cadets', 'coworkers', 'colleagues', 'friends', 'neighbours', 'neighbors', 'fishers', 'crewmen', 'seamen', 'airmen', 'servicemen', 'peacekeepers', 'contractors', 'labourers', 'laborers', 'volunteers', 'athletes', 'players', 'runners', 'attendees', 'participants', 'monks', 'nuns', 'priests', 'clerics', 'family', 'families', 'relatives', 'lives', 'life', 'crewmembers',
	// "a tenth hostage died", "a captive was killed": one person held, as a counted noun (the plurals are kind nouns).
	'hostage', 'captive',
	// Staff held to account for an accident: "detained the director and two shift supervisors".
	'constables', 'supervisors', 'managers', 'engineers', 'technicians', 'operators', 'assistants', 'accomplices', 'bodyguards', 'aides', 'foremen', 'inspectors',
]);

/** Generic counted nouns: a figure with one of these (or none) reads as a toll, not as one group of it. */
export const genericSubjects = new Set(['people', 'persons', 'person', 'individuals', 'lives', 'life', 'dead', 'injured', 'wounded', 'deceased', 'deaths', 'fatalities', 'injuries', 'bodies']);

/** Nouns that mean the number counts things, times or measures, not people. */
export const nonPersonNouns = new Set([
	'years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day', 'hours', 'hour', 'minutes', 'minute', 'seconds', 'second', 'decades',
	'decade', 'centuries', 'century', 'nights', 'night', 'times', 'km', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'miles', 'mile',
	'metres', 'meters', 'metre', 'meter', 'm', 'ft', 'feet', 'foot', 'yards', 'inches', 'cm', 'mm', 'kg', 'kilograms', 'tonnes', 'tons',
	'pounds', 'lb', 'gallons', 'litres', 'liters', 'barrels', 'percent', 'per', 'degrees', 'mph', 'kph', 'km/h', 'acres', 'hectares',
	'dollars', 'euros', 'rubles', 'roubles', 'yuan', 'rupees', 'pesos', 'million', 'billion', 'homes', 'houses', 'buildings', 'apartments',
	'flats', 'rockets', 'missiles', 'drones', 'shells', 'bombs', 'vehicles', 'cars', 'trucks', 'buses', 'planes', 'aircraft', 'helicopters',
	'boats', 'ships', 'tanks', 'weapons', 'guns', 'rounds', 'shots', 'storeys', 'stories', 'floors', 'rooms', 'villages', 'towns', 'cities',
	'countries', 'nations', 'states', 'provinces', 'districts', 'schools', 'hospitals', 'churches', 'mosques', 'shops', 'points', 'goals',
	'votes', 'seats', 'charges', 'counts', 'cases', 'attacks', 'incidents', 'accidents', 'crashes', 'aftershocks', 'earthquakes', 'fires',
	'strikes', 'raids', 'explosions', 'blasts', 'magnitude', 'a.m.', 'p.m.', 'am', 'pm', 'o\'clock', 'gmt', 'utc', 'bn', 'mn', 'terms',
	'sentences', 'motorcycles', 'bikes', 'trains', 'flights', 'structures', 'units', 'sites', 'places', 'locations', 'areas', 'routes',
	'roads', 'bridges', 'lanes', 'seconds', 'storey', 'items', 'pieces', 'animals', 'dogs', 'cattle', 'head', 'languages', 'editions',
	'episodes', 'games', 'matches', 'races', 'laps', 'pages', 'words', 'tweets', 'posts', 'copies', 'tests', 'doses', 'beds',
	// Places people live, work or are taken to: "residents of two neighbouring blocks", "evacuated to 1,100 shelters".
	'blocks', 'shelters', 'tents', 'huts', 'camps', 'streets', 'neighbourhoods', 'neighborhoods', 'factories', 'warehouses', 'markets',
	'stalls', 'offices', 'farms', 'hamlets', 'settlements', 'dwellings', 'residences', 'premises', 'properties', 'tunnels', 'shafts',
]);

/**
 * Qualifier phrases before a number. "over" reads as "more than"; "nearly"/"almost" read as
 * "about": the true count is close to the figure (just under it), which "about" says without
 * implying a reported maximum the way "up to" would; "as many as" is such a maximum ("up to").
 * "some 300" is an estimate ("about"). "or more" after the noun makes "at least".
 */
export const qualifierPhrases: Array<[string[], Qualifier]> = [
	[['at', 'least'], 'at least'],
	[['no', 'fewer', 'than'], 'at least'],
	[['no', 'less', 'than'], 'at least'],
	[['a', 'minimum', 'of'], 'at least'],
	[['more', 'than'], 'more than'],
	[['over'], 'more than'],
	[['upwards', 'of'], 'more than'],
	[['in', 'excess', 'of'], 'more than'],
	[['as', 'many', 'as'], 'up to'],
	[['up', 'to'], 'up to'],
	[['at', 'most'], 'up to'],
	[['fewer', 'than'], 'up to'],
	[['less', 'than'], 'up to'],
	[['nearly'], 'about'],
	[['almost'], 'about'],
	[['about'], 'about'],
	[['around'], 'about'],
	[['roughly'], 'about'],
	[['approximately'], 'about'],
	[['some'], 'about'],
	[['an', 'estimated'], 'about'],
	[['estimated'], 'about'],
	[['close', 'to'], 'about'],
	[['just', 'over'], 'more than'],
	[['just', 'under'], 'about'],
];

/** Words that may sit between a qualifier, a number and a cue without breaking the link. */
export const fillerWords = new Set([
	'the', 'a', 'an', 'all', 'of', 'them', 'whom', 'those', 'these', 'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'being', 'be',
	'reportedly', 'reported', 'confirmed', 'believed', 'feared', 'thought', 'said', 'now', 'later', 'also', 'badly', 'seriously', 'critically',
	'severely', 'slightly', 'lightly', 'fatally', 'mortally', 'gravely', 'and', 'another', 'other', 'further', 'more', 'least', 'at', 'left',
	'leaving', 'to', 'as', 'many', 'about', 'some', 'nearly', 'almost', 'over', 'than', 'only', 'just', 'still', 'presumed', 'in', 'total',
	'by', 'who', 'were', 'people', 'officially', 'already', 'then',
]);

/** Phrases that put a figure's event before the story's main event. */
export const pastEventPattern =
	/\b(?:last|previous|past)\s+(?:year|month|week|summer|winter|spring|autumn|fall|decade|century|january|february|march|april|may|june|july|august|september|october|november|december)\b|\bearlier\s+(?:this|that)\s+(?:year|month)\b|\b(?:years|decades|months)\s+ago\b|\b(?:a|one|two|three|several)\s+(?:year|years|decade|decades)\s+(?:ago|earlier|before)\b|\bthe\s+(?:year|month|decade)\s+before\b|\b(?:previous|prior|earlier|former|similar)\s+(?:attack|attacks|bombing|bombings|incident|incidents|crash|crashes|disaster|war|conflict|earthquake|explosion|fire|shooting|riot|riots|accident|jailbreak|jailbreaks|breakout|raid|raids)\b|\banother\s+(?:explosion|attack|bombing|incident|crash|blast|shooting|accident)\b|\bin\s+(?:the\s+)?(?:1[89]|20)\d0s\b|\bsince\s+(?:then|the\s+(?:start|beginning|outbreak)\s+of\s+the\s+(?:year|war|conflict|fighting|insurgency|uprising|crisis|pandemic))\b|\bsince\s+the\s+(?:war|conflict|fighting|insurgency|uprising|crisis|violence|unrest|pandemic|epidemic)\s+(?:began|started|erupted|broke\s+out)\s+in\s+(?:early\s+|late\s+|mid-)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\bsince\s+the\s+(?:war|conflict|fighting|insurgency|uprising|crisis|violence|unrest|rebellion|protests|demonstrations|crackdown)\s+(?:began|started|erupted|broke\s+out)\b(?!\s+(?:on|at|this|today|yesterday|overnight|early|late|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)|\bsince\s+the\s+(?:military\s+|army\s+)?(?:coup|takeover|putsch|invasion)\b|\b(?:in|during|over)\s+that\s+(?:time|period)\b|\bin\s+recent\s+(?:years|decades)\b|\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|decades|months)\b|\b(?:since|from)\s+(?:early\s+|late\s+|mid-)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?![\s.]*\d)|\b(?:said|reported|announced|estimated|recorded)\s+in\s+(?:early\s+|late\s+|mid-)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?![\s.]*\d)|\bthis\s+year\b/i;

/**
 * Phrases that put a figure's event a day before the story's: another event when the story has its own count of
 * that kind ("Gunmen killed nine villagers on Friday. The previous day, soldiers killed three militants nearby"), but
 * the story's own when it has none ("freed 35 inmates on Monday. The day before, two guards were killed").
 */
export const dayBeforePattern = /\bthe\s+(?:previous|prior)\s+(?:day|night|evening|morning|afternoon)\b|\bthe\s+(?:day|night)\s+before\b|\ba\s+day\s+(?:earlier|before)\b/i;

// Who carried out an attack: attackers killed are a separate count from their victims (see summary.ts).
export const perpetrators = new Set(['attackers', 'attacker', 'militants', 'militant', 'gunmen', 'gunman', 'assailants', 'assailant', 'insurgents', 'insurgent', 'bombers', 'bomber', 'terrorists', 'terrorist', 'hijackers', 'hijacker', 'kidnappers', 'kidnapper', 'abductors', 'abductor', 'captors', 'captor', 'robbers', 'robber', 'suspects', 'suspect', 'fugitive', 'fugitives']);
