// A country's or a conflict's displaced to date, told as background to one attack, is not the attack's count.
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

const lead = 'NIAMEY (AFP) - Gunmen killed 17 villagers in western Niger on Tuesday, local officials said.';

test('people displaced inside or across a country are background', t => {
	t.is(summaryTotal(`${lead} Aid agencies say about 450,000 people are internally displaced across Niger.`, 'displaced'), null);
	t.is(summaryTotal(`${lead} Some 300,000 people remain displaced within the country.`, 'displaced'), null);
});

test('people displaced by a country\'s violence are background', t => {
	t.is(summaryTotal(`${lead} Nearly one million people have been displaced by the conflict in the Sahel, according to the UN.`, 'displaced'), null);
});

test('a perfect-tense count right after a toll since a coup goes on counting from it', t => {
	t.is(summaryTotal(`${lead} A rights group says 2,100 civilians have been killed since the coup. The UN says 600,000 people have been displaced.`, 'displaced'), null);
});

test('the attack\'s own displaced still count', t => {
	t.is(summaryTotal(`${lead} About 2,000 residents have been displaced by the violence, officials said.`, 'displaced'), 'about 2000');
	t.is(summaryTotal(`${lead} More than 800 people are displaced in the town, the mayor said.`, 'displaced'), 'more than 800');
	t.is(summaryTotal(`${lead} Rights groups say 2,100 civilians have been killed since the coup. About 400 villagers have fled to the nearby town.`, 'displaced'), 'about 400');
});
