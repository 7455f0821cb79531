// Captives told without "hostage" or "kidnapped": "took 15 villagers captive", "holding 12 people captive", "are being
// held by the gunmen".
import test from 'ava';
import {summaryTotal} from '../helpers/figure-stories.js';

test('people taken or held captive are hostages', t => {
	t.is(summaryTotal('LONDON (Reuters) - Gunmen took 15 villagers captive on Sunday.', 'hostages'), 'exact 15');
	t.is(summaryTotal('LONDON (Reuters) - The militants are holding 12 people captive, officials said.', 'hostages'), 'exact 12');
});

test('people held by attackers are hostages', t => {
	t.is(summaryTotal('LONDON (Reuters) - Twenty people are being held by the gunmen, police said.', 'hostages'), 'exact 20');
	t.is(summaryTotal('LONDON (Reuters) - Twenty people are being held by police, officials said.', 'hostages'), null);
});
