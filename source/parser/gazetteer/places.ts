// Places beyond countries and capitals that news stories name without any other cue.
// Compact on purpose: big cities, regions, US states, the nations of the UK.

export const regions: readonly string[] = [
	'Africa', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Central America', 'Oceania',
	'Antarctica', 'Arctic', 'Central Asia', 'South Asia', 'Southeast Asia', 'East Asia', 'Middle East', 'Near East',
	'Far East', 'North Africa', 'West Africa', 'East Africa', 'Southern Africa', 'Horn of Africa', 'Sahel',
	'Balkans', 'Caucasus', 'North Caucasus', 'Caribbean', 'Scandinavia', 'Eastern Europe', 'Western Europe',
	'Gulf', 'Persian Gulf', 'Gaza', 'Gaza Strip', 'West Bank', 'Kashmir', 'Crimea', 'Donbas', 'Kurdistan',
	'Siberia', 'Chechnya', 'Dagestan', 'Xinjiang', 'Tibet', 'Hong Kong', 'Macau', 'Taiwan', 'Mediterranean',
	'Atlantic', 'Pacific', 'Indian Ocean', 'Black Sea', 'Red Sea', 'Caspian Sea', 'Aegean Sea', 'North Sea',
	'Baltic', 'South China Sea', 'Sinai', 'Punjab', 'Bengal', 'Kerala', 'Darfur', 'Patagonia', 'Amazon',
	'England', 'Scotland', 'Wales', 'Northern Ireland', 'Britain', 'Great Britain', 'Europe',
	'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
	'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
	'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
	'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma',
	'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
	'Vermont', 'Virginia', 'Washington State', 'West Virginia', 'Wisconsin', 'Wyoming',
	'Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Queensland', 'New South Wales', 'Victoria', 'Tasmania',
	'Bavaria', 'Catalonia', 'Sicily', 'Lombardy', 'Anatolia', 'Kurdistan', 'Mindanao', 'Luzon', 'Java', 'Sumatra',
	// Mountain ranges and peaks that stories name without "Mount" or "mountains".
	'Himalayas', 'Alps', 'Andes', 'Rockies', 'Urals', 'Pyrenees', 'Carpathians', 'Everest', 'Kilimanjaro',
	'Bali', 'Borneo', 'Sardinia', 'Corsica', 'Normandy', 'Brittany', 'Andalusia', 'Yorkshire', 'Cornwall', 'Kent',
];

// The rule for this list: cities whose metropolitan area has about a million people or more, plus the
// capitals of the UK's nations and of US states that news names without the state. National capitals
// come from the country data. Smaller towns are left to cues ("in X", "the city of X", "X, Province").
export const cities: readonly string[] = [
	'New York City', 'Los Angeles', 'Chicago', 'Houston', 'Phoenix', 'Philadelphia', 'San Antonio', 'San Diego',
	'Dallas', 'San Francisco', 'Seattle', 'Boston', 'Miami', 'Atlanta', 'Detroit', 'Denver', 'Las Vegas',
	'New Orleans', 'Baltimore', 'Pittsburgh', 'Minneapolis', 'St. Louis', 'Portland', 'Orlando', 'Tampa',
	'Sacramento', 'Cleveland', 'Cincinnati', 'Nashville', 'Memphis', 'Austin', 'Honolulu', 'Toronto', 'Montreal',
	'Vancouver', 'Calgary', 'Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Auckland', 'Manchester', 'Birmingham',
	'Liverpool', 'Leeds', 'Glasgow', 'Edinburgh', 'Cardiff', 'Belfast', 'Bristol', 'Newcastle', 'Sheffield',
	'Marseille', 'Lyon', 'Nice', 'Toulouse', 'Hamburg', 'Munich', 'Frankfurt', 'Cologne',
	'Milan', 'Naples', 'Turin', 'Florence', 'Barcelona', 'Valencia', 'Seville', 'Porto', 'Geneva',
	'Zurich', 'Antwerp', 'Rotterdam', 'Krakow', 'Kraków', 'Gdańsk', 'Gdansk', 'Wrocław', 'St. Petersburg',
	'Saint Petersburg', 'Novosibirsk', 'Yekaterinburg', 'Kazan', 'Odessa', 'Kharkiv', 'Istanbul', 'Izmir',
	'Antalya', 'Aleppo', 'Mosul', 'Basra', 'Kirkuk', 'Erbil',
	'Mashhad', 'Isfahan', 'Tabriz', 'Shiraz', 'Qom', 'Jeddah', 'Mecca', 'Medina', 'Dubai', 'Aden',
	'Benghazi', 'Alexandria', 'Jerusalem', 'Tel Aviv', 'Haifa', 'Karachi', 'Lahore', 'Peshawar', 'Quetta',
	'Mumbai', 'Bombay', 'Kolkata', 'Calcutta',
	'Chennai', 'Madras', 'Bangalore', 'Bengaluru', 'Hyderabad', 'Ahmedabad', 'Shanghai', 'Guangzhou', 'Shenzhen',
	'Wuhan', 'Chengdu', 'Chongqing', 'Tianjin', 'Osaka', 'Kyoto', 'Yokohama', 'Busan', 'Ho Chi Minh City',
	'Saigon', 'Mandalay', 'Yangon', 'Cebu', 'Davao', 'Surabaya', 'Lagos', 'Kano', 'Johannesburg', 'Cape Town',
	'Durban', 'Mombasa', 'Casablanca', 'Marrakesh', 'São Paulo', 'Sao Paulo', 'Rio de Janeiro', 'Buenos Aires',
	'Guadalajara', 'Monterrey', 'Tijuana', 'Medellín', 'Havana', 'Almaty',
	'Kabul', 'Washington', 'Washington, D.C.', 'Moscow', 'London', 'Paris', 'Berlin', 'Rome', 'Madrid',
];

/** Words that end the name of a place or a structure ("Tower Bridge", "Baltic Sea", "Carlton Hall"). */
export const placeHeads: ReadonlySet<string> = new Set([
	'Estuary', 'Falls', 'Route', 'Interstate', 'Way', 'Drive', 'Close', 'Crescent', 'Gardens', 'Quay', 'Cove',
	'Bridge', 'Street', 'Road', 'Avenue', 'Lane', 'Square', 'Boulevard', 'Highway', 'Motorway', 'Freeway', 'Interstate',
	'Sea', 'Ocean', 'River', 'Lake', 'Bay', 'Gulf', 'Strait', 'Canal', 'Channel', 'Harbour', 'Harbor', 'Beach',
	'Coast', 'Island', 'Islands', 'Peninsula', 'Mountain', 'Mountains', 'Mount', 'Hill', 'Hills', 'Valley',
	'Desert', 'Forest', 'Park', 'Airport', 'Station', 'Port', 'Province', 'Region', 'District', 'County',
	'Oblast', 'Krai', 'Pradesh', 'Governorate', 'Prefecture', 'Territory', 'City', 'Town', 'Village', 'Hall', 'Tower', 'Towers',
	'Palace', 'Castle', 'Cathedral', 'Mosque', 'Church', 'Temple', 'Stadium', 'Arena', 'Centre', 'Center',
	'Prison', 'Jail', 'Base', 'Camp', 'Dam', 'Field', 'Heights', 'Plaza', 'Mall', 'Market', 'Pier', 'Wharf',
	// "Rakhine State", "Kaduna State": the states of federations are named like provinces.
	'State',
	// "Cox's Bazar": a market town named for its bazaar.
	'Bazar', 'Bazaar',
]);

/** Words that start a place name ("Mount Everest", "Lake Como", "Port Said"). */
export const placeStarts: ReadonlySet<string> = new Set(['Route', 'Interstate', 'Highway', 'Mount', 'Lake', 'Port', 'Fort', 'Cape', 'Gulf', 'Isle', 'Sea', 'Saint', 'St.',
	// The same words in the languages of the places ("Cerro Rico", "Mont Blanc", "Jebel Marra", "Gunung Merapi").
	'Cerro', 'Sierra', 'Monte', 'Lago', 'Laguna', 'Bahía', 'Playa', 'Nevado', 'Volcán', 'Mont', 'Lac', 'Jebel', 'Jabal', 'Gunung', 'Danau', 'Pulau',
	// Brazil's favelas and their hills ("Complexo da Penha", "Morro do Alemão").
	'Complexo', 'Morro', 'Favela', 'Comunidade']);
