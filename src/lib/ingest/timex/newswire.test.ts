import { describe, expect, it } from 'vitest';
import { extractTimexes } from './index.ts';

/**
 * Newswire table: sentences in the styles of AP, Reuters, AFP, BBC and The Guardian, with the
 * values the TimeML/TIMEX3 guidelines give them (TempEval-3 conventions, as the MEANTIME gold:
 * extents exclude leading prepositions, "Tuesday's" tags "Tuesday"). Article date for most rows:
 * Wednesday 28 January 2026.
 */
const DCT = '2026-01-28';

interface Row {
	text: string;
	/** Expected expression as written; `null`: no timex at all may be found. */
	expr: string | null;
	type?: string;
	value?: string;
	/** Further expressions the sentence must yield, with their values. */
	also?: [string, string][];
	/** Texts that must not be tagged (nor be part of a tag). */
	not?: string[];
	dct?: string;
}

const rows: Row[] = [
	// --- Diplomacy and peace talks ------------------------------------------------------------
	{ text: "Tuesday's talks in Geneva ended without agreement, a spokesman said.", expr: 'Tuesday', type: 'DATE', value: '2026-01-27' },
	{ text: 'Envoys will meet in Doha this week to discuss a truce.', expr: 'this week', value: '2026-W05' },
	{ text: "Preparations for next week's summit in Brussels are under way.", expr: 'next week', value: '2026-W06' },
	{ text: 'A deal could be reached in the coming weeks, diplomats said.', expr: 'the coming weeks', type: 'DURATION', value: 'PXW' },
	{ text: 'Negotiators met again on Tuesday night in Cairo.', expr: 'Tuesday night', type: 'TIME', value: '2026-01-27TNI' },
	{ text: 'Earlier on Monday, the foreign minister met the U.N. envoy.', expr: 'Monday', value: '2026-01-26' },
	{ text: 'The president begins a three-day visit to China on Monday.', expr: 'three-day', type: 'DURATION', value: 'P3D', also: [['Monday', '2026-02-02']] },
	{ text: 'The two sides agreed to a 90-day ceasefire, Reuters reported.', expr: '90-day', type: 'DURATION', value: 'P90D' },
	{ text: 'Talks opened on Jan. 12. The following day, rebels shelled the port.', expr: 'The following day', value: '2026-01-13' },
	{ text: 'The envoy arrived in Kyiv on Jan. 20, having met Russian officials the day before.', expr: 'the day before', value: '2026-01-19' },
	{ text: 'He was detained on Monday; a day earlier police had searched his home.', expr: 'a day earlier', value: '2026-01-25' },
	{ text: 'Protests began on Jan. 2. Two weeks later, the government collapsed.', expr: 'Two weeks later', value: '2026-01-16' },
	{ text: 'Officials expect a decision within weeks.', expr: 'weeks', type: 'DURATION', value: 'PXW' },
	{ text: 'The leaders met face to face for the first time in five years.', expr: 'five years', type: 'DURATION', value: 'P5Y' },
	{ text: 'The talks ran from Monday to Wednesday in Istanbul.', expr: 'Monday', value: '2026-01-26', also: [['Wednesday', '2026-01-28']] },
	{ text: 'The envoy said a peace deal could be signed by the end of March.', expr: 'the end of March', value: '2026-03' },
	{ text: 'Both delegations are expected to return to Vienna on Thursday, Jan. 29.', expr: 'Thursday, Jan. 29', value: '2026-01-29' },
	{ text: 'The ministers will hold a second round of talks early next month.', expr: 'early next month', value: '2026-02' },
	{ text: 'Diplomatic ties were severed in 2016 and restored last year.', expr: '2016', value: '2016', also: [['last year', '2025']] },
	{ text: 'The accord, signed on 3 March 2015, expires next year.', expr: '3 March 2015', value: '2015-03-03', also: [['next year', '2027']] },
	{ text: 'Talks are due to resume after the Easter holiday.', expr: 'Easter', value: '2026-04-05' },
	{ text: 'The foreign ministers held talks for more than six hours on Sunday.', expr: 'more than six hours', type: 'DURATION', value: 'PT6H', also: [['Sunday', '2026-01-25']] },
	{ text: 'The treaty was signed on Sept. 11, 2001, hours before the attacks.', expr: 'Sept. 11, 2001', value: '2001-09-11' },
	{ text: 'The embassy will reopen on Feb. 3, the ministry said on Wednesday.', expr: 'Feb. 3', value: '2026-02-03', also: [['Wednesday', '2026-01-28']] },
	// --- War and conflict ------------------------------------------------------------------------
	{ text: 'Fighting resumed overnight and continued into Sunday morning.', expr: 'Sunday morning', type: 'TIME', value: '2026-01-25TMO' },
	{ text: 'At least 40 people were killed in strikes over the past 24 hours, officials said.', expr: 'the past 24 hours', type: 'DURATION', value: 'PT24H' },
	{ text: 'The decades-long conflict has killed tens of thousands of people.', expr: 'decades-long', type: 'DURATION', value: 'PXDE' },
	{ text: 'The army sent 2,000 troops to the border region.', expr: null },
	{ text: 'NATO allies discussed Article 5 of the treaty.', expr: null },
	{ text: 'Rebels shelled the city this morning, residents said.', expr: 'this morning', type: 'TIME', value: '2026-01-28TMO' },
	{ text: 'The war, now in its fourth year, has displaced millions.', expr: 'now', value: 'PRESENT_REF' },
	{ text: 'The offensive began late last month and intensified this week.', expr: 'late last month', value: '2025-12', also: [['this week', '2026-W05']] },
	{ text: 'A curfew will take effect at midnight.', expr: 'midnight', type: 'TIME', value: '2026-01-28T24:00' },
	{ text: 'The militants captured the town in 2014 and held it until 2017.', expr: '2014', value: '2014', also: [['2017', '2017']] },
	{ text: 'Since 2014, the conflict has claimed more than 14,000 lives.', expr: '2014', value: '2014' },
	{ text: 'Shelling was heard throughout the night, AFP correspondents said.', expr: 'night', type: 'TIME', value: '2026-01-28TNI' },
	{ text: 'The hostages were freed after 24 hours in captivity.', expr: '24 hours', type: 'DURATION', value: 'PT24H' },
	{ text: 'The siege lasted nearly two months.', expr: 'nearly two months', type: 'DURATION', value: 'P2M' },
	{ text: 'Airstrikes hit the capital early on Saturday.', expr: 'Saturday', value: '2026-01-24' },
	{ text: 'He served in the army during World War II.', expr: null },
	{ text: 'The 9/11 commission published its final report.', expr: null },
	{ text: 'The base was attacked twice last week and once on Monday.', expr: 'last week', value: '2026-W04', also: [['Monday', '2026-01-26']] },
	{ text: 'A drone struck a fuel depot at around 3 a.m. on Friday.', expr: '3 a.m.', type: 'TIME', value: '2026-01-23T03:00', also: [['Friday', '2026-01-23']] },
	// --- Elections and politics --------------------------------------------------------------------
	{ text: "Turnout was lower than in last year's election.", expr: 'last year', value: '2025' },
	{ text: 'Voters go to the polls on 3 March.', expr: '3 March', value: '2026-03-03' },
	{ text: 'Polls close at 5 p.m. EST, election officials said.', expr: '5 p.m. EST', type: 'TIME', value: '2026-01-28T17:00' },
	{ text: 'The party has governed since 2019 and faces voters this summer.', expr: '2019', value: '2019', also: [['this summer', '2026-SU']] },
	{ text: 'The prime minister will call an election early next year.', expr: 'early next year', value: '2027' },
	{ text: 'The result is expected on Thursday evening.', expr: 'Thursday evening', type: 'TIME', value: '2026-01-29TEV' },
	{ text: 'The senator, 64, has served in Congress for the past decade.', expr: 'the past decade', type: 'DURATION', value: 'P10Y' },
	{ text: 'Mr March told reporters he would not resign.', expr: null },
	{ text: 'The Sunday Times reported that the minister would quit.', expr: null },
	{ text: 'The bill passed the Senate on a 51-49 vote.', expr: null },
	{ text: 'Parliament will be dissolved on Feb. 9 ahead of the March 22 vote.', expr: 'Feb. 9', value: '2026-02-09', also: [['March 22', '2026-03-22']] },
	{ text: 'The president has been in office since January 2021.', expr: 'January 2021', value: '2021-01' },
	{ text: 'The opposition won the 2024 election by a wide margin.', expr: '2024', value: '2024' },
	{ text: 'Results are due later this week, the commission said.', expr: 'later this week', value: '2026-W05' },
	{ text: 'Lawmakers return from recess on Monday 2 February.', expr: 'Monday 2 February', value: '2026-02-02' },
	{ text: 'The referendum was held on 23 June 2016.', expr: '23 June 2016', value: '2016-06-23' },
	{ text: 'The governor was elected in November and sworn in this month.', expr: 'November', value: '2025-11', also: [['this month', '2026-01']] },
	{ text: 'Campaigning ends at midnight on Friday.', expr: 'Friday', value: '2026-01-30', also: [['midnight', '2026-01-30T24:00']] },
	// --- Markets and business --------------------------------------------------------------------
	{ text: 'Profit fell in the second quarter, the company said.', expr: 'the second quarter', value: '2025-Q2' },
	{ text: 'Growth slowed in the first half of 2025.', expr: 'the first half of 2025', value: '2025-H1' },
	{ text: 'The company reported a loss for fiscal 2024.', expr: 'fiscal 2024', value: 'FY2024' },
	{ text: 'Stocks fell on Friday for the third straight session.', expr: 'Friday', value: '2026-01-23' },
	{ text: 'Oil prices hit their highest level since 2014 on Monday.', expr: '2014', value: '2014', also: [['Monday', '2026-01-26']] },
	{ text: 'The yield on the 10-year Treasury note rose to 4.2%.', expr: '10-year', type: 'DURATION', value: 'P10Y' },
	{ text: 'Retailers expect record sales on Black Friday.', expr: 'Black Friday', value: '2026-11-27' },
	{ text: 'The central bank meets every six weeks.', expr: 'every six weeks', type: 'SET', value: 'P6W' },
	{ text: 'The firm pays a dividend quarterly.', expr: 'quarterly', type: 'SET', value: 'P3M' },
	// a dividend declared now is paid later: "payable" points forward, to next year's January in October
	{ text: 'The dividend is payable Jan. 5 to holders of record Dec. 21.', expr: 'Jan. 5', value: '1999-01-05', also: [['Dec. 21', '1998-12-21']], dct: '1998-10-15' },
	// a relative year right after a date names its year, whatever the tense
	{ text: 'The company was founded in March this year.', expr: 'March', value: '2026-03', also: [['this year', '2026']] },
	// what was decided comes after the decision: its month is the first after the decision's date
	{ text: 'OPEC agreed in September to cut output in November.', expr: 'November', value: '1998-11', dct: '1998-10-15' },
	{ text: 'The firm agreed in March to pay the fine in September.', expr: 'September', value: '1998-09', dct: '1998-10-15' },
	{ text: 'Ministers decided last month to raise taxes in January.', expr: 'January', value: '1999-01', dct: '1998-10-15' },
	// a report is no decision: the tense still decides
	{ text: 'He said in September that output fell in November.', expr: 'November', value: '1997-11', dct: '1998-10-15' },
	// a name stays a name before a relative year
	{ text: 'Theresa May last year triggered Article 50.', expr: 'last year', value: '2017', not: ['May'], dct: '2018-03-10' },
	{ text: 'The Dow closed at a record high on Dec 3.', expr: 'Dec 3', value: '2025-12-03' },
	{ text: 'The FTSE 100 rose 1.2 percent in early trading.', expr: null },
	{ text: 'The airline grounded its Boeing 737 fleet.', expr: null },
	{ text: 'Shares jumped 7% after the company raised its full-year forecast.', expr: null },
	{ text: 'Inflation has averaged 2% over the past decade.', expr: 'the past decade', type: 'DURATION', value: 'P10Y' },
	{ text: 'The economy grew 0.3% in the three months to December.', expr: 'three months', type: 'DURATION', value: 'P3M', also: [['December', '2025-12']] },
	{ text: 'Sales rose 4% year on year in January.', expr: 'January', value: '2026-01' },
	{ text: 'The bank will publish results on Feb. 12 at 7 a.m. GMT.', expr: 'Feb. 12', value: '2026-02-12', also: [['7 a.m. GMT', '2026-02-12T07:00Z']] },
	{ text: 'The merger is expected to close by the end of 2027.', expr: 'the end of 2027', value: '2027' },
	{ text: 'Markets in Asia opened lower on Thursday morning after a volatile week.', expr: 'Thursday morning', type: 'TIME', value: '2026-01-22TMO' },
	{ text: 'The stock has lost half its value in the past year.', expr: 'the past year', type: 'DURATION', value: 'P1Y' },
	{ text: 'The group expects revenue to grow in fiscal 2026.', expr: 'fiscal 2026', value: 'FY2026' },
	{ text: 'Euro zone inflation eased in December, data showed on Wednesday.', expr: 'December', value: '2025-12', also: [['Wednesday', '2026-01-28']] },
	{ text: 'Output hit a two-year high last month.', expr: 'two-year', type: 'DURATION', value: 'P2Y', also: [['last month', '2025-12']] },
	{ text: 'Shoppers flocked to stores over the weekend.', expr: 'the weekend', value: '2026-W04-WE' },
	// --- Courts and crime ------------------------------------------------------------------------
	{ text: 'The court ruled in a 7-2 decision that the law was valid.', expr: null },
	{ text: 'The judge adjourned the case until Feb. 10.', expr: 'Feb. 10', value: '2026-02-10' },
	{ text: 'He was sentenced to 15 years in prison.', expr: '15 years', type: 'DURATION', value: 'P15Y' },
	{ text: 'The trial is expected to last six weeks.', expr: 'six weeks', type: 'DURATION', value: 'P6W' },
	{ text: 'The verdict is due on March 3rd.', expr: 'March 3rd', value: '2026-03-03' },
	{ text: 'The jury deliberated for two days before reaching a verdict on Friday.', expr: 'two days', type: 'DURATION', value: 'P2D', also: [['Friday', '2026-01-23']] },
	{ text: 'Police said the 32-year-old was arrested at 10:30 p.m. on Saturday.', expr: '10:30 p.m.', type: 'TIME', value: '2026-01-24T22:30', also: [['Saturday', '2026-01-24']] },
	{ text: 'The company filed for Chapter 11 protection.', expr: null },
	{ text: 'The Supreme Court will hear arguments in the case this spring.', expr: 'this spring', value: '2026-SP' },
	{ text: 'Prosecutors have until Friday to file charges.', expr: 'Friday', value: '2026-01-30' },
	{ text: 'The offences took place between 2019 and 2021, the court heard.', expr: '2019', value: '2019', also: [['2021', '2021']] },
	{ text: 'The defendant was arrested in the 1990s but never charged.', expr: '1990s', value: '199' },
	{ text: 'He will be sentenced on 5 February.', expr: '5 February', value: '2026-02-05' },
	// --- Weather and disasters ---------------------------------------------------------------------
	{ text: 'Snow is forecast for the weekend across the northeast.', expr: 'the weekend', value: '2026-W05-WE' },
	{ text: 'Heating bills soared last winter.', expr: 'last winter', value: '2024-WI' },
	{ text: 'The storm is expected to make landfall late Thursday.', expr: 'late Thursday', value: '2026-01-29' },
	{ text: 'Temperatures will remain below freezing for the next 48 hours.', expr: 'the next 48 hours', type: 'DURATION', value: 'PT48H' },
	{ text: 'The earthquake struck at 4:17 a.m. local time.', expr: '4:17 a.m.', type: 'TIME', value: '2026-01-28T04:17' },
	{ text: 'Last year was the hottest on record.', expr: 'Last year', value: '2025' },
	{ text: 'Floods have hit the region every year since 2019.', expr: 'every year', type: 'SET', value: 'P1Y', also: [['2019', '2019']] },
	{ text: 'The heatwave is expected to ease by the middle of next week.', expr: 'the middle of next week', value: '2026-W06' },
	{ text: 'Rain fell for 12 hours straight on Tuesday.', expr: '12 hours', type: 'DURATION', value: 'PT12H', also: [['Tuesday', '2026-01-27']] },
	{ text: 'The monsoon usually arrives in June.', expr: 'June', value: '2026-06' },
	{ text: 'The drought is the worst in 40 years.', expr: '40 years', type: 'DURATION', value: 'P40Y' },
	// --- Sport ---------------------------------------------------------------------------------------
	{ text: 'Arsenal sealed the 1-0 win with a late penalty.', expr: null },
	{ text: "Sunday's final will be played in Melbourne.", expr: 'Sunday', value: '2026-02-01' },
	{ text: 'Athletes are preparing for the 2028 Olympics in Los Angeles.', expr: '2028', value: '2028' },
	{ text: 'She won gold at the 2024 Olympics in Paris.', expr: '2024', value: '2024' },
	{ text: 'The team has not won the title since the 1990s.', expr: '1990s', value: '199' },
	{ text: 'The tournament runs March 10-12 in Doha.', expr: 'March 10-12', value: '2026-03-10/2026-03-12' },
	{ text: 'The match kicks off at 8pm on Saturday.', expr: '8pm', type: 'TIME', value: '2026-01-31T20:00', also: [['Saturday', '2026-01-31']] },
	{ text: 'He scored twice in the second half.', expr: null },
	{ text: 'The club plays at home each Sunday.', expr: 'each Sunday', type: 'SET', value: 'XXXX-WXX-7' },
	{ text: 'The marathon is held annually in April.', expr: 'annually', type: 'SET', value: 'P1Y' },
	{ text: 'March Madness tips off with 68 teams.', expr: null },
	{ text: 'The striker signed a four-year contract in the summer.', expr: 'four-year', type: 'DURATION', value: 'P4Y' },
	{ text: 'The team lost 3-0 on Wednesday, its first defeat in two months.', expr: 'Wednesday', value: '2026-01-28', also: [['two months', 'P2M']] },
	// --- Health and science --------------------------------------------------------------------------
	{ text: 'COVID-19 cases rose in the city, health officials said.', expr: null },
	{ text: 'Leaders of the G20 discussed pandemic preparedness.', expr: null },
	{ text: 'The vaccine will be available by the end of the year.', expr: 'the end of the year', value: '2026' },
	{ text: 'Patients are tested weekly.', expr: 'weekly', type: 'SET', value: 'P1W' },
	{ text: 'The outbreak was first reported in December 2019.', expr: 'December 2019', value: '2019-12' },
	{ text: 'Hospital admissions doubled in the past two weeks.', expr: 'the past two weeks', type: 'DURATION', value: 'P2W' },
	{ text: 'The WHO said the number of deaths fell for the first time in three months.', expr: 'three months', type: 'DURATION', value: 'P3M' },
	{ text: 'The study followed patients for 10 years.', expr: '10 years', type: 'DURATION', value: 'P10Y' },
	{ text: 'Flu cases typically peak in winter.', expr: 'winter', type: 'DATE' },
	{ text: 'The trial results are due in the first half of next year.', expr: 'the first half of next year', value: '2027-H1' },
	// --- Holidays and seasons --------------------------------------------------------------------------
	{ text: 'Families gathered at Christmas despite the restrictions.', expr: 'Christmas', value: '2025-12-25' },
	{ text: "Fireworks lit up the sky on New Year's Eve.", expr: "New Year's Eve", value: '2025-12-31' },
	{ text: 'Workers marched through the capital on May Day.', expr: 'May Day', value: '2025-05-01' },
	{ text: 'This year Easter falls in early April.', expr: 'Easter', value: '2026-04-05', also: [['This year', '2026'], ['early April', '2026-04']] },
	{ text: 'Pilgrims crowded the church last Easter.', expr: 'last Easter', value: '2025-04-20' },
	// --- Tech and other labels -------------------------------------------------------------------------
	{ text: 'Microsoft ended support for Windows 10.', expr: null },
	{ text: 'He spoke to Fox 5 news about the fire.', expr: null },
	{ text: 'The Apollo 11 crew returned safely.', expr: null },
	{ text: 'Sales rose during the three-month period.', expr: 'three-month', type: 'DURATION', value: 'P3M' },
	// --- More common newswire phrasings ----------------------------------------------------------
	{ text: 'The quake struck early Monday, killing at least 12 people.', expr: 'early Monday', value: '2026-01-26' },
	{ text: 'The minister resigned late on Friday.', expr: 'Friday', value: '2026-01-23' },
	{ text: 'The strike was called off on Wednesday afternoon.', expr: 'Wednesday afternoon', type: 'TIME', value: '2026-01-28TAF' },
	{ text: "This year's festival has been cancelled.", expr: 'This year', value: '2026' },
	{ text: "Last month's figures were revised down.", expr: 'Last month', value: '2025-12' },
	{ text: 'Prices rose sharply earlier this month.', expr: 'earlier this month', value: '2026-01' },
	{ text: 'The company will announce job cuts later this year.', expr: 'later this year', value: '2026' },
	{ text: 'Clashes have intensified in recent days.', expr: 'recent days', type: 'DURATION', value: 'PXD' },
	{ text: 'Tensions have risen in recent weeks.', expr: 'recent weeks', type: 'DURATION', value: 'PXW' },
	{ text: 'The bridge collapsed a week ago.', expr: 'a week ago', value: '2026-01-21' },
	{ text: 'The factory closed a decade ago.', expr: 'a decade ago', value: '201' },
	{ text: 'The talks have dragged on for more than a year.', expr: 'more than a year', type: 'DURATION', value: 'P1Y' },
	{ text: 'The report follows a year-long investigation.', expr: 'year-long', type: 'DURATION', value: 'P1Y' },
	{ text: 'Prices have fallen since March.', expr: 'March', value: '2025-03' },
	{ text: 'The vote is scheduled for Feb. 14.', expr: 'Feb. 14', value: '2026-02-14' },
	{ text: 'The blast happened at 10 a.m. local time (0800 GMT).', expr: '10 a.m.', type: 'TIME', value: '2026-01-28T10:00', also: [['0800 GMT', '2026-01-28T08:00Z']] },
	{ text: 'The country aims to be carbon neutral by 2030.', expr: '2030', value: '2030' },
	{ text: 'Banks have tightened lending since the 2008 financial crisis.', expr: '2008', value: '2008' },
	{ text: "Friday's 3-1 defeat left the club in 18th place.", expr: 'Friday', value: '2026-01-23', not: ['3-1'] },
	{ text: 'The channel runs a 24-hour news service.', expr: '24-hour', type: 'DURATION', value: 'PT24H' },
	{ text: 'The Security Council adopted Resolution 2334 in a 14-0 vote.', expr: null },
	{ text: 'The month-long strike ended on Tuesday.', expr: 'month-long', type: 'DURATION', value: 'P1M', also: [['Tuesday', '2026-01-27']] },
	{ text: 'The scandal dates back to the late 1980s.', expr: 'late 1980s', value: '198' },
	{ text: 'Growth was weak throughout the 2010s.', expr: '2010s', value: '201' },
	{ text: 'The ban came into force on 5 January 2025.', expr: '5 January 2025', value: '2025-01-05' },
	{ text: 'MPs will vote on Tuesday 3 February.', expr: 'Tuesday 3 February', value: '2026-02-03' },
	{ text: 'The ceremony starts at 12 noon.', expr: 'noon', type: 'TIME' },
	{ text: 'Markets open at 10am GMT.', expr: '10am GMT', type: 'TIME', value: '2026-01-28T10:00Z' },
	{ text: 'The airline posted a third-quarter loss.', expr: 'third-quarter', value: '2025-Q3' },
	{ text: 'Hundreds have fled the area over the past few days.', expr: 'the past few days', type: 'DURATION', value: 'PXD' },
	{ text: 'Rates are likely to stay high over the next few months.', expr: 'the next few months', type: 'DURATION', value: 'PXM' },
	{ text: 'Home prices rose 6% in the past 12 months.', expr: 'the past 12 months', type: 'DURATION', value: 'P12M' },
	{ text: 'The region has been hit by drought for nearly a decade.', expr: 'nearly a decade', type: 'DURATION', value: 'P10Y' },
	{ text: 'Talks collapsed on Jan. 14 and resumed the next day.', expr: 'the next day', value: '2026-01-15' },
	{ text: 'The ministry will publish the data by the end of the week.', expr: 'the end of the week', value: '2026-W05' },
	{ text: 'Protests erupted in several cities at the weekend.', expr: 'the weekend', value: '2026-W04-WE' },
	{ text: 'Rallies were held on Saturday and Sunday.', expr: 'Saturday', value: '2026-01-24', also: [['Sunday', '2026-01-25']] },
	{ text: 'The border reopened on Jan 5.', expr: 'Jan 5', value: '2026-01-05' },
	{ text: 'The law came into force on January 5th.', expr: 'January 5th', value: '2026-01-05' },
	{ text: 'The law came into force on 5th January.', expr: '5th January', value: '2026-01-05' },
	{ text: 'The deal was signed on 26/01/2026 in London.', expr: '26/01/2026', value: '2026-01-26' },
	{ text: 'Sales rose 5% from a year earlier.', expr: 'a year earlier', value: '2025' },
	{ text: 'The suspect must appear in court within 24 hours.', expr: '24 hours', type: 'DURATION', value: 'PT24H' },
	{ text: 'The committee meets once a month.', expr: 'once a month', type: 'SET', value: 'P1M' },
	{ text: 'The World Cup is held every four years.', expr: 'every four years', type: 'SET', value: 'P4Y' },
	{ text: 'Patients receive the drug on a daily basis.', expr: 'daily', type: 'SET', value: 'P1D' },
	{ text: 'The ferry sails each month to the islands.', expr: 'each month', type: 'SET', value: 'P1M' },
	{ text: 'Leaders of the G7 met in Canada.', expr: null },
	{ text: 'The F-35 jets flew over the A320 in formation.', expr: null },
	{ text: 'The court upheld the law by a 5-4 majority.', expr: null },
	{ text: 'The singer, now in his 70s, toured Europe.', expr: 'now', value: 'PRESENT_REF', not: ['70s'] },
	{ text: 'She won the 1,500 metres in the top 10 of the field.', expr: null },
	{ text: 'Voters in Paris 2024 host city were unhappy.', expr: '2024', value: '2024' },
	{ text: 'The storm hit on Sunday, Jan. 25, and moved east overnight.', expr: 'Sunday, Jan. 25', value: '2026-01-25' },
	{ text: 'Trading was halted at 2:30 p.m. ET.', expr: '2:30 p.m. ET', type: 'TIME', value: '2026-01-28T14:30' },
	{ text: 'Trading resumed at 1400 GMT.', expr: '1400 GMT', type: 'TIME', value: '2026-01-28T14:00Z' },
	{ text: 'The deadline expires at midnight on Saturday.', expr: 'Saturday', value: '2026-01-31' },
	{ text: 'Lawmakers have until the end of February to agree a budget.', expr: 'the end of February', value: '2026-02' },
	{ text: 'The previous week, stocks had fallen 3%.', expr: 'The previous week', value: '2026-W04' },
	{ text: 'The first-quarter results will be released in April.', expr: 'first-quarter', value: '2026-Q1', also: [['April', '2026-04']] },
	{ text: 'The talks will continue through Friday.', expr: 'Friday', value: '2026-01-30' },
	{ text: 'Voting is under way and ends at 8 p.m. on Sunday.', expr: '8 p.m.', type: 'TIME', value: '2026-02-01T20:00', also: [['Sunday', '2026-02-01']] },
	{ text: 'The ceasefire, which began on Sunday, was holding on Monday.', expr: 'Sunday', value: '2026-01-25', also: [['Monday', '2026-01-26']] },
	{ text: 'The president spoke by phone with his counterpart on Wednesday, the Kremlin said.', expr: 'Wednesday', value: '2026-01-28', dct: '2026-01-29' },
	{ text: 'The summit opens on Monday.', expr: 'Monday', value: '2025-06-16', dct: '2025-06-12' },
	// a quarter's results are reported once it is over: a past report names none still ahead, a
	// coming report the one just over; other clauses, and fiscal quarters, keep the tense rules
	{ text: 'Boeing posted a fourth-quarter loss.', expr: 'fourth-quarter', value: '1996-Q4', dct: '1997-08-10' },
	{ text: 'Cisco posted a fiscal fourth-quarter profit.', expr: 'fourth-quarter', value: '2010-Q4', dct: '2010-08-12' },
	{ text: 'Stocks posted losses in the fourth quarter as the debt crisis spread.', expr: 'the fourth quarter', value: '2010-Q4', dct: '2010-12-30' },
	{ text: 'The company said third-quarter profit would be lower than expected.', expr: 'third-quarter', value: '2010-Q3', dct: '2010-08-10' },
	{ text: 'Alcoa expects to return to profit in the fourth quarter.', expr: 'the fourth quarter', value: '2010-Q4', dct: '2010-01-14' },
	{ text: 'The company hopes to post a profit in the fourth quarter.', expr: 'the fourth quarter', value: '2010-Q4', dct: '2010-01-06' },
	{ text: 'Analysts expect Alcoa to post a loss for the fourth quarter.', expr: 'the fourth quarter', value: '2009-Q4', dct: '2010-01-05' },
	{ text: 'Alcoa posted a third-quarter profit.', expr: 'third-quarter', value: '2009-Q3', dct: '2009-10-05' },
	{ text: 'Alcoa is expected to report a loss for the third quarter.', expr: 'the third quarter', value: '2009-Q3', dct: '2009-10-05' },
	{ text: 'Alcoa will report fourth-quarter results on Monday.', expr: 'fourth-quarter', value: '2009-Q4', dct: '2010-01-12', also: [['Monday', '2010-01-18']] },
	{ text: 'Alcoa will report first-quarter results in April.', expr: 'first-quarter', value: '2010-Q1', dct: '2009-10-05', also: [['April', '2010-04']] },
	{ text: 'Alcoa expects sales to rise in the first quarter.', expr: 'the first quarter', value: '2010-Q1', dct: '2009-10-05' },
	{ text: 'Alcoa closed two plants during the fourth quarter.', expr: 'the fourth quarter', value: '2009-Q4', dct: '2009-10-05' },
	// a verb after a modal or "to" is its base form, even one that shares its form with the past
	{ text: 'The store will shut its doors in April.', expr: 'April', value: '2005-04', dct: '2005-03-10' },
	{ text: "The store won't shut its doors until April.", expr: 'April', value: '2005-04', dct: '2005-03-10' },
	{ text: 'The store shut its doors in April.', expr: 'April', value: '2004-04', dct: '2005-03-10' },
	{ text: 'Officials said the virus may have spread in September.', expr: 'September', value: '2005-09', dct: '2005-10-10' },
	{ text: 'The manager, who was due to quit in September, stayed on.', expr: 'September', value: '2005-09', dct: '2005-10-10' },
	{ text: 'Markets rallied this week after weak data last week.', expr: 'this week', value: '2025-W24', dct: '2025-06-12', also: [['last week', '2025-W23']] },
	{ text: 'Storms hit the coast over the weekend, forecasters said on Monday.', expr: 'the weekend', value: '2025-W24-WE', dct: '2025-06-16', also: [['Monday', '2025-06-16']] },
	{ text: 'Profit rose in FY2025 and is forecast to grow in FY26.', expr: 'FY2025', value: 'FY2025', also: [['FY26', 'FY2026']] },
	{ text: 'The singer died in 2019 at the age of 90.', expr: '2019', value: '2019', not: ['90'] },
	{ text: 'He served as mayor from 2019 to 2021.', expr: '2019', value: '2019', also: [['2021', '2021']] },
	{ text: 'The minister, who arrived on Tuesday, leaves on Thursday.', expr: 'Tuesday', value: '2026-01-27', also: [['Thursday', '2026-01-29']] },
	{ text: 'LONDON, Jan 27 (Reuters) - British retail sales fell in December.', expr: 'Jan 27', value: '2026-01-27', also: [['December', '2025-12']] },
	{ text: 'WASHINGTON (AP) — The Senate voted 52-48 Tuesday to confirm him.', expr: 'Tuesday', value: '2026-01-27', not: ['52-48'] },
	{ text: 'The agreement expires Saturday.', expr: 'Saturday', value: '2026-01-31' },
	{ text: 'Stock markets stayed closed until Friday.', expr: 'Friday', value: '2026-01-30' },
	{ text: 'The company was founded 25 years ago.', expr: '25 years ago', value: '2001' },
	{ text: 'The results come in a fortnight.', expr: 'a fortnight', type: 'DURATION', value: 'P2W' },
	{ text: 'The winter Olympics ended last week.', expr: 'last week', value: '2026-W04', not: ['winter'] },
	{ text: 'A 48-hour strike begins at 6 a.m. on Tuesday.', expr: '48-hour', type: 'DURATION', value: 'PT48H', dct: '2026-03-02', also: [['6 a.m.', '2026-03-03T06:00'], ['Tuesday', '2026-03-03']] },
	{ text: 'Heavy snow fell across the north this weekend.', expr: 'this weekend', value: '2026-W09-WE', dct: '2026-03-02' },
	{ text: 'Ukraine and Russia will hold talks on Thursday, officials said on Monday.', expr: 'Thursday', value: '2026-03-05', dct: '2026-03-02', also: [['Monday', '2026-03-02']] },
	{ text: 'The company said revenue for the fourth quarter ended Dec. 31 rose 8%.', expr: 'the fourth quarter', value: '2025-Q4', dct: '2026-03-02', also: [['Dec. 31', '2025-12-31']] },
	{ text: 'The ceasefire expired at midnight on Saturday.', expr: 'midnight', type: 'TIME', value: '2026-02-28T24:00', dct: '2026-03-02' },
	{ text: 'Profit fell in the second half, the company said on Monday.', expr: 'the second half', value: '2025-H2' },
	{ text: 'Analysts expect growth to pick up in the second half.', expr: 'the second half', value: '2026-H2' },
	{ text: 'He scored twice in the second half on Saturday.', expr: 'Saturday', value: '2026-01-24', not: ['half'] },
	// --- Other article dates ---------------------------------------------------------------------------
	{ text: 'The ministers met on Monday.', expr: 'Monday', value: '2025-06-09', dct: '2025-06-12' },
	{ text: 'The council will vote next Tuesday.', expr: 'next Tuesday', value: '2025-06-17', dct: '2025-06-12' },
	{ text: 'The fund lost money in the fourth quarter.', expr: 'the fourth quarter', value: '2024-Q4', dct: '2025-03-15' },
	{ text: 'Sales rose in December, the agency said on Monday.', expr: 'December', value: '2024-12', dct: '2025-01-06', also: [['Monday', '2025-01-06']] },
	{ text: 'The bank cut rates in September and is expected to hold them in October.', expr: 'September', value: '2025-09', dct: '2025-09-20', also: [['October', '2025-10']] }
];

describe('extractTimexes on newswire', () => {
	it.each(rows)('$text', (row) => {
		const found = extractTimexes(row.text, row.dct ?? DCT);
		const shown = JSON.stringify(found.map((x) => [x.text, x.value]));
		if (row.expr === null) {
			expect(found, shown).toEqual([]);
			// Also inside a text that passes the prefilter (as a whole article does).
			const more = extractTimexes(`${row.text} It was announced on Monday.`, row.dct ?? DCT).filter((x) => x.text !== 'Monday');
			expect(more, JSON.stringify(more.map((x) => [x.text, x.value]))).toEqual([]);
			return;
		}
		const t = found.find((x) => x.text === row.expr);
		expect(t, `found ${shown}`).toBeDefined();
		if (!t) return;
		expect(row.text.slice(t.start, t.end)).toBe(row.expr);
		if (row.type) expect(t.type, shown).toBe(row.type);
		if (row.value) expect(t.value, shown).toBe(row.value);
		for (const bad of row.not ?? []) expect(found.some((x) => x.text.includes(bad)), shown).toBe(false);
		for (const [expr, value] of row.also ?? []) {
			const u = found.find((x) => x.text === expr);
			expect(u, `${expr}: found ${shown}`).toBeDefined();
			if (value) expect(u?.value, shown).toBe(value);
		}
	});
});

describe('newswire rules on adversarial input', () => {
	it('stay linear (no catastrophic backtracking)', () => {
		const nasty = [
			'Easter '.repeat(5000), 'the day before '.repeat(3000), 'until Friday '.repeat(3000), 'month-long '.repeat(5000),
			'late Thursday '.repeat(3000), '26/01/'.repeat(5000), 'from 2019 to '.repeat(3000), 'in the night '.repeat(3000),
			'Black Friday May Day '.repeat(2000), '0800 GMT) '.repeat(3000)
		];
		for (const s of nasty) {
			const t0 = performance.now();
			extractTimexes(s, DCT);
			expect(performance.now() - t0).toBeLessThan(2000);
		}
	});
});
