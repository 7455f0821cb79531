// The one data model of a parsed story. Everything in sitrep (dashboard, --json,
// --summary, --search, the desk of stories) reads this and nothing else.
//
// Offsets are JavaScript string indexes into `Story.text`:
// `story.text.slice(span.start, span.end)` is the mention.

export type Span = {
	start: number;
	end: number;
};

export type Paragraph = Span;

export type Sentence = Span & {
	/** Index into `Story.paragraphs`. */
	paragraph: number;
};

export type EntityType = 'person' | 'organization' | 'location' | 'nationality';

export type Mention = Span & {
	/** Index into `Story.sentences`. */
	sentence: number;
};

export type Entity = {
	/** Stable within one story: `e1`, `e2`, … in order of first mention. */
	id: string;
	/** Canonical name, without titles ("Emomali Rakhmon", not "President Emomali Rakhmon"). */
	name: string;
	type: EntityType;
	/** Other names the story uses for it ("IMU", "Rakhmon"). Never includes `name`. */
	aliases: string[];
	/** Titles and appositives ("President", "a commander of the United Tajik Opposition"). */
	descriptions: string[];
	/** Every place the story names it, in text order. */
	mentions: Mention[];
};

export const figureKinds = [
	'killed',
	'wounded',
	'escaped',
	'missing',
	'captured',
	'arrested',
	'sentenced',
	'rescued',
	'evacuated',
	'displaced',
	'hostages',
] as const;

export type FigureKind = (typeof figureKinds)[number];

/** The kinds the summary always reports, in display order. */
export const summaryKinds = ['escaped', 'killed', 'wounded'] as const;
export type SummaryKind = (typeof summaryKinds)[number];

export type Qualifier = 'exact' | 'at least' | 'more than' | 'about' | 'up to';

export type Figure = Span & {
	/** `f1`, `f2`, … in text order. */
	id: string;
	kind: FigureKind;
	count: number;
	qualifier: Qualifier;
	/** Who the count is about ("guards", "Islamic militants"), or null. */
	subject: string | null;
	/** Index into `Story.sentences`. */
	sentence: number;
	/** Who said so ("the security services"), or null when the story does not say. */
	attribution: string | null;
	/** Id of the figure this one is a part of (the breakdown of a total), or null. */
	partOf: string | null;
	/** False for figures about other events (earlier attacks, past sentences): kept out of totals. */
	mainEvent: boolean;
	/** True when no number is written and the count is one named or described person ("the mayor died"). */
	implicit?: boolean;
	/** True for a rough size written as a word ("dozens", "hundreds"): ranked below a written count. */
	vague?: boolean;
	/** True for a count said to be possible ("could still be missing"): ranked below a stated count. */
	speculative?: boolean;
	/** True for an earlier state of the total it is part of ("Eleven bodies had been recovered by Monday", "first said 27"): shown as such, never added. */
	superseded?: boolean;
	/** True for people on top of a count ("three more", "another two", "two others"): added to a toll given before, part of one given after. */
	increment?: boolean;
};

export type Claim = {
	count: number;
	qualifier: Qualifier;
	attribution: string | null;
	figure: string;
};

export type Total = {
	count: number;
	qualifier: Qualifier;
	/** Ids of the figures this total rests on (the total itself and/or its parts). */
	figures: string[];
	/** Competing figures for the same total from other sources. */
	claims: Claim[];
};

export type Summary = Record<SummaryKind, Total | null> & Partial<Record<Exclude<FigureKind, SummaryKind>, Total | null>>;

export type TimelineEntry = Span & {
	expression: string;
	/** Index into `Story.sentences`. */
	sentence: number;
	/** ISO date or range ("2008-01-13", "2008-06-01/2008-08-31", "1990-01-01/1999-12-31"), or null when unknown. */
	when: string | null;
};

export type Dateline = {
	place: string;
	region: string | null;
	agency: string | null;
};

export type Story = {
	/** The story text after normalisation and sanitising: safe to print. */
	text: string;
	/** From front matter, a headline line, or the dateline. */
	title: string | null;
	/** Where the story came from: a path, "-" for stdin, or null for a string. */
	source: string | null;
	url: string | null;
	/** Who published it (front matter `source:`, e.g. "Associated Press"); absent when unknown. */
	publisher?: string | null;
	dateline: Dateline | null;
	/** ISO date (YYYY-MM-DD) the story was published, or null. */
	published: string | null;
	paragraphs: Paragraph[];
	sentences: Sentence[];
	entities: Entity[];
	figures: Figure[];
	summary: Summary;
	/** In the order the events happened. */
	timeline: TimelineEntry[];
};

export type ParseOptions = {
	/** ISO date (YYYY-MM-DD) to resolve relative times against; wins over a date in the text. */
	date?: string;
	source?: string | null;
	title?: string | null;
	url?: string | null;
};
