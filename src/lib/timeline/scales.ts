/** The time scale and its ticks. Only the root Timeline component calls `createTimeScale`. */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { dates } from '../i18n';
import { DAY_MS, formatIsoDay } from './time';
import type { View } from './viewport';

export type TimeScale = ScaleTime<number, number>;

/** A UTC scale mapping the visible range onto `[0, width]` pixels. */
export function createTimeScale(view: View, width: number): TimeScale {
	return scaleUtc().domain([view.from, view.to]).range([0, Math.max(1, width)]);
}

/**
 * The scale's map as one closure, for what runs per mark and per frame (layouts, clusters): the same
 * straight line as calling the scale, without its clamping and interpolator calls on every mark.
 */
export function pixelsOf(scale: TimeScale): (ms: number) => number {
	const [d0, d1] = scale.domain().map((d) => d.getTime()) as [number, number];
	const [r0, r1] = scale.range() as [number, number];
	const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
	return (ms) => r0 + (ms - d0) * k;
}

export type TickLevel = 'day' | 'month' | 'year';

export interface Tick {
	ms: number;
	label: string;
	/** Starts a larger unit (a month at day level, a year at month level): drawn bolder. */
	major: boolean;
}

interface Candidate {
	level: TickLevel;
	/** Rough length of one step, to estimate spacing. */
	approxMs: number;
	interval: TimeInterval;
}

function every(interval: CountableTimeInterval, step: number): TimeInterval {
	return step === 1 ? interval : interval.every(step)!;
}

const CANDIDATES: Candidate[] = [
	{ level: 'day', approxMs: DAY_MS, interval: utcDay },
	// utcDay.every(n) restarts each month (29, 31, 1): counting from the epoch keeps gaps even
	{ level: 'day', approxMs: 2 * DAY_MS, interval: utcDay.filter((d) => Math.round(d.getTime() / DAY_MS) % 2 === 0) },
	{ level: 'day', approxMs: 7 * DAY_MS, interval: utcMonday },
	{ level: 'day', approxMs: 14 * DAY_MS, interval: utcMonday.filter((d) => Math.round(d.getTime() / DAY_MS / 7) % 2 === 0) },
	{ level: 'month', approxMs: 30.4 * DAY_MS, interval: utcMonth },
	{ level: 'month', approxMs: 91 * DAY_MS, interval: every(utcMonth, 3) },
	{ level: 'month', approxMs: 182 * DAY_MS, interval: every(utcMonth, 6) },
	...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((n) => ({
		level: 'year' as const,
		approxMs: n * 365.25 * DAY_MS,
		interval: every(utcYear, n)
	}))
];

/** Pick the finest tick step whose labels stay at least `minSpacing` pixels apart. */
export function chooseTickStep(spanMs: number, width: number, minSpacing = 72): Candidate {
	const msPerPx = spanMs / Math.max(1, width);
	return CANDIDATES.find((c) => c.approxMs / msPerPx >= minSpacing) ?? CANDIDATES[CANDIDATES.length - 1]!;
}

/**
 * Ticks for the scale's range: days, months or years depending on zoom, on the calendar boundaries of
 * d3-time's intervals (the scale's own `ticks`), labelled to match in the site's locale.
 */
export function buildTicks(scale: TimeScale, minSpacing = 72): { level: TickLevel; ticks: Tick[] } {
	const [from, to] = scale.domain().map((d) => d.getTime()) as [number, number];
	const [r0, r1] = scale.range() as [number, number];
	const step = chooseTickStep(to - from, Math.abs(r1 - r0), minSpacing);
	const days = scale.ticks(step.interval);
	const ticks = days.map((date, i): Tick => {
		const y = date.getUTCFullYear();
		const m = date.getUTCMonth();
		const d = date.getUTCDate();
		const ms = date.getTime();
		if (step.level === 'year') return { ms, label: label('y', ms, false, (iso) => (y > 0 ? dates.year(iso) : `${y}`)), major: y % 10 === 0 };
		if (step.level === 'month') {
			const major = m === 0;
			return { ms, label: label('m', ms, major || i === 0, (iso, long) => dates.axisMonth(iso, long)), major };
		}
		const major = step.approxMs > DAY_MS ? d <= step.approxMs / DAY_MS : d === 1;
		return { ms, label: label('d', ms, major || i === 0, (iso, long) => dates.axisDay(iso, long)), major };
	});
	return { level: step.level, ticks };
}

// Intl formatting costs tens of microseconds a call, and a pan asks for the same labels frame after
// frame: they are kept (a few hundred at most before the cache starts over)
const labels = new Map<string, string>();
function label(level: string, ms: number, long: boolean, make: (iso: string, long: boolean) => string): string {
	const key = `${level}${long ? 'L' : ''}${ms}`;
	let text = labels.get(key);
	if (text === undefined) {
		if (labels.size > 2000) labels.clear();
		text = make(formatIsoDay(ms), long);
		labels.set(key, text);
	}
	return text;
}
