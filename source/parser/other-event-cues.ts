// Cues that a count belongs to another event than the story's own, beside the past-time cues of figure-cues.ts:
// a comparison with an earlier one ("the deadliest attack since March, when 30 people were killed") and an event
// said to be apart from it ("a separate storm killed three", "in a similar attack"). They cover counts of their own
// clause the way a past time does (see coveredByPastCue in figures.ts).
const eventNouns = '(?:attack|attacks|bombing|blast|explosion|incident|accident|crash|storm|fire|flood|floods|raid|shooting|clash|clashes|ambush|riot|quake|earthquake|landslide|collapse|disaster|stampede|operation|case|one)';

export const otherEventPattern = new RegExp(
	[
		// "the deadliest … since March", "the worst since 2019": the comparison and what it reaches back to.
		String.raw`\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest)\b[^.;:,]{0,60}?\bsince\b[^.;:,]{1,40}`,
		// "a separate storm", "in a similar attack"
		String.raw`\ba\s+(?:separate|similar|different|unrelated)\s+(?:\w+\s+){0,2}?${eventNouns}\b`,
	].join('|'),
	'i',
);
