import { afterEach, describe, expect, it, vi } from 'vitest';
import type { When } from './ingest/types';
import { createDateFormat, DEFAULT_LOCALE, LOCALE, messagesFor, pageText, resolveLocale, storyText, t } from './i18n';

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

describe('house-style ranges and axis labels in en-GB (what the timeline has always shown)', () => {
	const f = createDateFormat('en-GB');
	it.each<[When, string]>([
		[{ value: '2026-03-03/2026-03-05', start: '2026-03-03', end: '2026-03-05', precision: 'day' }, '3–5 March 2026'],
		[{ value: '2026-01-30/2026-02-02', start: '2026-01-30', end: '2026-02-02', precision: 'day' }, '30 January – 2 February 2026'],
		[{ value: '2025-12-30/2026-01-02', start: '2025-12-30', end: '2026-01-02', precision: 'day' }, '30 December 2025 – 2 January 2026'],
		[{ value: '2022-02/2022-04', start: '2022-02-01', end: '2022-04-30', precision: 'month' }, 'February – April 2022'],
		[{ value: '2022/2023', start: '2022-01-01', end: '2023-12-31', precision: 'year' }, '2022–2023']
	])('%j → %s (plain spaces, closed up between numbers)', (w, want) => expect(f.when(w)).toBe(want));
	it.each([
		[f.axisDay('2026-01-30', false), '30 Jan'],
		[f.axisDay('2026-02-01', true), '1 Feb 2026'],
		[f.axisMonth('2026-01-01', true), 'Jan 2026'],
		[f.axisMonth('2026-09-01', false), 'Sep'],
		[f.axisDay('2026-09-14', true), '14 Sep 2026']
	])('axis label %s', (got, want) => expect(got).toBe(want));
	it('reads the years 0–99 as themselves', () => expect(f.day('0050-03-01')).toBe('1 March 50'));
});

describe('a configurable locale: the same module in French', () => {
	const fr = createDateFormat('fr-FR');
	it.each([
		[fr.dayLong('2026-02-01'), 'dimanche 1 février 2026'],
		[fr.day('2026-08-15'), '15 août 2026'],
		[fr.month('2025-12-01'), 'décembre 2025'],
		[fr.when({ value: '2026-03-03/2026-03-05', start: '2026-03-03', end: '2026-03-05', precision: 'day' }), '3–5 mars 2026'],
		[fr.when({ value: '2022-02/2022-04', start: '2022-02-01', end: '2022-04-30', precision: 'month' }), 'février – avril 2022'],
		[fr.axisMonth('2026-07-01', true), 'juil. 2026'],
		[fr.axisDay('2026-02-01', false), '1 févr.']
	])('%s', (got, want) => expect(got).toBe(want));

	afterEach(() => {
		vi.unstubAllEnvs();
		vi.resetModules();
	});
	it('PUBLIC_LOCALE=fr-FR switches the site\'s dates to French', async () => {
		vi.stubEnv('PUBLIC_LOCALE', 'fr-FR');
		vi.resetModules();
		const site = await import('./i18n');
		expect(site.LOCALE).toBe('fr-FR');
		expect(site.dates.dayLong('2026-02-01')).toBe('dimanche 1 février 2026');
		expect(site.dates.when({ value: '2026-01', start: '2026-01-01', end: '2026-01-31', precision: 'month' })).toBe('janvier 2026');
	});
});

describe('messages', () => {
	it.each([
		[t.searchResults(0, 0), 'No events match.'],
		[t.searchResults(1, 1), '1 event matches.'],
		[t.searchResults(20, 45), '45 events match; showing the first 20.'],
		[pageText.listEventsIn(1), '1 event'],
		[pageText.listIntro(4, 1, false), '4 dated events from 1 article, in order of date, one page per year.'],
		[pageText.listIntro(4, 1, true), '4 dated events from 1 article, in order of date.'],
		[pageText.listTitle('Airbus and Boeing, 2004–2011'), 'Airbus and Boeing, 2004–2011: the events as a list'],
		[storyText.storyListHeading(50, 254), 'The 50 most reported of 254 events, by month'],
		[storyText.storyListHeading(4, 4), 'The events, by month'],
		[storyText.storySources(1), 'reported by 1 source'],
		[storyText.storySources(3), 'reported by 3 sources'],
		[storyText.storyDescription(4, 1), 'A timeline of 4 dated events from 1 news article.'],
		[t.century(11), 'the 11th century'],
		[t.century(22), 'the 22nd century'],
		[t.century(23), 'the 23rd century'],
		[t.clusterName(12, '1 January 2026', '3 February 2026'), '12 more marks from 1 January 2026 to 3 February 2026: zoom to them'],
		[t.eventMarkName('Talks in Abu Dhabi', 'scheduled', 'Sunday 1 February 2026'), 'Talks in Abu Dhabi (scheduled, Sunday 1 February 2026)'],
		[t.articleMarkName('Talks resume', 'Sunday 1 February 2026'), 'Article: Talks resume (published Sunday 1 February 2026)'],
		[t.eventNotInTimeline('t-x'), 'Event “t-x” is not in this timeline.'],
		[t.articleNotInTimeline('a-x'), 'Article “a-x” is not in this timeline.'],
		[t.moreMentions(1), '1 more mention in this article'],
		[t.moreMentions(2), '2 more mentions in this article'],
		[t.timelineRange('1 January 2026', '2 February 2026'), '1 January 2026 – 2 February 2026']
	])('%s', (got, want) => expect(got).toBe(want));
});
