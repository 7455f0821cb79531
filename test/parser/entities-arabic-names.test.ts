// Arabic names in wire copy: a surname with its particle capitalised at the start of a sentence
// ("Al-Hallaq said") is the person named in full with "al-Hallaq". Short stories written for the test.
import test from 'ava';
import {entitiesOf, named} from '../helpers/entity-stories.js';

test('a surname with a capitalised "Al-" opening a sentence is the person named with "al-"', t => {
	const found = entitiesOf('Rescuers pulled three bodies from a shop, said Karim al-Nasser, a spokesman for the rescue service. Al-Nasser said the search went on overnight. Officials named the governor as Samir el-Hadi. El-Hadi asked residents to give blood.');
	t.deepEqual(named(found, 'person'), ['Karim al-Nasser', 'Samir el-Hadi']);
	const nasser = found.find(entity => entity.name === 'Karim al-Nasser')!;
	t.is(nasser.mentions.length, 2);
});

test('a name after a site and "at" is a place: "a hospital at Bab al-Hawa", "the camp at Tawila"', t => {
	const found = entitiesOf('A wounded man died in a hospital at Bab al-Hawa, near the border, officials said. Thousands fled to the camp at Tawila on Sunday.');
	t.deepEqual(named(found, 'location'), ['Bab al-Hawa', 'Tawila']);
	t.deepEqual(named(found, 'person'), []);
});

test('the particles "ez-" and "ed-" keep a place\'s name whole: "Deir ez-Zor", "Salah ed-Din"', t => {
	const found = entitiesOf('Fighters attacked an army post in Deir ez-Zor on Monday. Officials in Salah ed-Din province said two soldiers died.');
	t.deepEqual(named(found, 'location'), ['Deir ez-Zor', 'Salah ed-Din']);
});
