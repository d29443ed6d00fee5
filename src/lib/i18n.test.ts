import { describe, expect, it } from 'vitest';
import type { When } from './ingest/types';
import { createDateFormat, DEFAULT_LOCALE, LOCALE, messagesFor, resolveLocale, t } from './i18n';

const day = (d: string): When => ({ value: d, start: d, end: d, precision: 'day' });

describe('resolveLocale', () => {
	it.each([
		[undefined, 'en-GB'],
		['', 'en-GB'],
		['  ', 'en-GB'],
		['de-DE', 'de-DE'],
		['fr', 'fr'],
		['not a locale!', 'en-GB']
	])('%j → %s', (raw, want) => expect(resolveLocale(raw)).toBe(want));
	it('defaults to en-GB', () => {
		expect(DEFAULT_LOCALE).toBe('en-GB');
		expect(LOCALE).toBe('en-GB');
	});
});

describe('dates in en-GB (what the browser tests expect)', () => {
	const f = createDateFormat('en-GB');
	it.each<[When, string | RegExp]>([
		[day('2026-02-01'), 'Sunday 1 February 2026'],
		[day('2026-01-27'), 'Tuesday 27 January 2026'],
		[{ value: 'BEFORE 2026-01-28', start: '2026-01-28', end: '2026-01-28', precision: 'before' }, 'on or before 28 January 2026'],
		[{ value: '2022-02', start: '2022-02-01', end: '2022-02-28', precision: 'month' }, 'February 2022'],
		[{ value: '2026-01/2026-03', start: '2026-01-01', end: '2026-03-31', precision: 'month' }, /^January\s?–\s?March 2026$/],
		[{ value: '2026-03-03/2026-03-05', start: '2026-03-03', end: '2026-03-05', precision: 'day' }, /^3\s?–\s?5 March 2026$/],
		[{ value: '2026-W05', start: '2026-01-26', end: '2026-02-01', precision: 'week' }, 'the week of 26 January 2026'],
		[{ value: '2025-SU', start: '2025-06-01', end: '2025-08-31', precision: 'season' }, 'summer 2025'],
		[{ value: '2026-Q2', start: '2026-04-01', end: '2026-06-30', precision: 'quarter' }, 'the second quarter of 2026'],
		[{ value: '2025', start: '2025-01-01', end: '2025-12-31', precision: 'year' }, '2025'],
		[{ value: '199', start: '1990-01-01', end: '1999-12-31', precision: 'decade' }, 'the 1990s'],
		[{ value: '20', start: '2000-01-01', end: '2099-12-31', precision: 'century' }, 'the 21st century']
	])('%j → %s', (w, want) => (typeof want === 'string' ? expect(f.when(w)).toBe(want) : expect(f.when(w)).toMatch(want)));

	it('never moves a day, whatever the time zone (tests run in America/Los_Angeles)', () => {
		expect(f.dayLong('2026-01-01')).toBe('Thursday 1 January 2026');
		expect(f.day('2025-12-31')).toBe('31 December 2025');
		expect(f.month('2026-02-01')).toBe('February 2026');
	});
});

describe('other locales', () => {
	it.each([
		['de-DE', 'Sonntag 1. Februar 2026'],
		['fr-FR', 'dimanche 1 février 2026'],
		['en-US', 'Sunday February 1, 2026']
	])('%s', (locale, want) => expect(createDateFormat(locale).dayLong('2026-02-01')).toBe(want));
	it('an unknown locale falls back to en-GB', () => expect(createDateFormat('xx-invalid-!').dayLong('2026-02-01')).toBe('Sunday 1 February 2026'));
	it('strings fall back to English', () => expect(messagesFor('de-DE')).toBe(t));
});

describe('messages', () => {
	it.each([
		[t.searchResults(0, 0), 'No events match.'],
		[t.searchResults(1, 1), '1 event matches.'],
		[t.searchResults(20, 45), '45 events match; showing the first 20.'],
		[t.listEventsIn(1), '1 event'],
		[t.listIntro(4, 1), '4 dated events from 1 article, in order of date, one page per year.'],
		[t.century(11), 'the 11th century'],
		[t.century(22), 'the 22nd century'],
		[t.century(23), 'the 23rd century']
	])('%s', (got, want) => expect(got).toBe(want));
});
