// A story-like entity list written for these tests: the people, groups and places of a
// made-up wire story about Tajikistan, plus look-alikes (a second Mirzoyev, a Sharifov
// beside a Sharipov, a son who carries his father's name) with more mentions, so that a
// near miss would win any tie.
import type {Searchable} from '../../source/search/index.js';

type Row = [name: string, type: Searchable['type'], aliases: string[], mentions: number];

const rows: Row[] = [
	['Emomali Rakhmon', 'person', ['Rakhmon'], 3],
	['Abdurasul Mirzoyev', 'person', [], 1],
	['Mirzo Ziyoyev', 'person', ['Ziyoyev'], 3],
	['Islamic Movement of Uzbekistan', 'organization', [], 3],
	['United Tajik Opposition', 'organization', [], 1],
	['National State Security Committee', 'organization', [], 1],
	['Dushanbe', 'location', [], 2],
	['Khorog', 'location', [], 1],
	['Tajik', 'nationality', [], 2],
	['Farrukh Sharipov', 'person', [], 2],
	['Gulnora Khodjaeva', 'person', [], 1],
	['Sławomir Dąbrowski', 'person', [], 1],
	['Yusuf al-Rashidi', 'person', [], 1],
	['Qasem Soleimani', 'person', [], 2],
	['State Border Guard Service', 'organization', [], 1],
	['Islamic Renaissance Party of Tajikistan', 'organization', [], 1],
	// Look-alikes.
	['Abdullo Mirzoyev', 'person', [], 9],
	['Farrukh Sharifov', 'person', [], 9],
	['Rustam Emomali', 'person', [], 9],
	['Mirzoali Davlatov', 'person', [], 9],
	['Sławomir Dąbek', 'person', [], 9],
	['Dushanbe Water Company', 'organization', [], 9],
];

export const storyEntities: Searchable[] = rows.map(([name, type, aliases, mentionCount], index) => ({id: `e${index + 1}`, name, type, aliases, mentionCount}));
