/** Handlers of the rules for calendar dates, months, years, decades and centuries. */
import { formatDay, formatMonth, isValidDay } from '../calendar.ts';
import { CENTURY_WORDS, FISCAL_YEAR_RE, MONTHS, alt, altEitherCase, contextWords } from '../lexicon.ts';
import type { Mood } from '../mood.ts';
import { nearestYear, resolveYear } from '../resolve.ts';
import { cand, type Candidate, type RuleContext } from '../rule.ts';
import cues from '../resources/tense-cues.json';
import { deadlineMood, PART_RE, expandTwoDigitYear, monthNum, moodOf, offsetOf, partOf, textAfter, textBefore, wordAfter, yearNamedAfter } from './common.ts';

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

const FISCAL_YEAR_START = new RegExp(`^(?:${FISCAL_YEAR_RE})`);
const CAPITALISED_AFTER_MONTH = wordAfter('capitalisedAfterBareMonth');
const WORD_BEFORE_MONTH = new RegExp(`(?:\\b(?:${alt(contextWords('wordsBeforeBareMonth'))})\\s+|-)$`, 'i');

/**
 * A record date ("payable Jan. 5 to holders of record Dec. 21", "declared a dividend to stock of
 * record Nov. 2"): set days or weeks from the announcement, after it when it is announced and before
 * it when the payment is reported, so the nearer of the two.
 */
const RECORD_BEFORE = /\bof\s+record(?:\s+(?:on|as\s+of))?\s+$/i;
const isRecordDate = (ctx: RuleContext, start: number): boolean => RECORD_BEFORE.test(textBefore(ctx, start, 24));

/**
 * A plan told in the past ("talks that were due to be held on March 13", "which had been scheduled
 * for March 13"): made before the article, for a day that may have come or not. A day in the
 * weeks before the article is that one (in a March 22 article, this March 13); further back, the
 * plan is still ahead, as with a plan in the present ("was set to take place on September 20, has
 * been postponed until next year", in March: this September).
 */
const PAST_PLAN = new RegExp(`\\b(?:was|were|had\\s+been)\\s+(?:[a-z]+ly\\s+)?(?:${alt(cues.frames.planWords)})\\s+(?:to|for|on|in)\\b[^.;!?]*$`, 'i');
/** How many days before the article a day of a plan told in the past may be. */
const PAST_PLAN_DAYS = 92;
function pastPlanYear(ctx: RuleContext, start: number, month: number, day: number): number | null {
	if (!PAST_PLAN.test(textBefore(ctx, start, 60))) return null;
	const year = nearestYear(ctx.dct, month, day);
	const back = Date.UTC(ctx.dct.year, ctx.dct.month - 1, ctx.dct.day) - Date.UTC(year, month - 1, day);
	return back <= PAST_PLAN_DAYS * 86_400_000 ? year : null;
}

export function monthDayYear(m: RegExpExecArray, ctx: RuleContext): Candidate | null {
	const month = monthNum(m[2] ?? '');
	const day = Number(m[3]);
	const day2 = m[4] ? Number(m[4]) : null;
	let year = m[5] ? Number(m[5]) : yearNamedAfter(ctx, m.index + m[0].length, month);
	if (!month || day < 1 || day > 31) return null;
	// "May 5" after a modal ("may 5 ...") cannot happen: names are capitalised; but "May" at a
	// sentence start followed by a number ("May 2 people...") is rare enough to accept.
	const record = year === null && isRecordDate(ctx, m.index);
	const planned = year === null && !record ? pastPlanYear(ctx, m.index, month, day) : null;
	const yearless = year === null && !record && planned === null;
	if (year === null) year = record ? nearestYear(ctx.dct, month, day) : (planned ?? resolveYear(ctx.dct, month, day, deadlineMood(ctx, m.index, moodOf(m, ctx))));
	if (!isValidDay(year, month, day)) return null;
	const a = formatDay({ year, month, day });
	if (day2 !== null && day2 > day && isValidDay(year, month, day2)) {
		return cand(m, 'DATE', `${a}/${formatDay({ year, month, day: day2 })}`);
	}
	if (day2 !== null) return null;
	const off = /^the\s+/.test(m[0]) ? m[0].indexOf(m[2] ?? '') : 0;
	return { ...cand(m, 'DATE', a, off), yearless };
}

export function dayMonthYear(m: RegExpExecArray, ctx: RuleContext): Candidate | null {
	const first = Number(m[2]);
	const second = m[3] ? Number(m[3]) : null;
	const month = monthNum(m[4] ?? '');
	if (!month) return null;
	// "3 to 5 March" is a range; "10 May" after a count ("won 10 May elections") is rare.
	const named = m[5] ? Number(m[5]) : yearNamedAfter(ctx, m.index + m[0].length, month);
	const record = named === null && isRecordDate(ctx, m.index);
	const planned = named === null && !record ? pastPlanYear(ctx, m.index, month, first) : null;
	const yearless = named === null && !record && planned === null;
	const year =
		named ?? (record ? nearestYear(ctx.dct, month, first) : (planned ?? resolveYear(ctx.dct, month, second ?? first, deadlineMood(ctx, m.index, moodOf(m, ctx)))));
	if (!isValidDay(year, month, first)) return null;
	const a = formatDay({ year, month, day: first });
	if (second !== null) {
		if (second <= first || !isValidDay(year, month, second)) return null;
		return cand(m, 'DATE', `${a}/${formatDay({ year, month, day: second })}`);
	}
	// Keep a leading "the" out of the extent, as TimeML does for day dates.
	const off = /^the\s+/.test(m[0]) && !m[1] ? m[0].indexOf(m[2] ?? '') : 0;
	return { ...cand(m, 'DATE', a, off), yearless };
}

export function isoDate(m: RegExpExecArray): Candidate | null {
	const y = Number(m[1]), mo = Number(m[3]), d = Number(m[4]);
	if (!isValidDay(y, mo, d) || y < 1000) return null;
	if (m[5]) return cand(m, 'TIME', `${formatDay({ year: y, month: mo, day: d })}T${m[5]}:${m[6]}`);
	return cand(m, 'DATE', formatDay({ year: y, month: mo, day: d }));
}

export function usNumericDate(m: RegExpExecArray, ctx: RuleContext): Candidate | null {
	let mo = Number(m[1]), d = Number(m[2]);
	// "26/01/2026": day first, as British and most non-US copy writes it.
	if (mo > 12 && d <= 12) [mo, d] = [d, mo];
	const y = (m[3] ?? '').length === 4 ? Number(m[3]) : expandTwoDigitYear(Number(m[3]), ctx.dct);
	if (!isValidDay(y, mo, d)) return null;
	return cand(m, 'DATE', formatDay({ year: y, month: mo, day: d }));
}

export function monthYear(m: RegExpExecArray, ctx: RuleContext): Candidate | null {
	const name = m[2] ?? '';
	const month = monthNum(name);
	if (!month) return null;
	const start = m.index + (m[0].length - m[0].slice(m[0].indexOf(name)).length);
	const nameEnd = start + name.length;
	const partWord = m[1];
	let year = m[3] ? Number(m[3]) : m[4] ? expandTwoDigitYear(Number(m[4]), ctx.dct) : null;
	// "October of next year", "May last year": the year comes from the phrase, but "next year"
	// stays its own expression (as the MEANTIME gold tags it), so the extent stops at the month.
	let end = m.index + m[0].length;
	if (m[5]) {
		year = ctx.dct.year + (offsetOf(m[5]) ?? 0);
		end = nameEnd;
	}
	// a name stays a name before a relative year ("Theresa May last year")
	if (year === null && !partWord && !bareMonthOk(ctx, name, start, nameEnd)) return null;
	year ??= yearNamedAfter(ctx, end, month);
	// Extent: "last September" keeps "last" inside, as the TimeML guidelines do, and so does a part
	// before it: "late last July" is the last third of that July.
	const before = partWord ? null : LAST_NEXT_WITH_PART.exec(textBefore(ctx, m.index, 40));
	const lastNext = before?.[0] ?? /\b(?:last|next)\s+$/i.exec(textBefore(ctx, m.index, 6))?.[0] ?? '';
	const yearless = year === null && !lastNext;
	year ??= bareMonthYear(ctx, month, (before?.[2] ?? lastNext.slice(0, 4)).toLowerCase(), moodOf(m, ctx));
	return { start: m.index - lastNext.length, end, type: 'DATE', value: formatMonth(year, month), part: partOf(partWord ?? before?.[1]), yearless };
}

/** A part of a stretch, then "last" or "next", right before a month: "late last July", "early next March". */
const LAST_NEXT_WITH_PART = new RegExp(String.raw`\b(${PART_RE})[- ]?\s*(last|next)\s+$`);

/** A bare month name is a date, not a name ("June Carter", "April Smith") or the modal "May". */
function bareMonthOk(ctx: RuleContext, name: string, start: number, nameEnd: number): boolean {
	const after = textAfter(ctx, nameEnd, 20);
	if (/^\s+[A-Z][a-z]/.test(after) && !CAPITALISED_AFTER_MONTH.test(after)) return false;
	const before = textBefore(ctx, start, 24);
	const prep = WORD_BEFORE_MONTH.test(before);
	if (name === 'May' || name === 'March' || /^[A-Z][a-z]{2}\.?$/.test(name)) {
		if (!prep) return false;
	} else if (!prep && /^\s*$/.test(before.slice(-1)) && /[.!?"“]\s*$|^\s*$/.test(before) && /^\s+(?:[a-z]|I\b)/.test(after)) {
		// Sentence-initial bare month followed by a lowercase word is usually a name/verb.
		return false;
	}
	return !/^\s*\d/.test(after);
}

/** Year of a month named without one: after "last" the latest before the article's month, after "next" the first after it. */
function bareMonthYear(ctx: RuleContext, month: number, lastNext: string, mood: Mood | null): number {
	if (lastNext === 'last') return month < ctx.dct.month ? ctx.dct.year : ctx.dct.year - 1;
	if (lastNext === 'next') return month > ctx.dct.month ? ctx.dct.year : ctx.dct.year + 1;
	return resolveYear(ctx.dct, month, null, mood);
}

export function bareYear(m: RegExpExecArray, ctx: RuleContext): Candidate | null {
	const y = Number(m[2]);
	const ys = m.index + m[0].length - 4;
	const mod = m[1];
	if (!bareYearOk(ctx.text, ys, ys + 4, y, !!mod)) return null;
	if (mod && FISCAL_YEAR_START.test(mod)) return cand(m, 'DATE', `FY${y}`);
	return { ...cand(m, 'DATE', String(y)), part: partOf(mod) };
}

/**
 * Years written as one stretch: "2009-2011", and two years in a row such as a season, a school or
 * fiscal year that runs over the turn of the year ("2009-10", "1957–58", "2009/10"). The expression
 * covers all of them (value `2009/2010`). Two digits must be the next year's last two: anything
 * else ("2009-05") is not read here.
 */
export function yearSpan(m: RegExpExecArray, ctx: RuleContext): Candidate | null {
	const y = Number(m[1]);
	const second = m[2] ?? '';
	const last = second.length === 4 ? Number(second) : (y + 1) % 100 === Number(second) ? y + 1 : null;
	if (last === null || last <= y || last > 2099) return null;
	if (!bareYearOk(ctx.text, m.index, m.index + m[0].length, y, false)) return null;
	return cand(m, 'DATE', `${y}/${last}`);
}

export function fiscalYearCode(m: RegExpExecArray, ctx: RuleContext): Candidate | null {
	const raw = m[1] ?? '';
	const y = raw.length === 4 ? Number(raw) : expandTwoDigitYear(Number(raw), ctx.dct);
	return y >= 1900 && y <= 2099 ? cand(m, 'DATE', `FY${y}`) : null;
}

export function shortYear(m: RegExpExecArray, ctx: RuleContext): Candidate | null {
	const after = textAfter(ctx, m.index + m[0].length, 12);
	if (/^\s*(?:percent|per)/.test(after)) return null;
	return cand(m, 'DATE', String(expandTwoDigitYear(Number(m[1]), ctx.dct)));
}

export function decade(m: RegExpExecArray, ctx: RuleContext): Candidate | null {
	const full = m[3] !== undefined;
	const d = m[4] ?? m[5] ?? m[6] ?? '0';
	// Two-digit decades need "the" ("the 80s"); without it "in his 50s" is an age.
	if (!full && !m[1] && m[5] === undefined && !/\b(?:and|or|to|through)\s+$|0s,\s+$/.test(textBefore(ctx, m.index, 12))) return null;
	const century = full ? (m[3] ?? '19') : Number(d) >= 3 ? '19' : '20';
	const value = `${century}${d}`;
	// Leave "the" out of the extent (as the MEANTIME gold does for "80s").
	const off = m[1] ? m[0].indexOf(m[2] ?? m[3] ?? (m[5] !== undefined ? m[0].match(/['’]/)?.[0] ?? '' : m[6] ?? '')) : 0;
	return { ...cand(m, 'DATE', value, Math.max(0, off)), part: partOf(m[2]) };
}

export function century(m: RegExpExecArray): Candidate | null {
	const word = (m[2] ?? '').toLowerCase();
	const n = CENTURY_WORDS[word] ?? parseInt(word, 10);
	if (n < 1 || n > 21) return null;
	return { ...cand(m, 'DATE', String(n - 1).padStart(2, '0')), part: partOf(m[1]) };
}

