// Synthetic entity names for the search benchmarks: people from first and last name lists
// of many origins plus surnames built from syllables (so the vocabulary grows the way a
// real archive's does, not just 200 repeated words), and organisation- and place-style names.
import type {EntityType} from '../source/model/types.js';
import type {Searchable} from '../source/search/index.js';
import {seededRandom as random} from '../test/helpers/seeded-random.js';

const firstNames = `James Mary John Patricia Robert Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica Thomas Sarah
Charles Karen Daniel Nancy Matthew Lisa Anthony Betty Mark Sandra Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua Michelle
Ivan Olga Sergei Natalia Dmitry Elena Alexei Tatiana Nikolai Irina Vladimir Svetlana Yuri Anastasia Mikhail Ekaterina Pavel Yevgeny
Abdullo Farrukh Rustam Dilnoza Shavkat Gulnora Bakhtiyor Nodira Sherzod Zarina Jamshed Malika Davron Firuza Saidjon Mavzuna Umed
Muhammad Fatima Ahmed Aisha Ali Maryam Hassan Zainab Hussein Khadija Omar Layla Yusuf Amina Ibrahim Salma Khalid Nour Tariq Rania
Wei Li Jing Ming Hui Xiao Hiroshi Yuki Takeshi Sakura Minh Thi Anh Jin Soo Hyun Arjun Priya Rahul Anjali Vikram Deepa Sanjay Kavita
Jean Marie Pierre Sophie Luc Camille Hans Greta Klaus Ingrid Piotr Agnieszka Tomasz Katarzyna Jan Zofia Marco Giulia Luca Chiara
Carlos Maria Jose Ana Luis Carmen Miguel Lucia Javier Elena Kwame Ama Kofi Abena Chinedu Ngozi Tunde Folake Sipho Thandiwe`.split(/\s+/);

const lastNames = `Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas
Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott
Ivanov Petrov Sidorov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Volkov Solovyov Vasiliev Zaitsev Pavlov Semenov
Rakhimov Karimov Nazarov Saidov Rahmonov Sharipov Yusupov Tursunov Abdullaev Kholmatov Sultanov Ismoilov Qodirov Mirzoev Safarov
Khan Hussain Rahman Ahmadi Hosseini Mohammadi Rezaei Moradi Karimi Haddad Mansour Saleh Nasser Aziz Farouk Hamdan Qureshi Siddiqui
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Tanaka Suzuki Sato Nguyen Tran Le Pham Kim Park Choi Sharma Patel Singh Gupta Reddy
Dubois Moreau Laurent Muller Schmidt Schneider Fischer Weber Kowalski Nowak Wisniewski Wojcik Rossi Russo Ferrari Esposito Bianchi
Silva Santos Oliveira Pereira Costa Mensah Owusu Boateng Okafor Adeyemi Okonkwo Dlamini Nkosi Mokoena Bennett Fischer Romano`.split(/\s+/);

const syllables = `ba be bo da di do ka ki ko la li lo ma mi mo na ni no ra ri ro sa si so ta ti to va vi zo zu kha khu sha shi dzha yu ya gu
go re ne te mu nu ru hu ha fa fi lu ze kar mir zar tur dav sul nur bek jan gul dil far sho ali ami ibr`.split(/\s+/);
const endings = ['ov', 'ev', 'yev', 'ova', 'ski', 'son', 'ez', 'ani', 'i', 'zoda', 'ian', 'enko', 'ovich', 'er', ''];

const orgHeads = `National Federal Islamic United Democratic Popular Revolutionary Central Northern Southern Eastern Western Royal
Independent Free International Regional Coastal Mountain River Workers Peoples Citizens Veterans Students Farmers`.split(/\s+/);
const orgNouns = `Movement Front Party Council Committee Ministry Agency Service Bureau Union Army Guard Corps Commission Authority
Institute Foundation Alliance Coalition Brigade Federation Association League Office Directorate Survey Board Company`.split(/\s+/);
const places = `Uzbekistan Tajikistan Kazakhstan Afghanistan Pakistan Iran Iraq Syria Yemen Turkey Russia Ukraine Poland Georgia
Armenia Kyrgyzstan Mongolia India Nepal Kenya Nigeria Ghana Peru Chile Bolivia Texas Ontario Wales Bavaria Siberia Khorasan Fergana
Sughd Khatlon Badakhshan Kandahar Helmand Punjab Sindh Aleppo Idlib Basra Mosul Tabriz Shiraz Izmir Gdansk Odessa Kharkiv`.split(/\s+/);
const orgTopics = `Security Emergency Transport Health Energy Water Trade Finance Defence Justice Education Aviation Safety Border Customs
Interior Agriculture Labour Culture Tourism Environment Information Research Development Reconstruction Relief`.split(/\s+/);


export function syntheticNames(count: number, seed = 42): Searchable[] {
	const next = random(seed);
	const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)];
	const capital = (word: string) => word[0].toUpperCase() + word.slice(1);
	const syllableName = () => capital(Array.from({length: 2 + Math.floor(next() * 2)}, () => pick(syllables)).join('') + pick(endings));
	const items: Searchable[] = [];
	const seen = new Set<string>();
	while (items.length < count) {
		const roll = next();
		let name: string;
		let type: EntityType = 'person';
		if (roll < 0.45) name = `${pick(firstNames)} ${pick(lastNames)}`;
		else if (roll < 0.75) name = `${pick(firstNames)} ${syllableName()}`;
		else if (roll < 0.8) name = `${pick(firstNames)} ${pick(firstNames)} ${syllableName()}`;
		else if (roll < 0.9) {
			type = 'organization';
			name = `${pick(orgHeads)} ${pick(orgNouns)} of ${pick(places)}`;
		} else if (roll < 0.96) {
			type = 'organization';
			name = `${pick(places)} ${pick(orgTopics)} ${pick(orgNouns)}`;
		} else {
			type = 'location';
			name = `${syllableName()}${pick(['abad', 'grad', 'pur', 'stan', 'kent', 'ville', ' City', ' Province', ''])}`;
		}

		if (seen.has(name)) continue;
		seen.add(name);
		items.push({id: `s${items.length}`, name, aliases: [], type, mentionCount: 1 + Math.floor(next() * next() * 40)});
	}

	return items;
}
