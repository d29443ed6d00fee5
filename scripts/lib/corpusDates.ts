/**
 * Calendar arithmetic and date phrases for the corpus generator. Days are integers (days since
 * 1970-01-01, UTC) so no time zone or DST can move them, and every phrase is worded so that it is
 * true relative to the article's publication day: "yesterday" is the day before, "next month" is
 * the calendar month after, "on Tuesday" is within the week around it.
 */
import { daysFromCivil, formatDay, fromDayNumber } from '../../src/lib/ingest/timex/calendar.ts';
import type { Rng } from './corpusRandom.ts';

/** Month names, January first. */
export const MONTH_NAMES = [
	'January', 'February', 'March', 'April', 'May', 'June',
	'July', 'August', 'September', 'October', 'November', 'December'
] as const;

/** Weekday names in `Date.getUTCDay()` order (Sunday first). */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const NUMBER_WORDS = [
	'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
	'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'
] as const;

/** A number as news prose writes it: words up to twenty, digits above. */
export function numberWord(n: number): string {
	return NUMBER_WORDS[n] ?? String(n);
}

/** Ordinal words for rounds of talks ("the third round"). */
export function ordinalWord(n: number): string {
	return ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'][n] ?? `${n}th`;
}

/** A day number from a calendar date (month 1-12). */
export function dayOf(year: number, month: number, day: number): number {
	return daysFromCivil(year, month, day);
}

/** Calendar parts of a day number. */
export interface Ymd {
	y: number;
	/** 1-12 */
	m: number;
	d: number;
	/** 0 = Sunday */
	wd: number;
}

/** Splits a day number into year, month, day and weekday (UTC). */
export function ymdOf(day: number): Ymd {
	const { year, month, day: d } = fromDayNumber(day);
	// 1970-01-01 (day 0) was a Thursday
	return { y: year, m: month, d, wd: (((day + 4) % 7) + 7) % 7 };
}

/** `YYYY-MM-DD` of a day number. */
export function isoOf(day: number): string {
	return formatDay(fromDayNumber(day));
}

/** Monday of the ISO week holding `day`: "last week" and "next week" are calendar weeks. */
function weekStart(day: number): number {
	return day - ((ymdOf(day).wd + 6) % 7);
}

function monthIndex(p: Ymd): number {
	return p.y * 12 + p.m - 1;
}

function monthName(p: Ymd): string {
	return MONTH_NAMES[p.m - 1]!;
}

/** How exact a phrase must be: `day` names one day (talks rounds), `any` also allows "last month". */
export type Precision = 'day' | 'any';

/** Which phrasings to choose among. */
export type Style = 'relative' | 'explicit' | 'mixed';

/**
 * An adverbial naming `event` as seen on publication day `pub`, preposition included:
 * "on Tuesday", "yesterday", "two days ago", "next week", "on 3 March 2024", "on March 5",
 * "in February 2022", "earlier this year". Relative phrases are offered only when true, so the
 * text stays resolvable; `style` biases towards relative or explicit wording.
 */
export function describeDay(rng: Rng, event: number, pub: number, precision: Precision = 'day', style: Style = 'mixed'): string {
	const e = ymdOf(event);
	const p = ymdOf(pub);
	const diff = event - pub;
	const rel: string[] = [];
	const weekday = WEEKDAY_NAMES[e.wd]!;
	if (diff === 0) rel.push('today', 'today', 'earlier today');
	if (diff === -1) rel.push('yesterday', 'yesterday', `on ${weekday}`);
	if (diff === 1) rel.push('tomorrow', 'tomorrow', `on ${weekday}`);
	if (diff <= -2 && diff >= -6) rel.push(`on ${weekday}`, `on ${weekday}`, `${numberWord(-diff)} days ago`);
	if (diff >= 2 && diff <= 6) rel.push(`on ${weekday}`, `on ${weekday}`, `in ${numberWord(diff)} days`);
	if (diff === -7) rel.push('a week ago');
	if (diff === -14) rel.push('two weeks ago');
	if (diff === 7) rel.push(`a week from today`);
	if (precision === 'any') {
		const ws = weekStart(event) - weekStart(pub);
		if (ws === -7) rel.push('last week');
		if (ws === 7) rel.push('next week');
		if (ws === 0 && diff < -1) rel.push('earlier this week');
		if (ws === 0 && diff > 1) rel.push('later this week');
		const dm = monthIndex(e) - monthIndex(p);
		if (dm === -1) rel.push('last month');
		if (dm === 1) rel.push('next month');
		if (dm === 0 && diff < -7) rel.push('earlier this month');
		if (dm === 0 && diff > 7) rel.push('later this month');
		if (e.y === p.y && dm < -1) rel.push('earlier this year');
		if (e.y === p.y && dm > 1) rel.push('later this year');
		if (e.y === p.y - 1) rel.push('last year', `in ${monthName(e)} last year`);
		if (e.y === p.y + 1) rel.push('next year');
	}

	const explicit: string[] = [`on ${e.d} ${monthName(e)} ${e.y}`, `on ${monthName(e)} ${e.d}, ${e.y}`];
	// news omits the year when it is the current one, or the nearest occurrence of that date
	if (e.y === p.y || Math.abs(diff) < 100) explicit.push(`on ${monthName(e)} ${e.d}`, `on ${e.d} ${monthName(e)}`);
	if (precision === 'any') {
		explicit.push(`in ${monthName(e)} ${e.y}`);
		if (e.y === p.y) explicit.push(`in ${monthName(e)}`);
		if (e.y < p.y - 1) explicit.push(`in ${e.y}`);
	}

	if (rel.length === 0 || style === 'explicit') return rng.pick(explicit);
	if (style === 'relative') return rng.pick(rel);
	return rng.chance(0.55) ? rng.pick(rel) : rng.pick(explicit);
}

/** A duration adverbial with a round number: "for three hours", "over two days", "for nearly six months". */
export function describeDuration(rng: Rng, unit: 'hour' | 'day' | 'week' | 'month' | 'year', n: number): string {
	const noun = n === 1 ? unit : `${unit}s`;
	const count = n === 1 ? (unit === 'hour' ? 'an' : 'a') : numberWord(n);
	const lead = rng.pick(['for', 'for', 'for', 'over', 'for more than', 'for nearly', 'for about']);
	return `${lead} ${count} ${noun}`;
}
