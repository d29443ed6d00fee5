import { describe, expect, test } from 'vitest';
import { findNewsWindow, NEWS_SHARE, newsView, SCHEDULED_HORIZON_MS } from './newsWindow';
import { DAY_MS, dayToMs } from './time';

const d = dayToMs;

describe('findNewsWindow', () => {
	test.each([
		['no articles', [], [], null],
		['one article: its day', [d('2011-05-09')], [], [d('2011-05-09'), d('2011-05-10')]],
		['first to last article', [d('2011-05-09'), d('2009-06-01'), d('2010-01-01')], [], [d('2009-06-01'), d('2011-05-10')]],
		['background dates stay out', [d('2009-06-01')], [{ start: d('1951-01-01'), end: d('1952-01-01'), status: 'happened' }], [d('2009-06-01'), d('2009-06-02')]],
		['a scheduled event after the news widens it', [d('2009-06-01')], [{ start: d('2009-09-01'), end: d('2009-09-02'), status: 'scheduled' }], [d('2009-06-01'), d('2009-09-02')]],
		['a happened event after the news does not', [d('2009-06-01')], [{ start: d('2009-09-01'), end: d('2009-09-02'), status: 'happened' }], [d('2009-06-01'), d('2009-06-02')]],
		['a scheduled event before the first article does not', [d('2009-06-01')], [{ start: d('2009-01-01'), end: d('2009-01-02'), status: 'scheduled' }], [d('2009-06-01'), d('2009-06-02')]],
		['a plan years ahead is cut at the horizon', [d('2009-06-01')], [{ start: d('2009-07-01'), end: d('2030-01-01'), status: 'scheduled' }], [d('2009-06-01'), d('2009-06-02') + SCHEDULED_HORIZON_MS]],
		['a plan starting past the horizon stays out', [d('2009-06-01')], [{ start: d('2025-01-01'), end: d('2025-01-02'), status: 'scheduled' }], [d('2009-06-01'), d('2009-06-02')]]
	] as const)('%s', (_name, days, events, expected) => {
		expect(findNewsWindow(days, events)).toEqual(expected);
	});
});

describe('newsView', () => {
	test('pads the window a little on each side', () => {
		const v = newsView([d('2005-01-01'), d('2011-01-01')], [d('1951-01-01'), d('2022-01-01')]);
		const span = d('2011-01-01') - d('2005-01-01');
		expect(v.from).toBeCloseTo(d('2005-01-01') - span * 0.04, -3);
		expect(v.to).toBeCloseTo(d('2011-01-01') + span * 0.04, -3);
	});
	test.each([
		['one day', 1, 2],
		['five days', 5, 5 / NEWS_SHARE],
		['a week', 7, 7 / NEWS_SHARE],
		['ten days: two weeks', 10, 14],
		['a month: padded only', 30, 30 * 1.08]
	])('a short window (%s) opens wider, the news filling at least NEWS_SHARE of it, as far as two weeks', (_name, days, viewDays) => {
		const v = newsView([d('2011-05-09'), d('2011-05-09') + days * DAY_MS], null);
		expect((v.to - v.from) / DAY_MS).toBeCloseTo(viewDays, 5);
		expect(v.from).toBeLessThan(d('2011-05-09'));
		expect(v.to).toBeGreaterThan(d('2011-05-09') + days * DAY_MS);
		// the zoom's own limit (two days) aside, the news fills at least that share
		if (days >= 2) expect((days * DAY_MS) / (v.to - v.from)).toBeGreaterThanOrEqual(NEWS_SHARE - 1e-9);
	});
	test('without a window, the whole extent', () => {
		const v = newsView(null, [d('1951-01-01'), d('2022-01-01')]);
		expect(v.from).toBeLessThan(d('1951-01-01'));
		expect(v.to).toBeGreaterThan(d('2022-01-01'));
	});
});
