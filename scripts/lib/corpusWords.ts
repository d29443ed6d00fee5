/**
 * Word lists for the corpus generator: parties, people, places and the stock phrases of news prose.
 * States and organisations use names the talks extractor knows (`parties.json`, `places.json`);
 * people and companies are invented so no real person is quoted.
 */

/** Where a party's people take their names from. */
export type NameRegion = 'slavic' | 'western' | 'arabic' | 'eastasian' | 'southasian' | 'latin' | 'african' | 'turkic';

/** A negotiating party: a state, an organisation, a company or a union. */
export interface PartyInfo {
	/** Name as it stands mid-sentence ("the United States", "Russia", "Meridian Steel"). */
	name: string;
	/** Adjective for its people ("American"), or the name again for companies. */
	demonym: string;
	/** A metonym (capital city or headquarters) used as a stand-in for the party. */
	seat: string;
	region: NameRegion;
	kind: 'state' | 'organisation' | 'company' | 'union';
}

/** States known to the extractor's alias file, with demonym and capital (used as metonym). */
export const STATES: readonly PartyInfo[] = [
	['the United States', 'American', 'Washington', 'western'],
	['Russia', 'Russian', 'Moscow', 'slavic'],
	['Ukraine', 'Ukrainian', 'Kyiv', 'slavic'],
	['China', 'Chinese', 'Beijing', 'eastasian'],
	['the United Kingdom', 'British', 'London', 'western'],
	['France', 'French', 'Paris', 'western'],
	['Germany', 'German', 'Berlin', 'western'],
	['Poland', 'Polish', 'Warsaw', 'slavic'],
	['Japan', 'Japanese', 'Tokyo', 'eastasian'],
	['India', 'Indian', 'New Delhi', 'southasian'],
	['Pakistan', 'Pakistani', 'Islamabad', 'southasian'],
	['Iran', 'Iranian', 'Tehran', 'arabic'],
	['Israel', 'Israeli', 'Jerusalem', 'western'],
	['Egypt', 'Egyptian', 'Cairo', 'arabic'],
	['Saudi Arabia', 'Saudi', 'Riyadh', 'arabic'],
	['Qatar', 'Qatari', 'Doha', 'arabic'],
	['Turkey', 'Turkish', 'Ankara', 'turkic'],
	['North Korea', 'North Korean', 'Pyongyang', 'eastasian'],
	['South Korea', 'South Korean', 'Seoul', 'eastasian'],
	['Canada', 'Canadian', 'Ottawa', 'western'],
	['Mexico', 'Mexican', 'Mexico City', 'latin'],
	['Brazil', 'Brazilian', 'Brasilia', 'latin'],
	['Venezuela', 'Venezuelan', 'Caracas', 'latin'],
	['Armenia', 'Armenian', 'Yerevan', 'slavic'],
	['Azerbaijan', 'Azerbaijani', 'Baku', 'turkic'],
	['Ethiopia', 'Ethiopian', 'Addis Ababa', 'african'],
	['Sudan', 'Sudanese', 'Khartoum', 'arabic'],
	['Vietnam', 'Vietnamese', 'Hanoi', 'eastasian'],
	['Indonesia', 'Indonesian', 'Jakarta', 'eastasian'],
	['Australia', 'Australian', 'Canberra', 'western']
].map(([name, demonym, seat, region]) => ({ name: name!, demonym: demonym!, seat: seat!, region: region as NameRegion, kind: 'state' as const }));

/** International organisations that join talks as a party, each with the topics it negotiates on. */
export const ORGANISATIONS: readonly (PartyInfo & { topics: readonly string[] })[] = [
	['the European Union', 'EU', 'Brussels', 'trade gas climate'],
	['the United Nations', 'UN', 'New York', 'peace ceasefire climate'],
	['NATO', 'NATO', 'Brussels', 'security'],
	['the International Atomic Energy Agency', 'IAEA', 'Vienna', 'nuclear'],
	['the African Union', 'African Union', 'Addis Ababa', 'peace ceasefire border']
].map(([name, demonym, seat, topics]) => ({
	name: name!,
	demonym: demonym!,
	seat: seat!,
	region: 'western' as const,
	kind: 'organisation' as const,
	topics: topics!.split(' ')
}));

/** Invented companies for merger, supply and licensing talks. */
export const COMPANIES: readonly PartyInfo[] = [
	['Meridian Steel', 'Pittsburgh'],
	['Halvorsen Shipping', 'Oslo'],
	['Copperline Foods', 'Chicago'],
	['Atlas Rail', 'Lyon'],
	['Northwind Logistics', 'Rotterdam'],
	['Kestrel Aerospace', 'Toulouse'],
	['Brightwater Energy', 'Houston'],
	['Solvane Pharmaceuticals', 'Basel'],
	['Orion Telecom', 'Madrid'],
	['Tamarind Textiles', 'Mumbai'],
	['Greyfield Motors', 'Detroit'],
	['Ostrava Chemicals', 'Prague'],
	['Pacifica Mining', 'Perth'],
	['Lumen Semiconductors', 'Hsinchu'],
	['Redwood Media', 'Los Angeles'],
	['Valdris Bank', 'Frankfurt']
].map(([name, seat]) => ({ name: name!, demonym: name!, seat: seat!, region: 'western' as const, kind: 'company' as const }));

/** Invented unions for wage and contract talks; the demonym drops "the" ("the Allied Steelworkers delegation"). */
export const UNIONS: readonly PartyInfo[] = [
	['the United Dockworkers Union', 'Baltimore'],
	['the Transport and General Workers Federation', 'Manchester'],
	['the National Union of Rail Staff', 'Leeds'],
	['the Allied Steelworkers', 'Cleveland'],
	['the Federation of Nurses', 'Boston'],
	['the Pilots Association', 'Atlanta']
].map(([name, seat]) => ({ name: name!, demonym: name!.replace(/^the /, ''), seat: seat!, region: 'western' as const, kind: 'union' as const }));

/** Neutral venues from the extractor's place list, where states send delegations. */
export const NEUTRAL_VENUES = [
	'Geneva', 'Vienna', 'Istanbul', 'Doha', 'Oslo', 'Helsinki', 'Abu Dhabi', 'Muscat', 'Riyadh', 'Jeddah',
	'Cairo', 'Antalya', 'Lausanne', 'Stockholm', 'Singapore', 'Astana', 'Nairobi', 'Addis Ababa', 'Brussels',
	'Dubai', 'Sharm el-Sheikh', 'Camp David', 'Busan', 'Jakarta', 'Bangkok', 'Lisbon', 'Dublin', 'The Hague'
] as const;

/** First names and surnames by region, for invented negotiators, spokespeople and analysts. */
export const NAMES: Record<NameRegion, { first: readonly string[]; last: readonly string[] }> = {
	slavic: {
		first: ['Ivan', 'Olena', 'Dmitri', 'Natalia', 'Andriy', 'Sergei', 'Irina', 'Marek', 'Katarzyna', 'Oleg', 'Yulia', 'Pavel', 'Tamara', 'Viktor'],
		last: ['Petrenko', 'Sokolov', 'Kovalenko', 'Moroz', 'Novak', 'Lebedev', 'Hrytsenko', 'Zielinski', 'Volkov', 'Bondarenko', 'Shevchenko', 'Marchenko', 'Kuznetsov', 'Hovhannisyan']
	},
	western: {
		first: ['Anna', 'James', 'Claire', 'Thomas', 'Sarah', 'Michael', 'Helen', 'David', 'Laura', 'Peter', 'Emma', 'Richard', 'Julia', 'Mark', 'Sophie', 'Daniel'],
		last: ['Holloway', 'Brennan', 'Fischer', 'Lambert', 'Sorensen', 'Whitaker', 'Dubois', 'Keller', 'Marsh', 'Carver', 'Lindqvist', 'Moreau', 'Hartley', 'Vogel', 'Ashworth', 'Reyes']
	},
	arabic: {
		first: ['Khalid', 'Fatima', 'Omar', 'Layla', 'Youssef', 'Nadia', 'Hassan', 'Rania', 'Tariq', 'Samir', 'Mariam', 'Karim'],
		last: ['Al-Mansour', 'Haddad', 'Nasser', 'Al-Rashid', 'Khoury', 'Farouk', 'Saleh', 'Abdullah', 'Mahmoud', 'Darwish', 'Al-Qasimi', 'Hamdan']
	},
	eastasian: {
		first: ['Wei', 'Min-jun', 'Hiroshi', 'Mei', 'Jae-won', 'Yuki', 'Lin', 'Thanh', 'Kenji', 'Ji-ho', 'Xiaoming', 'Hana'],
		last: ['Zhang', 'Park', 'Tanaka', 'Liu', 'Kim', 'Nakamura', 'Chen', 'Nguyen', 'Suzuki', 'Lee', 'Wang', 'Sato']
	},
	southasian: {
		first: ['Arjun', 'Priya', 'Imran', 'Sunita', 'Rahul', 'Ayesha', 'Vikram', 'Nadia', 'Sanjay', 'Farah'],
		last: ['Sharma', 'Qureshi', 'Iyer', 'Malik', 'Reddy', 'Chaudhry', 'Menon', 'Siddiqui', 'Bose', 'Khan']
	},
	latin: {
		first: ['Carlos', 'Lucia', 'Mateo', 'Gabriela', 'Diego', 'Valentina', 'Ricardo', 'Camila', 'Andres', 'Isabel'],
		last: ['Herrera', 'Moreno', 'Castillo', 'Ortega', 'Silva', 'Mendoza', 'Rojas', 'Vargas', 'Pereira', 'Navarro']
	},
	african: {
		first: ['Abebe', 'Amina', 'Kwame', 'Wanjiru', 'Tesfaye', 'Chipo', 'Sipho', 'Halima', 'Kofi', 'Nia'],
		last: ['Tadesse', 'Okafor', 'Mensah', 'Kamau', 'Bekele', 'Ndlovu', 'Mutua', 'Abiola', 'Girma', 'Banda']
	},
	turkic: {
		first: ['Mehmet', 'Elif', 'Aydin', 'Leyla', 'Emre', 'Zeynep', 'Rashad', 'Gulnara', 'Murat', 'Aysel'],
		last: ['Yilmaz', 'Aliyev', 'Demir', 'Mammadli', 'Kaya', 'Huseynov', 'Ozturk', 'Guliyev', 'Arslan', 'Celik']
	}
};

/** Titles of state negotiators; the first few lead most delegations. */
export const STATE_TITLES = [
	'Foreign Minister', 'Foreign Minister', 'Deputy Foreign Minister', 'Special Envoy', 'National Security Adviser',
	'Defence Minister', 'Trade Minister', 'Ambassador', 'chief negotiator', 'Deputy Prime Minister'
] as const;

/** Titles of company and union negotiators. */
export const BUSINESS_TITLES = ['chief executive', 'chief financial officer', 'chairman', 'general counsel', 'president', 'head of strategy'] as const;

/** Topics of talks between states, each with the issues that come up and a word for the founding crisis. */
export const STATE_TOPICS: readonly { topic: string; issues: readonly string[]; origins: readonly string[] }[] = [
	{
		topic: 'peace',
		issues: ['the withdrawal of troops', 'a prisoner exchange', 'the status of the disputed territories', 'security guarantees', 'the return of displaced families', 'a monitoring mission', 'the line of contact'],
		origins: ['the fighting that broke out', 'the offensive that began', 'the border clashes that erupted', 'the invasion that began']
	},
	{
		topic: 'ceasefire',
		issues: ['a halt to shelling', 'humanitarian corridors', 'the release of hostages', 'the opening of border crossings', 'aid deliveries', 'the pullback of heavy weapons'],
		origins: ['the latest escalation that began', 'the fighting that broke out', 'the siege that began']
	},
	{
		topic: 'trade',
		issues: ['tariffs on steel and aluminium', 'agricultural quotas', 'rules for digital services', 'subsidies for electric vehicles', 'access to public procurement', 'export controls on chips'],
		origins: ['the tariff dispute that began', 'the trade row that flared', 'the sanctions imposed']
	},
	{
		topic: 'nuclear',
		issues: ['uranium enrichment limits', 'sanctions relief', 'access for inspectors', 'the stockpile of enriched material', 'the centrifuge programme', 'verification'],
		origins: ['the collapse of the previous agreement', 'the expulsion of inspectors', 'the missile test']
	},
	{
		topic: 'border',
		issues: ['the demarcation of the frontier', 'disputed river islands', 'checkpoint procedures', 'grazing rights', 'the reopening of crossings'],
		origins: ['the border clashes that erupted', 'the standoff that began', 'the skirmish']
	},
	{
		topic: 'security',
		issues: ['troop deployments', 'air defence', 'intelligence sharing', 'joint exercises', 'the basing of missiles', 'maritime patrols'],
		origins: ['the drone strikes', 'the naval incident', 'the standoff that began']
	},
	{
		topic: 'gas',
		issues: ['transit fees', 'pipeline maintenance', 'storage levels', 'the price formula', 'long-term supply contracts', 'debts owed to the supplier'],
		origins: ['the supply cut', 'the pipeline shutdown', 'the pricing dispute that began']
	},
	{
		topic: 'climate',
		issues: ['emission targets', 'finance for poorer countries', 'coal phase-out dates', 'carbon border levies', 'methane rules', 'forest protection'],
		origins: ['the failure of the last summit', 'the withdrawal from the accord', 'the floods']
	}
];

/** Topics of talks between companies, or a company and a union. */
export const BUSINESS_TOPICS: readonly { topic: string; issues: readonly string[]; origins: readonly string[] }[] = [
	{
		topic: 'merger',
		issues: ['the valuation', 'the board structure', 'job guarantees', 'the location of the headquarters', 'regulatory approval', 'the break-up fee'],
		origins: ['the first approach', 'the hostile bid', 'the profit warning']
	},
	{
		topic: 'takeover',
		issues: ['the offer price', 'the financing of the deal', 'the pension scheme', 'the sale of overlapping units', 'competition concerns'],
		origins: ['the first approach', 'the share slump', 'the activist campaign that began']
	},
	{
		topic: 'wage',
		issues: ['a pay rise', 'overtime rules', 'pension contributions', 'shift patterns', 'the use of temporary staff', 'health cover'],
		origins: ['the strike that began', 'the walkout', 'the lockout']
	},
	{
		topic: 'contract',
		issues: ['job security', 'automation at the plants', 'a signing bonus', 'retirement benefits', 'staffing levels'],
		origins: ['the strike that began', 'the expiry of the previous contract', 'the walkout']
	},
	{
		topic: 'licensing',
		issues: ['royalty rates', 'patent cross-licensing', 'exclusivity in Asia', 'the term of the deal', 'pending lawsuits'],
		origins: ['the patent lawsuit filed', 'the court ruling', 'the import ban']
	}
];

/** Invented think tanks and universities for analysts. */
export const INSTITUTES = [
	'the Centre for Strategic Policy', 'the Baltic Institute of Foreign Affairs', 'the Meridian Forum', 'the Institute for Regional Security',
	'the Atlantic Policy Group', 'the Eastern Studies Centre', 'Lindgren University', 'the Council on Global Trade', 'the Harcourt Institute',
	'the European Policy Network', 'the Gulf Research Council', 'the Pacific Affairs Institute'
] as const;

/** Invented outlets for "told the ..." attributions. */
export const OUTLETS = [
	'the Daily Ledger', 'the Morning Herald', 'the Evening Courier', 'Global Wire', 'the Observer-Tribune', 'the Continental Post',
	'Radio Meridian', 'the Financial Chronicle', 'the Harbour Gazette', 'the Weekly Review'
] as const;

/** Officials quoted anonymously; `{D}` is a demonym. */
export const SOURCES = [
	'a senior {D} official', 'a {D} diplomat', 'an official familiar with the discussions', 'a person briefed on the talks',
	'two people with knowledge of the negotiations', 'a spokesperson for the {D} side', 'a Western diplomat', 'officials on both sides',
	'a member of the {D} delegation', 'a source close to the negotiating team'
] as const;

/** Sources for company and union talks. */
export const BUSINESS_SOURCES = [
	'a person familiar with the matter', 'people close to the negotiations', 'a {D} spokesperson', 'an executive briefed on the talks',
	'a banker advising on the deal', 'a member of the {D} negotiating team', 'two people with knowledge of the discussions'
] as const;

/** Adjectives for progress and mood. */
export const PROGRESS = ['limited', 'modest', 'significant', 'little', 'some', 'real', 'slow', 'uneven', 'tangible', 'cautious'] as const;
export const MOOD = ['constructive', 'difficult', 'frank', 'tense', 'businesslike', 'productive', 'cordial', 'tough', 'candid', 'substantive'] as const;

/** Quotes; `{issue}` and `{T}` (topic) are filled in. */
export const QUOTES = [
	'We came here to find solutions, not to repeat old positions',
	'There is still a long way to go, but the direction is right',
	'Nobody should expect a breakthrough in a single round',
	'Our position on {issue} has not changed',
	'We are ready to work day and night if the other side is serious',
	'The ball is now in their court',
	'This was the most serious conversation we have had in years',
	'We will not sign anything that our people cannot accept',
	'Every week without an agreement has a cost',
	'The question of {issue} remains the main obstacle',
	'We have narrowed the gaps, but we have not closed them',
	'I would not call it progress yet, but it is movement',
	'There were moments when I thought we would walk away',
	'The {T} process is fragile and needs patience',
	'We heard proposals today that deserve careful study',
	'Trust has to be rebuilt step by step',
	'Both teams understand that time is not on our side',
	'An agreement on {issue} would change the situation on the ground'
] as const;

/**
 * Filler sentences, the ordinary prose between the dated facts. Slots: `{A}`/`{B}` party names,
 * `{DA}`/`{DB}` demonyms, `{SA}`/`{SB}` seats, `{T}` topic, `{issue}`, `{source}`, `{analyst}`,
 * `{inst}`, `{outlet}`, `{progress}`, `{mood}`, `{n}` a small number word, `{pct}` a percentage,
 * `{past}` a true past-date adverbial, `{dur}` a duration, `{quote}`.
 */
export const FILLER: readonly string[] = [
	'The {T} negotiations have been closely watched by investors and neighbouring governments alike.',
	'{source:cap} said the atmosphere had been {mood}, though neither side had moved on {issue}.',
	'“{quote},” {source} said, speaking on condition of anonymity because the discussions were private.',
	'“{quote},” said {analyst}.',
	'{analyst_:cap} said the gap between the two sides on {issue} was narrower than public statements suggested.',
	'Analysts cautioned that {progress} progress on paper did not always translate into change on the ground.',
	'§The talks come as public support for a deal has fallen in {A}, according to a poll published {past}.',
	'§In {SA}, opposition politicians accused the government of conceding too much, too quickly.',
	'Officials in {SB} have insisted that any agreement must address {issue} before other questions are settled.',
	'The {DA} side has presented a draft document of about {n} pages, according to {outlet}.',
	'Neither delegation spoke to reporters as they left the venue.',
	'A joint statement, if one is agreed, is expected to be short and to avoid the most contentious questions.',
	'The two sides exchanged written proposals {past}, {source} said.',
	'Previous attempts to settle the dispute foundered on {issue}.',
	'{outlet:cap} reported that the delegations had agreed to set up {n} working groups.',
	'Diplomats say the mood has improved since the spring, when contacts had all but stopped.',
	'The negotiations have been shadowed by mutual accusations of bad faith.',
	'§Critics in {SB} have argued that talks only give {A} time to regroup.',
	'§Business groups in both countries have urged a quick settlement, citing a {pct} drop in cross-border trade.',
	'{A} has said it is prepared to show flexibility on {issue} if {B} does the same.',
	'§The government in {SB} faces elections next year, which limits its room for compromise, analysts say.',
	'Much of the work is being done by technical teams that have been meeting {dur}.',
	'Mediators have shuttled between the two delegations, carrying proposals from one room to another.',
	'Public statements from both capitals have been noticeably softer in recent weeks.',
	'The previous round ended without a joint statement, and both sides blamed each other.',
	'According to {outlet}, the draft under discussion runs to {n} chapters.',
	'Some diplomats privately describe the process as the best chance in a decade to settle the dispute.',
	'Others warn that the two sides remain far apart on the core questions.',
	'“{quote},” {DA} officials said in a statement.',
	'§The {DB} foreign ministry said in a short statement that the talks had been {mood}.',
	'§Markets reacted calmly, with the main index in {SA} closing {small} higher.',
	'A spokesperson for {outlet} said the newspaper stood by its reporting.',
	'The issue of {issue} is expected to be left to the final stage of the negotiations.',
	'{analyst_:cap} noted that the composition of the delegations suggested both sides were taking the process seriously.',
	'Observers say the sequencing of any deal will matter as much as its content.',
	'§Domestic pressure on both governments has grown {dur}.',
	'There has been no independent confirmation of the details reported by {outlet}.',
	'Several rounds of lower-level contacts took place before the formal talks began, officials said.',
	'Neither side has published its proposals, and leaks have been rare.',
	'Officials have refused to say how long the process might take.',
	'Relations between {SA} and {SB} have been strained {dur}.',
	'§The two governments have not had full diplomatic relations for years, which has complicated logistics.',
	'Aid agencies have urged the negotiators to keep humanitarian questions separate from political ones.',
	'§In {SA}, newspapers that are usually close to the government described the process as a test of {DB} sincerity.',
	'§Commentators in {SB} were more sceptical, pointing to a long record of broken promises.',
	'{source:cap} said the next step would be a meeting of experts on {issue}.',
	'The agenda for the next round has not been published.',
	'It was the first face-to-face meeting of the two lead negotiators {since}.',
	'The venue was sealed off by police, and journalists were kept at a distance.',
	'Officials described the exchanges as {mood} but said there had been no shouting.',
	'According to a readout from the {DA} side, the delegations also discussed {issue}.',
	'A western diplomat said {progress} progress had been made on technical questions.',
	'{A} and {B} have very different readings of what was agreed in earlier rounds.',
	'The mediators have kept a low profile, declining requests for interviews.',
	'§Opinion polls suggest about {pct} of voters in {A} support a negotiated settlement.',
	'§The currency in {SB} strengthened slightly on reports that the talks were going well.',
	'§Lawmakers in {SA} have demanded to see the text of any agreement before it is signed.',
	'Rights groups have called for any settlement to include guarantees for civilians.',
	'Some of the issues on the table date back decades.',
	'The delegations worked late into the night {past}, according to people present.'
];

/** Filler for talks between two companies, with the same slots as {@link FILLER}. */
export const BUSINESS_FILLER: readonly string[] = [
	'Shares in {A} rose {small} in early trading on the news.',
	'Shares in {B} closed {small} lower, reflecting doubts that a deal can be reached.',
	'{analyst_:cap} said the two companies had a strong industrial logic for working together.',
	'“{quote},” said {analyst}.',
	'The board of {A} is said to be divided over how far to go on {issue}.',
	'Advisers on both sides have been working {dur} to prepare the documents.',
	'Regulators in several countries would have to approve any agreement, a process that could take months.',
	'{outlet:cap} reported that the talks had stalled over {issue} before resuming.',
	'Employees at the headquarters in {SB} have been told to expect an update within weeks.',
	'Investors have pushed {A} to improve its margins, which lag behind those of its rivals.',
	'Credit rating agencies said they would review their outlook once the terms are clear.',
	'{B} declined to comment on what it called market speculation.',
	'{source:cap} said the sides were “closer than they have ever been” on {issue}.',
	'Suppliers and customers have been watching the talks closely.',
	'Local politicians in {SB} have urged both companies to protect jobs.',
	'The sector has been hit by higher costs and weaker demand {dur}.',
	'{A} reported a {pct} fall in quarterly profit {past}.',
	'Neither side has said publicly what a compromise on {issue} might look like.',
	'“{quote},” a spokesperson for {B} said in a statement.',
	'The negotiations have been conducted largely through lawyers and bankers.',
	'{A} has hired outside advisers to evaluate alternatives, {source} said.',
	'Analysts at {inst} estimated that the combined business would employ about {n} thousand people.',
	'The talks have drawn attention from politicians worried about the future of the sector.',
	'Customers have been told that deliveries will not be affected in the short term.',
	'It was the longest session between the two sides {since}, according to those present.',
	'Executives said they remained committed to a negotiated outcome.',
	'The {DA} side has presented a draft term sheet running to about {n} pages, according to {outlet}.',
	'{B} has been approached by at least one other suitor, {outlet} reported.',
	'Competition lawyers say any deal is likely to require the sale of some overlapping businesses.',
	'The {DB} board met {past} to review the latest proposal, {source} said.',
	'Both companies have struggled with rising debt and slowing sales {dur}.',
	'Trade unions at {B} have asked for guarantees that no plants will close.',
	'A previous attempt at a tie-up collapsed over {issue}.',
	'{A} has been cutting costs {dur}, closing offices and selling assets.',
	'Neither company expects a decision before the next quarterly results.',
	'Hedge funds have built up positions in {B} in the hope of a higher offer.',
	'Industry analysts say a combination would create one of the largest groups in the sector.',
	'{source:cap} said the two chief executives had met privately several times.'
];

/** Filler for wage and contract talks between a company (`{CO}`) and a union (`{UN}`). */
export const LABOUR_FILLER: readonly string[] = [
	'Workers gathered outside the offices of {CO} in {SCO} as the talks began.',
	'A previous offer was rejected by {pct} of members in a ballot.',
	'Management at {CO} has said it cannot afford the increase the workforce is asking for.',
	'{UN} said its members would be consulted before any offer was accepted.',
	'The dispute has already cost millions in lost output, according to industry estimates.',
	'“{quote},” a spokesperson for {UN} said.',
	'“{quote},” {CO} said in a statement.',
	'Neither side has said publicly what a compromise on {issue} might look like.',
	'Industry groups have warned that a prolonged dispute would damage the whole supply chain.',
	'{analyst_:cap} said both sides had strong reasons to avoid a long dispute.',
	'“{quote},” said {analyst}.',
	'Union leaders have accused {CO} of using delaying tactics.',
	'{CO} says its offer is the most generous in a decade.',
	'Members of {UN} voted {past} to authorise industrial action if talks fail.',
	'Picket lines have been peaceful, according to local police.',
	'The government has urged both sides to return to the table and settle quickly.',
	'Customers have been warned to expect delays if the dispute continues.',
	'{source:cap} said the gap on {issue} had narrowed but not closed.',
	'Inflation has eroded wages {dur}, union officials say.',
	'{CO} reported a {pct} rise in annual profit {past}, a figure the union cites often.',
	'Local politicians in {SCO} have called on both sides to protect jobs.',
	'The last contract was agreed after a long and bitter dispute.',
	'Mediators from the state conciliation service have joined the talks.',
	'Strike pay for members is drawn from a fund built up {dur}.',
	'Managers have been asked to cover some shifts, {outlet} reported.',
	'Temporary staff have been hired to keep the most important services running.',
	'It was the longest session between the two sides {since}, according to those present.',
	'Union negotiators briefed members late into the evening on the latest proposals.',
	'{CO} has warned that it may have to cut jobs if costs rise further.',
	'Analysts at {inst} say the outcome will set the tone for other pay talks in the sector.',
	'Neither side expects the dispute to be settled within days.',
	'Younger workers are said to be pushing hardest on {issue}.'
];

/** Filler that fits any talks, state or business, with the same slots as {@link FILLER}. */
export const GENERIC_FILLER: readonly string[] = [
	'According to {outlet}, the two sides have agreed to keep the details of the talks confidential.',
	'“{quote},” {source} told {outlet}.',
	'{source:cap} described the mood as {mood} and said both teams had come well prepared.',
	'{analyst_:cap} said the coming weeks would show whether either side was ready to compromise.',
	'Expectations had been low going into the session, and few observers were surprised by the outcome.',
	'Both sides have hired outside experts to help draft the technical parts of an agreement.',
	'The negotiators have agreed not to brief the press while the talks are under way, {source} said.',
	'A similar process {dur} ago ended in failure, a history that still weighs on the talks.',
	'{outlet:cap} said it had seen a copy of an early draft, which runs to {n} pages.',
	'The talks are being followed closely by governments and companies well beyond the two sides.',
	'There were signs of frustration on both sides as the session dragged on.',
	'People close to the process said the hardest questions had been left until last.',
	'“{quote},” {source} added.',
	'Some of those involved said privately that a deal was possible within months.',
	'Others were less optimistic, noting that similar hopes had been dashed before.',
	'The talks have been marked by long pauses, as negotiators consulted their capitals and boards.'
];
