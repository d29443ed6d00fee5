import { describe, expect, it } from 'vitest';
import { keyOnBand, layoutBrush, layoutOverview, moveOnBand, overviewPath, rangeFromBand, timeOnBand, xOnBand } from './overview';
import { DAY_MS } from './time';
import { MIN_SPAN } from './viewport';

const Y2020 = Date.UTC(2020, 0, 1);
const Y2021 = Date.UTC(2021, 0, 1);
const Y2022 = Date.UTC(2022, 0, 1);
const domain = { from: Y2020, to: Y2022 };

describe('xOnBand and timeOnBand', () => {
	it.each([
		[Y2020, 0],
		[Y2022, 800],
		[Y2021, (800 * 366) / 731]
	])('%i sits at x %d and back', (t, x) => {
		expect(xOnBand(t, domain, 800)).toBeCloseTo(x, 6);
		expect(timeOnBand(x, domain, 800)).toBeCloseTo(t, 0);
	});
});

const bins = { talks: [[Y2020, 2]], events: [[Y2020, 1], [Y2021, 6]], articles: [[Y2021, 6]] } as Record<'talks' | 'events' | 'articles', [number, number][]>;

describe('layoutOverview', () => {
	it('sums the lanes of each bin and scales to the fullest', () => {
		const bars = layoutOverview(bins, 'year', domain, 731, 40);
		expect(bars.map((b) => [b.start, b.count, b.height])).toEqual([
			[Y2020, 3, 10],
			[Y2021, 12, 40]
		]);
		// 2020 is a leap year: 366 of 731 days
		expect(bars[0]!.x).toBe(0);
		expect(bars[0]!.width).toBeCloseTo(366, 6);
		expect(bars[1]!.x).toBeCloseTo(366, 6);
	});

	it('makes a month bar a month wide, and no bars from no bins', () => {
		const [bar] = layoutOverview({ talks: [[Y2020, 1]], events: [], articles: [] }, 'month', domain, 731, 40);
		expect(bar!.width).toBeCloseTo(31, 6);
		expect(layoutOverview({ talks: [], events: [], articles: [] }, 'month', domain, 731, 40)).toEqual([]);
	});
});

describe('overviewPath', () => {
	it('draws each bar as a closed box standing on the bottom, a pixel narrower than its bin', () => {
		const bars = layoutOverview(bins, 'year', domain, 731, 40);
		// 2020: 366 px wide and 10 px tall; 2021: from x = 366, 365 px wide and 40 px tall
		expect(overviewPath(bars, 46)).toBe('M0 46v-10h365v10zM366 46v-40h364v40z');
		expect(overviewPath([], 46)).toBe('');
	});
	it('rounds to hundredths of a pixel', () => {
		expect(overviewPath([{ start: 0, count: 1, x: 1 / 3, width: 2.123456, height: 7.777777 }], 10)).toBe('M0.33 10v-7.78h1.12v7.78z');
	});
});

describe('layoutBrush', () => {
	it.each([
		[{ from: Y2020, to: Y2022 }, 0, 731],
		[{ from: Y2020 + 10 * DAY_MS, to: Y2020 + 20 * DAY_MS }, 10, 20],
		// zoomed out past the extent: the brush stops at the band's edges
		[{ from: Y2020 - 100 * DAY_MS, to: Y2022 + 100 * DAY_MS }, 0, 731]
	])('%o spans %d to %d', (view, x0, x1) => {
		const b = layoutBrush(view, domain, 731);
		expect(b.x0).toBeCloseTo(x0, 6);
		expect(b.x1).toBeCloseTo(x1, 6);
	});
});

describe('rangeFromBand', () => {
	it.each([
		[10, 20, Y2020 + 10 * DAY_MS, Y2020 + 20 * DAY_MS],
		[20, 10, Y2020 + 10 * DAY_MS, Y2020 + 20 * DAY_MS],
		// too short: widened to the closest zoom around its middle
		[100, 100, Y2020 + 100 * DAY_MS - MIN_SPAN / 2, Y2020 + 100 * DAY_MS + MIN_SPAN / 2]
	])('%d to %d', (xa, xb, from, to) => {
		const v = rangeFromBand(xa, xb, domain, 731);
		expect(v.from).toBeCloseTo(from, 0);
		expect(v.to).toBeCloseTo(to, 0);
	});
});

describe('moveOnBand', () => {
	it.each([
		[10, 10 * DAY_MS],
		[-5, -5 * DAY_MS],
		[0, 0]
	])('%d px moves the view by %d ms, keeping its span', (dx, shift) => {
		const view = { from: Y2021, to: Y2021 + 30 * DAY_MS };
		const v = moveOnBand(view, dx, domain, 731);
		expect(v.from - view.from).toBeCloseTo(shift, 0);
		expect(v.to - v.from).toBeCloseTo(30 * DAY_MS, 0);
	});
});

describe('keyOnBand', () => {
	const view = { from: Y2020 + 100 * DAY_MS, to: Y2020 + 200 * DAY_MS };
	const span = 100 * DAY_MS;
	it.each([
		['ArrowRight', false, 10 * DAY_MS],
		['ArrowLeft', false, -10 * DAY_MS],
		['ArrowRight', true, 50 * DAY_MS],
		['PageUp', false, span],
		['PageDown', false, -span]
	])('%s (Shift %s) moves the brush by %d ms and keeps its span', (key, shift, by) => {
		const next = keyOnBand(view, key, shift, domain)!;
		expect(next.from - view.from).toBeCloseTo(by, 0);
		expect(next.to - next.from).toBeCloseTo(span, 0);
	});
	it('Home and End go to the ends of the archive', () => {
		expect(keyOnBand(view, 'Home', false, domain)).toEqual({ from: domain.from, to: domain.from + span });
		expect(keyOnBand(view, 'End', false, domain)).toEqual({ from: domain.to - span, to: domain.to });
	});
	it('+ narrows and − widens the brush about its centre', () => {
		const narrower = keyOnBand(view, '+', false, domain)!;
		const wider = keyOnBand(view, '-', false, domain)!;
		expect(narrower.to - narrower.from).toBeLessThan(span);
		expect(wider.to - wider.from).toBeGreaterThan(span);
		for (const v of [narrower, wider]) expect((v.from + v.to) / 2).toBeCloseTo((view.from + view.to) / 2, 0);
	});
	it('ignores other keys', () => {
		expect(keyOnBand(view, 'a', false, domain)).toBeNull();
		expect(keyOnBand(view, 'Tab', false, domain)).toBeNull();
	});
});
