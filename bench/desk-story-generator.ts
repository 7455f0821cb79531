// Synthetic wire stories for the desk benchmarks: varied datelines, people with
// titles, organisations, nationalities and casualty figures, names drawn from
// lists written here (with transliteration variants, so cross-story merging has
// real work), and a fixed seed so every run reads the same folder.
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {seededRandom as random} from '../test/helpers/seeded-random.js';


const places: Array<[string, string]> = [
	['DUSHANBE', 'Tajikistan'], ['KHUJAND', 'Tajikistan'], ['TASHKENT', 'Uzbekistan'], ['BISHKEK', 'Kyrgyzstan'], ['ALMATY', 'Kazakhstan'],
	['KABUL', 'Afghanistan'], ['HERAT', 'Afghanistan'], ['PESHAWAR', 'Pakistan'], ['QUETTA', 'Pakistan'], ['TEHRAN', 'Iran'],
	['BAGHDAD', 'Iraq'], ['MOSUL', 'Iraq'], ['ADEN', 'Yemen'], ['SANAA', 'Yemen'], ['MOGADISHU', 'Somalia'],
	['NAIROBI', 'Kenya'], ['LAGOS', 'Nigeria'], ['MAIDUGURI', 'Nigeria'], ['BAMAKO', 'Mali'], ['KHARTOUM', 'Sudan'],
	['TRIPOLI', 'Libya'], ['CAIRO', 'Egypt'], ['BEIRUT', 'Lebanon'], ['DAMASCUS', 'Syria'], ['ANKARA', 'Turkey'],
	['TBILISI', 'Georgia'], ['YEREVAN', 'Armenia'], ['BAKU', 'Azerbaijan'], ['KYIV', 'Ukraine'], ['MANILA', 'Philippines'],
	['JAKARTA', 'Indonesia'], ['DHAKA', 'Bangladesh'], ['KATHMANDU', 'Nepal'], ['COLOMBO', 'Sri Lanka'], ['BOGOTA', 'Colombia'],
];

// Given names and surnames; the second spelling of a pair is another romanisation of the first.
const givenNames = [
	['Emomali', 'Imomali'], ['Sherali'], ['Mirzo'], ['Farrukh', 'Farukh'], ['Rustam'], ['Davron'], ['Nodir'], ['Bakhtiyor', 'Bahtiyor'],
	['Mohammed', 'Muhammad'], ['Ahmed', 'Ahmad'], ['Yusuf', 'Yousef'], ['Omar', 'Umar'], ['Hassan', 'Hasan'], ['Khalid', 'Khaled'],
	['Ali'], ['Ibrahim'], ['Abdullah'], ['Tariq'], ['Samir'], ['Karim'], ['Nasser', 'Naser'], ['Walid'], ['Fatima'], ['Aisha'],
	['Leyla', 'Leila'], ['Zarina'], ['Gulnara'], ['Olga'], ['Irina'], ['Sergei', 'Sergey'], ['Dmitri', 'Dmitry'], ['Andrei', 'Andrey'],
	['John'], ['Maria'], ['Ana'], ['Chinedu'], ['Amina'], ['Ibrahima'], ['Moussa', 'Musa'], ['Grace'], ['Samuel'], ['Joseph'],
];
const surnames = [
	['Rakhmon', 'Rahmon'], ['Khudoiberdiev', 'Hudoyberdiyev'], ['Ziyoyev', 'Ziyoev'], ['Nazarov'], ['Karimov'], ['Sharipov'],
	['Yusupov', 'Yusufov'], ['Kadyrov', 'Qodirov'], ['Rahimzoda', 'Rakhimzoda'], ['Mirzoyev', 'Mirzoev'], ['Saidov'], ['Ismoilov', 'Ismailov'],
	['al-Hashimi', 'al-Hashemi'], ['Haddad'], ['Mansour', 'Mansur'], ['Qureshi', 'Kureishi'], ['Khan'], ['Rahman'], ['Hussaini', 'Husseini'],
	['Abdi'], ['Warsame'], ['Okonkwo'], ['Adeyemi'], ['Traore', 'Traoré'], ['Diallo'], ['Keita'], ['Mensah'], ['Mwangi'], ['Otieno'],
	['Petrov'], ['Ivanov'], ['Shevchenko', 'Shevchenco'], ['Aliyev', 'Aliev'], ['Mammadov', 'Mamedov'], ['Beridze'], ['Hakobyan', 'Akopyan'],
	['Santos'], ['Reyes'], ['Gutierrez', 'Gutiérrez'], ['Rodriguez', 'Rodríguez'], ['Santoso'], ['Wijaya'], ['Chowdhury', 'Choudhury'],
];
const titles = ['President', 'Interior Minister', 'Defence Minister', 'police chief', 'General', 'Colonel', 'spokesman', 'Governor', 'Prime Minister', 'commander'];
const organizations = [
	'the Interior Ministry', 'the Defence Ministry', 'the State Committee for National Security', 'the Red Cross', 'the United Nations',
	'the Islamic Movement of Uzbekistan', 'the World Health Organization', 'Amnesty International', 'Human Rights Watch', 'the border service',
	'the National Guard', 'the Supreme Court', 'Doctors Without Borders', 'the Ministry of Emergency Situations', 'the European Union',
];
const nationalities = ['Russian', 'Afghan', 'Uzbek', 'Tajik', 'Pakistani', 'Iranian', 'Somali', 'Kenyan', 'Nigerian', 'Turkish', 'Georgian', 'Filipino'];
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const numberWords = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const events = [
	['escaped from a prison', 'escaped'], ['were killed in a bomb attack', 'killed'], ['were wounded in clashes', 'wounded'],
	['were killed when a bus overturned', 'killed'], ['were injured in an explosion', 'wounded'], ['were killed in a landslide', 'killed'],
] as const;

export type GeneratedFolder = {root: string; files: number; bytes: number; names: number};

/** Writes `count` stories under `root` (in day folders, a third with front matter, some Markdown). */
export function generateStories(root: string, count: number, seed = 7): GeneratedFolder {
	const next = random(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
	// A pool of people: a few recur across many stories (a president), most appear in a handful.
	const people = Array.from({length: 1500}, () => ({given: pick(givenNames), surname: pick(surnames), title: pick(titles)}));
	const person = () => people[Math.floor(next() ** 2.5 * people.length)]!;
	const spell = (variants: string[]) => (variants.length > 1 && next() < 0.35 ? variants[1]! : variants[0]!);
	let bytes = 0;
	let names = 0;
	for (let index = 0; index < count; index++) {
		const [city, country] = pick(places);
		const day = 1 + (index % 28);
		const date = `2024-${String(1 + (Math.floor(index / 28) % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
		const [event, kind] = pick(events);
		const count1 = 2 + Math.floor(next() * 40);
		const cast = Array.from({length: 6}, person);
		const full = (who: (typeof cast)[number]) => `${spell(who.given)} ${spell(who.surname)}`;
		const paragraphs: string[] = [];
		paragraphs.push(`${city}, ${country} (EW) — At least ${count1} people ${event} in ${country} on ${pick(weekdays)}, ${pick(organizations)} said.`);
		names += 3;
		for (let p = 0; p < 9; p++) {
			const who = cast[p % cast.length]!;
			const other = cast[(p + 3) % cast.length]!;
			const sentences = [
				`${who.title[0]!.toUpperCase()}${who.title.slice(1)} ${full(who)} said ${pick(numberWords)} ${pick(nationalities)} citizens were among the victims in ${city[0]}${city.slice(1).toLowerCase()}.`,
				`${spell(who.surname)} met ${full(other)} of ${pick(organizations)} late on ${pick(weekdays)} to discuss the response.`,
				`Officials in ${pick(places)[1]} and ${pick(places)[1]} said ${pick(numberWords)} others were wounded, according to ${pick(organizations)}.`,
				`"We will find those responsible," ${spell(other.surname)} told reporters, adding that ${pick(nationalities)} investigators had arrived.`,
			];
			names += 13;
			paragraphs.push(sentences.join(' '));
		}

		paragraphs.push(`The ${kind} toll could rise, said ${full(pick(cast))}, a ${pick(titles)} in ${pick(places)[1]}.`);
		names += 2;
		let text = paragraphs.join('\n\n') + '\n';
		const markdown = index % 7 === 3;
		if (index % 3 === 0) text = `---\ntitle: ${count1} ${kind === 'escaped' ? 'inmates escape' : kind} in ${country}\ndate: ${date}\nsource: Example Wire\nurl: https://wire.example/${date}/${index}\n---\n${text}`;
		else if (markdown) text = `# ${country}: ${count1} ${kind}\n\n${text}`;
		const folder = path.join(root, date.slice(0, 7));
		mkdirSync(folder, {recursive: true});
		const file = path.join(folder, `${String(index).padStart(5, '0')}-${city.toLowerCase().replace(/\W+/g, '-')}.${markdown ? 'md' : 'txt'}`);
		writeFileSync(file, text);
		bytes += Buffer.byteLength(text);
	}

	return {root, files: count, bytes, names};
}
