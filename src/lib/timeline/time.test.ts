import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, dayToMs, formatIsoDay, formatIsoInstant, parseIsoUtc } from './time';

describe('parseIsoUtc', () => {
	it.each([
		['2026-02-01', Date.UTC(2026, 1, 1)],
		['2022-02-28', Date.UTC(2022, 1, 28)],
		['2024-02-29', Date.UTC(2024, 1, 29)],
		['2026-01-28T12:30', Date.UTC(2026, 0, 28, 12, 30)],
		['2026-01-28T12:30:15Z', Date.UTC(2026, 0, 28, 12, 30, 15)],
		[' 2026-01-28 ', Date.UTC(2026, 0, 28)],
		// Date.UTC(50, ...) would be 1950
		['0050-03-01T06:00', new Date(0).setUTCFullYear(50, 2, 1) + 6 * 3_600_000]
	])('parses %s', (iso, ms) => {
		expect(parseIsoUtc(iso)?.getTime()).toBe(ms);
	});
	it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-1-1', 'yesterday', '', '2026-01-28T25:00', '2026-01-28T10:61'])(
		'rejects %j',
		(iso) => {
			expect(parseIsoUtc(iso)).toBeNull();
		}
	);
	it('keeps the UTC day in a non-UTC zone', () => {
		expect(parseIsoUtc('2026-02-01')!.getUTCDate()).toBe(1);
		expect(formatIsoDay(dayToMs('2026-02-01'))).toBe('2026-02-01');
	});
});

describe('dayToMs / formatIsoInstant', () => {
	it('throws naming the bad value', () => {
		expect(() => dayToMs('2026-02-30')).toThrow(/2026-02-30/);
	});
	it.each([
		[Date.UTC(2026, 0, 1), '2026-01-01'],
		[Date.UTC(2026, 0, 1, 6, 0), '2026-01-01T06:00'],
		[Date.UTC(2026, 0, 1) + 29_999, '2026-01-01'],
		[Date.UTC(2026, 0, 1) + DAY_MS / 2, '2026-01-01T12:00']
	])('%d -> %s', (ms, s) => {
		expect(formatIsoInstant(ms)).toBe(s);
	});
});

describe('dayToMs fast path', () => {
	const slow = (iso: string) => parseIsoUtc(iso)?.getTime() ?? 'throws';
	const fastOrThrow = (iso: string) => {
		try {
			return dayToMs(iso);
		} catch {
			return 'throws';
		}
	};
	it('agrees with parseIsoUtc on every written day, valid or not', () => {
		const pad = (n: number, w: number) => String(n).padStart(w, '0');
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
				const iso = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
				expect(fastOrThrow(iso)).toBe(slow(iso));
			}),
			{ numRuns: 20_000 }
		);
	});
	it.each(['2024-02-29', '2100-02-29', '2000-02-29', '0099-01-01', '2026-0a-01', '2026/01/01', '+02026-01'])('agrees on %j', (iso) => {
		expect(fastOrThrow(iso)).toBe(slow(iso));
	});
});

describe('dayToMs', () => {
	it.each([
		['2026-02-01', Date.UTC(2026, 1, 1)],
		['2024-02-29', Date.UTC(2024, 1, 29)],
		['1900-03-01', Date.UTC(1900, 2, 1)],
		// Date.UTC(50, ...) would be 1950
		['0050-03-01', new Date(0).setUTCFullYear(50, 2, 1)]
	])('%s', (iso, ms) => expect(dayToMs(iso)).toBe(ms));
	it.each(['2025-02-29', '2026-00-10', '2026-1-01'])('rejects %s', (iso) => expect(() => dayToMs(iso)).toThrow(iso));
});
