import { describe, expect, it } from 'vitest';
import { extractTimexes } from './timex/index.ts';
import { headlineVerb, mergeEvents, readArticleEvents, type SentenceInput } from './buildEvents.ts';
import { tagSentence } from './events/tag.ts';
import { prepareSource } from './buildTimeline.ts';

/** One article's sentences, dated by the real extractor; sentence 0 is its lead. */
function article(id: string, date: string, title: string, sentences: string[]) {
	const inputs: SentenceInput[] = sentences.map((text, sentence) => ({ article: id, articleDate: date, sentence, text, timexes: extractTimexes(text, date) }));
	return readArticleEvents(inputs, { title, prominent: new Set([0]), lead: 0 });
}

describe('readArticleEvents', () => {
	it('labels the lead with the headline when it is the main news, and dates it by the lead', () => {
		const events = article('a', '2011-08-25', 'Steve Jobs resigns as Apple chief executive', [
			'Steve Jobs resigned as chief executive of Apple on Wednesday, the company said.',
			'He fought pancreatic cancer in 2004.'
		]);
		expect(events.map((e) => [e.label, e.when.value, e.status, e.mainNews])).toEqual([
			['Steve Jobs resigns as Apple chief executive', '2011-08-24', 'happened', true],
			['Steve Jobs fights pancreatic cancer', '2004', 'happened', false]
		]);
	});

	it('reads a word opening a sentence as a name when the article writes it with a capital inside a sentence', () => {
		const label = (sentences: string[]) => article('a', '2011-08-26', 'Apple news', sentences).map((e) => e.label);
		expect(label(['Apple held its event on Monday.', 'Jobs resigned as chief executive on August 24.', 'Steve Jobs founded the company.'])).toContain('Jobs resigns as chief executive');
		expect(label(['Apple held its event on Monday.', 'Jobs resigned as chief executive on August 24.', 'Steven P. Jobs founded the company.'])).toContain('Jobs resigns as chief executive');
		expect(label(['Apple held its event on Monday.', 'Jobs disappeared from the region in August.'])).toContain('Jobs disappear from the region');
	});

	it('names "the company" by the name that opens the subject of the sentence before ("Boeing shares")', () => {
		const labels = article('a', '1997-03-12', 'Boeing to cut jobs', ['Aircraft maker Boeing said on Wednesday it will cut jobs.', 'Boeing shares fell 75 cents in trading on the New York Stock Exchange.', 'The company reported a profit of $316 million in January.']).map((e) => e.label);
		expect(labels).toContain('Boeing reports a profit of $316 million');
		// a capitalised first word the article never writes as a name is none
		const airline = article('b', '1997-03-12', 'Airline shares fall', ['Airline shares fell after Delta warned of losses.', 'The company said on Tuesday it would cut 2,000 jobs.']).map((e) => e.label);
		expect(airline.filter((l) => /cut 2,000 jobs/.test(l))).toEqual(['Delta says it would cut 2,000 jobs']);
	});

	it('takes no lone capitalised word that opens the sentence before for a name, unless the article writes it so elsewhere', () => {
		const label = (sentences: string[]) => article('a', '2008-09-01', 'Italy weighs options', sentences).map((e) => e.label);
		expect(label(['Rescue talks failed.', 'The airline will be sold by December.'])).toContain('Airline to be sold');
		expect(label(['Shares of Alitalia fell.', 'Alitalia, hit by strikes, lost money.', 'The airline will be sold by December.'])).toContain('Alitalia to be sold');
		expect(label(['Shares fell.', 'Alitalia, hit by strikes, lost money.', 'The airline will be sold by December.'])).toContain('Airline to be sold');
	});

	it('names a subject from the sentence before with a space after it, and never by the source that sentence cites', () => {
		const label = (sentences: string[]) => article('a', '1998-10-14', 'Gencorp posts higher profit', sentences).map((e) => e.label);
		expect(label(['Gencorp Inc. reported a profit on Tuesday.', 'The company expects to report results in January.'])).toContain('Gencorp Inc. expects to report results');
		expect(label(['Gencorp Inc. reported a profit on Tuesday.', 'Analysts had expected more, according to Zacks.', 'Last month, the company announced it would cut 1,200 jobs.'])).not.toContainEqual(expect.stringMatching(/Zacks/));
	});

	it('makes a lead clause labelled with the headline the main news, so that no undated copy of it is added', () => {
		// a standfirst and a lead, both prominent
		const sentences = ['Orbis have unveiled their new Z9 airliner at their factory near Toulouse.', 'Sunday was chosen as its date matches the number of the aircraft.'];
		const inputs: SentenceInput[] = sentences.map((text, sentence) => ({ article: 'u', articleDate: '2031-07-09', sentence, text, timexes: extractTimexes(text, '2031-07-09') }));
		const events = readArticleEvents(inputs, { title: 'Orbis unveils new Z9 airliner', prominent: new Set([0, 1]), lead: 0 });
		expect(events.map((e) => [e.label, e.when.value, e.mainNews])).toEqual([['Orbis unveils new Z9 airliner', '2031-07-06', true]]);
	});

	it('takes for the main news the clause of a lead sentence that shares most of the headline; a clause at another time is another event', () => {
		const quake = article('q', '2011-03-18', 'Japanese stocks continue to fall after earthquake', [
			'The Japanese Nikkei 225 stock index fell another 1.4% Thursday, as turmoil grew when the earthquake and tsunami hit the country a week ago.'
		]);
		expect(quake.map((e) => [e.label, e.when.value, e.mainNews])).toEqual([
			['Japanese stocks continue to fall after earthquake', '2011-03-17', true],
			['Earthquake and tsunami hit the country', '2011-03-11', false]
		]);
		const main = (date: string, title: string, lead: string) => article('m', date, title, [lead]).map((e) => [e.label, e.when.value, e.mainNews]);
		// a name counts once; the headline's verb breaks a tie
		expect(main('1989-11-11', 'Crowds tear down Berlin Wall', 'East Germany opened the Berlin Wall on Thursday, and crowds began tearing it down on Friday.')).toEqual([
			['East Germany opens the Berlin Wall', '1989-11-09', false],
			['Crowds tear down Berlin Wall', '1989-11-10', true]
		]);
		expect(main('2008-09-16', 'Stocks plunge after Lehman collapse', 'Stocks plunged on Monday after Lehman Brothers filed for bankruptcy on Sunday.')).toEqual([
			['Stocks plunge after Lehman collapse', '2008-09-15', true],
			['Lehman Brothers files for bankruptcy', '2008-09-14', false]
		]);
		expect(main('2007-08-03', 'Investigators probe bridge collapse', 'The bridge collapsed on Wednesday, and investigators began to probe the collapse on Thursday.')).toEqual([
			['Bridge collapses', '2007-08-01', false],
			['Investigators probe bridge collapse', '2007-08-02', true]
		]);
		const levees = article('k', '2005-08-31', 'Levees break in New Orleans', ['After Katrina struck New Orleans on Monday, levees broke in New Orleans on Tuesday.']);
		expect(levees.map((e) => [e.label, e.when.value, e.status, e.mainNews])).toEqual([
			['Katrina strikes New Orleans', '2005-08-29', 'happened', false],
			['Levees break in New Orleans', '2005-08-30', 'happened', true]
		]);
	});

	it('never takes a date inside a relative clause for the main news', () => {
		const events = article('n', '2031-04-04', 'US stocks gain despite US economy', [
			'This comes despite a report released by the Labor Office on Friday, which said that the US economy shed 663,000 jobs in March.'
		]);
		const march = events.find((e) => e.when.value === '2031-03');
		expect([march?.mainNews, march?.label]).toEqual([false, 'US economy sheds 663,000 jobs']);
	});

	it('makes no mark of a level read at a clock time, and one of the move on a day', () => {
		const events = article('r', '2031-09-17', 'Markets fall', ['Markets fell sharply.', 'The Orbis index was down 2.62% at 16:08 UTC.', 'The Orbis index was down 3% on Tuesday.']);
		expect(events.filter((e) => !e.mainNews).map((e) => [e.label, e.when.value])).toEqual([['Orbis index down 3%', '2031-09-16']]);
	});

	it('makes no event where a date is the subject of its clause', () => {
		const events = article('s', '2009-03-20', 'Car sales slump', ['Car sales fell again.', "``It's too early to see a trend, but spring shows signs of hope."]);
		expect(events.filter((e) => !e.mainNews)).toEqual([]);
	});

	it('takes the news of a headline with a tensed verb for done on the article\'s day, whatever the lead was set to do', () => {
		const [done] = article('m', '2031-03-17', 'Z9 airliner makes maiden flight to Oslo', ['The Orbis Z9 airliner was set to land in Oslo on Monday after a test flight.']);
		expect([done?.label, done?.when.value, done?.status]).toEqual(['Z9 airliner makes maiden flight to Oslo', '2031-03-17', 'happened']);
		const [planned] = article('p', '2031-03-17', 'Z9 airliner to make maiden flight to Oslo', ['The Orbis Z9 airliner is set to land in Oslo on Monday after a test flight.']);
		expect(planned?.status).toBe('scheduled');
	});

	it('takes a state that holds from the article\'s day, told in the lead, for the main news', () => {
		const events = article('r', '2031-09-18', 'Tarn markets to remain closed until Friday', ['The Tarn government has continued to hold all stock markets closed until Friday.']);
		expect(events.map((e) => [e.label, e.when.value, e.status, e.mainNews])).toEqual([['Tarn markets to remain closed until Friday', '2031-09-18/2031-09-19', 'ongoing', true]]);
	});

	it('makes the headline an event "on or before" publication when the lead has no date', () => {
		const events = article('b', '2005-02-17', 'Boeing unveils long-range 777', ['Boeing has unveiled a new ultra-long range version of its 777 airliner.']);
		expect(events.map((e) => [e.label, e.when.value, e.mainNews])).toEqual([['Boeing unveils long-range 777', 'BEFORE 2005-02-17', true]]);
	});

	it('cuts a headline over 70 characters before what qualifies its news, never inside a word', () => {
		const events = article('c', '2005-01-29', 'Eastern airlines agree purchase of Orbis Z9 airliners worth US$ 7.2 billion', [
			'Six Eastern airlines have agreed to purchase 60 Orbis Z9 airliners.'
		]);
		expect(events.map((e) => [e.label, e.when.value, e.mainNews])).toEqual([['Eastern airlines agree purchase of Orbis Z9 airliners', 'BEFORE 2005-01-29', true]]);
		const [other] = article('d', '2008-03-01', 'Tarn Aerospace and Orbis parent Kell defeat Boeing for $40 billion US air tanker contract', [
			'Tarn Aerospace and Kell have unexpectedly defeated Boeing for a $40 billion contract.'
		]);
		expect(other?.label).toBe('Tarn Aerospace and Orbis parent Kell defeat Boeing');
		// never inside a quote or a that-clause, where a cut changes what was said
		const quoted = article('q', '2026-01-28', 'US \u2018tells Ukraine that security guarantees will only be given in return for Donbas\u2019', [
			'The US has signalled that security guarantees will only be promised to Ukraine if it agrees to surrender territory.'
		]);
		expect(quoted.map((e) => e.label)).toEqual([]);
		const told = article('t', '2026-01-28', 'Envoy tells reporters in Kyiv that security guarantees will only be given in return for territory', [
			'An envoy told reporters in Kyiv that security guarantees will only be given in return for territory.'
		]);
		expect(told.map((e) => e.label)).toEqual([]);
	});

	it('takes the sentence after the lead for the main news when the lead opens on background', () => {
		const sentences = ['The iPhone only made its appearance as a prototype.', 'Cisco has sued Apple over the name of the iPhone.'];
		const inputs: SentenceInput[] = sentences.map((text, sentence) => ({ article: 'f', articleDate: '2007-01-12', sentence, text, timexes: extractTimexes(text, '2007-01-12') }));
		const events = readArticleEvents(inputs, { title: 'Cisco sues Apple for iPhone trademark', prominent: new Set([0, 1]), lead: 0 });
		expect(events.map((e) => [e.label, e.when.value, e.mention.sentence])).toEqual([['Cisco sues Apple for iPhone trademark', 'BEFORE 2007-01-12', 1]]);
	});

	it('never takes a date in a relative clause or between brackets for the main news', () => {
		const events = article('e', '2007-01-12', 'Cisco sues Apple over the iPhone', [
			'Cisco has sued Apple over the iPhone (which Apple presented on Wednesday in San Francisco).'
		]);
		expect(events.filter((e) => e.mainNews && e.when.value === '2007-01-10')).toEqual([]);
	});

	it('makes no mark for a record date, which qualifies the holders', () => {
		const events = article('d', '1998-10-15', 'Acme declares dividend', ['Lead.', 'The board declared a dividend of 10 cents a share to stock of record Dec. 21.']);
		expect(events).toEqual([]);
	});

	it('reads a relative clause between brackets as about the noun before the bracket', () => {
		const events = article('e', '2007-01-12', 'Cisco sues Apple over the iPhone', [
			'Lead.',
			'The dispute involves the maker of the iPhone (which was presented on Wednesday) and Cisco.'
		]);
		expect(events.map((e) => [e.when.value, e.label])).toEqual([['2007-01-10', 'iPhone presented']]);
	});

	it('makes no mark for a date that dates nothing, and no headline event for a headline about the future', () => {
		const events = article('c', '2008-01-09', 'Apple to lower UK iTunes prices', ['Sales rose to $700 million from $623.5 million a year ago.', 'Shares hit their lowest level since April 1997.']);
		expect(events).toEqual([]);
	});
});

describe('deadlines and reports', () => {
	it.each([
		// "by" a date: on or before it (the last day of the stretch), the status from the date named
		['The deal is to be finalized by June 10.', '2011-05-27', 'BEFORE 2011-06-10', 'scheduled'],
		['The deal is to be finalized by the end of June.', '2011-05-27', 'BEFORE 2011-06-30', 'scheduled'],
		['Ford will close 14 plants by 2012.', '2006-01-23', 'BEFORE 2012-12-31', 'scheduled'],
		// a past event told in a report dated by the report came on or before it
		['China Eastern Airlines stated on Thursday that it had signed a contract to buy 20 Airbus jets.', '2009-06-19', 'BEFORE 2009-06-18', 'happened'],
		// "until" a day to come ends a state that holds from the article's day
		['The government has continued to hold all stock markets closed until Friday.', '2008-09-18', '2008-09-18/2008-09-19', 'ongoing'],
		['The store will be closed until Friday.', '2008-09-18', '2008-09-19', 'scheduled'],
		// a delay "until" a date runs from the article's day to it
		["The double-deck aircraft's delivery will be delayed until October 2007.", '2006-10-05', '2006-10-05/2007-10', 'ongoing'],
		// a future one told in a report keeps the report's date: the day it was announced
		['Ford said on Monday that it will cut 10,000 jobs.', '2006-01-24', '2006-01-23', null]
	])('%s (%s) → %s, %s', (sentence, date, value, status) => {
		const [event] = article('d', date, 'Something else entirely happens', ['An unrelated lead without a date.', sentence]);
		expect(event?.when.value).toBe(value);
		if (status) expect(event?.status).toBe(status);
	});
});

describe('a span of days before "after" or "before" a clause', () => {
	it.each([
		// counted from the article's day when the sentence's news "comes" now
		["GM's move comes a day after Chrysler, another U.S. car maker, released a list of 789 dealerships.", '2009-05-15', 'Chrysler releases a list of 789 dealerships', '2009-05-14', 'happened'],
		['The vote comes a week before the board meets.', '2031-03-10', 'Board meets', '2031-03-17', 'scheduled'],
		// or when its own verb, after the clause the span opens, is in the present
		['Just two weeks after Orbis sent markets into a tumble, worries about lenders are sending jitters through exchanges.', '2031-03-13', 'Orbis sends markets into a tumble', '2031-02-27', 'happened'],
		// counted from the day the sentence names before the span
		['On Friday, Tarn Motors announced job cuts, two days after Orbis said it would close plants.', '2031-03-10', 'Orbis says it would close plants', '2031-03-05', 'happened']
	])('%s (%s) → %s, %s', (sentence, date, label, value, status) => {
		const events = article('s', date, 'Something else entirely happens', ['An unrelated lead without a date.', sentence]);
		const event = events.find((e) => e.label === label);
		expect([event?.when.value, event?.status]).toEqual([value, status]);
	});

	it.each([
		// a past sentence with no day of its own: nothing to count from
		['The move came a day after Chrysler released a list of dealerships.', '2009-05-15'],
		['Just two weeks after Orbis sent markets into a tumble, worries about lenders were growing.', '2031-03-13'],
		// a noun after "after": no clause to date
		['The vote comes a day after the election.', '2031-03-10']
	])('%s (%s) → no event', (sentence, date) => {
		expect(article('s', date, 'Something else entirely happens', ['An unrelated lead without a date.', sentence])).toEqual([]);
	});
});

describe('date ranges', () => {
	it.each([
		['The exhibition ran from Aug. 26 to Oct. 20 in Paris.', '2026-08-26', '2026-10-20', 'Aug. 26 to Oct. 20'],
		['Aer Lingus will receive six new aircraft from 2009 to 2011.', '2009-01-01', '2011-12-31', '2009 to 2011'],
		['The strike lasted between Monday and Wednesday.', '2026-11-30', '2026-12-02', 'Monday and Wednesday']
	])('%s is one stretch', (sentence, start, end, text) => {
		const [event, ...rest] = article('r', '2026-12-04', 'T', ['Lead.', sentence]);
		expect(rest).toEqual([]);
		expect([event!.when.start, event!.when.end, event!.mention.text]).toEqual([start, end, text]);
	});

	it.each([
		["Apple expects a loss in this year's third quarter.", '2026-03-04', '2026-Q3'],
		['The plant will close in October of next year.', '2026-03-04', '2027-10'],
		// the part is in the year its qualifier names, not where it would fall alone
		["Sales in last year's third quarter fell 3%.", '2026-12-10', '2025-Q3'],
		// a relative year right after a date names its year
		['The plant was closed in May last year.', '2026-06-10', '2025-05'],
		['Ford opened the plant on the 5th of May, last year.', '2026-06-10', '2025-05-05']
	])('%s (article of %s) is one date', (sentence, date, value) => {
		expect(article('q', date, 'T', ['Lead.', sentence]).map((e) => e.when.value)).toEqual([value]);
	});

	it.each([
		['Dealerships whose franchises will not be renewed after October of next year will get a letter.', 'Dealerships whose franchises will not be renewed will get a letter'],
		['The plant was closed in May last year.', 'Plant closed'],
		['Ford will open the plant in the spring of next year.', 'Ford to open the plant']
	])('%s: the label leaves the relative year out with its date', (sentence, label) => {
		expect(article('q', '2009-05-15', 'T', ['Lead.', sentence]).map((e) => e.label)).toEqual([label]);
	});

	it('reads a relative year that ends a range as the range end\'s year, and no date of its own', () => {
		const events = article('q', '2009-05-15', 'T', ['Lead.', 'The academic year runs from September to June next year.']);
		expect(events.map((e) => [e.when.start, e.when.end, e.label])).toEqual([['2009-09-01', '2010-06-30', 'Academic year runs']]);
	});

	it('leaves the other dates of a list out of the label', () => {
		const events = article('q', '2009-05-15', 'T', ['Lead.', 'The games will be held in July and August next year.']);
		expect(events.map((e) => [e.when.value, e.label])).toEqual([
			['2010-07', 'Games to be held'],
			['2010-08', 'Games to be held']
		]);
	});

	it('keeps a relative year after a comma that opens a clause of its own', () => {
		const events = article('q', '2009-05-15', 'T', ['Lead.', 'Shares rose in May, last year they fell 20 percent.']);
		expect(events.map((e) => [e.when.value, e.label])).toEqual([
			['2009-05', 'Shares rise'],
			['2008', 'Shares fall 20 percent']
		]);
	});

	it("keeps a relative year that qualifies the next noun ('last year's winner') a date of its own", () => {
		expect(article('q', '2009-05-15', 'T', ['Lead.', "In May, last year's winner spoke again."]).map((e) => e.when.value)).toEqual(['2008']);
	});

	it.each([
		// each end alone would be read in another year (Oct. 20, just after the article, as past)
		['The trial ran from Aug. 26 to Oct. 20.', '1998-10-16', '1998-08-26', '1998-10-20'],
		['The season runs from Aug. 26 to Oct. 20.', '1998-10-16', '1998-08-26', '1998-10-20'],
		// the end written with its year keeps it
		['The strike lasted from Dec. 28 to Jan. 5, 1999.', '2000-03-01', '1998-12-28', '1999-01-05']
	])('%s (article of %s) is one stretch in order', (sentence, date, start, end) => {
		const [event, ...rest] = article('r', date, 'T', ['Lead.', sentence]);
		expect(rest).toEqual([]);
		expect([event!.when.start, event!.when.end]).toEqual([start, end]);
	});

	it('moves the second of two weekdays by weeks, not years', () => {
		const [event] = article('w', '1998-10-22', 'T', ['Lead.', 'Delegates will meet from Monday to Thursday.']);
		expect([event!.when.start, event!.when.end]).toEqual(['1998-10-26', '1998-10-29']);
	});

	it('keeps two dates that are not a range apart', () => {
		const events = article('r', '2026-12-04', 'T', ['Lead.', 'Apple unveiled the iPod on Monday and shipped it on Wednesday.']);
		expect(events.map((e) => e.when.value)).toEqual(['2026-11-30', '2026-12-02']);
	});
});

describe('headlineVerb', () => {
	it.each([
		['Airbus launches world’s largest passenger plane', 'launches'],
		['GM posts first annual loss since 1992', 'posts'],
		['Apple unveils iPod nano', 'unveils'],
		['Apple to lower UK iTunes prices', null],
		['Reactions to Apple’s OS X Tiger', null],
		// a plural noun after a name is the verb only when no tensed verb follows
		['Chinese airlines agree purchase of Boeing 787 Dreamliners worth US$ 7.2 bn', 'agree'],
		['Apple releases program to limit iPod volume', 'releases'],
		// names joined by "and" take a verb in its base form, which the model may tag a noun
		['Northrop Grumman and Airbus parent EADS defeat Boeing for $40 billion US airtanker contract', 'defeat'],
		// a verb tagged a noun after a subject that a name ends, whatever comes before the name
		['US automaker GM reports losses of $6 billion', 'reports'],
		['Bank of America reports losses of over US$ 2.2 billion', 'reports'],
		['Automobile manufacturer Ford posts unexpected profits', 'posts'],
		// "have" with an object is the verb; before a participle it is an auxiliary
		['US stock markets have their best week since November', 'have'],
		['Young Americans have little faith in Congress', null],
		['GM has filed for bankruptcy', 'filed'],
		// a plural noun after a name with no verb after it, where the phrase is no subject or the word
		// has no object
		['Sales of GM trucks in Europe', null],
		['University of Texas students in Mexico', null],
		['Value of Yahoo shares', null],
		['Boeing rolls out first 787 Dreamliner', 'rolls']
	])('%s: %s', (title, verb) => {
		const words = tagSentence(title);
		const i = headlineVerb(words);
		expect(i < 0 ? null : words[i]!.text).toBe(verb);
	});
});

describe('mergeEvents', () => {
	const a = article('a', '2005-01-18', 'Airbus launches world’s largest passenger plane', ['Airbus unveiled plans for the A380, a twin-deck aircraft, at a ceremony in Toulouse.']);
	const b = article('b', '2005-04-27', 'World’s largest passenger airliner makes first flight', [
		'The Airbus A380 made its first flight on Wednesday.',
		'The A380 was revealed by Airbus in January 2005.'
	]);

	it('makes one event of the reports of one real event, with every source sentence', () => {
		const { events } = mergeEvents([...a, ...b]);
		const unveiling = events.find((e) => e.mentions.some((m) => m.article === 'a'))!;
		expect(unveiling.mentions.map((m) => [m.article, m.sentence])).toEqual([
			['a', 0],
			['b', 1]
		]);
		expect(unveiling.label).toBe('Airbus launches world’s largest passenger plane');
	});

	it('keeps different events of one story apart', () => {
		const { events } = mergeEvents([...a, ...b]);
		expect(events.map((e) => e.label).sort()).toEqual(['Airbus launches world’s largest passenger plane', 'World’s largest passenger airliner makes first flight']);
	});

	it('says where the sources disagree on the date', () => {
		const x = article('x', '2009-06-02', 'GM files for bankruptcy protection', ['General Motors filed for bankruptcy protection on Monday.']);
		const y = article('y', '2009-06-05', 'Penske to buy Saturn', ['General Motors filed for bankruptcy protection on Tuesday, June 2, in New York.']);
		const { events } = mergeEvents([...x, ...y]);
		const filing = events.filter((e) => e.mentions.length === 2);
		expect(filing).toHaveLength(1);
		expect(filing[0]!.disagreements).toEqual(['Articles differ on the date: 1 June 2009 (1), 2 June 2009 (1)']);
		// one article's two readings of its own event are no disagreement of articles
		const z = article('z', '2009-06-02', 'GM files for bankruptcy protection', ['General Motors filed for bankruptcy protection on Monday.', 'General Motors filed for bankruptcy protection on Tuesday, June 2, in New York.']);
		const own = mergeEvents(z).events.filter((e) => e.mentions.length === 2);
		expect(own.map((e) => e.disagreements)).toEqual([[]]);
	});

	it('leaves out the date expressions that talks claimed', () => {
		const [only] = article('t', '2026-01-28', 'Talks', ['Talks will resume on Sunday.']);
		expect(mergeEvents([only!], new Set([only!.key])).events).toEqual([]);
	});
});

describe('mergeEvents: one real event, one mark', () => {
	const withMention = (events: ReturnType<typeof mergeEvents>['events'], article: string) => events.filter((e) => e.mentions.some((m) => m.article === article));

	it('joins a passive report of an unveiling to the article whose news it is, a month holding the day', () => {
		const a = article('a', '2031-03-12', 'Orbital unveils Z9 folding phone', ['Orbital unveiled the Z9, a folding phone, at a launch in Oslo.']);
		const b = article('b', '2031-06-02', 'Orbital sales climb', ['Orbital sales climbed in May.', 'The Z9 was revealed in March 2031.']);
		const { events } = mergeEvents([...a, ...b]);
		const [unveiling] = withMention(events, 'a');
		expect(unveiling!.mentions.map((m) => [m.article, m.sentence])).toEqual([
			['a', 0],
			['b', 1]
		]);
		expect(unveiling!.when.value).toBe('2031-03');
	});

	it('joins a gathering an actor announced to the news it made there that day, and not another actor\'s', () => {
		const a = article('a', '2031-10-03', 'Orbital plans another special event', ['Orbital announced today another special event to be held on October 15.']);
		const b = article('b', '2031-10-16', 'Orbital introduces Z10 phone', ['On Wednesday, Orbital introduced the Z10, a phone with a projector.']);
		const c = article('c', '2031-10-16', 'Northwind introduces jet', ['On Wednesday, Northwind introduced a jet.']);
		// a gathering of another actor, whose sentence names Northwind
		const d = article('d', '2031-10-03', 'Tarn Motors plans a meeting', ['Tarn Motors said today that another meeting will be held on October 15 to discuss the Northwind bid.']);
		const { events } = mergeEvents([...a, ...b, ...c, ...d]);
		const day = events.filter((e) => e.when.value === '2031-10-15');
		expect(day.map((e) => [e.label, e.status, [...new Set(e.mentions.map((m) => m.article))]])).toEqual([
			['Orbital introduces Z10 phone', 'happened', ['a', 'b']],
			['Northwind introduces jet', 'happened', ['c']],
			['Another meeting to be held to discuss the Northwind bid', 'scheduled', ['d']]
		]);
	});

	it('keeps apart the same move by two different named actors on one day', () => {
		const a = article('a', '2031-04-08', 'Northwind Air cuts jobs', ['Lead.', 'Northwind Air cut 500 jobs at its Leeds base on Monday.']);
		const b = article('b', '2031-04-08', 'Southgate Rail cuts jobs', ['Lead.', 'Southgate Rail cut 500 jobs at its Leeds base on Monday.']);
		const { events } = mergeEvents([...a, ...b]);
		expect(events).toHaveLength(2);
		expect(events.every((e) => new Set(e.mentions.map((m) => m.article)).size === 1)).toBe(true);
	});

	it('joins the same filing reported at a time of day and on the day, without a disagreement', () => {
		const a = article('a', '2031-05-05', 'Tarn Motors files for bankruptcy', ['Tarn Motors filed for bankruptcy protection at 12:00 UTC on Monday.']);
		const b = article('b', '2031-05-09', 'Tarn Motors sells its truck unit', ['Lead.', 'Tarn Motors filed for bankruptcy protection on Monday, May 5, in a Delaware court.']);
		const { events } = mergeEvents([...a, ...b]);
		const filing = withMention(events, 'a');
		expect(filing).toHaveLength(1);
		expect(filing[0]!.mentions.map((m) => m.article)).toEqual(['a', 'b']);
		expect(filing[0]!.when.value).toBe('2031-05-05T12:00Z');
		expect(filing[0]!.disagreements).toEqual([]);
	});

	it("joins one article's report told on or before its telling to the day it names, within the week before", () => {
		const a = article('a', '2031-06-19', 'Vela Air to buy twenty jets', [
			'Vela Air stated on Thursday that it had signed a contract to buy twenty Orbis jets.',
			'The airline signed the contract to buy the jets in Paris on June 15.'
		]);
		const { events } = mergeEvents(a);
		expect(events.map((e) => [e.when.value, e.mentions.map((m) => m.sentence)])).toEqual([['2031-06-15', [0, 1]]]);
		// a day more than a week before the telling is another event
		const b = article('b', '2031-06-19', 'Vela Air to buy twenty jets', [
			'Vela Air stated on Thursday that it had signed a contract to buy twenty Orbis jets.',
			'The airline signed a contract to buy the jets in Paris on May 15.'
		]);
		expect(mergeEvents(b).events).toHaveLength(2);
	});

	it('keeps apart two results of one company whose figures differ', () => {
		const a = article('a', '2031-11-03', 'Tarn Motors returns to profit', ['Lead.', 'Tarn Motors posted a net profit of US$ 997 million in the third quarter of this year.']);
		const b = article('b', '2032-01-28', 'Tarn Motors posts annual profit', ['Lead.', 'Tarn Motors has posted a net profit for the last year of US$ 2.7 billion.']);
		expect(mergeEvents([...a, ...b]).events.filter((e) => /profit/i.test(e.label) && e.mentions.some((m) => m.sentence === 1))).toHaveLength(2);
		// the same figure in two reports is one result
		const c = article('c', '2031-11-05', 'Tarn Motors profit', ['Lead.', 'Tarn Motors posted a net profit of US$ 997 million in the third quarter of 2031.']);
		expect(new Set(mergeEvents([...a, ...c]).events.filter((e) => e.mentions.some((m) => m.sentence === 1)))).toHaveProperty('size', 1);
	});

	it('never makes one event of a rise and a fall', () => {
		const a = article('a', '2031-04-08', 'Markets', ['Lead.', 'The Nikkei index rose 3% in Tokyo on Monday.']);
		const b = article('b', '2031-04-08', 'Markets', ['Lead.', 'The Nikkei index fell 3% in Tokyo on Monday.']);
		expect(mergeEvents([...a, ...b]).events).toHaveLength(2);
	});

	it("keeps apart two articles' own days: each day's market fall is that day's news", () => {
		const a = article('a', '2031-04-07', 'Stock markets fall worldwide', ['Stock markets around the world fell sharply today.']);
		const b = article('b', '2031-04-08', 'Stock markets continue to fall worldwide', ['Stock markets around the world fell sharply again today.']);
		const { events } = mergeEvents([...a, ...b]);
		expect(events.map((e) => e.when.value).sort()).toEqual(['2031-04-07', '2031-04-08']);
	});

	it('does not chain two days a week apart through a month that holds both', () => {
		const a = article('a', '2031-03-03', 'T', ['Lead.', 'Helix Labs recalled 20,000 heaters in Sweden on March 2.']);
		const b = article('b', '2031-03-10', 'T', ['Lead.', 'Helix Labs recalled 20,000 heaters in Sweden on March 9.']);
		const c = article('c', '2031-04-20', 'T', ['Lead.', 'Helix Labs recalled 20,000 heaters in Sweden in March.']);
		const { events } = mergeEvents([...a, ...b, ...c]);
		expect(events.some((e) => e.mentions.some((m) => m.article === 'a') && e.mentions.some((m) => m.article === 'b'))).toBe(false);
		expect(events.filter((e) => e.mentions.length === 2)).toHaveLength(1);
	});

	it('keeps apart two events of one month that share words but not what happened', () => {
		const a = article('a', '2031-07-19', 'T', ['Lead.', 'Kestrel Bank announced on Friday that it will refund overdraft fees to its customers.']);
		const b = article('b', '2031-08-09', 'T', ['Lead.', 'Kestrel Bank faced complaints from customers last month over its overdraft fees.']);
		const { events } = mergeEvents([...a, ...b]);
		expect(events).toHaveLength(2);
	});
});

describe('a definite noun phrase that refers back', () => {
	it('names "the plane" by the last phrase of the article that a name opens and "plane" heads', () => {
		const events = article('p', '2010-01-25', 'Technical problem on A400M maiden flight', [
			"Airbus has confirmed a software glitch on its Airbus A400M military transport plane's maiden flight.",
			'The problem was minor.',
			'The glitch was not reported when the plane made its maiden flight on 11 December.'
		]);
		expect(events.filter((e) => !e.mainNews).map((e) => e.label)).toEqual(['Airbus A400M plane makes its maiden flight']);
	});

	it('leaves "the plane" as written when the last mention is background, dated at another time', () => {
		const events = article('p', '2009-02-13', 'Commuter plane crashes near Buffalo', [
			'Lead.',
			'It was the worst crash since a Comair plane went down in Lexington in August 2006.',
			'The plane had been inspected on Feb. 1.'
		]);
		expect(events.map((e) => e.label)).toContain('Plane inspected');
	});

	it('takes no plural that opens the sentence before for the company, and reads "will likely rise" as a hedged verb', () => {
		const events = article('s', '2009-01-10', 'T', ['Lead.', 'Sales will likely rise in March.', 'The company will likely report a loss in March.']);
		expect(events.map((e) => e.label)).toEqual(['Sales likely to rise', 'Company likely to report a loss']);
		// a name that opens the sentence before is still the company
		expect(article('f', '2009-01-10', 'T', ['Lead.', 'Ford reported a loss.', 'The company will cut jobs in March.']).map((e) => e.label)).toEqual(['Ford to cut jobs']);
	});

	it('leaves "the bridge" as written when no name opens an earlier phrase about it', () => {
		const events = article('b', '2007-08-03', 'Investigators probe bridge collapse', ['Lead.', 'Investigators said the bridge collapsed on Wednesday.']);
		expect(events.map((e) => e.label)).toEqual(['Bridge collapses']);
	});
});

describe('an infinitive after a noun', () => {
	it.each([
		// a day of the news after it is the governing verb's
		['The government would be providing Ford Australia with a $52.5 million package to keep the plant open today.', 'Government to provide Ford Australia with a $52.5 million package'],
		['The company received approval to sell the unit on Friday.', 'Company receives approval to sell the unit'],
		// a capitalised first word before a past tense is a name, the past tense its verb
		['Ford won approval to close the plant on Monday.', 'Ford wins approval to close the plant']
	])('%s → %s', (sentence, label) => {
		expect(article('i', '2006-05-05', 'T', ['Lead.', sentence]).map((e) => e.label)).toEqual([label]);
	});

	it('keeps a deadline after it with the infinitive', () => {
		expect(article('i', '2006-05-05', 'T', ['Lead.', 'The firm won a contract to build tankers by 2012.']).map((e) => e.when.value)).toEqual(['BEFORE 2012-12-31']);
	});

	it('drops articles before phrases when a label runs long', () => {
		const labels = article('g', '2010-05-02', 'T', ['Lead.', 'Greece agreed on Sunday to a 110 billion euro bailout with the European Union and the IMF.']).map((e) => e.label);
		expect(labels).toEqual(['Greece agrees to 110 billion euro bailout with European Union and IMF']);
	});
});

describe('"the company" and "the government" by kind', () => {
	it.each([
		// a company, bank or airline is never a state
		[['Analysts in Britain were gloomy.', 'The bank will cut jobs in March.'], 'Bank to cut jobs'],
		// a government is a state's
		[['Exports from Japan rose.', 'The government will cut taxes in March.'], 'Japan to cut taxes'],
		[['Ford Australia asked for help.', 'The government will provide a loan in March.'], 'Government to provide a loan'],
		// a national side is its country's
		[['Spain beat the Netherlands to win the World Cup.', 'The team will parade through Madrid in March.'], 'Spain to parade through Madrid']
	])('%j → %s', (sentences, label) => {
		expect(article('k', '2009-01-10', 'T', ['Lead.', ...sentences]).map((e) => e.label)).toEqual([label]);
	});
});

describe('results and what they are compared with', () => {
	it('reads "it" in what a name set off by an aside announced as that name', () => {
		const events = article('r', '2009-10-16', 'Orbis Bank results', [
			'The Bank of Orbis Corporation, the second-largest bank in Tarn, has announced that it lost US$ 2.24 billion in the third quarter of this year.'
		]);
		expect(events.map((e) => [e.label, e.when.value])).toEqual([['Bank of Orbis Corporation loses US$ 2.24 billion', '2009-Q3']]);
	});

	it('makes no mark of the same period a year earlier, nor of an amount for the period a year before one reported', () => {
		const events = article('r', '2009-05-07', 'Tarn Motors results', [
			'Tarn Motors lost US$ 6 billion in the first quarter of 2009.',
			'In the first quarter of last year, Tarn Motors had reported a loss of $381 million.',
			'In the first quarter of 2008, its sales had reached $30 billion.',
			'In the first quarter of last year, Tarn Motors closed its plant in Ohio.'
		]);
		expect(events.map((e) => [e.label, e.when.value])).toEqual([
			['Tarn Motors loses US$ 6 billion', '2009-Q1'],
			['Tarn Motors closes its plant in Ohio', '2008-Q1']
		]);
	});

	it('reads "the same period a year earlier" in a paragraph after the results as their period a year back, and makes no mark of it', () => {
		const content = 'date 2009-10-16 Orbis Bank results\nThe Orbis Bank lost US$ 2.24 billion in the third quarter of this year.\nIn the same period a year earlier, the bank had gained $704 million.\n';
		const [prepared] = prepareSource({ file: 'r.txt', content }, '2100-01-01');
		if (prepared?.kind !== 'article') throw new Error('no article');
		expect(prepared.article.timexes.map((t) => t.value)).toEqual(['2009-Q3', '2008-Q3']);
		expect(prepared.events.map((e) => e.when.value)).toEqual(['2009-Q3']);
		// the period, not a year named after it ("since 2013")
		const half = 'date 2024-09-15 Orbis Air results\nOrbis Air made a profit of 513 million shillings in the first half of 2024, its first profit since 2013.\nIn the same period a year earlier, the airline had lost 21.7 billion shillings.\n';
		const [later] = prepareSource({ file: 'h.txt', content: half }, '2100-01-01');
		if (later?.kind !== 'article') throw new Error('no article');
		expect(later.article.timexes.map((t) => t.value)).toEqual(['2024-H1', '2013', '2023-H1']);
		// nor a day named after it; and a move "from" it to a new level is measured from it
		const quarter = 'date 2024-04-25 Orbis results\nOrbis reported first-quarter net income of $23.7 billion on Thursday.\nRevenue rose 15% from the same period a year earlier, to $80.5 billion.\n';
		const [third] = prepareSource({ file: 'q.txt', content: quarter }, '2100-01-01');
		if (third?.kind !== 'article') throw new Error('no article');
		expect(third.article.timexes.map((t) => t.value)).toEqual(['2024-Q1', '2024-04-25', '2023-Q1']);
		expect(third.events.map((e) => e.when.value)).not.toContain('2023-Q1');
		expect(article('r', '2024-04-25', 'Orbis results', ['Revenue rose 15% from the same period a year earlier, to $80.5 billion.'])).toEqual([]);
	});

	it('keeps other news of the same period a year before: not a result', () => {
		const floods = article('r', '2008-05-12', 'Earthquake kills thousands in Orbis', ['A magnitude 7.9 earthquake struck Tarn province on Monday.', 'In the same month last year, floods in southern Orbis killed more than 100 people.']);
		expect(floods.map((e) => e.when.value)).toContain('2007-05');
		const fine = article('r', '2009-05-12', 'Tarn Motors results', ['Tarn Motors earned 1.2 billion euros in the first quarter of 2009.', 'In the first quarter of last year, Tarn Motors paid a fine of 201 million euros in a bribery case.', 'In the first quarter of last year, Tarn Motors earned 900 million euros.']);
		expect(fine.map((e) => [e.label, e.when.value])).toEqual([
			['Tarn Motors earns 1.2 billion euros', '2009-Q1'],
			['Tarn Motors pays a fine of 201 million euros in a bribery case', '2008-Q1']
		]);
		// a results word that qualifies another noun names no result
		const tax = article('r', '2009-05-12', 'Tarn Motors results', ['Tarn Motors earned 1.2 billion euros in the first quarter of 2009.', 'In the first quarter of last year, the government raised sales tax by 2 percent.']);
		expect(tax.map((e) => e.when.value)).toEqual(['2009-Q1', '2008-Q1']);
	});

	it('dates a write-down in a clause after "after" by its own date, not the clause before', () => {
		const events = article('r', '2008-10-20', 'Dutch bank Orbis receives 10 billion euro bailout', ['Orbis Group has received 10 billion euros from the government, after writing down 500 million euros in the third quarter.']);
		expect(events.map((e) => [e.label, e.when.value])).toEqual([['Dutch bank Orbis receives 10 billion euro bailout', 'BEFORE 2008-10-20']]);
	});

	it('keeps the headline news when the dated clause of the lead is earlier news: background, months before, or told again', () => {
		const news = (title: string, lead: string) => article('r', '2024-03-27', title, [lead]).filter((e) => e.mainNews).map((e) => e.label);
		expect(news('Tarn expels Orbis diplomats', 'Tarn, which expelled 23 Orbis diplomats on March 20, is expelling two more.')).toEqual(['Tarn expels Orbis diplomats']);
		expect(news('Tarn expels Orbis diplomats', 'Tarn expelled 23 Orbis diplomats in March 2018 and is now expelling two more.')).toEqual(['Tarn expels Orbis diplomats']);
		expect(news('Tarn sues Orbis again', 'Tarn sued Orbis in February over a patent and has now filed a second suit.')).toEqual(['Tarn sues Orbis again']);
		// nor does a clause still to come
		expect(news('Tarn sues Orbis', 'Tarn will sue Orbis in April over a patent.')).toEqual(['Tarn sues Orbis']);
		// the control: the lead's own dated clause tells the news
		expect(news('Tarn sues Orbis', 'Tarn sued Orbis in February over a patent.')).toEqual([]);
	});

	it('keeps the headline news when a dated clause of the lead is another actor’s', () => {
		const events = article('r', '2011-06-01', 'Tarn sues Orbis', ['Tarn has sued Orbis in a court in Mannheim, two months after Orbis sued Tarn in April over the design of its phones.']);
		expect(events.map((e) => [e.label, e.when.value])).toContainEqual(['Tarn sues Orbis', 'BEFORE 2011-06-01']);
	});

	it('keeps an amount for a period a year before one that the article gave no amount for', () => {
		const events = article('r', '2018-05-12', 'Takeover talks make slow progress', ['The seventh round was held in New York in April 2018.', 'Atlas Rail reported an 8 percent fall in quarterly profit in April last year.']);
		expect(events.map((e) => e.when.value)).toContain('2017-04');
		// an amount that is no result (a fine) does not make the month a result's
		const fined = article('r', '2018-05-12', 'Tarn Motors fined', ['Tarn Motors paid a fine of $5 million in April 2018.', 'Tarn Motors reported a profit of $8 million in April last year.']);
		expect(fined.map((e) => e.when.value)).toContain('2017-04');
	});

	it('dates the news by the lead when its dated clause gives the headline amount, else on or before the article', () => {
		const dated = article('r', '2009-05-07', 'US automaker Tarn reports losses of $6 billion', ['Tarn Motors announced it has lost US$ 6 billion in the first quarter of 2009.']);
		expect(dated.map((e) => [e.label, e.when.value, e.mainNews])).toEqual([['Tarn Motors loses US$ 6 billion', '2009-Q1', false]]);
		const undated = article('r', '2009-05-07', 'US automaker Tarn reports losses of $6 billion', ['Tarn has reported losses of $6 billion.']);
		expect(undated.map((e) => [e.label, e.when.value, e.mainNews])).toEqual([['US automaker Tarn reports losses of $6 billion', 'BEFORE 2009-05-07', true]]);
	});
});

describe('the antecedent of a relative clause', () => {
	it('is the noun phrase with one phrase that qualifies it, when a label has room for it', () => {
		const events = article('t', '2016-08-25', 'Border dispute drags on', [
			'The dispute goes on.',
			'The talks in Antalya, which had been due to take place on August 21, were postponed.',
			'Workers left a factory in Ohio, which closed on August 12.',
			// after "with" or "between", when the relative says what only an occurrence does
			'The match between Tarn and Orbis, which was due to be played on August 15, was postponed.',
			// after "with", the relative is as often the second noun's
			'Officials said on Thursday that negotiations with Tarn, which expelled inspectors on August 10, would go on.'
		]);
		expect(events.map((e) => [e.label, e.when.value])).toEqual([
			['Talks in Antalya had been due to take place', '2016-08-21'],
			['Factory in Ohio closes', '2016-08-12'],
			['Match between Tarn and Orbis due to be played', '2016-08-15'],
			['Tarn expels inspectors', '2016-08-10']
		]);
	});
});
