// Captives "still held" beside a release in the abduction's own sentence are what is left of the people taken, a part
// of the hostage count, not more hostages.
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

test('captives still held in the sentence of the abduction are part of those taken', t => {
	const story = 'ABUJA (Reuters) - Gunmen who abducted 40 villagers on Monday have freed 25 of them, but 15 were still being held, officials said.';
	t.is(summaryTotal(story, 'hostages'), 'exact 40');
	t.is(summaryTotal(story, 'rescued'), 'exact 25');
	t.is(summaryTotal('ABUJA (Reuters) - Bandits kidnapped 30 farmers on Monday and freed 12 on Tuesday; 18 remain held, police said.', 'hostages'), 'exact 30');
});

test('two groups seized side by side are still two groups', t => {
	t.is(summaryTotal('ABUJA (Reuters) - Gunmen kidnapped 12 pupils and 3 teachers from the school on Monday, police said.', 'hostages'), 'exact 15');
});

test('the whole of a share released by kidnappers is the number taken', t => {
	t.is(summaryTotal('ABUJA (Reuters) - The kidnappers released 10 of the 25 students on Friday, police said.', 'hostages'), 'exact 25');
	t.is(summaryTotal('ABUJA (Reuters) - The kidnappers released 10 of the 25 students on Friday, police said.', 'rescued'), 'exact 10');
	t.is(summaryTotal('ABUJA (Reuters) - Police released 10 of the 25 suspects on Friday.', 'hostages'), null);
});
