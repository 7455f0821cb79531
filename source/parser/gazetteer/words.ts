// Word lists behind the entity extractor's general cues. All lookups are by exact form
// unless the name says lower case.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Honorifics: dropped from the name and not worth keeping as a description. */
// With the forms of address of other languages that English copy keeps ("Maître Dupont", "Señora Ruiz").
export const honorifics = set(`Mr Mr. Mrs Mrs. Ms Ms. Miss Messrs Messrs. Mx Sir Dame Madam Mme M.
	Maulana Mawlana Mawlawi Maulvi Moulvi Mawlvi Allama Maître Monsieur Madame Mademoiselle Mlle Mlle. Herr Frau Señor Señora Señorita Signor Signora Signorina Senhor Senhora Dona Doña
	Daw`);

/** Titles before a name ("President Rakhmon", "Police Chief Jane Doe", "Gen. Smith"): kept as descriptions. */
// Besides ranks and offices, the portfolio words that qualify a minister in wire copy: "Supreme" for the
// "Supreme Leader" and "Supreme Court Justice" of many states, "Aviation" and "Emergencies" as ministries
// many governments have. Country-specific phrasings (one state's name for one ministry) stay out.
export const titleWords = set(`
	Member MP MEP Board Supreme Aviation Emergencies Emergency Transport Deputy
	President Vice Prime Minister Ministers Secretary Chancellor Premier Governor Gov Gov. Mayor Deputy Senator Sen Sen.
	Representative Rep Rep. Congressman Congresswoman Councillor Councilman Councilwoman Ambassador Envoy Consul
	King Queen Prince Princess Emperor Empress Sheikh Sheik Emir Sultan Crown Lord Lady Baron Duke Duchess
	Pope Cardinal Archbishop Bishop Reverend Rev Rev. Father Imam Ayatollah Grand Mufti Rabbi Patriarch Pastor
	General Gen Gen. Lieutenant Lt Lt. Colonel Col Col. Major Maj Maj. Captain Capt Capt. Sergeant Sgt Sgt.
	Corporal Cpl Cpl. Private Pvt Pvt. Admiral Adm Adm. Commander Cmdr Cmdr. Commandant Brigadier Brig Brig. Marshal Field
	Chief Inspector Insp Insp. Superintendent Supt Supt. Detective Det Det. Constable Officer Agent Sheriff Deputy Commissioner
	Judge Justice Magistrate Prosecutor Attorney Coroner Dr Dr. Doctor Professor Prof Prof. Dean Defender Public
	Chairman Chairwoman Chair Director Spokesman Spokeswoman Spokesperson Head Leader Commander-in-Chief CEO
	President-elect Speaker Mullah Commissioner Administrator Ex Former Acting Interim Assistant Associate Senior
	Sister Monsignor Msgr Msgr. Deacon Abbot Alhaji Alhaja Hajiya Haji Hajji Mallam
	Health Interior Foreign Defence Defense Finance Justice Home Education Transport Emergency Energy Economy
	Trade Police Fire Army Navy State Labor Labour Culture Agriculture Environment Security Intelligence
`);

/** Words that are titles on their own; the rest of titleWords only qualify one of these. */
export const titleHeads = set(`
	Member MP MEP
	President Minister Secretary Chancellor Premier Governor Gov Gov. Mayor Senator Sen Sen. Representative Rep Rep.
	Congressman Congresswoman Councillor Councilman Councilwoman Ambassador Envoy Consul King Queen Prince Princess
	Emperor Empress Sheikh Sheik Emir Sultan Lord Lady Baron Duke Duchess Pope Cardinal Archbishop Bishop Reverend Rev
	Rev. Father Imam Ayatollah Mufti Rabbi Patriarch Pastor General Gen Gen. Lieutenant Lt Lt. Colonel Col Col. Major
	Maj Maj. Captain Capt Capt. Sergeant Sgt Sgt. Corporal Cpl Cpl. Private Pvt Pvt. Admiral Adm Adm. Commander Cmdr
	Cmdr. Commandant Brigadier Brig Brig. Marshal Chief Inspector Insp Insp. Superintendent Supt Supt. Detective Det
	Det. Constable Officer Agent Sheriff Commissioner Judge Justice Magistrate Prosecutor Attorney Coroner Dr Dr.
	Doctor Professor Prof Prof. Chairman Chairwoman Director Spokesman Spokeswoman Spokesperson Leader Speaker Mullah
	Commander-in-Chief CEO President-elect Deputy Defender
	Sister Monsignor Msgr Msgr. Deacon Abbot Alhaji Alhaja Hajiya Haji Hajji Mallam
`);

/** Roles written in lower case before a name ("police spokesman Jane Doe", "journalist John Roe"). */
export const roleNouns = set(`
	broadcaster eyewitness official representative member
	councillor councilor councilman councilwoman alderman selectman selectwoman trustee
	president minister secretary governor mayor senator ambassador envoy king queen prince pope cardinal archbishop
	bishop imam rabbi general colonel captain sergeant commander chief inspector superintendent detective constable
	officer agent sheriff judge prosecutor attorney coroner doctor professor chairman director spokesman spokeswoman
	spokesperson leader speaker journalist reporter photographer correspondent editor columnist anchor presenter
	assassin gunman suspect attacker victim witness pilot captain driver passenger survivor resident analyst
	lawyer activist lawmaker legislator politician diplomat commissioner firefighter paramedic nurse surgeon
	coach player singer actor actress author writer founder owner manager engineer scientist researcher student
	teacher priest cleric commander militant rebel fighter soldier guard official premier chancellor
	fisherman fishermen farmer herder shepherd trader vendor hawker shopkeeper merchant miner labourer laborer
	mechanic electrician carpenter builder plumber tailor butcher chef cook waiter cleaner porter guide boatman
	ferryman sailor seaman crewman fireman policeman policewoman pensioner retiree housewife midwife volunteer
	worker rescuer lifeguard diver nun monk pastor farmhand taxi-driver motorcyclist cyclist pedestrian bystander
	headmaster headmistress headteacher principal lecturer pharmacist dentist veterinarian vet midwife caretaker
	janitor security-guard watchman gardener housekeeper nanny electrician welder fisherwoman businessman businesswoman
	magistrate administrator collector prefect adviser advisor aide deputy chairwoman chairperson vice-chair treasurer registrar
	warden ranger curator ombudsman negotiator mediator investigator coordinator organiser organizer campaigner
	economist historian geologist seismologist meteorologist volcanologist hydrologist epidemiologist physician consultant
	executive headman chieftain elder
	striker midfielder defender goalkeeper winger footballer referee boxer athlete cricketer jockey
`);

const clubWords = 'Rangers Rovers Wanderers Athletic Atlético Atletico Albion Hotspur Dynamo Dinamo Spartak Lokomotiv';
/** Words that end only sports clubs' names ("Enugu Rangers", "Wigan Athletic"): heads, but no "and" joins a name before them ("fans of Zamalek and Enugu Rangers"). */
export const clubHeads = set(clubWords);

/** Last words of organisation names ("Interior Ministry", "United Tajik Opposition", "Green Alliance"). */
// Kept from the shorter endings: "United" ends club names (Leeds United, DC United), "Presidency" is how
// several governments' offices are cited ("the Nigerian Presidency"), "Survey" ends national mapping and
// geology bodies, "Exchange" ends stock exchanges, "Facility" ends the names of prisons and plants run by
// an administration ("… Correctional Facility"), "TV" ends broadcasters ("Harbour TV"). "Partnership" went.
// Industries end companies' names with no other body word ("Daehan Precision Chemical", "Kimin Mining", "… Chemical Co.").
export const organizationHeads = set(`
	United Presidency Survey House Embassy Consulate Command Committee Board Bureau Registry Watch Exchange Facility Media TV Agency Channel Magazine Review Today Weekly Daily Trust Initiative
	Ministry Ministries Department Committee Commission Council Agency Service Services Bureau Office Directorate
	Authority Administration Board Court Tribunal Parliament Assembly Senate Congress Duma Cabinet Government
	Party Movement Front Opposition Alliance Coalition League Union Federation Confederation Association Society
	Organization Organisation Foundation Institute Institution University College Academy School Hospital Clinic
	Army Navy Corps Guard Guards Forces Force Brigade Brigades Battalion Regiment Division Militia Police Constabulary
	Company Corporation Corp Corp. Inc Inc. Ltd Ltd. Group Holdings Bank Airlines Airline Airways Railways Railway
	Times Post News Press Herald Journal Gazette Tribune Telegraph Guardian Broadcasting Network Television Radio
	Charity Fund Trust Church Platform Network Brotherhood Jihad Mujahideen Council Centre Center Team Club
	Community Commonwealth Forum Consortium Cooperative Co-operative Syndicate Observatory Regulator Ombudsman Watchdog Cartel Gang Lines
	Ministry Secretariat Prosecutor's Commissariat Inspectorate Guard Coast Patrol Unit Units Agency Protection
	Archive Chemical Chemicals Mining Minerals Metals Motors Steel Pharmaceuticals Pharma Petroleum Logistics Industries Electronics Shipping Construction Engineering Textiles Cement Refinery Co Co.
	${clubWords}
`);

/** Words inside organisation names ("Ministry of ...", "Party of ..."), used to allow "of" inside a name. */
export const ofJoiners = set(`
	Centre Center House Embassy Survey Facility Presidency General
	Ministry Department Committee Commission Council Agency Office Bureau Directorate Authority Board Court Party
	Movement Front Alliance League Union Federation Association Society Organization Organisation Foundation
	Institute University College Academy School Bank Church Republic Kingdom Emirate Sultanate State States
	Gulf Sea Bay Isle Island Islands Sea Strait Cape Lake Mount Province Region District County City Duke Prince
	Princess King Queen Archbishop Bishop Mayor President Minister Secretary Governor Chief Head Director Leader
	Chairman Speaker Commander Secretary-General Guard Guards Corps Army Forces Brotherhood Orchestra Order
	Group Service Services Confederation Coalition Network Conference Chamber Secretariat Inspectorate Tribunal Assembly
	Community Commonwealth Forum Observatory Fund Trust Hospital Clinic Cartel Initiative Programme Program Project Monitor Watch Administration Corporation Company
	Cooperative Co-operative
`);

/** Heads of bodies whose names go on with "of", "for" or "in" and a place ("… Mission in Somalia", "… Office for Iraq"). */
export const bodyHeadsBeforePlace = set(`
	Mission Missions Commission Office Programme Program Fund Agency Force Forces Command Delegation Bureau Centre Center
`);

/** Acronyms that are common nouns before another noun ("CCTV footage") but names standing alone ("CCTV reported"). */
export const modifierAcronyms = set(`CCTV`);

/** Weekdays, months, holidays and other capitalised words that never name an entity here. */
export const nonEntities = set(`
	ICU PTSD GPS USD EUR GBP ATM IED IEDs RPG VIP FAQ URL PDF MRI CT ER BBQ SMS IQ HQ
	IST ET EDT LGBT LGBTQ LGBTQ+ GP BREAKING URGENT UPDATE UPDATED CORRECTION EXCLUSIVE WATCH VIDEO PHOTOS LIVE NOTE EDITOR'S Islam Christianity Judaism Hinduism Buddhism Jihad A.M. P.M.
	Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays
	January February March April May June July August September October November December
	Jan Jan. Feb Feb. Mar Mar. Apr Apr. Jun Jun. Jul Jul. Aug Aug. Sep Sep. Sept Sept. Oct Oct. Nov Nov. Dec Dec.
	Christmas Easter Ramadan Eid Hanukkah Passover Diwali Thanksgiving Halloween
	Islamic Islamist Islamists Muslim Muslims Christian Christians Jewish Jew Jews Catholic Catholics Protestant
	Sunni Shia Shiite Shi'ite Hindu Hindus Buddhist Sikh Orthodox God Allah Internet Web
	AM PM A.M. P.M. GMT UTC BST EST EDT PST PDT CST CET TV CEO CFO OK ID DNA AIDS HIV COVID COVID-19 GDP UFO SUV
	I
	Celsius Fahrenheit Richter English
`);

/** Capitalised words that start sentences but are common words ("Three", "Among", "Trials", "Security"). */
export const commonWords = set(`
	white black red green blue yellow orange purple brown grey gray golden silver business world news people police fire rescue state public national international service services air force general time times day today power water health care data home house road street city town center centre
	a an the this that these those there here it its he she they we i you his her their our my your him them us me
	and or but nor so yet for of in on at by to from with without about above below over under into onto upon
	after before during since until while when where why how what who whom whose which whether if as than then
	though although because unless despite however meanwhile moreover furthermore also still even just only not no
	yes all any each every some many most more much few fewer several both either neither other others another such
	one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds
	thousand thousands million millions dozen dozens first second third last next later earlier today yesterday
	tomorrow tonight now once again already never ever always often sometimes among amid against along across
	around through throughout near inside outside beyond within toward towards between behind beside besides
	according following including regarding despite local national international officials official authorities
	police security analysts analyst experts witnesses residents reports report sources source critics trials
	trial people prisoners victims survivors families family rescuers rescue firefighters doctors officers troops
	soldiers militants rebels forces government state city country region area province district witnesses
	president minister mayor governor chief spokesman spokeswoman chairman director leader head judge prosecutors
	impoverished north south east west northern southern eastern western central upper lower new old former late
	early great greater grand little big small large high low long short full top total overall further nearby
	emergency health fire fires crash crashes attack attacks explosion blast earthquake storm flood floods search
	investigators investigation investigations details video photos images footage news media press reporters
	thanks please sadly fortunately unfortunately eventually finally initially currently recently previously
	separately elsewhere together instead otherwise nevertheless nonetheless indeed perhaps maybe probably
	be is are was were been being have has had do does did will would shall should can could may might must
	let let's it's that's there's here's we're they're i'm he's she's what's
	relatives forecasters meteorologists mourners neighbours neighbors parents protesters demonstrators passengers pilgrims worshippers
	mr mrs ms dr
`);

/** Common first names from many languages: a name run starting with one is a person. */
export const firstNames = set(`
	John James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark
	Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary
	Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond
	Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian
	Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel
	Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip Louis Matt
	Mike Tom Tony Bill Bob Jim Tim Dan Dave Steve Chris Joe Ben Sam Nick Rob Ted Ed Tom Boris Vladimir Dmitry Sergei
	Sergey Alexei Alexey Ivan Nikolai Mikhail Andrei Andrey Yuri Oleg Igor Viktor Pavel Maxim Anatoly Volodymyr
	Petro Viktor Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret
	Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura
	Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha Katherine Christine Debra
	Rachel Catherine Carolyn Janet Ruth Maria Heather Diane Virginia Julie Joyce Victoria Olivia Kelly Christina
	Lauren Joan Evelyn Judith Megan Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann Teresa Kathryn Sara
	Janice Jean Alice Madison Doris Abigail Julia Judy Grace Denise Amber Marilyn Beverly Danielle Theresa Sophia
	Marie Diana Brittany Natalie Isabella Charlotte Rose Alexis Kayla Jane Anne Theresa Angela Marta Ana Sofia
	Mohammed Muhammad Mohammad Mohamed Ahmed Ahmad Ali Hassan Hussein Hussain Omar Abdul Abdullah Ibrahim Khalid
	Mahmoud Mustafa Yusuf Youssef Tariq Karim Rashid Saeed Hamid Jamal Ismail Hasan Abu
	Hamza Bashar Salman Fahd Faisal Hani Walid Ayman Osama Yasser Fatima Aisha Zainab Maryam Leila Layla Nour
	Hamid Javad Mahmud Hossein Reza Mehdi Akbar Ruhollah Ebrahim Hassan Abdel Abdulla Nursultan Shavkat
	Recep Mehmet Ahmet Mustafa Emine Ayşe Fatma Narendra Rahul Raj Ravi Sanjay Amit Priya Sunil Anil Vijay Arun Imran
	Nawaz Benazir Pervez Shehbaz Ashraf Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Kim Park Lee Moon Shinzo
	Yoshihide Hiroshi Akira Takeshi Yuki Rodrigo Manuel Carlos Luis Jorge Pedro Miguel Alejandro Fernando Francisco
	Antonio Javier Ricardo Diego Pablo Raul Sergio Andres Eduardo Roberto Mario Marco Luca Giuseppe Giovanni Matteo
	Francesco Alessandro Emmanuel Jean Pierre Jacques Francois François Nicolas Philippe Michel Olivier 
	Angela Olaf Friedrich Hans Klaus Jürgen Wolfgang Helmut Heinrich Stefan Lukas 
	Piotr Krzysztof Marek Jan Jakub Lech Donald Jarosław Beata Ewa Agnieszka Katarzyna
	 Volodymyr Recep Benjamin Binyamin Naftali Yair Ehud Shimon Yitzhak Moshe Avi Justin Jacinda Scott Malcolm
	Theresa Boris Keir Rishi Liz Gordon Tony Nigel Sadiq Nicola Kamala Joe Barack Hillary Bernie Nancy Mitch
	Gavin Andrew Ron Greg Matt Pete Beto Elon Jeff Mark Tim Sundar Satya Warren Jamie Robert Edward Ted
	Victor Víctor Anderson Guadalupe Claudia Andrés Octavio Gustavo María Raúl Rubén Óscar Oscar Rafael Mauricio Hernán
	Felipe Camila Valentina Lucía Gabriela Marcelo Gonzalo Gonçalo João Antônio António Marcos Cláudio Márcio Thiago
	Tiago Mateus Luiz Fábio Flávio Renata Fernanda Juliana Adriana Sebastián Ignacio Joaquín Alfonso Ernesto Enrique
	Guillermo Gerardo Alberto Humberto Arturo Ramón Héctor Hector Salvador Wilson Edson Jair Dilma Sônia Graciela
	Mamadou Amadou Boubacar Ousmane Moussa Seydou Boureima Oumar Ibrahima Abdoulaye Souleymane Modibo Cheick Cheikh
	Aliou Alioune Moustapha Mamadi Sékou Sekou Fatoumata Aminata Aïssata Kadiatou Idrissa Hamidou Bakary Lassina
	Salif Macky Bassirou Mahamadou Issoufou Assimi Moctar Mamady Alpha Ousmane Yacouba Tiémoko Adjaratou
	Magomed Akhmed Ramzan Rustam Ruslan Shamil Zaur Elchin Ilham Nikol Armen Tigran Vahagn Giorgi Levan Irakli
	Zurab Davit Nodar Mikheil Bidzina Salome Kakha Arsen Aslan Timur Magomet Abdulla Gadzhi Said
	Nurul Budi Agus Joko Dewi Rizal Bambang Hendra Wahyu Eko Dwi Yusuf Teodoro Ferdinand Rolando Ramil Renato
	Zabihullah Sirajuddin Hibatullah Amrullah Ashraf Hamid
	Aung Kyaw Khin Thein Myint Hla Nyein Htay Somchai Somkiat Prayut Thaksin Yingluck Anutin Paetongtarn Srettha
`);

/** Last words of names of events, laws and things rather than entities ("World War II", "Patriot Act"). */
export const eventHeads = set(`
	Mission Campaign Plan Year Eve
	War Wars Games Olympics Olympic Cup Championship Championships Prize Award Awards Act Bill Treaty Agreement Accord
	Accords Convention Revolution Crisis Day Week Festival Expo Summit Conference Flight Operation Program Programme
	Project Plan Law Code Index Series Open Marathon Tour Era Age Spring Storm Hurricane Typhoon Cyclone Fire
`);

/** Verbs of saying: a capitalised word right before one is a person's name ("Dahl said"). */
export const speechVerbs = set(`said says told added wrote tweeted remarked stated explained declared announced asked replied confirmed insisted warned`);

/** Prepositions that put an unknown capitalised word in a place ("in Brakvik", "near Sundal"). */
// With the words that set a neighbour's name where a preposition would: "and neighbouring Haut-Ruzizi", "the hills above Carrefour".
export const placePrepositions = set(`in near at outside from into across toward towards around throughout via inside off between above neighbouring neighboring bordering`);

/** Nouns that, before "of", make the next capitalised word a place ("the city of Brakvik"). */
export const placeNouns = set(`
	mayor governor city town village province region district county state capital port suburb outskirts island
	cities towns villages provinces regions districts counties states suburbs islands municipality municipalities
	coast shores waters residents inhabitants villagers hamlet hamlets resort settlement settlements commune communes locality parish enclave`);

/** Words that start an appositive describing the name before them ("Mirzo Ziyoyev, a commander of …"). */
export const appositiveStarts = set(`a an the former then current its his her their one another also`);

/** Compass and size words that make a known place into a part of it ("North Oslo", "eastern Tajikistan"). */
export const compassWords = set(`North South East West Northern Southern Eastern Western Central Greater Upper Lower Inner Outer`);

/** Lower-case particles inside names ("Ludwig van Beethoven", "Mohammed bin Salman"). */
// With the Turkic patronymics written small after the father's name ("Azamat Kadyr uulu", "Aliyev oglu").
// With the Filipino "dela" and "delos" ("Jose Maria dela Cruz"), written as one word.
export const nameParticles = set(`de del della der di da do dos das du van von bin binti bint ibn al el la le los las y ter den dela delos uulu kyzy ogly oglu qizi uly`);

/** Particles that open a surname written without its first names ("dos Santos told", "van der Berg said"). */
export const surnameParticles = set(`de del della der di da do dos das du van von dela delos`);

/** Particles that end a person's name, after the father's name ("Azamat Kadyr uulu"). */
export const trailingNameParticles = set(`uulu kyzy ogly oglu qizi uly`);

/**
 * Words that make a run a body's name in the languages whose names English copy keeps untranslated
 * ("Ministério Público Federal", "Guardia di Finanza", "Alliance Police Nationale", "Partido Popular"),
 * and the names legislatures carry in their own languages ("State Great Khural", "Verkhovna Rada").
 * Unlike English heads they may stand first: Romance names put the head before its qualifiers.
 */
export const foreignBodyWords = set(`
	Ministério Ministerio Ministère Ministero Ministerium Ministerie
	Partido Parti Partei Partito Partij Rassemblement Alianza Aliança Alleanza Frente Fronte Movimiento Movimento Mouvement
	Policía Polícia Polizia Polizei Politie Gendarmerie Gendarmería Carabinieri Guardia Guarda Garde Gendarmes
	Unión União Unione Asociación Associação Associazione Verband Verein Sindicato Syndicat Sindacato Gewerkschaft
	Confédération Confederación Confederação Confederazione Fédération Federación Federação Federazione
	Comité Comisión Comissão Commissione Kommission Consejo Conselho Conseil Consiglio
	Tribunale Corte Cour Gericht Fiscalía Procuraduría Procuradoria Procura Parquet
	Banco Banque Banca Agence Agencia Agência Agenzia Agentur Instituto Institut Istituto
	Servicio Serviço Servizio Dirección Direção Direzione Secretaría Secrétariat Segreteria
	Fuerza Fuerzas Forças Forze Armée Ejército Exército Esercito Bundeswehr Comando Grupo Groupe Gruppe Gruppo
	Cámara Câmara Chambre Kammer Assemblée Asamblea Assembleia Assemblea Senado Sénat Senato Congreso Congresso
	Universidad Universidade Université Università Universität Fundación Fundação Fondation Fondazione Stiftung
	Gobierno Governo Gouvernement Regierung Unidad Unidade Unité Unità Oficina Defensa Protección Proteção Protezione Sécurité
	Defesa Bombeiros Bomberos Pompiers Sapeurs-Pompiers Feuerwehr Vigili Carabineros Prefeitura Prefectura Préfecture
	Municipalidad Alcaldía Ayuntamiento Mairie Comune Justiça Justicia Supremo Suprema
	Cooperativa Cooperativas Coopérative Cooperativo Genossenschaft Observatoire Observatorio Observatório Osservatorio Hôpital Ospedale Krankenhaus Clínica Clinique Klinik
	Maison Médecins Medecins Médicos Medicos Ärzte Défense Empresa Compañía Companhia Compagnie Società Sociedad Sociedade Société Gesellschaft
	Nationale Nacional Nazionale Nationaal Nacionales Nationaux Républicaine Republicana
	Rada Sejm Knesset Majlis Khural Sabha Jirga Shura Storting Riksdag Folketing Bundestag Bundesrat Seimas Saeima Sobranie Oireachtas
`);

/** Foreign words that start the name of a place, which a foreign body word inside must not turn into a body ("Parque Nacional"). */
export const foreignPlaceStarts = set(`
	Parque Estadio Estádio Stade Stadio Plaza Praça Piazza Place Rue Calle Avenida Avenue Río Rio Lago Monte Isla Ilha Île Puerto Porto
	Aeropuerto Aeroporto Aéroport Barrio Bairro Distrito Colonia Ciudad Cidade Villa Vila
`);

/** The small words inside bodies' names in other languages ("para la", "de la", "du", "für"). */
export const foreignJoiners = set(`de del la las los el do da dos das di della delle dei degli des du le les et e y und für pour para por per sur sobre contra contre`);
