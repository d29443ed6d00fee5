/**
 * Anchoring: turning underspecified expressions ("Sunday", "March 3", "the fourth quarter") into
 * calendar values against the article date, in the direction the governing clause points.
 */
import type { Mood } from './mood.ts';
import { addDays, addMonths, formatDay, formatMonth, formatWeek, isoWeekday, type Ymd } from './calendar.ts';
import seasonList from './resources/seasons.json';

/** Direction for anchoring; the `strict*` forms exclude the article date itself ("last Friday"). */
export type Direction = 'past' | 'future' | 'strictPast' | 'strictFuture';

/** Direction implied by a clause mood; news reports past events by default. */
export function directionOf(mood: Mood | null): 'past' | 'future' {
	return mood === 'future' ? 'future' : 'past';
}

/** The weekday `wd` (1 = Monday) nearest the article date in the given direction. */
export function resolveWeekday(dct: Ymd, wd: number, dir: Direction): Ymd {
	const cur = isoWeekday(dct);
	if (dir === 'future' || dir === 'strictFuture') {
		let delta = (wd - cur + 7) % 7;
		if (delta === 0 && dir === 'strictFuture') delta = 7;
		return addDays(dct, delta);
	}
	let delta = (cur - wd + 7) % 7;
	if (delta === 0 && dir === 'strictPast') delta = 7;
	return addDays(dct, -delta);
}

/**
 * Year for a month (and optional day) given without one: the article's year, moved a year back
 * when a past clause names a later date, or forward when a future clause names an earlier one.
 */
export function resolveYear(dct: Ymd, month: number, day: number | null, mood: Mood | null): number {
	const later = month > dct.month || (month === dct.month && day !== null && day > dct.day);
	const earlier = month < dct.month || (month === dct.month && day !== null && day < dct.day);
	// A gap of a few months only: "in December" written in January about a past event is last
	// December; "in March" written in January about the future is this March.
	if (mood === 'past' && later && month - dct.month >= 1) return dct.year - 1;
	if (mood === 'past' && later && day !== null) return dct.year - 1;
	if (mood === 'future' && earlier) return dct.year + 1;
	return dct.year;
}

/** Year for a month and day given without one that is the nearer to the article date, before or after it. */
export function nearestYear(dct: Ymd, month: number, day: number): number {
	const at = (y: number) => Date.UTC(y, month - 1, day);
	const now = Date.UTC(dct.year, dct.month - 1, dct.day);
	return [dct.year - 1, dct.year, dct.year + 1].reduce((best, y) => (Math.abs(at(y) - now) < Math.abs(at(best) - now) ? y : best));
}

/** Value of a unit shifted by `offset` from the article date ("last week", "next month"). */
export function shiftUnit(dct: Ymd, unit: string, offset: number): string | null {
	switch (unit) {
		case 'day':
			return formatDay(addDays(dct, offset));
		case 'week':
			return formatWeek(addDays(dct, offset * 7));
		case 'weekend': {
			// "this weekend" in a Monday..Friday article is the coming one, same ISO week.
			return formatWeek(addDays(dct, offset * 7)) + '-WE';
		}
		case 'month': {
			const m = addMonths(dct.year, dct.month, offset);
			return formatMonth(m.year, m.month);
		}
		case 'quarter': {
			const idx = dct.year * 4 + Math.floor((dct.month - 1) / 3) + offset;
			return `${Math.floor(idx / 4)}-Q${(idx % 4) + 1}`;
		}
		case 'year':
			return String(dct.year + offset);
		case 'decade':
			return String(Math.floor(dct.year / 10) + offset);
		case 'century':
			return String(Math.floor(dct.year / 100) + offset);
		default:
			return null;
	}
}

/** Season code and the year it belongs to, for a season named without a year. */
export function resolveSeasonYear(dct: Ymd, code: string, offset: number | null, mood: Mood | null): number {
	// Season index by month: Dec..Feb is winter of the year in which December falls.
	const startMonth = (seasonList.months as Record<string, number[]>)[code]?.[0] ?? 12;
	const curYearOfWinter = dct.month <= 2 ? dct.year - 1 : dct.year;
	const baseYear = code === 'WI' ? curYearOfWinter : dct.year;
	if (offset !== null && offset !== 0) {
		// "last summer" in July is the previous year's; in October it is this year's.
		const seasonStarted = code === 'WI' ? true : dct.month >= startMonth;
		const seasonOver = code === 'WI' ? dct.month >= 3 && dct.month < 12 : dct.month > startMonth + 2;
		if (offset < 0) return seasonOver ? baseYear : baseYear - 1;
		return seasonStarted ? baseYear + 1 : baseYear;
	}
	// "this summer" is the article year's whatever the tense ("has governed since 2019 and faces
	// voters this summer"); "this winter" the one under way or next.
	if (offset === 0) return baseYear;
	if (code !== 'WI' && mood === 'past' && dct.month < startMonth) return dct.year - 1;
	if (code !== 'WI' && mood === 'future' && dct.month > startMonth + 2) return dct.year + 1;
	return baseYear;
}

/**
 * Year for a quarter named without one ("the fourth quarter"), by the clause direction. The
 * quarter of `results` reported (a report verb before it: "posted a fourth-quarter loss", "is
 * expected to report a loss for the third quarter") has ended when they are reported: a past report
 * names none still ahead ("posted a fourth-quarter loss" in August is last year's), a coming report
 * the quarter just over ("is expected to report a loss for the third quarter" in October is this
 * year's). A company's fiscal quarter is left to the tense rules: its fourth quarter may end in
 * any month.
 */
export function resolveQuarterYear(dct: Ymd, q: number, mood: Mood | null, results = false): number {
	const cur = Math.floor((dct.month - 1) / 3) + 1;
	if (results && mood === 'past' && q > cur) return dct.year - 1;
	if (results && mood === 'future' && q === (cur === 1 ? 4 : cur - 1)) return cur === 1 ? dct.year - 1 : dct.year;
	// The quarter right after the article's is more often the one being planned for than last
	// year's, even in a past-tense report ("announced closures during the fourth quarter").
	if (mood === 'past' && q > cur + 1) return dct.year - 1;
	if (mood === 'past' && q === cur + 1 && cur === 1) return dct.year - 1;
	if (mood === 'future' && q < cur) return dct.year + 1;
	return dct.year;
}

