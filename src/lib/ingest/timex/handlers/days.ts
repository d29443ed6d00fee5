/** Handlers of the rules for weekdays, today/yesterday/tomorrow, parts of the day, days named by reference and holidays. */
import { addDays, addMonths, formatDay, isValidDay, type Ymd } from '../calendar.ts';
import { holidayDate } from '../holidays.ts';
import { DAY_PARTS, holidayOf, type Holiday } from '../lexicon.ts';
import { directionOf, resolveWeekday } from '../resolve.ts';
import { cand, type Candidate, type RuleContext } from '../rule.ts';
import { moodOf, textAfter, textBefore, weekdayNum, wordAfter, wordBefore } from './common.ts';

const NAME_AFTER_WEEKDAY = wordAfter('namesAfterWeekday');
const NAME_BEFORE_WEEKDAY = wordBefore('namesBeforeWeekday');
const NOUN_AFTER_DAY_PART = wordAfter('nounsAfterDayPart');
const THING_AFTER_HOLIDAY = wordAfter('thingsAfterHoliday');
const NOT_BEFORE_HOLIDAY = wordBefore('wordsNotBeforeHoliday', '', '\\.?');
const NOT_BEFORE_THE_DAY = wordBefore('wordsNotBeforeTheDay', 'i');
const BEFORE_THE_NIGHT = wordBefore('wordsBeforeTheNight', 'i', '\\s+the');

export function weekday(m: RegExpExecArray, ctx: RuleContext): Candidate | null {
	const wd = weekdayNum(m[2] ?? '');
	const mod = m[1]?.toLowerCase();
	// "The Sunday Times", "Saturday Night Live", "Good Friday Agreement": names, not days.
	const after = textAfter(ctx, m.index + m[0].length, 14);
	if (!m[4] && NAME_AFTER_WEEKDAY.test(after)) return null;
	// "the anniversary of Black Monday": the name of a day in history, not a day of the article's week
	if (!m[1] && NAME_BEFORE_WEEKDAY.test(textBefore(ctx, m.index, 12))) return null;
	if (m[3] || mod === 'every' || mod === 'each') {
		return cand(m, 'SET', `XXXX-WXX-${wd}${m[4] ? 'T' + (DAY_PARTS[m[4]] ?? '') : ''}`);
	}
	// "late Thursday", "early Monday" (AP style): the day, with its part noted.
	if ((mod === 'late' || mod === 'early') && (m[3] || m[4])) return null;
	const v = formatDay(weekdayDay(m, ctx, wd, mod));
	if (m[4]) return cand(m, 'TIME', `${v}T${DAY_PARTS[m[4]] ?? ''}`);
	return cand(m, 'DATE', v);
}

/** The day of a weekday: "last"/"next" exclude the article date; otherwise by the clause. */
function weekdayDay(m: RegExpExecArray, ctx: RuleContext, wd: number, mod: string | undefined): Ymd {
	if (mod === 'last' || mod === 'past') return resolveWeekday(ctx.dct, wd, 'strictPast');
	if (mod === 'next' || mod === 'coming') return resolveWeekday(ctx.dct, wd, 'strictFuture');
	let mood = moodOf(m, ctx);
	// "have until Friday", "by Monday": a deadline ahead unless the clause is past.
	const prep = /\b(until|till|by)\s+$/i.exec(textBefore(ctx, m.index, 8))?.[1]?.toLowerCase();
	// "closed until Friday", "adjourned till Monday": still ahead even after a past verb.
	if (prep && (mood !== 'past' || prep !== 'by')) mood = 'future';
	return resolveWeekday(ctx.dct, wd, directionOf(mood));
}

export function deicticDay(m: RegExpExecArray, ctx: RuleContext): Candidate | null {
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

export function dayPart(m: RegExpExecArray, ctx: RuleContext): Candidate | null {
	const after = textAfter(ctx, m.index + m[0].length, 12);
	// "night" only as "during/throughout/in the night" (not "the night of the vote", "a night").
	if (m[2] === 'night' && (m[1] || !BEFORE_THE_NIGHT.test(textBefore(ctx, m.index, 16)) || /^\s+(?:of|before|after|when)\b/.test(after))) return null;
	// "morning papers", "evening news": a modifier, not a time.
	if (NOUN_AFTER_DAY_PART.test(after)) return null;
	const suffix = `T${DAY_PARTS[m[2] ?? ''] ?? ''}`;
	return { ...cand(m, 'TIME', `${formatDay(ctx.dct)}${suffix}`), timeSuffix: suffix };
}

export function anaphoricDay(m: RegExpExecArray, ctx: RuleContext): Candidate | null {
	// "the day before", "the day after" (with nothing after them): the day next to the last one
	// talked about; "the day before the vote" points at an event and is left alone.
	const rel = m[4] ? (/before|earlier/.test(m[4]) ? 'previous' : 'following') : m[2] === 'preceding' || m[2] === 'prior' ? 'previous' : m[2];
	const before = textBefore(ctx, m.index, 12);
	// "one of the day's", "all the day", "every day" are not references to a date.
	if (NOT_BEFORE_THE_DAY.test(before)) return null;
	const shift = rel === 'previous' ? -1 : rel === 'following' || rel === 'next' ? 1 : 0;
	return { ...cand(m, 'DATE', ''), anchor: shift };
}

export function dayOfMonth(m: RegExpExecArray, ctx: RuleContext): Candidate | null {
	const day = Number(m[1]);
	const mood = moodOf(m, ctx);
	let { year, month } = ctx.dct;
	// "on the 3rd" written on the 20th in a future clause is next month's 3rd.
	if (mood === 'future' && day < ctx.dct.day) ({ year, month } = addMonths(year, month, 1));
	else if (mood !== 'future' && day > ctx.dct.day) ({ year, month } = addMonths(year, month, -1));
	if (!isValidDay(year, month, day)) return null;
	const off = m[0].indexOf('the');
	return cand(m, 'DATE', formatDay({ year, month, day }), off);
}

export function holiday(m: RegExpExecArray, ctx: RuleContext): Candidate | null {
	const end = m.index + m[0].length;
	const after = textAfter(ctx, end, 20);
	const before = textBefore(ctx, m.index, 8);
	// "Christmas sales", "Christmas tree" name a season's things, not the day.
	if (!m[3] && THING_AFTER_HOLIDAY.test(after)) return null;
	// "a Christmas", "Mr Easter": not the holiday in the story's year.
	if (NOT_BEFORE_HOLIDAY.test(before)) return null;
	const holiday = holidayOf(m[2] ?? '');
	if (!holiday) return null;
	const y = m[3] ? Number(m[3]) : holidayYear(m, ctx, holiday);
	return cand(m, 'DATE', formatDay(holidayDate(holiday, y)));
}

/**
 * Year of a holiday named without one, as for day dates: "last Easter" and "next Christmas"
 * exclude the article date; otherwise back a year in a past clause that names a later day,
 * forward in a future clause that names an earlier one.
 */
function holidayYear(m: RegExpExecArray, ctx: RuleContext, holiday: Holiday): number {
	const mod = m[1]?.toLowerCase();
	const cmp = toDayCompare(holidayDate(holiday, ctx.dct.year), ctx.dct);
	const y = ctx.dct.year;
	if (mod === 'last') return cmp < 0 ? y : y - 1;
	if (mod === 'next') return cmp > 0 ? y : y + 1;
	if (mod === 'this') return y;
	const mood = moodOf(m, ctx);
	if (mood === 'past' && cmp > 0) return y - 1;
	if (mood === 'future' && cmp < 0) return y + 1;
	return y;
}

/** Sign of `a - b` for two days. */
function toDayCompare(a: Ymd, b: Ymd): number {
	return a.year - b.year || a.month - b.month || a.day - b.day;
}

