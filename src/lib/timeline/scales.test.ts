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
		// span in days, width, level
		[10, 1000, 'day'],
		[40, 1000, 'week'],
		[365, 1000, 'month'],
		[365 * 3, 1000, 'quarter'],
		[365 * 10, 1000, 'year'],
		[365 * 200, 1000, 'year'],
		// a phone: the same ten days need coarser steps
		[10, 340, 'week']
	] as const)('%d days over %dpx: %s', (days, width, level) => {
		expect(buildTicks(createTimeScale({ from, to: from + days * DAY_MS }, width)).level).toBe(level);
	});

	/** Whether `ms` starts a unit of `level`, in UTC. */
	const onBoundary: Record<string, (d: Date) => boolean> = {
		day: (d) => d.getUTCHours() === 0 && d.getUTCMinutes() === 0,
		week: (d) => d.getUTCHours() === 0 && (d.getUTCDay() === 1 || d.getUTCDate() === 1),
		month: (d) => d.getUTCHours() === 0 && d.getUTCDate() === 1,
		quarter: (d) => d.getUTCHours() === 0 && d.getUTCDate() === 1 && d.getUTCMonth() % 3 === 0,
		year: (d) => d.getUTCHours() === 0 && d.getUTCDate() === 1 && d.getUTCMonth() === 0
	};

	it('puts ticks on calendar boundaries, and no two labels meet or leave the plot', () => {
		let labelled = 0;
		for (const width of [340, 800, 1280])
			for (const start of ['2011-05-03', '2019-12-20', '1999-07-14'])
				for (const days of [3, 9, 17, 40, 90, 200, 700, 2500, 9000, 26000]) {
					const f = dayToMs(start) + 0.3 * DAY_MS;
					const t = buildTicks(createTimeScale({ from: f, to: f + days * DAY_MS }, width));
					const boxes = t.ticks.filter((x) => x.label).map((x) => [x.x + 4, x.x + 4 + x.label.length * (x.major ? 7.4 : 6.6)] as const);
					labelled += boxes.length;
					for (const x of t.ticks) if (!x.edge) expect(onBoundary[t.level]!(new Date(x.ms)), `${start} +${days}d ${t.level} ${new Date(x.ms).toISOString()}`).toBe(true);
					for (const [a, b] of boxes) {
						expect(a).toBeGreaterThanOrEqual(0);
						expect(b).toBeLessThanOrEqual(width);
					}
					for (let i = 1; i < boxes.length; i++) expect(boxes[i]![0], `${start} +${days}d over ${width}px`).toBeGreaterThanOrEqual(boxes[i - 1]![1]);
					// a view always says which year it is in
					expect(t.ticks.some((x) => /\d{4}/.test(x.label)), `${start} +${days}d over ${width}px`).toBe(true);
				}
		expect(labelled).toBeGreaterThan(100);
	});

	it.each([
		['days across a new month', '2026-01-28', '2026-02-04', 800, '2026-02-01', 'February 2026'],
		['weeks across a new month', '2011-04-20', '2011-06-01', 900, '2011-05-01', 'May 2011'],
		['months across a new year', '2010-09-01', '2011-05-01', 900, '2011-01-01', 'January 2011']
	])('a tick where the coarser unit turns is major and labelled in full: %s', (_name, a, b, width, day, text) => {
		const t = buildTicks(createTimeScale({ from: dayToMs(a), to: dayToMs(b) }, width));
		const tick = t.ticks.find((x) => x.ms === dayToMs(day));
		expect(tick).toMatchObject({ major: true, label: text });
		// minor labels after the first are short: no year
		expect(t.ticks.slice(1).filter((x) => !x.major && x.label).map((x) => x.label).filter((l) => l.includes(day.slice(0, 4)))).toEqual([]);
	});

	it('labels the first tick with its year, the others short', () => {
		const t = buildTicks(createTimeScale({ from: dayToMs('2011-05-08'), to: dayToMs('2011-05-20') }, 1000));
		expect(t.level).toBe('day');
		expect(t.ticks.map((x) => x.label).slice(0, 3)).toEqual(['8 May 2011', '9 May', '10 May']);
	});

	it('drops a year label rather than clip it at the right edge', () => {
		// 2022 falls 10 px from the right edge: "2022" does not fit after it
		const scale = createTimeScale({ from: dayToMs('1951-01-01'), to: dayToMs('2022-01-01') + 0.01 * 71 * 365 * DAY_MS }, 1000);
		const last = buildTicks(scale).ticks.at(-1)!;
		expect(last.label === '' || last.x + 4 + last.w <= 1000).toBe(true);
	});

	it('names the month at the left edge when no tick label in view does', () => {
		// a phone's eight days: the first of the month is too near the right edge for "February 2026"
		const t = buildTicks(createTimeScale({ from: dayToMs('2026-01-26') + 0.3 * DAY_MS, to: dayToMs('2026-02-03') + 0.3 * DAY_MS }, 342));
		expect(t.ticks[0]).toMatchObject({ edge: true, label: 'January 2026' });
		expect(t.ticks.filter((x) => x.edge)).toHaveLength(1);
	});

	it('adds no edge label when a tick label names the year', () => {
		const t = buildTicks(createTimeScale({ from: dayToMs('2011-05-08'), to: dayToMs('2011-05-20') }, 1000));
		expect(t.ticks.some((x) => x.edge)).toBe(false);
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
