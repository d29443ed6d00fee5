/**
 * UTC calendar arithmetic on plain numbers, for the whole code base (dates, talks, the timeline, the
 * labels, the corpus generator). Everything here works on proleptic Gregorian days counted from
 * 1970-01-01 so that no local-time `Date` method is ever involved (tests run in America/Los_Angeles,
 * where local methods would shift days), and years 0-99 are not read as 1900-1999 as `Date.UTC` reads them.
 */

/** Milliseconds in a UTC day (no leap seconds in JavaScript time). */
export const DAY_MS = 86_400_000;

/** A calendar day as numbers; `month` is 1..12. */
export interface Ymd {
	year: number;
	month: number;
	day: number;
}

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

/** Zero-padded year, as TIMEX3 writes it (four digits for 0..9999). */
export function formatYear(year: number): string {
	return String(year).padStart(4, '0');
}

/** `YYYY-MM-DD`. */
export function formatDay(d: Ymd): string {
	return `${formatYear(d.year)}-${pad2(d.month)}-${pad2(d.day)}`;
}

/** `YYYY-MM`. */
export function formatMonth(year: number, month: number): string {
	return `${formatYear(year)}-${pad2(month)}`;
}

/** Parses `YYYY-MM-DD`; null when malformed or not a real day. */
export function parseDay(iso: string): Ymd | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
	if (!m) return null;
	const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
	return isValidDay(d.year, d.month, d.day) ? d : null;
}

export function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDay(year: number, month: number, day: number): boolean {
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01 of a day given as numbers (Howard Hinnant's days_from_civil: exact, no Date object). */
export function daysFromCivil(year: number, month: number, day: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const mp = (month + 9) % 12;
	const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

/** Days since 1970-01-01. */
export function toDayNumber(d: Ymd): number {
	return daysFromCivil(d.year, d.month, d.day);
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` day; throws on anything else (the data contract guarantees days). */
export function dayNumberOf(iso: string): number {
	const d = parseDay(iso);
	if (!d || iso.length !== 10) throw new Error(`expected a date as YYYY-MM-DD, found "${iso}"`);
	return toDayNumber(d);
}

/** Inverse of {@link toDayNumber}. */
export function fromDayNumber(n: number): Ymd {
	const z = n + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(d: Ymd, n: number): Ymd {
	return fromDayNumber(toDayNumber(d) + n);
}

/** ISO weekday, Monday = 1 .. Sunday = 7. */
export function isoWeekday(d: Ymd): number {
	// 1970-01-01 was a Thursday (4).
	return ((((toDayNumber(d) + 3) % 7) + 7) % 7) + 1;
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(d: Ymd): { year: number; week: number } {
	const thursday = addDays(d, 4 - isoWeekday(d));
	const jan1 = toDayNumber({ year: thursday.year, month: 1, day: 1 });
	return { year: thursday.year, week: Math.floor((toDayNumber(thursday) - jan1) / 7) + 1 };
}

/** Monday of an ISO week. */
export function isoWeekMonday(year: number, week: number): Ymd {
	const jan4 = { year, month: 1, day: 4 };
	const mondayW1 = addDays(jan4, 1 - isoWeekday(jan4));
	return addDays(mondayW1, (week - 1) * 7);
}

/** `YYYY-Www` of a day. */
export function formatWeek(d: Ymd): string {
	const w = isoWeek(d);
	return `${formatYear(w.year)}-W${pad2(w.week)}`;
}

/** Adds months keeping the day clamped to the target month's length. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
	const idx = year * 12 + (month - 1) + n;
	return { year: Math.floor(idx / 12), month: (((idx % 12) + 12) % 12) + 1 };
}
