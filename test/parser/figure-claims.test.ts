// Made-up stories: a group's own claim after "claimed responsibility and said" is a competing claim
// with its source, attackers killed stay out of the victims' total, and "one of the officers" is a
// share of the officers counted before.
import test from 'ava';
import {parseStory} from '../../source/parser/index.js';
import {findAttributions} from '../../source/parser/attribution.js';

test('a "said" after "and" takes the subject that opens the sentence', t => {
	const text = 'The Northern Front, a separatist group, claimed responsibility and said its fighters had killed 12 soldiers.';
	const sources = findAttributions(text, {start: 0, end: text.length, paragraph: 0} as never).map(found => found.source);
	t.deepEqual(sources, ['the Northern Front']);
	// Without a name or a source noun at the start there is no speaker to borrow.
	const plain = 'They ran and said nothing.';
	t.deepEqual(findAttributions(plain, {start: 0, end: plain.length, paragraph: 0} as never), []);
});

test('an armed group\'s own count is a claim beside the official one, and attackers killed are not victims', t => {
	const story = parseStory([
		'QUETTA, Pakistan (AP) — Gunmen stormed a border post before dawn on Monday, killing five soldiers, officials said.',
		'Two other soldiers were wounded, and troops killed four of the attackers, said a senior army officer, Ahmed Raza.',
		'The Northern Front, a separatist group, claimed responsibility and said its fighters had killed 12 soldiers.',
		'One of the soldiers killed, a 22-year-old private, had joined the army last year, his father said.',
	].join('\n\n'));
	const killed = story.summary.killed!;
	t.is(killed.count, 5);
	t.is(killed.qualifier, 'exact');
	t.deepEqual(killed.claims.map(claim => [claim.count, claim.attribution]), [[12, 'the Northern Front']]);
	const attackers = story.figures.find(figure => figure.subject === 'attackers')!;
	t.is(attackers.count, 4);
	t.false(killed.figures.includes(attackers.id));
	t.like(story.summary.wounded, {count: 2});
});

test('with no victims counted, attackers killed still make the toll', t => {
	const story = parseStory('Police killed three gunmen who opened fire on a checkpoint on Friday, officials said.');
	t.like(story.summary.killed, {count: 3});
});
