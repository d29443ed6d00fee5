import { describe, expect, it } from 'vitest';
import { buildTicks, chooseTickStep, createTimeScale, pixelsOf } from './scales';
import { DAY_MS, dayToMs } from './time';

describe('createTimeScale', () => {
	it('maps the view onto the width in UTC', () => {
		const s = createTimeScale({ from: dayToMs('2026-01-01'), to: dayToMs('2026-01-11') }, 1000);
		expect(s(dayToMs('2026-01-06'))).toBe(500);
		expect(s.invert(100).getTime()).toBe(dayToMs('2026-01-02'));
	});
});

describe('buildTicks', () => {
	const from = dayToMs('2026-01-01');
	it.each([
		// span in days, width, level, first labels
		[10, 1000, 'day', ['1 Jan 2026', '2 Jan', '3 Jan']],
		[40, 1000, 'day', ['5 Jan 2026', '12 Jan', '19 Jan']],
		[365, 1000, 'month', ['Jan 2026', 'Feb', 'Mar']],
		[365 * 3, 1000, 'month', ['Jan 2026', 'Apr', 'Jul']],
		[365 * 20, 1000, 'year', ['2026', '2028', '2030']],
		[365 * 10, 1000, 'year', ['2026', '2027', '2028']],
		[365 * 200, 1000, 'year', ['2040', '2060', '2080']]
	] as const)('%d days over %dpx -> %s', (days, width, level, labels) => {
		const t = buildTicks(createTimeScale({ from, to: from + days * DAY_MS }, width));
		expect(t.level).toBe(level);
		expect(t.ticks.slice(0, 3).map((x) => x.label)).toEqual(labels);
	});
	it('keeps labels at least the minimum spacing apart', () => {
		for (const days of [3, 17, 90, 700, 9000]) {
			const to = from + days * DAY_MS;
			const s = createTimeScale({ from, to }, 800);
			const xs = buildTicks(s).ticks.map((t) => s(t.ms));
			for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(60);
		}
	});
	it('marks month starts as major at day level', () => {
		const t = buildTicks(createTimeScale({ from: dayToMs('2026-01-28'), to: dayToMs('2026-02-04') }, 800));
		expect(t.ticks.find((x) => x.label === '1 Feb 2026')?.major).toBe(true);
		expect(t.ticks.find((x) => x.label === '30 Jan')?.major).toBe(false);
	});
	it('chooses coarser steps on a narrow screen', () => {
		expect(chooseTickStep(30 * DAY_MS, 2000).level).toBe('day');
		expect(chooseTickStep(30 * DAY_MS, 100).level).toBe('month');
	});
});

describe('pixelsOf', () => {
	it('places every instant where the d3 scale does', () => {
		const view = { from: Date.UTC(2010, 0, 1), to: Date.UTC(2027, 5, 1) };
		const scale = createTimeScale(view, 1280);
		const px = pixelsOf(scale);
		for (const t of [view.from, view.to, Date.UTC(2022, 1, 24), Date.UTC(1999, 0, 1), Date.UTC(2030, 0, 1, 12)]) expect(px(t)).toBeCloseTo(scale(t), 6);
	});
});
