import { describe, expect, it } from 'vitest';
import { addDays, DAY_MS, dayNumberOf, daysFromCivil, formatDay, formatWeek, fromDayNumber, isoWeekday, parseDay, toDayNumber } from './calendar.ts';
import { resolveWhen } from './when.ts';

describe('calendar', () => {
	it.each([
		['1970-01-01', 0, 4],
		['2000-02-29', 11016, 2],
		['2026-01-28', 20481, 3],
		['2026-02-01', 20485, 7]
	])('%s is day %i, ISO weekday %i', (iso, n, wd) => {
		const d = parseDay(iso)!;
		expect(toDayNumber(d)).toBe(n);
		expect(formatDay(fromDayNumber(n))).toBe(iso);
		expect(isoWeekday(d)).toBe(wd);
	});

	it.each([
		['2026-01-28', '2026-W05'],
		['2021-01-03', '2020-W53'],
		['2024-12-30', '2025-W01'],
		['2008-10-09', '2008-W41']
	])('ISO week of %s is %s', (iso, week) => expect(formatWeek(parseDay(iso)!)).toBe(week));

	it.each(['2026-02-30', '2025-02-29', '2026-13-01', 'yesterday'])('rejects %s', (iso) => expect(parseDay(iso)).toBeNull());

	it.each([
		['1970-01-01', 0],
		['1969-12-31', -1],
		['2000-03-01', 11017],
		['2026-02-01', 20485],
		// Date.UTC would read these years as 1950 and 1900
		['0050-03-01', -701206],
		['0000-01-01', -719528]
	])('dayNumberOf(%s) is %i, as Date counts UTC days', (iso, n) => {
		expect(dayNumberOf(iso)).toBe(n);
		const [y, m, d] = iso.split('-').map(Number);
		expect(daysFromCivil(y!, m!, d!)).toBe(n);
		expect(new Date(0).setUTCFullYear(y!, m! - 1, d!)).toBe(n * DAY_MS);
	});

	it.each(['2026-02-30', '2026-02-01T12:00', '26-02-01', ''])('dayNumberOf rejects %j', (iso) => {
		expect(() => dayNumberOf(iso)).toThrow(iso ? iso : /YYYY-MM-DD/);
	});

	it('adds days across months and leap years', () => {
		expect(formatDay(addDays(parseDay('2024-02-28')!, 1))).toBe('2024-02-29');
		expect(formatDay(addDays(parseDay('2026-01-01')!, -1))).toBe('2025-12-31');
	});
});

describe('resolveWhen', () => {
	it.each([
		['2026-02-01', '2026-02-01', '2026-02-01', 'day'],
		['2026-02-01T18:00Z', '2026-02-01', '2026-02-01', 'day'],
		['2022-02', '2022-02-01', '2022-02-28', 'month'],
		['2024-02', '2024-02-01', '2024-02-29', 'month'],
		['2026-W05', '2026-01-26', '2026-02-01', 'week'],
		['2026-W05-WE', '2026-01-31', '2026-02-01', 'week'],
		['2025-SU', '2025-06-01', '2025-08-31', 'season'],
		['2025-WI', '2025-12-01', '2026-02-28', 'season'],
		['2025-Q1', '2025-01-01', '2025-03-31', 'quarter'],
		['2009-H2', '2009-07-01', '2009-12-31', 'quarter'],
		['2025', '2025-01-01', '2025-12-31', 'year'],
		['199', '1990-01-01', '1999-12-31', 'decade'],
		['19', '1900-01-01', '1999-12-31', 'century'],
		['2026-03-03/2026-03-05', '2026-03-03', '2026-03-05', 'day']
	])('%s covers %s..%s (%s)', (value, start, end, precision) => {
		expect(resolveWhen(value)).toEqual({ value, start, end, precision });
	});

	it.each(['P2D', 'PRESENT_REF', 'PAST_REF', 'XXXX-WXX-7', 'FY2009', '2026-02-30', '2026-03-05/2026-03-03'])('%s has no stretch', (v) =>
		expect(resolveWhen(v)).toBeNull()
	);

	it('narrows parts of a stretch without changing the value', () => {
		expect(resolveWhen('2026-01', 'late')).toEqual({ value: '2026-01', start: '2026-01-22', end: '2026-01-31', precision: 'month' });
		expect(resolveWhen('2026-01', 'early')?.end).toBe('2026-01-10');
		expect(resolveWhen('2025', 'mid')?.start).toBe('2025-05-02');
	});

	it('cuts a stretch at the article date for the part before or after it, only when it holds that date', () => {
		expect(resolveWhen('2026', 'before', '2026-10-20')).toEqual({ value: '2026', start: '2026-01-01', end: '2026-10-20', precision: 'year' });
		expect(resolveWhen('2026-W05', 'after', '2026-01-28')).toEqual({ value: '2026-W05', start: '2026-01-28', end: '2026-02-01', precision: 'week' });
		expect(resolveWhen('2025', 'before', '2026-10-20')).toEqual({ value: '2025', start: '2025-01-01', end: '2025-12-31', precision: 'year' });
		expect(resolveWhen('2026', 'after')).toEqual({ value: '2026', start: '2026-01-01', end: '2026-12-31', precision: 'year' });
	});
});
