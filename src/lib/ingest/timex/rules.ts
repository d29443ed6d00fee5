/**
 * The rules, in the order they run: each has a name, a pattern built from the vocabularies of
 * `lexicon.ts` (`resources/*.json`), an optional gate and anchor that keep it fast, and a
 * handler that normalises a match. What each matches, with examples, is in
 * `resources/rules.json` under the same name. Candidates may overlap; `index.ts` keeps the longest.
 */
import * as dates from './handlers/dates.ts';
import * as days from './handlers/days.ts';
import * as periods from './handlers/periods.ts';
import * as references from './handlers/references.ts';
import * as spans from './handlers/spans.ts';
import * as times from './handlers/times.ts';
import { PART_RE } from './handlers/common.ts';
import {
	CENTURY_WORDS, DAY_PARTS, EVERY_UNIT, FISCAL_ADJECTIVE_RE, FISCAL_CODE_RE, FISCAL_YEAR_RE, FREQUENCIES, HALVES, HOLIDAY_RE,
	MODIFIERS, MONTH_RE, NUMBER_RE, ORDINALS, RELATIVE_WORDS, SEASONS, TZ_RE, UNITS, WEEKDAY_RE, alt, altEitherCase,
	contextWords, unitPluralRe, unitStemRe
} from './lexicon.ts';
import { pattern, patternI, type Rule } from './rule.ts';

export type { Candidate, Rule, RuleContext } from './rule.ts';

const DAY_PART_RE = alt(Object.keys(DAY_PARTS));
/** Units that stand bare in the plural for a vague span ("years", "decades"). */
const VAGUE_UNITS = ['minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century'];
const capitalise = (w: string): string => (w[0] ?? '').toUpperCase() + w.slice(1);

export const RULES: Rule[] = [
	// --- Full dates -----------------------------------------------------------------------------
	{
		// "October 04, 2005", "Monday, March 12 2009", "June 1st", "Jan. 5"
		name: 'month-day-year',
		gate: /[A-Z][a-z]{2}/,
		anchor: { re: new RegExp(MONTH_RE, 'g'), back: 30 },
		re: pattern`\b(?:(${WEEKDAY_RE}),?[ \t]+)?(?:the\s+)?(${MONTH_RE})\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d|:\d)(?:(?:\s*[-–]\s*|\s+(?:to|and|through|until)\s+)(\d{1,2})(?:st|nd|rd|th)?(?!\d|:\d))?(?:,?\s+(\d{4})(?![\d]))?`,
		handle: dates.monthDayYear
	},
	{
		// "11 December", "5 March 2026", "3 to 5 March", "the 4th of July"
		name: 'day-month-year',
		gate: /\d/,
		anchor: { re: new RegExp(MONTH_RE, 'g'), back: 48 },
		re: pattern`\b(?:(${WEEKDAY_RE}),?[ \t]+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:(?:\s*[-–]\s*|\s+(?:to|and|until|through)\s+)(\d{1,2})(?:st|nd|rd|th)?)?\s+(?:of\s+)?(${MONTH_RE})(?:,?\s+(\d{4})(?!\d))?`,
		handle: dates.dayMonthYear
	},
	{
		// ISO dates "2026-02-01" and "2026/02/01"
		name: 'iso-date',
		gate: /\d{4}[-/]\d/,
		re: /\b(\d{4})([-/])(\d{2})\2(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2})?Z?)?\b/g,
		handle: dates.isoDate
	},
	{
		// US numeric dates "7/8/07", "12/25/2009" (month first, as US newswire writes them)
		name: 'us-numeric-date',
		gate: /\d\/\d/,
		re: /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g,
		handle: dates.usNumericDate
	},
	// --- Months, years, decades -----------------------------------------------------------------
	{
		// "February 2022", "late January 2026", "early June", "mid-March", "the end of May"
		name: 'month-year',
		gate: /[A-Z][a-z]{2}/,
		anchor: { re: new RegExp(MONTH_RE, 'g'), back: 40 },
		re: pattern`(?:\b(${PART_RE})[- ]?\s*)?\b(${MONTH_RE})(?:(?:,|\s+of)?\s+(\d{4})(?!\d)|\s+['’](\d\d)\b|\s+of\s+(this|last|next)\s+year\b)?`,
		handle: dates.monthYear
	},
	{
		// years as one stretch: "2009-2011", "the 2009-10 season", "the 1957–58 pandemic", "2009/10"
		name: 'year-span',
		gate: /\d{4}\s?[-–/]\s?\d\d/,
		re: /(?<![\w$€£#.,/-])(1[6-9]\d\d|20\d\d)\s?[-–/]\s?(\d{4}|\d\d)(?![\w%/-]|[.,]\d)/g,
		handle: dates.yearSpan
	},
	{
		// bare years "in 2008", "late 2006", "mid-2011", "the end of 2009", "fiscal 2009"
		name: 'year',
		gate: /\d{4}/,
		anchor: { re: /\d{4}/g, back: 40 },
		re: pattern`(?:\b(${PART_RE}|${FISCAL_YEAR_RE}|[Tt]he\s+year)[- ]?\s*|(?<![\w$€£#.,/-]))(1[6-9]\d\d|20\d\d)(?![\w])`,
		handle: dates.bareYear
	},
	{
		// fiscal years written "FY2025", "FY 2025", "FY25"
		name: 'fiscal-year-code',
		gate: new RegExp(FISCAL_CODE_RE),
		re: pattern`\b(?:${FISCAL_CODE_RE})\s?(\d{4}|\d{2})\b`,
		handle: dates.fiscalYearCode
	},
	{
		// apostrophe years "'82", "class of ’07"
		name: 'short-year',
		gate: /['’]\d\d/,
		re: /(?<=\s|^|\()['’](\d\d)(?![\d%]|s\b|['’])/g,
		handle: dates.shortYear
	},
	{
		// decades "the 1990s", "the '80s", "the early 2000s"
		name: 'decade',
		gate: /0s\b/,
		re: /\b(?:([Tt]he)\s+)?(?:(early|mid|late)[- ])?(?:(1[6-9]|20)(\d)0|['’](\d)0|(\d)0)['’]?s\b/g,
		handle: dates.decade
	},
	{
		// centuries "the 20th century", "the nineteenth century", "the 20th Century"
		name: 'century',
		gate: /century/i,
		re: patternI`\b(?:the\s+)?(?:(early|mid|late)[- ])?(\d{1,2}(?:st|nd|rd|th)|${alt(Object.keys(CENTURY_WORDS))})[- ]century\b`,
		handle: dates.century
	},
	// --- Weeks, seasons, quarters ----------------------------------------------------------------
	{
		// "the third quarter of this year", "the fourth quarter", "Q3 2009", "third-quarter", "the first half of 2009"
		name: 'quarter',
		gate: /quarter|half|Q[1-4]/,
		anchor: { re: /quarter|half|Q[1-4]/g, back: 16 },
		re: pattern`\b(?:([Tt]he)\s+)?(${alt(Object.keys(ORDINALS))})[- ](quarter|half)(?:\s+(?:of\s+)?(?:(this|last|next|the\s+current|the\s+previous|the\s+last|the\s+next|the\s+same|the)\s+(?:(?:${FISCAL_ADJECTIVE_RE})\s+)?year|(?:fiscal\s+)?(\d{4})))?|\bQ([1-4])(?:\s+(\d{4})|-(\d\d)\b)?`,
		handle: periods.quarter
	},
	{
		// "the first week of March", "the last week of March 2009": the ISO week holding that
		// stretch's Thursday (day 4 of the Nth seven, or the fourth-last day for "last")
		name: 'week-of-month',
		gate: /week\s+of/,
		re: pattern`\b(?:[Tt]he\s+)?(first|second|third|fourth|last|final)\s+week\s+of\s+(${MONTH_RE})(?:,?\s+(\d{4})(?!\d))?`,
		handle: periods.weekOfMonth
	},
	{
		// seasons "spring", "this summer", "autumn 2008", "the fall of 2008", "last winter"
		name: 'season',
		gate: /pring|ummer|utumn|all\b|inter/,
		anchor: { re: new RegExp(altEitherCase(Object.keys(SEASONS)), 'g'), back: 20 },
		re: pattern`\b(?:(this|last|next|early|late|mid|[Tt]his|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate)[- ]\s*)?(?:the\s+)?(${alt(Object.keys(SEASONS))}|${alt(Object.keys(SEASONS).map(capitalise))})(?:\s+(?:of\s+)?(\d{4})(?!\d))?\b`,
		handle: periods.season
	},
	// --- Relative expressions -------------------------------------------------------------------
	{
		// "last week", "next month", "this year", "the previous year", "the end of this year",
		// "earlier this year", "the beginning of the year", "this weekend", "this fiscal year"
		name: 'relative-unit',
		gate: /(?:week|month|year|quarter|decade|century)/i,
		anchor: { re: /week|month|year|quarter|decade|century/g, back: 72 },
		re: pattern`\b(?:([Ee]arlier|[Ll]ater)\s+)?(?:((?:[Tt]he\s+)?(?:very\s+)?(?:${alt(MODIFIERS.partsOfUnit)})|[Ee]arly|[Ll]ate|[Mm]id)(?:\s+of\s+|[- ]))?(?:((?:[Tt]he\s+)?(?:${alt(RELATIVE_WORDS, '\\s+')})|[Tt]his|[Ll]ast|[Nn]ext|[Tt]he)\s+)(?:(?:${FISCAL_ADJECTIVE_RE})\s+(?=year))?(week|weekend|month|year|quarter|decade|century)(?:\s+(previous|before|earlier|prior))?\b`,
		handle: periods.relativeUnit
	},
	{
		// relative to the time last talked about: "the previous year", "the year before", "the
		// following month", "a year earlier" (as a date), "the same period last year", "the same
		// month a year ago"
		name: 'anaphoric-unit',
		gate: /previous|before|following|earlier|same|later|prior/,
		re: /\b(?:[Tt]he\s+(?:(previous|preceding|prior|following|next)\s+(year|month|quarter)|(year|month|quarter)\s+(before|previous|prior|after|earlier|later)(?![ \t]+(?:the|a|an|his|her|its|their|this|that|[A-Z0-9])))|[Tt]he\s+same\s+(period|month|quarter|time|week)\s+(?:of\s+)?(?:(?:the\s+)?(?:last|previous|prior)\s+year|a\s+year\s+(?:ago|earlier|before)|last\s+year|one\s+year\s+(?:ago|earlier)))\b/g,
		handle: periods.anaphoricUnit
	},
	{
		// weekdays with modifiers and parts of day: "Sunday", "last Friday", "next Tuesday",
		// "Friday morning", "Thursday night"; plural "Sundays" is a SET
		name: 'weekday',
		gate: /day\b|days\b/,
		anchor: { re: new RegExp(WEEKDAY_RE, 'g'), back: 14 },
		re: pattern`\b(?:(${altEitherCase(MODIFIERS.beforeWeekday)})\s+)?(${WEEKDAY_RE})(s)?(?:\s+(${DAY_PART_RE}))?\b`,
		handle: days.weekday
	},
	{
		// today, yesterday, tomorrow, tonight, "earlier today", "this morning", "last night",
		// "the day before yesterday"
		name: 'deictic-day',
		gate: /day|orrow|night|morning|afternoon|evening/i,
		anchor: { re: pattern`[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|${DAY_PART_RE}`, back: 40 },
		re: pattern`\b(?:([Ee]arlier|[Ll]ater|[Ll]ate|[Ee]arly)\s+)?(?:(?:[Tt]he\s+day\s+(before|after)\s+)?([Tt]oday|[Yy]esterday|[Tt]omorrow)|([Tt]onight)|([Tt]his|[Ll]ast|[Yy]esterday|[Tt]omorrow|[Tt]oday's)\s+(${DAY_PART_RE}))\b(?:\s+(${DAY_PART_RE})\b)?`,
		handle: days.deicticDay
	},
	{
		// bare parts of day "in the morning", "(the) evening" — anchored to the article date
		name: 'day-part',
		gate: new RegExp(DAY_PART_RE),
		re: pattern`\b(?:([Ee]arly|[Ll]ate)\s+)?(${DAY_PART_RE})\b`,
		handle: days.dayPart
	},
	{
		// "the day", "that day", "the same day", "the previous day", "late in the day": the day last
		// talked about (resolved after overlaps, against the previous full date in the text)
		name: 'anaphoric-day',
		gate: /\b(?:the|that|same|previous|following|next)\s+day\b/i,
		re: /\b(?:(?:[Ll]ate|[Ee]arly)\s+in\s+)?(?:(?:[Tt]he\s+(?:very\s+)?)?(?:start|end|close)\s+of\s+)?(?:([Tt]he)\s+(?:(same|previous|following|next|preceding|prior)\s+)?|([Tt]hat)\s+)day\b(?!'s|\s+(?:of|when|that)\b)(?:\s+(before|after|earlier|later)(?=\s*[.,;:!?)]|\s*$|\s+(?:and|but|or|when|as)\b))?/g,
		handle: days.anaphoricDay
	},
	{
		// "two days ago", "a year ago", "three weeks later", "5 years from now"
		name: 'ago',
		gate: /\bago\b|from now|\bhence\b|later\b|earlier\b/,
		re: patternI`\b(?:(?:${alt(MODIFIERS.beforeAgo, '\\s+')})\s+)?(${NUMBER_RE})[- ](?:(?:full|long|short)\s+)?(${unitStemRe(['second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'year', 'decade', 'century'])})s?\s+(${alt(Object.keys(MODIFIERS.afterCount), '\\s+')})\b`,
		handle: spans.ago
	},
	// --- Durations ------------------------------------------------------------------------------
	{
		// "two days", "18 months", "12-year", "nearly five months", "the past five trading days",
		// "almost two and a half years", "the next four years", "six straight days"
		name: 'duration',
		gate: new RegExp(`(?:${unitStemRe(Object.keys(UNITS))})`, 'i'),
		anchor: { re: patternI`(?:${unitStemRe(Object.keys(UNITS))})s?\b`, back: 100 },
		re: patternI`\b(?:[Tt]he\s+(?:${alt(MODIFIERS.spanOpeners)})\s+|(?:[Pp]ast|[Nn]ext|[Cc]oming)\s+)?(?:(?:${alt(MODIFIERS.approximate, '\\s+')})\s+)?(${NUMBER_RE})[- ](?:(?:${alt(MODIFIERS.unitAdjectives)})[- ])?(${unitStemRe(Object.keys(UNITS))})(s)?\b(?:[- ]long\b|[- ]old\b)?`,
		handle: spans.duration
	},
	{
		// vague spans "years", "several years", "recent years", "decades", "the coming weeks", "over the years"
		name: 'vague-duration',
		gate: new RegExp(`(?:${unitPluralRe(VAGUE_UNITS)})`, 'i'),
		anchor: { re: new RegExp(unitPluralRe(VAGUE_UNITS), 'g'), back: 30 },
		re: pattern`\b(?:(?:[Oo]ver|[Ff]or)\s+the\s+(?=years\b|decades\b)|(?:[Tt]he\s+)?(?:past|last|next|coming|recent|following|previous)\s+|(?:[Rr]ecent|[Cc]oming)\s+)?(${unitPluralRe(VAGUE_UNITS)})(?:-long)?\b`,
		handle: spans.vagueDuration
	},
	{
		// "month-long strike", "year-long inquiry", "day-long talks": one unit
		name: 'unit-long',
		gate: /[a-z]-long\b/,
		re: pattern`(?<![\w-])(${alt(['hour', 'day', 'week', 'month', 'year', 'decade', 'century'])})-long\b`,
		handle: spans.unitLong
	},
	{
		// "half an hour", "half a century", "a half-hour"
		name: 'half-unit',
		gate: /half/,
		re: pattern`\b(?:[Aa]\s+)?half[- ](?:an?\s+)?(${alt(Object.keys(HALVES))})\b`,
		handle: spans.halfUnit
	},
	{
		// a day of the month alone: "on the 15th." (month and year from the article date and tense)
		name: 'day-of-month',
		gate: /\bon\s+the\s+\d/,
		re: /\b[Oo]n\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?=\s*[.,;:)]|\s+(?:and|or|at|in|when|after|before|but)\b)/g,
		handle: days.dayOfMonth
	},
	// --- Times of day ---------------------------------------------------------------------------
	{
		// "18:00 UTC", "6:40 p.m.", "16:00 UTC today", "12:00 UTC Monday", "0800 UTC", "5 pm", "noon"
		name: 'clock-time',
		gate: /\d:\d\d|\d\s?[ap]\.?m\b|\d\.\d\d\s?[ap]|\d{4}\s*(?:UTC|GMT|hours)|noon|midnight/i,
		re: pattern`(?<![\d:.])(?:(\d{1,2})(?::|\.(?=\d\d\s?[ap]\.?\s?m\b))(\d{2})(?::\d{2})?(?!\d|:\d)(?:\s*([ap])(?:\.\s?m\b\.?|m\b))?|(\d{1,2})\s*([ap])(?:\.m\b\.?|m\b)|([01]\d|2[0-3])([0-5]\d)(?=\s*(?:UTC|GMT|hours|hrs)\b)|\b(noon|midnight|[Mm]idday))(?:\s*\(?\s*(${TZ_RE})\b(?:\s*([+-])\s*(\d{1,2})(?![\d:]))?\)?)?`,
		handle: times.clockTime
	},
	// --- Sets -----------------------------------------------------------------------------------
	{
		// "every day", "each year", "every other week", "daily", "weekly", "quarterly", "annual"
		name: 'set',
		gate: /every|each|ly\b|annual|per\s/i,
		re: pattern`\b(?:(?:[Ee]very|[Ee]ach|[Pp]er)\s+(?:other\s+|single\s+)?(${alt(Object.keys(EVERY_UNIT))})|(${alt(Object.keys(FREQUENCIES))}))\b`,
		handle: spans.frequency
	},
	{
		// "every few weeks", "every two years", "every 10 minutes"
		name: 'set-every-n',
		gate: /[Ee]very|[Ee]ach/,
		re: pattern`\b(?:[Ee]very|[Ee]ach)\s+(${NUMBER_RE})\s+(${unitStemRe(['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year', 'decade'])})s\b`,
		handle: spans.setEveryN
	},
	// --- References to now, past and future ----------------------------------------------------
	{
		name: 'present-ref',
		gate: /\b(?:now|current|presently|present|nowadays|these days|the moment|time being)/i,
		anchor: { re: /[Nn]ow|[Cc]urrent|[Pp]resent|[Nn]owadays|[Tt]hese\s+days|time\s+being|moment/g, back: 10 },
		re: pattern`\b(?:(?:[Rr]ight|[Jj]ust|[Uu]ntil|[Bb]y|[Ff]or)\s+(?=now\b))?(?:([Nn]ow|[Cc]urrently|[Cc]urrent|[Pp]resently|[Nn]owadays|[Tt]hese\s+days|the\s+time\s+being|the\s+moment|the\s+present(?!\s+(?:${alt(contextWords('nounsAfterThePresent'))})))|at\s+(present))\b`,
		handle: references.presentRef
	},
	{
		name: 'past-ref',
		gate: /recent|lately|the past|previously|formerly/i,
		anchor: { re: /[Rr]ecent|[Ll]ately|past/g, back: 12 },
		re: pattern`\b(?:(?:[Mm]ore|[Mm]ost|[Vv]ery|[Uu]ntil)\s+)?([Rr]ecently|[Rr]ecent|[Ll]ately|the\s+past(?!\s+(?:${alt(contextWords('wordsAfterThePast'))}|\d)\b))\b`,
		handle: references.pastRef
	},
	{
		name: 'future-ref',
		gate: /future|soon|later|term|someday|run\b|eventually/i,
		anchor: { re: /future|[Ss]oon|[Ll]ater|term|[Ss]omeday|[Oo]ne\s+day|run/g, back: 16 },
		re: /\b(?:(?:[Vv]ery|[Qq]uite|[Aa]s)\s+)?(?:(the\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+)?future)|([Ss]oon(?:er)?)|([Ll]ater)|(the\s+(?:near|long|short|medium)\s+term|(?:[Nn]ear|[Ll]ong|[Ss]hort|[Mm]edium)-term)|([Ss]omeday|[Oo]ne\s+day)|(the\s+(?:long|short)\s+run))\b/g,
		handle: references.futureRef
	},
	{
		// holidays: fixed ("Christmas", "New Year's Eve", "May Day", "Bastille Day"), Easter-based
		// ("Easter", "Good Friday") and weekday-based ("Thanksgiving", "Black Friday", "Labor Day"),
		// optionally with "last/next/this" or a year
		name: 'holiday',
		gate: new RegExp(HOLIDAY_RE),
		re: pattern`\b(?:(${altEitherCase(MODIFIERS.beforeHoliday)})\s+)?(${HOLIDAY_RE})(?![A-Za-z'’])(?:,?\s+(\d{4})(?!\d))?`,
		handle: days.holiday
	}
];
