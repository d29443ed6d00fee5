import { describe, expect, it } from 'vitest';
import { extractTimexes } from './index.ts';

/** Article date for most rows: Wednesday 28 January 2026. */
const DCT = '2026-01-28';

interface Row {
	/** Sentence given to the extractor. */
	text: string;
	/** Expected expression as written; `null` means: no timex at all may be found. */
	expr: string | null;
	type?: string;
	value?: string;
	mood?: 'past' | 'future' | 'present' | null;
	when?: [string, string, string] | null;
	dct?: string;
}

const rows: Row[] = [
	// Seed cases from the issue.
	{ text: 'Talks will resume on Sunday.', expr: 'Sunday', type: 'DATE', value: '2026-02-01', mood: 'future' },
	{ text: 'He said in an interview with European Pravda published on Tuesday that talks stalled.', expr: 'Tuesday', value: '2026-01-27', mood: 'past' },
	{ text: 'since the invasion began in February 2022', expr: 'February 2022', value: '2022-02', when: ['2022-02-01', '2022-02-28', 'month'] },
	{ text: 'The two men had sat in the same room for hours without speaking.', expr: 'hours', type: 'DURATION', value: 'PTXH' },
	{ text: 'had sat in the same room', expr: null },
	// Weekdays and tense.
	{ text: 'The delegations met on Monday in Geneva.', expr: 'Monday', value: '2026-01-26', mood: 'past' },
	{ text: 'The delegations are scheduled to meet on Monday.', expr: 'Monday', value: '2026-02-02', mood: 'future' },
	{ text: 'Officials said the summit is set to open on Friday.', expr: 'Friday', value: '2026-01-30', mood: 'future' },
	{ text: 'The minister plans to visit Kyiv on Thursday.', expr: 'Thursday', value: '2026-01-29', mood: 'future' },
	{ text: 'The vote is to be held on Saturday.', expr: 'Saturday', value: '2026-01-31', mood: 'future' },
	{ text: 'Negotiators last met last Friday.', expr: 'last Friday', value: '2026-01-23' },
	{ text: 'They meet again next Wednesday.', expr: 'next Wednesday', value: '2026-02-04' },
	{ text: 'The markets were closed on Wednesday.', expr: 'Wednesday', value: '2026-01-28' },
	{ text: 'Shares fell sharply on Thursday morning.', expr: 'Thursday morning', type: 'TIME', value: '2026-01-22TMO' },
	{ text: 'The museum opens every Sunday.', expr: 'every Sunday', type: 'SET', value: 'XXXX-WXX-7', when: null },
	{ text: 'The shop is closed on Sundays.', expr: 'Sundays', type: 'SET', value: 'XXXX-WXX-7' },
	// Full and partial dates.
	{ text: 'The deal was signed on October 04, 2005 in Paris.', expr: 'October 04, 2005', value: '2005-10-04', when: ['2005-10-04', '2005-10-04', 'day'] },
	{ text: 'It was signed on 11 December 2009.', expr: '11 December 2009', value: '2009-12-11' },
	{ text: 'The talks are expected to end on March 3.', expr: 'March 3', value: '2026-03-03', mood: 'future' },
	{ text: 'Prices rose in December, the agency said.', expr: 'December', value: '2025-12', mood: 'past' },
	{ text: 'The plant will reopen in March.', expr: 'March', value: '2026-03', mood: 'future' },
	{ text: 'The law takes effect in May.', expr: 'May', value: '2026-05' },
	{ text: 'Output fell in late January 2026.', expr: 'late January 2026', value: '2026-01', when: ['2026-01-22', '2026-01-31', 'month'] },
	{ text: 'The vote is due by early June.', expr: 'early June', value: '2026-06' },
	{ text: 'The film premieres on 2026-02-14.', expr: '2026-02-14', value: '2026-02-14' },
	{ text: 'The photo was taken on 7/8/07.', expr: '7/8/07', value: '2007-07-08' },
	{ text: 'Meetings are planned from 3 to 5 March.', expr: '3 to 5 March', value: '2026-03-03/2026-03-05', when: ['2026-03-03', '2026-03-05', 'day'] },
	{ text: 'The fair runs March 10-12 in Berlin.', expr: 'March 10-12', value: '2026-03-10/2026-03-12' },
	// Years, decades, centuries.
	{ text: 'The company was founded in 1991.', expr: '1991', value: '1991', when: ['1991-01-01', '1991-12-31', 'year'] },
	{ text: 'Sales are expected to recover by mid-2025.', expr: 'mid-2025', value: '2025' },
	{ text: 'The boom of the 1990s ended abruptly.', expr: '1990s', value: '199', when: ['1990-01-01', '1999-12-31', 'decade'] },
	{ text: 'Boxy cars of the 70s disappeared.', expr: '70s', value: '197' },
	{ text: 'The class of \u201982 met again.', expr: '\u201982', value: '1982' },
	{ text: 'It was built in the 19th century.', expr: 'the 19th century', value: '18' },
	{ text: 'Profit rose in fiscal 2009.', expr: 'fiscal 2009', value: 'FY2009' },
	// Weeks, quarters, seasons.
	{ text: 'Stocks fell last week.', expr: 'last week', value: '2026-W04', when: ['2026-01-19', '2026-01-25', 'week'] },
	{ text: 'A decision is expected this week.', expr: 'this week', value: '2026-W05' },
	{ text: 'Rain is forecast for the weekend.', expr: 'the weekend', value: '2026-W05-WE' },
	{ text: 'Revenue fell in the third quarter of 2025.', expr: 'the third quarter of 2025', value: '2025-Q3', when: ['2025-07-01', '2025-09-30', 'quarter'] },
	{ text: 'The company lost money in the fourth quarter.', expr: 'the fourth quarter', value: '2025-Q4' },
	{ text: 'Earnings for Q1 2025 beat forecasts.', expr: 'Q1 2025', value: '2025-Q1' },
	{ text: 'The bridge reopens in summer 2025.', expr: 'summer 2025', value: '2025-SU', when: ['2025-06-01', '2025-08-31', 'season'] },
	{ text: 'The trial will begin this spring.', expr: 'this spring', value: '2026-SP' },
	// Relative expressions.
	{ text: 'The report was released yesterday.', expr: 'yesterday', value: '2026-01-27' },
	{ text: 'Voting ends tomorrow.', expr: 'tomorrow', value: '2026-01-29' },
	{ text: 'Markets closed higher today.', expr: 'today', value: '2026-01-28' },
	{ text: 'The ceasefire was agreed two days ago.', expr: 'two days ago', value: '2026-01-26' },
	{ text: 'The firm went public three years ago.', expr: 'three years ago', value: '2023' },
	{ text: 'The rules change next month.', expr: 'next month', value: '2026-02' },
	{ text: 'Prices peaked last month.', expr: 'last month', value: '2025-12' },
	{ text: 'Growth slowed last year.', expr: 'last year', value: '2025' },
	{ text: 'Exports fell earlier this year.', expr: 'earlier this year', value: '2026' },
	// "earlier"/"later" this unit: the part before or after the article's date, not a third of it
	{ text: 'Exports fell earlier this year.', dct: '2026-10-20', expr: 'earlier this year', value: '2026', when: ['2026-01-01', '2026-10-20', 'year'] },
	{ text: 'A vote is due later this month.', dct: '2026-03-11', expr: 'later this month', value: '2026-03', when: ['2026-03-11', '2026-03-31', 'month'] },
	{ text: 'Prices will stay frozen for the rest of the year.', dct: '2026-05-02', expr: 'the rest of the year', value: '2026', when: ['2026-05-02', '2026-12-31', 'year'] },
	{ text: 'The treaty will be signed later next year.', expr: 'later next year', value: '2027', when: ['2027-01-01', '2027-12-31', 'year'] },
	{ text: 'Output fell early this year.', dct: '2026-10-20', expr: 'early this year', value: '2026', when: ['2026-01-01', '2026-05-01', 'year'] }, // 121 of 365 days
	{ text: 'The plant closes at the end of the year.', expr: 'the end of the year', value: '2026', when: ['2026-09-02', '2026-12-31', 'year'] },
	// a part named with "the" narrows as the bare word does ("the end of May" as "late May")
	{ text: 'The lease runs out at the end of May.', expr: 'the end of May', value: '2026-05', when: ['2026-05-22', '2026-05-31', 'month'] },
	{ text: 'Rates peaked in the middle of 2008.', expr: 'the middle of 2008', value: '2008', when: ['2008-05-02', '2008-08-31', 'year'] },
	{ text: 'The plant closed in late last July.', expr: 'late last July', value: '2025-07', when: ['2025-07-22', '2025-07-31', 'month'] },
	// a season over the turn of the year covers both years
	{ text: 'The club finished third in the 2009-10 season.', expr: '2009-10', value: '2009/2010', when: ['2009-01-01', '2010-12-31', 'year'] },
	{ text: 'The bank raised rates this morning.', expr: 'this morning', type: 'TIME', value: '2026-01-28TMO' },
	{ text: 'Sales rose 5% compared with the same month a year ago.', expr: 'the same month a year ago', value: '2025-01' },
	// "a year ago" in a results comparison is the reported period a year back, not the whole year
	{ text: 'Profit in the fourth quarter rose to $5 million from $3 million a year ago.', expr: 'a year ago', value: '2024-Q4' },
	{ text: 'Sales in December fell 5% compared with a year earlier.', expr: 'a year earlier', value: '2024-12' },
	// without a recent period in its sentence it stays the year
	{ text: 'A year ago, the firm was private.', expr: 'A year ago', value: '2025' },
	{ text: 'He was elected in March 2025, a year ago.', expr: 'a year ago', value: '2025' },
	// References to now, past and future.
	{ text: 'The talks are now in their third week.', expr: 'now', value: 'PRESENT_REF', when: null, mood: 'present' },
	{ text: 'The plant is currently closed.', expr: 'currently', value: 'PRESENT_REF' },
	{ text: 'The company recently cut jobs.', expr: 'recently', value: 'PAST_REF' },
	{ text: 'Such deals were rare in the past.', expr: 'the past', value: 'PAST_REF' },
	{ text: 'Prices may rise in the future.', expr: 'the future', value: 'FUTURE_REF' },
	// Durations and sets.
	{ text: 'The strike lasted two days.', expr: 'two days', type: 'DURATION', value: 'P2D', when: null },
	{ text: 'The ban ran for 18 months.', expr: '18 months', type: 'DURATION', value: 'P18M' },
	{ text: 'It signed a 12-year lease.', expr: '12-year', type: 'DURATION', value: 'P12Y' },
	{ text: 'The trip took almost two and a half years.', expr: 'almost two and a half years', value: 'P2.5Y' },
	{ text: 'The index rose over the past five trading days.', expr: 'the past five trading days', value: 'P5D' },
	{ text: 'The meeting lasted thirty minutes.', expr: 'thirty minutes', value: 'PT30M' },
	{ text: 'The magazine is published weekly.', expr: 'weekly', type: 'SET', value: 'P1W' },
	{ text: 'The board meets twice a year.', expr: 'twice a year', type: 'SET', value: 'P1Y' },
	// Times of day.
	{ text: 'The aircraft took off at 18:00 UTC.', expr: '18:00 UTC', type: 'TIME', value: '2026-01-28T18:00Z' },
	{ text: 'Trading resumed at 16:00 UTC today.', expr: '16:00 UTC today', value: '2026-01-28T16:00Z' },
	{ text: 'The polls close at 8 p.m.', expr: '8 p.m.', type: 'TIME', value: '2026-01-28T20:00' },
	{ text: 'The train left at 9.30am.', expr: '9.30am', type: 'TIME', value: '2026-01-28T09:30' },
	// Holidays.
	{ text: 'Shoppers spent more before Christmas.', expr: 'Christmas', value: '2025-12-25' },
	// Newswire forms.
	{ text: 'Profit for the quarter rose 5%.', expr: 'the quarter', value: '2025-Q4' },
	{ text: 'Sales for the year were flat.', expr: 'the year', value: '2026' },
	{ text: 'The census was taken in the year 2000.', expr: 'the year 2000', value: '2000' },
	{ text: 'The bill passed late yesterday.', expr: 'late yesterday', value: '2026-01-27' },
	{ text: 'Sales fell this past week.', expr: 'this past week', value: '2026-W04' },
	{ text: 'The firm left the market in the mid-1990s.', expr: 'mid-1990s', value: '199' },
	{ text: 'It peaked in the early 2000s.', expr: 'early 2000s', value: '200' },
	{ text: 'The shuttle is set to land at 9:15 a.m. EST on Sunday.', expr: 'Sunday', value: '2026-02-01', mood: 'future' },
	{ text: 'The 45-year-old was arrested.', expr: '45-year-old', type: 'DURATION', value: 'P45Y' },
	{ text: 'The strike cost $70 million a day.', expr: 'a day', type: 'SET', value: 'P1D' },
	{ text: 'Exchanges happen every few weeks.', expr: 'every few weeks', type: 'SET', value: 'PXW' },
	{ text: 'The franchise ends after October of next year.', expr: 'October', value: '2027-10' },
	{ text: 'Talks opened on Monday. Two days later they collapsed.', expr: 'Two days later', value: '2026-01-28' },
	{ text: 'Earnings rose to $5 billion last year, up from $4 billion the year before.', expr: 'the year before', value: '2024' },
	{ text: 'The KYIV talks began on Jan. 23.', expr: 'Jan. 23', value: '2026-01-23' },
	{ text: 'The meeting took half an hour.', expr: 'half an hour', type: 'DURATION', value: 'PT30M' },
	{ text: 'The result is due on the 15th.', expr: 'the 15th', value: '2026-02-15', mood: 'future' },
	{ text: 'The vote took place on the 12th, officials said.', expr: 'the 12th', value: '2026-01-12' },
	{ text: 'Sales rose in the last week of March 2009.', expr: 'the last week of March 2009', value: '2009-W13' },
	// Things that must NOT produce a date.
	{ text: 'May I ask a question?', expr: null },
	{ text: 'He may return if asked.', expr: null },
	{ text: 'They joined the march on Washington.', expr: null },
	{ text: 'Protesters march through the city.', expr: null },
	{ text: 'He will sat down with them.', expr: null },
	{ text: 'Sun Microsystems and Sat-Nav makers merged.', expr: null },
	{ text: 'United won the game with a 2-1 win.', expr: null },
	{ text: 'Call 555-2010 or 212-555-1990 for tickets.', expr: null },
	{ text: 'Unemployment rose 10 percent.', expr: null },
	{ text: 'Install version 10.4 of the software.', expr: null },
	{ text: 'The company employs 2000 workers.', expr: null },
	{ text: 'The Russell 2000 Index fell.', expr: null },
	{ text: 'The price was $2008 apiece.', expr: null },
	{ text: 'April Smith and June Carter sang.', expr: null },
	{ text: 'Boeing sold a 777 to the airline.', expr: null },
	{ text: 'Shares could fall further, analysts warned.', expr: null },
	{ text: 'The team won 3:1 at home.', expr: null },
	{ text: 'The gain was about a quarter of its value.', expr: null },
	{ text: 'The Sunday Times and the Mayor of Augusta disagreed.', expr: null },
	{ text: 'She spoke at the Summer Olympics.', expr: null },
	{ text: 'Theresa May spoke to Brian May.', expr: null },
	{ text: 'Prices fall as supply grows.', expr: null },
	{ text: 'The 30GB model stores 75 hours of video.', expr: null },
	{ text: 'We met in the week before the vote.', expr: null },
	{ text: 'Call 9:30 or 3:45 for details.', expr: null },
	{ text: 'They discussed the future of the region.', expr: null },
	{ text: 'She lives on the 15th floor.', expr: null }
];

describe('extractTimexes', () => {
	it.each(rows)('$text', (row) => {
		const found = extractTimexes(row.text, row.dct ?? DCT);
		if (row.expr === null) {
			expect(found).toEqual([]);
			return;
		}
		const t = found.find((x) => x.text === row.expr);
		expect(t, `found ${JSON.stringify(found.map((x) => [x.text, x.value]))}`).toBeDefined();
		if (!t) return;
		expect(row.text.slice(t.start, t.end)).toBe(row.expr);
		if (row.type) expect(t.type).toBe(row.type);
		if (row.value) expect(t.value).toBe(row.value);
		if (row.mood !== undefined) expect(t.mood).toBe(row.mood);
		if (row.when === null) expect(t.when).toBeNull();
		else if (row.when) expect([t.when?.start, t.when?.end, t.when?.precision]).toEqual(row.when);
	});

	it('returns sorted, non-overlapping spans over a multi-paragraph document', () => {
		const doc =
			'Talks resume\nJanuary 28, 2026\n\nNegotiators met on Monday and will meet again on Sunday. ' +
			'The war began in February 2022. The next round is set for next month.';
		const found = extractTimexes(doc, DCT);
		expect(found.map((t) => t.text)).toEqual(['January 28, 2026', 'Monday', 'Sunday', 'February 2022', 'next month']);
		for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
		expect(found.map((t) => t.value)).toEqual(['2026-01-28', '2026-01-26', '2026-02-01', '2022-02', '2026-02']);
	});

	it('anchors "the day" on the last full date mentioned', () => {
		const found = extractTimexes('Markets fell on Monday. Stocks ended the day lower.', DCT);
		expect(found.find((t) => t.text === 'the day')?.value).toBe('2026-01-26');
	});

	it('joins a bare clock time to the date of its sentence', () => {
		const found = extractTimexes('The first flight took off on Tuesday at 18:00 UTC.', DCT);
		expect(found.find((t) => t.text === '18:00 UTC')?.value).toBe('2026-01-27T18:00Z');
	});

	it('returns nothing for an invalid article date or an empty text', () => {
		expect(extractTimexes('On Monday.', 'not a date')).toEqual([]);
		expect(extractTimexes('', DCT)).toEqual([]);
	});

	it('stays linear on adversarial input (no catastrophic backtracking)', () => {
		const nasty = ['1 '.repeat(20000), 'the the the '.repeat(5000), 'May May '.repeat(5000), '9:'.repeat(20000), 'a-'.repeat(20000), 'two and a half '.repeat(3000)];
		for (const s of nasty) {
			const t0 = performance.now();
			extractTimexes(s, DCT);
			expect(performance.now() - t0).toBeLessThan(2000);
		}
	});
});

describe('story time', () => {
	it.each([
		// a market report published the day after the trading day it tells
		['The Dow fell 3.4% to end the day at 7,114.', '2009-02-24', '2009-02-23', '2009-02-23'],
		['The Dow fell 3.4% to end the day at 7,114.', '2009-02-24', null, '2009-02-24'],
		['He was shot at 10 p.m.', '2026-01-20', '2026-01-16', '2026-01-16T22:00'],
		['He was shot at 10 p.m. on Monday.', '2026-01-21', '2026-01-16', '2026-01-19T22:00']
	])('%s (article %s, story day %s): %s', (text, dct, storyDay, value) => {
		const found = extractTimexes(text, dct, storyDay).filter((t) => t.type === 'DATE' || t.type === 'TIME');
		expect(found[0]?.value).toBe(value);
	});

	it.each([
		// "the same period" points back at the period a paragraph before named
		['In the same period a year earlier, the bank had gained $704 million.', '2009-10-16', '2009-Q3', '2008-Q3'],
		['In the same period a year earlier, the bank had gained $704 million.', '2009-10-16', null, '2008-10'],
		['In the same period a year earlier, the airline had lost 21.7 billion shillings.', '2024-09-15', '2024-H1', '2023-H1'],
		// a period of the paragraph itself comes first
		['Sales rose in March, more than in the same month a year ago.', '2009-10-16', '2009-Q3', '2008-03'],
		// only "the same" points back so far: "the previous year" counts from the article
		['The previous year, the bank had gained $704 million.', '2009-10-16', '2007-Q3', '2008']
	])('%s (article %s, story date %s): %s', (text, dct, storyDate, value) => {
		const found = extractTimexes(text, dct, null, storyDate).filter((t) => t.type === 'DATE');
		expect(found.at(-1)?.value).toBe(value);
	});
});

describe('a plan told in the past', () => {
	it.each([
		// a day in the weeks before the article is that one
		['Talks that were due to be held in Vienna on March 13 were cancelled.', '2018-03-22', '2018-03-13'],
		['The talks, which had been scheduled for 13 March, were cancelled.', '2018-03-22', '2018-03-13'],
		// further back, the plan is still ahead
		['The election, which was set to take place on September 20, has been postponed until next year.', '2024-03-05', '2024-09-20'],
		// a plan in the present points ahead
		['The talks are due to be held on March 13.', '2018-03-22', '2019-03-13']
	])('%s (article %s): %s', (text, dct, value) => {
		expect(extractTimexes(text, dct).find((t) => t.type === 'DATE')?.value).toBe(value);
	});
});

describe('"forecast" as a noun, and schedules in the present', () => {
	it.each([
		['Nike withdrew its full-year forecast on Tuesday.', '2024-10-01'],
		// the verb is a cue
		['Sales are forecast to rise on Tuesday.', '2024-10-08'],
		// a schedule told in the present simple is ahead
		['The ceasefire takes effect at 4 a.m. on Tuesday.', '2024-10-08'],
		['The law comes into force on Tuesday.', '2024-10-08'],
		// after a modal, "now" is no cue of its own
		['The game will now be played on September 17.', '2025-09-17'],
		// "takes" is one only in a schedule's phrase
		['Ford takes a $1 billion charge in the third quarter.', '2024-Q3']
	])('%s', (text, value) => {
		expect(extractTimexes(text, '2024-10-02').filter((t) => t.type === 'DATE').at(-1)?.value).toBe(value);
	});
});
