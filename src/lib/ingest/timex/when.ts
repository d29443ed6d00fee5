/**
 * From a TIMEX3 value to the calendar stretch it covers (`When`), for the timeline: only DATE and
 * TIME values that name a stretch of days resolve; references (`PRESENT_REF`), durations, sets
 * and values with unknown parts (`XXXX-...`) give `null`.
 */
import type { Precision, When } from '../types.ts';
import { addDays, daysInMonth, formatDay, isoWeekMonday, isValidDay } from './calendar.ts';
import seasonList from './resources/seasons.json';

/**
 * Part of a stretch an expression names: a third of it ("early June", "the end of the year"), or
 * the part before or after the article's date ("earlier this year", "later this month", "the rest
 * of the year"): an article of 20 October that says "earlier this year" puts the event anywhere
 * from 1 January to 20 October, not in the year's first third.
 */
export type Part = 'early' | 'mid' | 'late' | 'before' | 'after' | null;

/** Month ranges of seasons, northern hemisphere, as TIMEX3's SP/SU/FA/WI (`resources/seasons.json`). */
const SEASON_MONTHS: Record<string, [number, number]> = Object.fromEntries(
	Object.entries(seasonList.months).map(([code, [first, last]]) => [code, [first ?? 1, last ?? 1]])
);

/**
 * The stretch a TIMEX3 value covers, narrowed to a third of it for `part` ("late January" is
 * January 21..31), or cut at the article's date `dct` (`YYYY-MM-DD`) for `before` and `after` when
 * the stretch holds that date. Returns null for anything that is not a resolvable calendar stretch.
 */
export function resolveWhen(value: string, part: Part = null, dct?: string): When | null {
	const when = stretchOf(value, part);
	if (!when || !dct || dct < when.start || dct > when.end) return when;
	return part === 'before' ? { ...when, end: dct } : part === 'after' ? { ...when, start: dct } : when;
}

function stretchOf(value: string, part: Part): When | null {
	const slash = value.indexOf('/');
	if (slash > 0) {
		const a = stretchOf(value.slice(0, slash), null);
		const b = stretchOf(value.slice(slash + 1), null);
		if (!a || !b || a.start > b.end) return null;
		return { value, start: a.start, end: b.end, precision: a.precision };
	}
	let m: RegExpExecArray | null;
	if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value))) {
		const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
		if (!isValidDay(y, mo, d)) return null;
		const day = formatDay({ year: y, month: mo, day: d });
		return { value, start: day, end: day, precision: 'day' };
	}
	if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
		const y = Number(m[1]), mo = Number(m[2]);
		if (mo < 1 || mo > 12) return null;
		return narrow(value, { year: y, month: mo, day: 1 }, { year: y, month: mo, day: daysInMonth(y, mo) }, 'month', part);
	}
	if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
		const monday = isoWeekMonday(Number(m[1]), Number(m[2]));
		const s = m[3] ? addDays(monday, 5) : monday;
		return { value, start: formatDay(s), end: formatDay(addDays(monday, 6)), precision: 'week' };
	}
	if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
		const y = Number(m[1]);
		const [a, b] = SEASON_MONTHS[m[2] ?? ''] ?? [1, 1];
		const endY = b > 12 ? y + 1 : y, endM = b > 12 ? b - 12 : b;
		return narrow(value, { year: y, month: a, day: 1 }, { year: endY, month: endM, day: daysInMonth(endY, endM) }, 'season', part);
	}
	if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
		const y = Number(m[1]), q = Number(m[2]);
		const em = q * 3;
		return narrow(value, { year: y, month: em - 2, day: 1 }, { year: y, month: em, day: daysInMonth(y, em) }, 'quarter', part);
	}
	if ((m = /^(\d{4})-H([12])$/.exec(value))) {
		const y = Number(m[1]), h = Number(m[2]);
		return narrow(value, { year: y, month: h === 1 ? 1 : 7, day: 1 }, { year: y, month: h === 1 ? 6 : 12, day: h === 1 ? 30 : 31 }, 'quarter', part);
	}
	if ((m = /^(\d{4})$/.exec(value))) {
		const y = Number(m[1]);
		return narrow(value, { year: y, month: 1, day: 1 }, { year: y, month: 12, day: 31 }, 'year', part);
	}
	if ((m = /^(\d{3})$/.exec(value))) {
		const y = Number(m[1]) * 10;
		return narrow(value, { year: y, month: 1, day: 1 }, { year: y + 9, month: 12, day: 31 }, 'decade', part);
	}
	if ((m = /^(\d{2})$/.exec(value))) {
		const y = Number(m[1]) * 100;
		return narrow(value, { year: y, month: 1, day: 1 }, { year: y + 99, month: 12, day: 31 }, 'century', part);
	}
	return null;
}

function narrow(
	value: string,
	s: { year: number; month: number; day: number },
	e: { year: number; month: number; day: number },
	precision: Precision,
	part: Part
): When {
	const start = formatDay(s), end = formatDay(e);
	if (part !== 'early' && part !== 'mid' && part !== 'late') return { value, start, end, precision };
	// Split the stretch into thirds by day count: "early" is the first, "late" the last.
	const a = daysFrom(s), b = daysFrom(e);
	const len = b - a + 1;
	const third = Math.floor(len / 3);
	const lo = part === 'early' ? a : part === 'mid' ? a + third : b - third + 1;
	const hi = part === 'early' ? a + third - 1 : part === 'mid' ? b - third : b;
	return { value, start: formatDay(addDays(s, lo - a)), end: formatDay(addDays(s, hi - a)), precision };
}

function daysFrom(d: { year: number; month: number; day: number }): number {
	// Local helper to avoid a cycle; the exact epoch does not matter for differences.
	const y = d.month <= 2 ? d.year - 1 : d.year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * ((d.month + 9) % 12) + 2) / 5) + d.day - 1;
	return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
}
