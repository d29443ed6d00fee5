/**
 * The patterns: each rule is one linear-time regex (no nested quantifiers over the same text, so
 * no catastrophic backtracking) plus a handler that turns a match into a candidate TIMEX3.
 * Candidates may overlap; `index.ts` keeps the longest.
 */
import type { TimexType } from '../types.ts';
import { addDays, addMonths, daysInMonth, formatDay, formatMonth, formatWeek, isoWeekday, isValidDay, type Ymd } from './calendar.ts';
import {
	DAY_PARTS, EVERY_UNIT, FREQUENCIES, HALVES, HOLIDAY_RE, MONTH_RE, MONTHS, NUMBER_RE, ORDINALS, PARTS,
	RELATIVE_OFFSETS, RELATIVE_WORDS, SEASONS, TZ_RE, UNITS, UTC_ZONES, WEEKDAY_RE, WEEKDAYS, alt, altEitherCase,
	MODIFIERS, contextWords, holidayOf, parseCount, unitOf, unitPluralRe, unitStemRe
} from './lexicon.ts';
import { holidayDate } from './holidays.ts';
import type { Mood } from './mood.ts';
import {
	directionOf, resolveQuarterYear, resolveSeasonYear, resolveWeekday, resolveYear, shiftUnit
} from './resolve.ts';
import type { Part } from './when.ts';

/** What a handler sees: the whole text, the article date and a lazy clause-mood lookup. */
export interface RuleContext {
	text: string;
	dct: Ymd;
	mood(start: number, end: number): Mood | null;
}

/** A possible TIMEX3 before overlaps are settled. */
export interface Candidate {
	start: number;
	end: number;
	type: TimexType;
	value: string;
	/** Narrowing of the stretch ("late January"). */
	part?: Part;
	/** Resolved later against the last full date mentioned before it ("the day", "that day"). */
	anchor?: number;
	/**
	 * A time of day with no date of its own ("at 18:00 UTC"): the suffix (`T18:00Z`) is joined
	 * later to the nearest full date of the same sentence, else the article date.
	 */
	timeSuffix?: string;
	/**
	 * Relative to the time the text last talked about ("the previous year", "the same month a
	 * year ago"): unit of the value, shift in that unit, and years to shift for "same" forms.
	 */
	unitAnchor?: { unit: 'year' | 'month' | 'quarter' | 'period'; shift: number };
}

export interface Rule {
	name: string;
	re: RegExp;
	/** Cheap test on the whole text; the rule's regex runs only when it passes. */
	gate?: RegExp;
	/**
	 * A keyword every match must contain (global regex), and how far before it a match may
	 * start. Rules whose patterns open with optional words would otherwise be tried at every
	 * position of the text; with an anchor they are tried only at the word starts just before
	 * each keyword, which is what keeps extraction fast.
	 */
	anchor?: { re: RegExp; back: number };
	handle(m: RegExpExecArray, ctx: RuleContext): Candidate | null;
}

const monthNum = (s: string): number => MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? 0;
const weekdayNum = (s: string): number => WEEKDAYS[s.toLowerCase().replace(/s$/, '')] ?? 0;
const cand = (m: RegExpExecArray, type: TimexType, value: string, offset = 0, len?: number): Candidate => ({
	start: m.index + offset,
	end: m.index + offset + (len ?? m[0].length - offset),
	type,
	value
});

/** Expand a two-digit year the way news uses them: '82 is 1982, '07 is 2007 (relative to the article). */
function expandTwoDigitYear(yy: number, dct: Ymd): number {
	const century = Math.floor(dct.year / 100) * 100;
	return yy <= (dct.year % 100) + 10 ? century + yy : century - 100 + yy;
}

function yearOf(raw: string | undefined, dct: Ymd): number | null {
	if (!raw) return null;
	if (raw.length === 4) return Number(raw);
	const d = raw.replace(/^['’]/, '');
	return d.length === 2 ? expandTwoDigitYear(Number(d), dct) : null;
}

/** Words after a bare number that show it is a count, not a year ("2000 workers"). */
const COUNT_NOUN = new RegExp(
	`^\\s+(?:[a-z]+(?:s|${alt(contextWords('countNounsAfterNumber'))})\\b|${alt(contextWords('quantitiesAfterNumber'))}|per\\b|` +
		'to\\s+(?!(?:1[6-9]|20)\\d\\d\\b(?!\\d|[,.]\\d|\\s+[a-z]+s\\b))\\d|-\\s*\\d)'
);
/** Lowercase words ending in "s" that may follow a year ("2008 was", "in 2008 as"). */
const YEAR_FOLLOWERS = new Set(contextWords('yearFollowers'));
/** Words before a number that make it a label, not a year. */
const LABEL_BEFORE = new RegExp(
	`(?:\\b(?:${altEitherCase(contextWords('labelBeforeNumber'))})\\.?|[$€£¥#]|[Rr]s\\.?|US\\$|\\bA\\$|[\\d,.]|-)\\s*$`
);
/** Label words that still allow a year from 1900 on ("by 2020"). */
const YEAR_FRAME_BEFORE = new RegExp(`(?:${altEitherCase(contextWords('yearFrameBefore'))})\\s*$`);
/** Capitalised words that may precede a year inside a capitalised phrase. */
const CAPITALISED_BEFORE_YEAR = new Set(contextWords('capitalisedBeforeYear'));

function bareYearOk(text: string, start: number, end: number, year: number, modified = false): boolean {
	if (year < 1600 || year > 2099) return false;
	const before = text.slice(Math.max(0, start - 14), start);
	if (!modified && LABEL_BEFORE.test(before)) {
		// "by 2020", "about 1990", "over 2008" read as years only in clearly temporal frames.
		if (!YEAR_FRAME_BEFORE.test(before) || year < 1900) return false;
	}
	const after = text.slice(end, end + 16);
	if (/^(?:[.,]\d|\d|%|:\d|\/\d|st\b|nd\b|rd\b|th\b|-\d|–\d{1,2}\b)/.test(after)) {
		// "2009–10" or "2009-2011" spans are years; "2008-09" as a season is too.
		if (!/^[-–](?:1[6-9]|20)\d\d\b|^[-–]\d\d\b(?!-)/.test(after)) return false;
	}
	// "Russell 2000 Index", "Windows 2000 Server": a number inside a capitalised name.
	if (!modified && /[A-Z][a-z]+[ \t]+$/.test(before) && /^[ \t]+[A-Z][a-z]/.test(after)) {
		const prevWord = /([A-Z][a-z]+)\s+$/.exec(before)?.[1] ?? '';
		if (!CAPITALISED_BEFORE_YEAR.has(prevWord) && !(prevWord.toLowerCase() in MONTHS)) return false;
	}
	const cm = COUNT_NOUN.exec(after);
	if (cm) {
		const w = /^\s+([a-z]+)/.exec(after)?.[1];
		if (!w || !YEAR_FOLLOWERS.has(w)) return false;
	}
	return true;
}

/** Part narrowing of "early/mid/late", "the beginning/end of". */
function partOf(word: string | undefined): Part {
	if (!word) return null;
	const w = word.toLowerCase();
	for (const [start, part] of PART_WORDS) if (w.startsWith(start)) return part;
	return null;
}

const PART_WORDS = Object.entries(PARTS);

/** Words showing a "half" is part of a match. */
const SPORT_CONTEXT = new RegExp(`\\b(?:${alt(contextWords('sportNearHalf'))})\\b`);

/** A test for one of a context's words right after a match ("Christmas tree"). */
const wordAfter = (name: Parameters<typeof contextWords>[0], flags = ''): RegExp =>
	new RegExp(`^\\s+(?:${alt(contextWords(name))})\\b`, flags);

const CAPITALISED_AFTER_MONTH = wordAfter('capitalisedAfterBareMonth');
const WORD_BEFORE_MONTH = new RegExp(`(?:\\b(?:${alt(contextWords('wordsBeforeBareMonth'))})\\s+|-)$`, 'i');
const NAME_AFTER_WEEKDAY = wordAfter('namesAfterWeekday');
const THING_AFTER_HOLIDAY = wordAfter('thingsAfterHoliday');
const NOUN_AFTER_DAY_PART = wordAfter('nounsAfterDayPart');
const NOUN_AFTER_CURRENT = new RegExp(`^\\s+(?:${alt(contextWords('nounsAfterCurrent'))})\\b|^s\\b`, 'i');
const WORD_AFTER_LATER = wordAfter('wordsAfterLater');
/** Prefixes: "short-term loans" as well as "loan". */
const NOUN_AFTER_TERM = new RegExp(`^\\s+(?:${alt(contextWords('nounsAfterTerm'))})`, 'i');
const RATE_BEFORE_A = new RegExp(`(?:\\d|\\b(?:${alt(contextWords('ratesBeforeA'))}))\\s+$`);
const CAPACITY_AFTER = new RegExp(`^\\s+of\\s+(?:${alt(contextWords('capacityAfterDuration'))})\\b`);
const NOT_BEFORE_BARE_UNITS = new RegExp(`\\b(?:\\d+|${alt(contextWords('wordsBeforeBareUnits'))})\\s+$`, 'i');
const EVENT_AFTER_SEASON = wordAfter('eventsAfterSeason');

const DAY_PART_RE = alt(Object.keys(DAY_PARTS));
/** Units that stand bare in the plural for a vague span ("years", "decades"). */
const VAGUE_UNITS = ['minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century'];
const capitalise = (w: string): string => (w[0] ?? '').toUpperCase() + w.slice(1);

const PART_RE = '(?:[Ee]arly|[Mm]id|[Ll]ate|[Tt]he\\s+(?:very\\s+)?(?:beginning|start|end|middle|close)\\s+of|(?:[Bb]eginning|[Ss]tart|[Ee]nd|[Mm]iddle)\\s+of)';

const TIME_ANCHOR = new RegExp(`^,?\\s+(today|yesterday|tomorrow|tonight|${WEEKDAY_RE.slice(3, -1)})\\b`);

/** The anchor day for a time of day: a following "today"/"Monday", else the article date. */
function timeAnchor(text: string, end: number, ctx: RuleContext): { day: Ymd; end: number } {
	const rest = text.slice(end, end + 30);
	const m = TIME_ANCHOR.exec(rest);
	if (!m) return { day: ctx.dct, end };
	const w = (m[1] ?? '').toLowerCase();
	const newEnd = end + m[0].length;
	if (w === 'yesterday') return { day: addDays(ctx.dct, -1), end: newEnd };
	if (w === 'tomorrow') return { day: addDays(ctx.dct, 1), end: newEnd };
	if (w === 'today' || w === 'tonight') return { day: ctx.dct, end: newEnd };
	const dir = directionOf(ctx.mood(end, newEnd));
	return { day: resolveWeekday(ctx.dct, weekdayNum(w), dir), end: newEnd };
}

/**
 * "adjourned the case until Feb. 10", "postponed till March 3": a past verb setting a deadline
 * ahead; a day given without a year after "until"/"till" is then read without tense.
 */
function deadlineMood(ctx: RuleContext, start: number, mood: Mood | null): Mood | null {
	if (mood !== 'past') return mood;
	return /\b(?:until|till)\s+$/i.test(ctx.text.slice(Math.max(0, start - 7), start)) ? null : mood;
}

const pad = (n: number): string => (n < 10 ? '0' : '') + n;


/** Offset named by a relative modifier ("last" = -1, "next" = +1, "this" = 0). */
function offsetOf(mod: string): number | null {
	const w = mod.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');
	return RELATIVE_OFFSETS[w] ?? null;
}

/** Duration value `P2D`, `PT30M`, `PXY` from a count and a unit word. */
function durationValue(count: number | null, unitWord: string): string | null {
	const u = UNITS[unitOf(unitWord)];
	if (!u) return null;
	const n = count === null ? 'X' : String(Math.round(count * u.factor * 100) / 100);
	return `P${u.time ? 'T' : ''}${n}${u.letter}`;
}

export const RULES: Rule[] = [
	// --- Full dates -----------------------------------------------------------------------------
	{
		// "October 04, 2005", "Monday, March 12 2009", "June 1st", "Jan. 5"
		name: 'month-day-year',
		gate: /[A-Z][a-z]{2}/,
		anchor: { re: new RegExp(MONTH_RE, 'g'), back: 30 },
		re: new RegExp(
			`\\b(?:(${WEEKDAY_RE}),?[ \\t]+)?(?:the\\s+)?(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:\\d)(?:(?:\\s*[-–]\\s*|\\s+(?:to|and|through|until)\\s+)(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:\\d))?(?:,?\\s+(\\d{4})(?![\\d]))?`,
			'g'
		),
		handle(m, ctx) {
			const month = monthNum(m[2] ?? '');
			const day = Number(m[3]);
			const day2 = m[4] ? Number(m[4]) : null;
			let year = m[5] ? Number(m[5]) : null;
			if (!month || day < 1 || day > 31) return null;
			// "May 5" after a modal ("may 5 ...") cannot happen: names are capitalised; but "May" at a
			// sentence start followed by a number ("May 2 people...") is rare enough to accept.
			if (year === null) year = resolveYear(ctx.dct, month, day, deadlineMood(ctx, m.index, ctx.mood(m.index, m.index + m[0].length)));
			if (!isValidDay(year, month, day)) return null;
			const a = formatDay({ year, month, day });
			if (day2 !== null && day2 > day && isValidDay(year, month, day2)) {
				return cand(m, 'DATE', `${a}/${formatDay({ year, month, day: day2 })}`);
			}
			if (day2 !== null) return null;
			const off = /^the\s+/.test(m[0]) ? m[0].indexOf(m[2] ?? '') : 0;
			return cand(m, 'DATE', a, off);
		}
	},
	{
		// "11 December", "5 March 2026", "3 to 5 March", "the 4th of July"
		name: 'day-month-year',
		gate: /\d/,
		anchor: { re: new RegExp(MONTH_RE, 'g'), back: 48 },
		re: new RegExp(
			`\\b(?:(${WEEKDAY_RE}),?[ \\t]+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:(?:\\s*[-–]\\s*|\\s+(?:to|and|until|through)\\s+)(\\d{1,2})(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?(${MONTH_RE})(?:,?\\s+(\\d{4})(?!\\d))?`,
			'g'
		),
		handle(m, ctx) {
			const first = Number(m[2]);
			const second = m[3] ? Number(m[3]) : null;
			const month = monthNum(m[4] ?? '');
			if (!month) return null;
			// "3 to 5 March" is a range; "10 May" after a count ("won 10 May elections") is rare.
			const year = m[5] ? Number(m[5]) : resolveYear(ctx.dct, month, second ?? first, deadlineMood(ctx, m.index, ctx.mood(m.index, m.index + m[0].length)));
			if (!isValidDay(year, month, first)) return null;
			const a = formatDay({ year, month, day: first });
			if (second !== null) {
				if (second <= first || !isValidDay(year, month, second)) return null;
				return cand(m, 'DATE', `${a}/${formatDay({ year, month, day: second })}`);
			}
			// Keep a leading "the" out of the extent, as TimeML does for day dates.
			const off = /^the\s+/.test(m[0]) && !m[1] ? m[0].indexOf(m[2] ?? '') : 0;
			return cand(m, 'DATE', a, off);
		}
	},
	{
		// ISO dates "2026-02-01" and "2026/02/01"
		name: 'iso-date',
		gate: /\d{4}[-/]\d/,
		re: /\b(\d{4})([-/])(\d{2})\2(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2})?Z?)?\b/g,
		handle(m) {
			const y = Number(m[1]), mo = Number(m[3]), d = Number(m[4]);
			if (!isValidDay(y, mo, d) || y < 1000) return null;
			if (m[5]) return cand(m, 'TIME', `${formatDay({ year: y, month: mo, day: d })}T${m[5]}:${m[6]}`);
			return cand(m, 'DATE', formatDay({ year: y, month: mo, day: d }));
		}
	},
	{
		// US numeric dates "7/8/07", "12/25/2009" (month first, as US newswire writes them)
		name: 'us-numeric-date',
		gate: /\d\/\d/,
		re: /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g,
		handle(m, ctx) {
			let mo = Number(m[1]), d = Number(m[2]);
			// "26/01/2026": day first, as British and most non-US copy writes it.
			if (mo > 12 && d <= 12) [mo, d] = [d, mo];
			const y = (m[3] ?? '').length === 4 ? Number(m[3]) : expandTwoDigitYear(Number(m[3]), ctx.dct);
			if (!isValidDay(y, mo, d)) return null;
			return cand(m, 'DATE', formatDay({ year: y, month: mo, day: d }));
		}
	},
	// --- Months, years, decades -----------------------------------------------------------------
	{
		// "February 2022", "late January 2026", "early June", "mid-March", "the end of May"
		name: 'month-year',
		gate: /[A-Z][a-z]{2}/,
		anchor: { re: new RegExp(MONTH_RE, 'g'), back: 40 },
		re: new RegExp(`(?:\\b(${PART_RE})[- ]?\\s*)?\\b(${MONTH_RE})(?:(?:,|\\s+of)?\\s+(\\d{4})(?!\\d)|\\s+['’](\\d\\d)\\b|\\s+of\\s+(this|last|next)\\s+year\\b)?`, 'g'),
		handle(m, ctx) {
			const name = m[2] ?? '';
			const month = monthNum(name);
			if (!month) return null;
			const start = m.index + (m[0].length - m[0].slice(m[0].indexOf(name)).length);
			const nameEnd = start + name.length;
			const partWord = m[1];
			let year = m[3] ? Number(m[3]) : m[4] ? expandTwoDigitYear(Number(m[4]), ctx.dct) : null;
			// "October of next year": the year comes from the phrase, but "next year" stays its own
			// expression (as the MEANTIME gold tags it), so the extent stops at the month.
			let end = m.index + m[0].length;
			if (m[5]) {
				year = ctx.dct.year + (offsetOf(m[5]) ?? 0);
				end = nameEnd;
			}
			if (year === null && !partWord) {
				// A bare month name: reject names ("June Carter", "April Smith") and the modal "May".
				const text = ctx.text;
				const after = text.slice(nameEnd, nameEnd + 20);
				if (/^\s+[A-Z][a-z]/.test(after) && !CAPITALISED_AFTER_MONTH.test(after)) return null;
				const before = text.slice(Math.max(0, start - 24), start);
				const prep = WORD_BEFORE_MONTH.test(before);
				if (name === 'May' || name === 'March' || /^[A-Z][a-z]{2}\.?$/.test(name)) {
					if (!prep) return null;
				} else if (!prep && /^\s*$/.test(before.slice(-1)) && /[.!?"“]\s*$|^\s*$/.test(before) && /^\s+(?:[a-z]|I\b)/.test(after)) {
					// Sentence-initial bare month followed by a lowercase word is usually a name/verb.
					return null;
				}
				if (/^\s*\d/.test(after)) return null;
			}
			const mood = ctx.mood(m.index, m.index + m[0].length);
			let lastNext = 0;
			const before = ctx.text.slice(Math.max(0, m.index - 6), m.index);
			if (/\blast\s+$/i.test(before)) lastNext = -1;
			else if (/\bnext\s+$/i.test(before)) lastNext = 1;
			if (year === null) {
				if (lastNext === -1) year = month < ctx.dct.month ? ctx.dct.year : ctx.dct.year - 1;
				else if (lastNext === 1) year = month > ctx.dct.month ? ctx.dct.year : ctx.dct.year + 1;
				else year = resolveYear(ctx.dct, month, null, mood);
			}
			// Extent: "last September" keeps "last" inside, as the TimeML guidelines do.
			const s = lastNext !== 0 ? m.index - (/\b(?:last|next)\s+$/i.exec(before)?.[0].length ?? 0) : m.index;
			return { start: s, end, type: 'DATE', value: formatMonth(year, month), part: partOf(partWord) };
		}
	},
	{
		// bare years "in 2008", "late 2006", "mid-2011", "the end of 2009", "fiscal 2009"
		name: 'year',
		gate: /\d{4}/,
		anchor: { re: /\d{4}/g, back: 40 },
		re: new RegExp(`(?:\\b(${PART_RE}|[Ff]iscal(?:\\s+[Yy]ear)?|[Tt]he\\s+year)[- ]?\\s*|(?<![\\w$€£#.,/-]))(1[6-9]\\d\\d|20\\d\\d)(?![\\w])`, 'g'),
		handle(m, ctx) {
			const y = Number(m[2]);
			const ys = m.index + m[0].length - 4;
			const mod = m[1];
			if (!bareYearOk(ctx.text, ys, ys + 4, y, !!mod)) return null;
			if (mod && /^[Ff]iscal/.test(mod)) return cand(m, 'DATE', `FY${y}`);
			return { ...cand(m, 'DATE', String(y)), part: partOf(mod) };
		}
	},
	{
		// fiscal years written "FY2025", "FY 2025", "FY25"
		name: 'fiscal-year-code',
		gate: /FY/,
		re: /\bFY\s?(\d{4}|\d{2})\b/g,
		handle(m, ctx) {
			const raw = m[1] ?? '';
			const y = raw.length === 4 ? Number(raw) : expandTwoDigitYear(Number(raw), ctx.dct);
			return y >= 1900 && y <= 2099 ? cand(m, 'DATE', `FY${y}`) : null;
		}
	},
	{
		// apostrophe years "'82", "class of ’07"
		name: 'short-year',
		gate: /['’]\d\d/,
		re: /(?<=\s|^|\()['’](\d\d)(?![\d%]|s\b|['’])/g,
		handle(m, ctx) {
			const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
			if (/^\s*(?:percent|per)/.test(after)) return null;
			return cand(m, 'DATE', String(expandTwoDigitYear(Number(m[1]), ctx.dct)));
		}
	},
	{
		// decades "the 1990s", "the '80s", "the early 2000s"
		name: 'decade',
		gate: /0s\b/,
		re: /\b(?:([Tt]he)\s+)?(?:(early|mid|late)[- ])?(?:(1[6-9]|20)(\d)0|['’](\d)0|(\d)0)['’]?s\b/g,
		handle(m, ctx) {
			const full = m[3] !== undefined;
			const d = m[4] ?? m[5] ?? m[6] ?? '0';
			// Two-digit decades need "the" ("the 80s"); without it "in his 50s" is an age.
			if (!full && !m[1] && m[5] === undefined && !/\b(?:and|or|to|through)\s+$|0s,\s+$/.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) return null;
			const century = full ? (m[3] ?? '19') : Number(d) >= 3 ? '19' : '20';
			const value = `${century}${d}`;
			// Leave "the" out of the extent (as the MEANTIME gold does for "80s").
			const off = m[1] ? m[0].indexOf(m[2] ?? m[3] ?? (m[5] !== undefined ? m[0].match(/['’]/)?.[0] ?? '' : m[6] ?? '')) : 0;
			return { ...cand(m, 'DATE', value, Math.max(0, off)), part: partOf(m[2]) };
		}
	},
	{
		// centuries "the 20th century", "the nineteenth century"
		name: 'century',
		gate: /century/i,
		re: /\b(?:[Tt]he\s+)?(?:(early|mid|late)[- ])?(\d{1,2})(?:st|nd|rd|th)[- ]century\b/g,
		handle(m) {
			const n = Number(m[2]);
			if (n < 1 || n > 21) return null;
			return { ...cand(m, 'DATE', String(n - 1).padStart(2, '0')), part: partOf(m[1]) };
		}
	},
	// --- Weeks, seasons, quarters ----------------------------------------------------------------
	{
		// "the third quarter of this year", "the fourth quarter", "Q3 2009", "third-quarter", "the first half of 2009"
		name: 'quarter',
		gate: /quarter|half|Q[1-4]/,
		anchor: { re: /quarter|half|Q[1-4]/g, back: 16 },
		re: /\b(?:([Tt]he)\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[- ](quarter|half)(?:\s+(?:of\s+)?(?:(this|last|next|the\s+current|the\s+previous|the\s+last|the\s+next|the\s+same|the)\s+(?:fiscal\s+|financial\s+)?year|(?:fiscal\s+)?(\d{4})))?|\bQ([1-4])(?:\s+(\d{4})|-(\d\d)\b)?/g,
		handle(m, ctx) {
			if (m[6]) {
				const y = m[7] ? Number(m[7]) : m[8] ? expandTwoDigitYear(Number(m[8]), ctx.dct) : resolveQuarterYear(ctx.dct, Number(m[6]), ctx.mood(m.index, m.index + m[0].length));
				return cand(m, 'DATE', `${y}-Q${m[6]}`);
			}
			const ord = (m[2] ?? '').toLowerCase();
			const half = (m[3] ?? '').toLowerCase() === 'half';
			// "scored in the second half", "a first-half goal": a half of a match, not of the year.
			if (half && !m[4] && !m[5] && SPORT_CONTEXT.test(ctx.text.slice(Math.max(0, m.index - 120), m.index + m[0].length + 60))) return null;
			let n = ORDINALS[ord] ?? 0;
			if (half) {
				if (n > 2 && ord !== 'last' && ord !== 'final') return null;
				n = ord === 'last' || ord === 'final' ? 2 : n;
			}
			const rel = m[4]?.toLowerCase().replace(/\s+/g, ' ');
			let y: number;
			if (m[5]) y = Number(m[5]);
			else if (rel) y = ctx.dct.year + (offsetOf(rel === 'the' ? 'this' : rel) ?? 0);
			else if (!m[1] && ord === 'last' && !half) {
				// "last quarter" (no article) is the quarter before the article's.
				const v = shiftUnit(ctx.dct, 'quarter', -1);
				return v ? cand(m, 'DATE', v) : null;
			} else if (half) {
				// A half named without a year: last year's when a past clause names one still ahead.
				const mood = ctx.mood(m.index, m.index + m[0].length);
				const cur = ctx.dct.month <= 6 ? 1 : 2;
				y = mood === 'past' && n > cur ? ctx.dct.year - 1 : mood === 'future' && n < cur ? ctx.dct.year + 1 : ctx.dct.year;
			} else y = resolveQuarterYear(ctx.dct, n, ctx.mood(m.index, m.index + m[0].length));
			// "the first-quarter results": a hyphenated modifier; "the" goes with the noun.
			const off = m[1] && !m[4] && !m[5] && /^[Tt]he\s+\w+-/.test(m[0]) ? m[0].indexOf(m[2] ?? '') : 0;
			return cand(m, 'DATE', half ? `${y}-H${n}` : `${y}-Q${n}`, off);
		}
	},
	{
		// "the first week of March", "the last week of March 2009": the ISO week holding that
		// stretch's Thursday (day 4 of the Nth seven, or the fourth-last day for "last")
		name: 'week-of-month',
		gate: /week\s+of/,
		re: new RegExp(`\\b(?:[Tt]he\\s+)?(first|second|third|fourth|last|final)\\s+week\\s+of\\s+(${MONTH_RE})(?:,?\\s+(\\d{4})(?!\\d))?`, 'g'),
		handle(m, ctx) {
			const month = monthNum(m[2] ?? '');
			if (!month) return null;
			const ord = (m[1] ?? '').toLowerCase();
			const year = m[3] ? Number(m[3]) : resolveYear(ctx.dct, month, null, ctx.mood(m.index, m.index + m[0].length));
			const last = daysInMonth(year, month);
			const n = ORDINALS[ord] ?? 1;
			const day = ord === 'last' || ord === 'final' ? last - 3 : (n - 1) * 7 + 4;
			return cand(m, 'DATE', formatWeek({ year, month, day }));
		}
	},
	{
		// seasons "spring", "this summer", "autumn 2008", "the fall of 2008", "last winter"
		name: 'season',
		gate: /pring|ummer|utumn|all\b|inter/,
		anchor: { re: new RegExp(altEitherCase(Object.keys(SEASONS)), 'g'), back: 20 },
		re: new RegExp(String.raw`\b(?:(this|last|next|early|late|mid|[Tt]his|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate)[- ]\s*)?(?:the\s+)?(${alt(Object.keys(SEASONS))}|${alt(Object.keys(SEASONS).map(capitalise))})(?:\s+(?:of\s+)?(\d{4})(?!\d))?\b`, 'g'),
		handle(m, ctx) {
			const season = (m[2] ?? '').toLowerCase();
			const code = SEASONS[season];
			if (!code) return null;
			const mod = m[1]?.toLowerCase();
			const hasThe = /\bthe\s+/.test(m[0]);
			const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
			// "fall" is mostly a verb or a drop; take it only with a year, a modifier or "in the".
			if (season === 'fall' && !m[3] && !(mod === 'this' || mod === 'last' || mod === 'next') && !(hasThe && /\b(?:in|during|by|until|this)\s+$/i.test(before))) return null;
			if (!m[3] && !mod && !/\b(?:in|during|by|until|this|over|through|since|of|the|before|after|for|late|early)\s+$/i.test(before) && !/^[A-Z]/.test(m[2] ?? '')) {
				// A bare season as a noun phrase subject ("spring is...") still counts; "a spring" does not.
				if (/\ba\s+$/i.test(before)) return null;
			}
			// "the winter Olympics", "summer Games": the event's name, not the season.
			if (!m[3] && EVENT_AFTER_SEASON.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 14))) return null;
			// "Summer Olympics", "Spring Street": part of a name.
			if (!m[3] && !mod && /^[A-Z]/.test(m[2] ?? '') && /^\s+[A-Z][a-z]/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
			const offset = mod === 'last' ? -1 : mod === 'next' ? 1 : mod === 'this' ? 0 : null;
			const y = m[3] ? Number(m[3]) : resolveSeasonYear(ctx.dct, code, offset, ctx.mood(m.index, m.index + m[0].length));
			// Leave a bare "the" out ("in the spring" -> "spring"), keep "the" with a year ("the fall of 2008").
			const off = hasThe && !m[1] && !m[3] ? m[0].indexOf(m[2] ?? '') : 0;
			return { ...cand(m, 'DATE', `${y}-${code}`, off), part: partOf(mod) };
		}
	},
	// --- Relative expressions -------------------------------------------------------------------
	{
		// "last week", "next month", "this year", "the previous year", "the end of this year",
		// "earlier this year", "the beginning of the year", "this weekend"
		name: 'relative-unit',
		gate: /(?:week|month|year|quarter|decade|century)/i,
		anchor: { re: /week|month|year|quarter|decade|century/g, back: 72 },
		re: new RegExp(String.raw`\b(?:([Ee]arlier|[Ll]ater)\s+)?(?:((?:[Tt]he\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|rest|remainder|bulk)|[Ee]arly|[Ll]ate|[Mm]id)(?:\s+of\s+|[- ]))?(?:((?:[Tt]he\s+)?(?:${alt(RELATIVE_WORDS, '\\s+')})|[Tt]his|[Ll]ast|[Nn]ext|[Tt]he)\s+)(week|weekend|month|year|quarter|decade|century)(?:\s+(previous|before|earlier|prior))?\b`, 'g'),
		handle(m, ctx) {
			const rel = (m[3] ?? '').toLowerCase().replace(/\s+/g, ' ');
			const unit = (m[4] ?? '').toLowerCase();
			const partWord = m[2];
			const trailing = m[5];
			const earlierLater = m[1];
			let offset: number | null;
			if (rel === 'the') {
				// "the year"/"the week" alone are too vague; with a part ("the end of the year") or a
				// trailing "previous" ("the year previous") they name the article's unit.
				// "the year before" is the anaphoric rule's; "the week before the vote" is not a date.
				if (trailing) return null;
				else if (partWord || unit === 'weekend') offset = 0;
				else {
					// "for the year", "in the quarter": the period being reported on, as newswire
					// uses it; "the year before", "the week of" point elsewhere and are left alone.
					const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
					const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
					if (earlierLater || !/\b(?:for|in|during|over|through|throughout|into)\s+$/.test(before)) return null;
					if (/^(?:'s|’s|\s+(?:of|before|after|when|that|in\s+which|ended|ending|earlier|ago))\b/.test(after) || unit === 'decade' || unit === 'century') return null;
					const mood = ctx.mood(m.index, m.index + m[0].length);
					offset = unit === 'quarter' && mood === 'past' ? -1 : 0;
				}
			} else offset = offsetOf(rel);
			if (offset === null) return null;
			// "the past year", "the past decade", "the coming year" are spans of time leading up to
			// (or from) now: TimeML types them DURATION.
			if (/^the (?:past|coming|next)$/.test(rel) && !partWord && !earlierLater && unit !== 'weekend') {
				const v = durationValue(1, unit);
				return v ? cand(m, 'DURATION', v) : null;
			}
			if (trailing && rel !== 'the') return { ...cand(m, 'DATE', ''), end: m.index + m[0].length - trailing.length - 1, value: shiftUnit(ctx.dct, unit, offset) ?? '' };
			let value: string | null;
			if (unit === 'weekend') {
				const mood = ctx.mood(m.index, m.index + m[0].length);
				const wd = isoWeekday(ctx.dct);
				let wk = offset;
				if (rel === 'the' || rel === 'this') wk = mood === 'past' && wd < 6 ? -1 : 0;
				else if (rel === 'last' && wd >= 6) wk = 0;
				value = formatWeek(addDays(ctx.dct, wk * 7)) + '-WE';
			} else value = shiftUnit(ctx.dct, unit, offset);
			if (!value) return null;
			// "earlier this year" is the year up to the article's date, "later this month" the month from
			// it, "the rest of the year" too; "later next year" does not say which part: the whole year
			const now = offset === 0 && !/same|entire|whole|full/.test(rel);
			const part: Part = earlierLater
				? now ? (earlierLater.toLowerCase() === 'earlier' ? 'before' : 'after') : null
				: now && partWord && /rest|remainder/i.test(partWord) ? 'after' : partOf(partWord?.replace(/^[Tt]he\s+(?:very\s+)?/, ''));
			return { ...cand(m, 'DATE', value), part };
		}
	},
	{
		// relative to the time last talked about: "the previous year", "the year before", "the
		// following month", "a year earlier" (as a date), "the same period last year", "the same
		// month a year ago"
		name: 'anaphoric-unit',
		gate: /previous|before|following|earlier|same|later|prior/,
		re: /\b(?:[Tt]he\s+(?:(previous|preceding|prior|following|next)\s+(year|month|quarter)|(year|month|quarter)\s+(before|previous|prior|after|earlier|later)(?![ \t]+(?:the|a|an|his|her|its|their|this|that|[A-Z0-9])))|[Tt]he\s+same\s+(period|month|quarter|time|week)\s+(?:of\s+)?(?:(?:the\s+)?(?:last|previous|prior)\s+year|a\s+year\s+(?:ago|earlier|before)|last\s+year|one\s+year\s+(?:ago|earlier)))\b/g,
		handle(m) {
			if (m[5]) {
				// "The same month/period a year ago": the anchor's month or quarter, a year back.
				return { ...cand(m, 'DATE', ''), unitAnchor: { unit: 'period', shift: -1 } };
			}
			const unit = (m[2] ?? m[3] ?? '').toLowerCase() as 'year' | 'month' | 'quarter';
			const dir = (m[1] ?? m[4] ?? '').toLowerCase();
			const shift = /previous|preceding|prior|before|earlier/.test(dir) ? -1 : 1;
			return { ...cand(m, 'DATE', ''), unitAnchor: { unit, shift } };
		}
	},
	{
		// weekdays with modifiers and parts of day: "Sunday", "last Friday", "next Tuesday",
		// "Friday morning", "Thursday night"; plural "Sundays" is a SET
		name: 'weekday',
		gate: /day\b|days\b/,
		anchor: { re: new RegExp(WEEKDAY_RE, 'g'), back: 14 },
		re: new RegExp(`\\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming|[Ee]very|[Ee]ach|[Ll]ate|[Ee]arly)\\s+)?(${WEEKDAY_RE})(s)?(?:\\s+(${DAY_PART_RE}))?\\b`, 'g'),
		handle(m, ctx) {
			const wd = weekdayNum(m[2] ?? '');
			const mod = m[1]?.toLowerCase();
			// "The Sunday Times", "Saturday Night Live", "Good Friday Agreement": names, not days.
			const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 14);
			if (!m[4] && NAME_AFTER_WEEKDAY.test(after)) return null;
			if (m[3] || mod === 'every' || mod === 'each') {
				return cand(m, 'SET', `XXXX-WXX-${wd}${m[4] ? 'T' + (DAY_PARTS[m[4]] ?? '') : ''}`);
			}
			// "late Thursday", "early Monday" (AP style): the day, with its part noted.
			if ((mod === 'late' || mod === 'early') && (m[3] || m[4])) return null;
			let day: Ymd;
			if (mod === 'last' || mod === 'past') day = resolveWeekday(ctx.dct, wd, 'strictPast');
			else if (mod === 'next' || mod === 'coming') day = resolveWeekday(ctx.dct, wd, 'strictFuture');
			else {
				let mood = ctx.mood(m.index, m.index + m[0].length);
				// "have until Friday", "by Monday": a deadline ahead unless the clause is past.
				const prep = /\b(until|till|by)\s+$/i.exec(ctx.text.slice(Math.max(0, m.index - 8), m.index))?.[1]?.toLowerCase();
				// "closed until Friday", "adjourned till Monday": still ahead even after a past verb.
				if (prep && (mood !== 'past' || prep !== 'by')) mood = 'future';
				day = resolveWeekday(ctx.dct, wd, directionOf(mood));
			}
			const v = formatDay(day);
			if (m[4]) return cand(m, 'TIME', `${v}T${DAY_PARTS[m[4]] ?? ''}`);
			return cand(m, 'DATE', v);
		}
	},
	{
		// today, yesterday, tomorrow, tonight, "earlier today", "this morning", "last night",
		// "the day before yesterday"
		name: 'deictic-day',
		gate: /day|orrow|night|morning|afternoon|evening/i,
		anchor: { re: new RegExp(`[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|${DAY_PART_RE}`, 'g'), back: 40 },
		re: new RegExp(String.raw`\b(?:([Ee]arlier|[Ll]ater|[Ll]ate|[Ee]arly)\s+)?(?:(?:[Tt]he\s+day\s+(before|after)\s+)?([Tt]oday|[Yy]esterday|[Tt]omorrow)|([Tt]onight)|([Tt]his|[Ll]ast|[Yy]esterday|[Tt]omorrow|[Tt]oday's)\s+(${DAY_PART_RE}))\b(?:\s+(${DAY_PART_RE})\b)?`, 'g'),
		handle(m, ctx) {
			const before = m[2]?.toLowerCase();
			const word = (m[3] ?? '').toLowerCase();
			let day = ctx.dct;
			let partCode: string | undefined;
			if (m[4]) partCode = 'NI';
			else if (m[5]) {
				const w = m[5].toLowerCase();
				if (w === 'yesterday') day = addDays(ctx.dct, -1);
				else if (w === 'tomorrow') day = addDays(ctx.dct, 1);
				else if (w === 'last') day = m[6] === 'night' ? addDays(ctx.dct, -1) : addDays(ctx.dct, -1);
				partCode = DAY_PARTS[m[6] ?? ''];
			} else {
				if (word === 'yesterday') day = addDays(ctx.dct, -1);
				else if (word === 'tomorrow') day = addDays(ctx.dct, 1);
				if (before === 'before') day = addDays(day, -1);
				else if (before === 'after') day = addDays(day, 1);
				if (m[7]) partCode = DAY_PARTS[m[7]];
			}
			const v = formatDay(day);
			return cand(m, partCode ? 'TIME' : 'DATE', partCode ? `${v}T${partCode}` : v);
		}
	},
	{
		// bare parts of day "in the morning", "(the) evening" — anchored to the article date
		name: 'day-part',
		gate: new RegExp(DAY_PART_RE),
		re: new RegExp(String.raw`\b(?:([Ee]arly|[Ll]ate)\s+)?(${DAY_PART_RE})\b`, 'g'),
		handle(m, ctx) {
			const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
			// "night" only as "during/throughout/in the night" (not "the night of the vote", "a night").
			if (m[2] === 'night' && (m[1] || !/\b(?:during|throughout|through|in|into|overnight)\s+the\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 16), m.index)) || /^\s+(?:of|before|after|when)\b/.test(after))) return null;
			// "morning papers", "evening news": a modifier, not a time.
			if (NOUN_AFTER_DAY_PART.test(after)) return null;
			const suffix = `T${DAY_PARTS[m[2] ?? ''] ?? ''}`;
			return { ...cand(m, 'TIME', `${formatDay(ctx.dct)}${suffix}`), timeSuffix: suffix };
		}
	},
	{
		// "the day", "that day", "the same day", "the previous day", "late in the day": the day last
		// talked about (resolved after overlaps, against the previous full date in the text)
		name: 'anaphoric-day',
		gate: /\b(?:the|that|same|previous|following|next)\s+day\b/i,
		re: /\b(?:(?:[Ll]ate|[Ee]arly)\s+in\s+)?(?:(?:[Tt]he\s+(?:very\s+)?)?(?:start|end|close)\s+of\s+)?(?:([Tt]he)\s+(?:(same|previous|following|next|preceding|prior)\s+)?|([Tt]hat)\s+)day\b(?!'s|\s+(?:of|when|that)\b)(?:\s+(before|after|earlier|later)(?=\s*[.,;:!?)]|\s*$|\s+(?:and|but|or|when|as)\b))?/g,
		handle(m, ctx) {
			// "the day before", "the day after" (with nothing after them): the day next to the last one
			// talked about; "the day before the vote" points at an event and is left alone.
			const rel = m[4] ? (/before|earlier/.test(m[4]) ? 'previous' : 'following') : m[2] === 'preceding' || m[2] === 'prior' ? 'previous' : m[2];
			const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
			// "one of the day's", "all the day", "every day" are not references to a date.
			if (/\b(?:all|every|each|per|a)\s+$/i.test(before)) return null;
			const shift = rel === 'previous' ? -1 : rel === 'following' || rel === 'next' ? 1 : 0;
			return { ...cand(m, 'DATE', ''), anchor: shift };
		}
	},
	{
		// "two days ago", "a year ago", "three weeks later", "5 years from now"
		name: 'ago',
		gate: /\bago\b|from now|\bhence\b|later\b|earlier\b/,
		re: new RegExp(`\\b(?:(?:${alt(MODIFIERS.beforeAgo, '\\s+')})\\s+)?(${NUMBER_RE})[- ](?:(?:full|long|short)\\s+)?(${unitStemRe(['second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'year', 'decade', 'century'])})s?\\s+(ago|from\\s+now|hence|later|earlier)\\b`, 'gi'),
		handle(m, ctx) {
			const count = parseCount(m[1] ?? '');
			const unit = unitOf(m[2] ?? '');
			const dir = /ago|earlier/i.test(m[3] ?? '') ? -1 : 1;
			if (count === null || count !== Math.floor(count)) {
				return cand(m, 'DATE', dir < 0 ? 'PAST_REF' : 'FUTURE_REF');
			}
			let value: string | null = null;
			const n = count * dir;
			// "three days later", "a week earlier" count from the day the story last named; "ago"
			// and "from now" count from the article date.
			if (/later|earlier/i.test(m[3] ?? '') && (unit === 'day' || unit === 'week')) {
				return { ...cand(m, 'DATE', ''), anchor: unit === 'week' ? n * 7 : n };
			}
			if (unit === 'day') value = formatDay(addDays(ctx.dct, n));
			else if (unit === 'week') value = formatDay(addDays(ctx.dct, n * 7));
			else if (unit === 'fortnight') value = formatDay(addDays(ctx.dct, n * 14));
			else if (unit === 'month') {
				const mm = addMonths(ctx.dct.year, ctx.dct.month, n);
				value = formatMonth(mm.year, mm.month);
			} else if (unit === 'year') value = String(ctx.dct.year + n);
			else if (unit === 'decade') value = String(Math.floor((ctx.dct.year + n * 10) / 10));
			else if (unit === 'century') value = String(Math.floor((ctx.dct.year + n * 100) / 100));
			else if (unit === 'hour' || unit === 'minute' || unit === 'second') value = formatDay(ctx.dct);
			// Units above a week: "two months later" counts from the article date (the story's
			// month is rarely given as a full date to anchor on).
			return value ? cand(m, unit === 'hour' || unit === 'minute' || unit === 'second' ? 'TIME' : 'DATE', value) : null;
		}
	},
	// --- Durations ------------------------------------------------------------------------------
	{
		// "two days", "18 months", "12-year", "nearly five months", "the past five trading days",
		// "almost two and a half years", "the next four years", "six straight days"
		name: 'duration',
		gate: new RegExp(`(?:${unitStemRe(Object.keys(UNITS))})`, 'i'),
		anchor: { re: new RegExp(`(?:${unitStemRe(Object.keys(UNITS))})s?\\b`, 'gi'), back: 100 },
		re: new RegExp(
			`\\b(?:[Tt]he\\s+(?:${alt(MODIFIERS.spanOpeners)})\\s+|(?:[Pp]ast|[Nn]ext|[Cc]oming)\\s+)?(?:(?:${alt(MODIFIERS.approximate, '\\s+')})\\s+)?(${NUMBER_RE})[- ](?:(?:${alt(MODIFIERS.unitAdjectives)})[- ])?(${unitStemRe(Object.keys(UNITS))})(s)?\\b(?:[- ]long\\b|[- ]old\\b)?`,
			'gi'
		),
		handle(m, ctx) {
			const raw = m[1] ?? '';
			const lower = raw.toLowerCase();
			const unit = unitOf(m[2] ?? '');
			const count = parseCount(raw);
			// "a second quarter" / "a second day" are ordinals, not one second.
			if ((lower === 'a' || lower === 'an') && unit === 'second') return null;
			// A plural unit with the article "a" is not a count ("a days" cannot happen); "some
			// day" is vague but not a duration.
			if ((lower === 'some' || lower === 'a' || lower === 'an') && unit === 'day' && !m[3] && !/^(?:[Aa])\s/.test(m[0].slice(m[0].indexOf(raw)))) return null;
			if (lower === 'some' && !m[3]) return null;
			const end = m.index + m[0].length;
			const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
			const after = ctx.text.slice(end, end + 8);
			// "twice a year", "once a week", "$5 a day", "per year" read as a frequency (SET).
			// "$70 million a day", "54 cents a share": a rate, i.e. a SET.
			if ((lower === 'a' || lower === 'an') && RATE_BEFORE_A.test(before)) {
				const u = UNITS[unit];
				return u ? cand(m, 'SET', `P${u.time ? 'T' : ''}1${u.letter}`) : null;
			}
			if ((lower === 'a' || lower === 'an') && /\b(?:once|twice|thrice|times|per)\s+$/i.test(before)) {
				const u = UNITS[unit];
				const s = /(?:once|twice|thrice|\d+\s+times|\w+\s+times)\s+$/i.exec(before);
				const start = s ? m.index - s[0].length : m.index;
				return u ? { start, end, type: 'SET', value: `P${u.time ? 'T' : ''}1${u.letter}` } : null;
			}
			// Hyphenated digit pairs ("a 2-1 win") and years ("2008-year") are not durations.
			if (/^\d{4}$/.test(raw)) return null;
			// "a quarter of its dealers", "three quarters of": fractions, not spans of time.
			if (unit === 'quarter' && (/^\s+of\b/.test(after) || lower === 'a' || lower === 'an')) return null;
			if (/^\s*ago\b/.test(after)) return null;
			// "75 hours of video": a capacity, not a span of time in the story.
			if (CAPACITY_AFTER.test(ctx.text.slice(end, end + 24))) return null;
			const value = durationValue(count, m[2] ?? '');
			if (!value) return null;
			// "the past/last year" keeps "the" and the modifier: TimeML tags the whole span.
			// "a year-long inquiry", "an hour-long speech": the article belongs to the noun.
			if ((lower === 'a' || lower === 'an') && /^[Aa]n?\s+\w+-/.test(m[0])) return cand(m, 'DURATION', value, m[0].indexOf(' ') + 1);
			return cand(m, 'DURATION', value);
		}
	},
	{
		// vague spans "years", "several years", "recent years", "decades", "the coming weeks", "over the years"
		name: 'vague-duration',
		gate: new RegExp(`(?:${unitPluralRe(VAGUE_UNITS)})`, 'i'),
		anchor: { re: new RegExp(unitPluralRe(VAGUE_UNITS), 'g'), back: 30 },
		re: new RegExp(`\\b(?:(?:[Oo]ver|[Ff]or)\\s+the\\s+(?=years\\b|decades\\b)|(?:[Tt]he\\s+)?(?:past|last|next|coming|recent|following|previous)\\s+|(?:[Rr]ecent|[Cc]oming)\\s+)?(${unitPluralRe(VAGUE_UNITS)})(?:-long)?\\b`, 'g'),
		handle(m, ctx) {
			const unit = unitOf(m[1] ?? '');
			const u = UNITS[unit];
			if (!u) return null;
			const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
			// "two years" is the counted rule's; "the early years", "his days" are not spans of time.
			if (NOT_BEFORE_BARE_UNITS.test(before) && !/^(?:[Oo]ver|[Ff]or)\s+the|^(?:[Tt]he\s+)?(?:past|last|next|coming|recent)|-long$/.test(m[0])) return null;
			// "the coming weeks" / "recent years" stay spans (DURATION), as TimeML types them.
			const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 8);
			if (/^\s*(?:of|'|’)\s/.test(after) && unit === 'day' && !m[0].includes(' ')) return null;
			// Vague decades and centuries keep their own TIMEX3 unit letters (PXDE, PXCE).
			const letter = unit === 'decade' ? 'DE' : unit === 'century' ? 'CE' : u.letter;
			return cand(m, 'DURATION', `P${u.time ? 'T' : ''}X${letter}`);
		}
	},
	{
		// "month-long strike", "year-long inquiry", "day-long talks": one unit
		name: 'unit-long',
		gate: /[a-z]-long\b/,
		re: new RegExp(`(?<![\\w-])(${alt(['hour', 'day', 'week', 'month', 'year', 'decade', 'century'])})-long\\b`, 'g'),
		handle(m) {
			const v = durationValue(1, m[1] ?? '');
			return v ? cand(m, 'DURATION', v) : null;
		}
	},
	{
		// "half an hour", "half a century", "a half-hour"
		name: 'half-unit',
		gate: /half/,
		re: new RegExp(`\\b(?:[Aa]\\s+)?half[- ](?:an?\\s+)?(${alt(Object.keys(HALVES))})\\b`, 'g'),
		handle(m) {
			const v = HALVES[(m[1] ?? '').toLowerCase()];
			return v ? cand(m, 'DURATION', v) : null;
		}
	},
	{
		// a day of the month alone: "on the 15th." (month and year from the article date and tense)
		name: 'day-of-month',
		gate: /\bon\s+the\s+\d/,
		re: /\b[Oo]n\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?=\s*[.,;:)]|\s+(?:and|or|at|in|when|after|before|but)\b)/g,
		handle(m, ctx) {
			const day = Number(m[1]);
			const mood = ctx.mood(m.index, m.index + m[0].length);
			let { year, month } = ctx.dct;
			// "on the 3rd" written on the 20th in a future clause is next month's 3rd.
			if (mood === 'future' && day < ctx.dct.day) ({ year, month } = addMonths(year, month, 1));
			else if (mood !== 'future' && day > ctx.dct.day) ({ year, month } = addMonths(year, month, -1));
			if (!isValidDay(year, month, day)) return null;
			const off = m[0].indexOf('the');
			return cand(m, 'DATE', formatDay({ year, month, day }), off);
		}
	},
	// --- Times of day ---------------------------------------------------------------------------
	{
		// "18:00 UTC", "6:40 p.m.", "16:00 UTC today", "12:00 UTC Monday", "0800 UTC", "5 pm", "noon"
		name: 'clock-time',
		gate: /\d:\d\d|\d\s?[ap]\.?m\b|\d\.\d\d\s?[ap]|\d{4}\s*(?:UTC|GMT|hours)|noon|midnight/i,
		re: new RegExp(
			`(?<![\\d:.])(?:(\\d{1,2})(?::|\\.(?=\\d\\d\\s?[ap]\\.?\\s?m\\b))(\\d{2})(?::\\d{2})?(?!\\d|:\\d)(?:\\s*([ap])(?:\\.\\s?m\\b\\.?|m\\b))?|(\\d{1,2})\\s*([ap])(?:\\.m\\b\\.?|m\\b)|([01]\\d|2[0-3])([0-5]\\d)(?=\\s*(?:UTC|GMT|hours|hrs)\\b)|\\b(noon|midnight|[Mm]idday))(?:\\s*\\(?\\s*(${TZ_RE})\\b(?:\\s*[+-]\\s*\\d{1,2})?\\)?)?`,
			'g'
		),
		handle(m, ctx) {
			let h: number, min: number;
			const ap = (m[3] ?? m[5] ?? '').toLowerCase();
			if (m[1] !== undefined) {
				h = Number(m[1]);
				min = Number(m[2]);
				// A bare "3:45" without am/pm or zone could be a score or ratio; accept hours < 24 only
				// and require a time cue nearby when no am/pm or zone is given.
				if (!ap && !m[9]) {
					const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
					if (!/\b(?:at|by|until|till|from|to|around|about|before|after|since|approximately)\s+$/i.test(before)) return null;
				}
			} else if (m[4] !== undefined) {
				h = Number(m[4]);
				min = 0;
			} else if (m[6] !== undefined) {
				h = Number(m[6]);
				min = Number(m[7]);
			} else {
				const w = (m[8] ?? '').toLowerCase();
				h = w === 'midnight' ? 24 : 12;
				min = 0;
			}
			if (ap) {
				if (h < 1 || h > 12) return null;
				if (ap === 'p' && h < 12) h += 12;
				if (ap === 'a' && h === 12) h = 0;
			}
			if (h > 24 || min > 59) return null;
			const anchor = timeAnchor(ctx.text, m.index + m[0].length, ctx);
			const z = m[9] && UTC_ZONES.has(m[9]) ? 'Z' : '';
			// "midnight" is the end of its day, T24:00, as the TIMEX3 guidelines write it.
			const value = `${formatDay(anchor.day)}T${pad(h)}:${pad(min)}${z}`;
			// "(0800 GMT)": the closing parenthesis only goes with an opening one inside the match.
			let end = anchor.end;
			if (end === m.index + m[0].length && m[0].endsWith(')') && !m[0].includes('(')) end--;
			const c: Candidate = { start: m.index, end, type: 'TIME', value };
			if (anchor.end === m.index + m[0].length) c.timeSuffix = `T${pad(h)}:${pad(min)}${z}`;
			return c;
		}
	},
	// --- Sets -----------------------------------------------------------------------------------
	{
		// "every day", "each year", "every other week", "daily", "weekly", "quarterly", "annual"
		name: 'set',
		gate: /every|each|ly\b|annual|per\s/i,
		re: new RegExp(`\\b(?:(?:[Ee]very|[Ee]ach|[Pp]er)\\s+(?:other\\s+|single\\s+)?(${alt(Object.keys(EVERY_UNIT))})|(${alt(Object.keys(FREQUENCIES))}))\\b`, 'g'),
		handle(m) {
			const unit = (m[1] ?? '').toLowerCase();
			const adv = (m[2] ?? '').toLowerCase();
			const v = adv ? FREQUENCIES[adv] : EVERY_UNIT[unit];
			if (!v) return null;
			const every = /other/.test(m[0]) && v.startsWith('P') ? v.replace(/1/, '2') : v;
			return cand(m, 'SET', every);
		}
	},
	{
		// "every few weeks", "every two years", "every 10 minutes"
		name: 'set-every-n',
		gate: /[Ee]very|[Ee]ach/,
		re: new RegExp(`\\b(?:[Ee]very|[Ee]ach)\\s+(${NUMBER_RE})\\s+(${unitStemRe(['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year', 'decade'])})s\\b`, 'g'),
		handle(m) {
			const v = durationValue(parseCount(m[1] ?? ''), m[2] ?? '');
			return v ? cand(m, 'SET', v) : null;
		}
	},
	// --- References to now, past and future ----------------------------------------------------
	{
		name: 'present-ref',
		gate: /\b(?:now|current|presently|present|nowadays|these days|the moment|time being)/i,
		anchor: { re: /[Nn]ow|[Cc]urrent|[Pp]resent|[Nn]owadays|[Tt]hese\s+days|time\s+being|moment/g, back: 10 },
		re: new RegExp(String.raw`\b(?:(?:[Rr]ight|[Jj]ust|[Uu]ntil|[Bb]y|[Ff]or)\s+(?=now\b))?(?:([Nn]ow|[Cc]urrently|[Cc]urrent|[Pp]resently|[Nn]owadays|[Tt]hese\s+days|the\s+time\s+being|the\s+moment|the\s+present(?!\s+(?:${alt(contextWords('nounsAfterThePresent'))})))|at\s+(present))\b`, 'g'),
		handle(m, ctx) {
			const w = (m[1] ?? m[2] ?? '').toLowerCase();
			const end = m.index + m[0].length;
			const after = ctx.text.slice(end, end + 16);
			const before = ctx.text.slice(Math.max(0, m.index - 10), m.index);
			if (w === 'now' && /^\s+that\b/.test(after)) return null;
			// "the now-cancelled deal": a modifier inside a compound, not a reference to now.
			if (/^-[a-z]/.test(after)) return null;
			if (w === 'current' && NOUN_AFTER_CURRENT.test(after)) return null;
			if (w === 'current' && /\bthe\s+$/.test(before) && /^\s+(?:year|month|week|quarter|season|fiscal|financial)\b/.test(after)) return null;
			// Keep "right now"/"until now" whole; "for now" is just "now".
			const s = /^(?:[Ff]or|[Bb]y|[Uu]ntil)\s/.test(m[0]) ? m.index + m[0].lastIndexOf('now') : m.index;
			const start = m[2] ? m.index + 3 : s;
			return { start, end, type: 'DATE', value: 'PRESENT_REF' };
		}
	},
	{
		name: 'past-ref',
		gate: /recent|lately|the past|previously|formerly/i,
		anchor: { re: /[Rr]ecent|[Ll]ately|past/g, back: 12 },
		re: new RegExp(String.raw`\b(?:(?:[Mm]ore|[Mm]ost|[Vv]ery|[Uu]ntil)\s+)?([Rr]ecently|[Rr]ecent|[Ll]ately|the\s+past(?!\s+(?:${alt(contextWords('wordsAfterThePast'))}|\d)\b))\b`, 'g'),
		handle(m, ctx) {
			const w = (m[1] ?? '').toLowerCase();
			const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 24);
			// "recent" before a time unit is the vague-duration rule's ("recent years"); "the recent
			// past" is handled by the longer match of "the past".
			if (w === 'recent' && /^\s+(?:years|months|weeks|days|decades|times|history|past)\b/.test(after)) {
				if (!/^\s+(?:times|history)\b/.test(after)) return null;
			}
			return cand(m, 'DATE', 'PAST_REF');
		}
	},
	{
		name: 'future-ref',
		gate: /future|soon|later|term|someday|run\b|eventually/i,
		anchor: { re: /future|[Ss]oon|[Ll]ater|term|[Ss]omeday|[Oo]ne\s+day|run/g, back: 16 },
		re: /\b(?:(?:[Vv]ery|[Qq]uite|[Aa]s)\s+)?(?:(the\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+)?future)|([Ss]oon(?:er)?)|([Ll]ater)|(the\s+(?:near|long|short|medium)\s+term|(?:[Nn]ear|[Ll]ong|[Ss]hort|[Mm]edium)-term)|([Ss]omeday|[Oo]ne\s+day)|(the\s+(?:long|short)\s+run))\b/g,
		handle(m, ctx) {
			const end = m.index + m[0].length;
			const after = ctx.text.slice(end, end + 20);
			const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
			if (m[3]) {
				// "later this year", "two days later" are the longer rules'; "later" as an adjective
				// ("a later date", "later stages") is not a reference on its own.
				if (WORD_AFTER_LATER.test(after) && !/^\s+(?:in|on)\b/.test(after)) return null;
				if (/\b(?:years|months|weeks|days|hours|minutes|decades)\s+$/.test(before)) return null;
			}
			// "the future of the region" is the region's fate, not a time.
			if (m[1] && /^\s+of\b/.test(after)) return null;
			if (m[2] && /^\s+(?:after|afterwards|thereafter)\b/.test(after)) return cand(m, 'DATE', 'FUTURE_REF');
			if (m[2] && /^\s+as\b/.test(after)) return null;
			if ((m[2] || m[3]) && /^-[a-z]/.test(after)) return null;
			if (m[2] && /\bas\s+$/.test(before)) return null;
			if (m[4] && /-term$/.test(m[0]) && NOUN_AFTER_TERM.test(after)) return null;
			if (m[5] && /^[Oo]ne/.test(m[5]) && !/\b(?:will|would|could|may|might|hope|hopes)\s+$/i.test(before) && !/^\s*,/.test(after)) return null;
			return cand(m, 'DATE', 'FUTURE_REF');
		}
	},
	{
		// holidays: fixed ("Christmas", "New Year's Eve", "May Day", "Bastille Day"), Easter-based
		// ("Easter", "Good Friday") and weekday-based ("Thanksgiving", "Black Friday", "Labor Day"),
		// optionally with "last/next/this" or a year
		name: 'holiday',
		gate: new RegExp(HOLIDAY_RE),
		re: new RegExp(`\\b(?:([Ll]ast|[Nn]ext|[Tt]his)\\s+)?(${HOLIDAY_RE})(?![A-Za-z'’])(?:,?\\s+(\\d{4})(?!\\d))?`, 'g'),
		handle(m, ctx) {
			const end = m.index + m[0].length;
			const after = ctx.text.slice(end, end + 20);
			const before = ctx.text.slice(Math.max(0, m.index - 8), m.index);
			// "Christmas sales", "Christmas tree" name a season's things, not the day.
			if (!m[3] && THING_AFTER_HOLIDAY.test(after)) return null;
			// "a Christmas", "Mr Easter": not the holiday in the story's year.
			if (/\b(?:a|an|Mr|Mrs|Ms|Dr)\.?\s+$/.test(before)) return null;
			const holiday = holidayOf(m[2] ?? '');
			if (!holiday) return null;
			const mod = m[1]?.toLowerCase();
			let y: number;
			if (m[3]) y = Number(m[3]);
			else {
				const d0 = holidayDate(holiday, ctx.dct.year);
				const cmp = toDayCompare(d0, ctx.dct);
				const mood = ctx.mood(m.index, end);
				y = ctx.dct.year;
				if (mod === 'last') y = cmp < 0 ? y : y - 1;
				else if (mod === 'next') y = cmp > 0 ? y : y + 1;
				else if (mod === 'this') y = ctx.dct.year;
				else if (mood === 'past' && cmp > 0) y -= 1;
				else if (mood === 'future' && cmp < 0) y += 1;
			}
			return cand(m, 'DATE', formatDay(holidayDate(holiday, y)));
		}
	}
];



/** Sign of `a - b` for two days. */
function toDayCompare(a: Ymd, b: Ymd): number {
	return a.year - b.year || a.month - b.month || a.day - b.day;
}
