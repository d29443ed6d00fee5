import { describe, expect, it } from 'vitest';
import type { When } from '../ingest/types';
import { formatDayLong, formatReportCount, formatStatus, formatWhen } from './format';

const w = (precision: When['precision'], start: string, end: string, value = start): When => ({ precision, start, end, value });

describe('formatWhen', () => {
	it.each<[When, string]>([
		[w('day', '2026-02-01', '2026-02-01'), 'Sunday 1 February 2026'],
		[w('day', '2026-01-27', '2026-01-27'), 'Tuesday 27 January 2026'],
		[w('day', '2026-03-03', '2026-03-05', '2026-03-03/2026-03-05'), '3–5 March 2026'],
		[w('day', '2026-01-30', '2026-02-02'), '30 January – 2 February 2026'],
		[w('day', '2025-12-30', '2026-01-02'), '30 December 2025 – 2 January 2026'],
		[w('before', '2026-01-28', '2026-01-28'), 'on or before 28 January 2026'],
		[w('month', '2022-02-01', '2022-02-28', '2022-02'), 'February 2022'],
		[w('month', '2022-02-01', '2022-04-30'), 'February – April 2022'],
		[w('year', '2022-01-01', '2022-12-31', '2022'), '2022'],
		[w('week', '2026-01-26', '2026-02-01', '2026-W05'), 'the week of 26 January 2026'],
		[w('season', '2025-06-01', '2025-08-31', '2025-SU'), 'summer 2025'],
		[w('quarter', '2026-04-01', '2026-06-30', '2026-Q2'), 'the second quarter of 2026'],
		[w('decade', '1990-01-01', '1999-12-31', '199'), 'the 1990s'],
		[w('century', '1900-01-01', '1999-12-31', '19'), 'the 20th century'],
		[w('century', '2000-01-01', '2099-12-31', '20'), 'the 21st century']
	])('%o -> %s', (when, text) => {
		expect(formatWhen(when)).toBe(text);
	});
	it('does not shift a day in a zone west of UTC', () => {
		expect(formatDayLong('2026-01-01')).toBe('Thursday 1 January 2026');
		expect(formatDayLong('2026-01-01')).not.toBe('Wednesday 31 December 2025');
	});
	it('throws on a malformed day', () => {
		expect(() => formatWhen(w('day', '2026-02-30', '2026-02-30'))).toThrow();
	});
});

describe('formatStatus / formatReportCount', () => {
	it.each([
		['scheduled', 'Scheduled'],
		['held', 'Held'],
		['cancelled', 'Cancelled']
	] as const)('%s', (s, t) => expect(formatStatus(s)).toBe(t));
	it.each([
		[1, 'reported by 1 article'],
		[3, 'reported by 3 articles']
	])('%d', (n, t) => expect(formatReportCount(n)).toBe(t));
});
