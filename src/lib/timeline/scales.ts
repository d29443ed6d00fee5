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

export type TickLevel = 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface Tick {
	ms: number;
	/** Where it falls, px. */
	x: number;
	/** Its text, `''` when the label would meet another or the plot's edge (the tick line stays). */
	label: string;
	/** Width of the label, px (0 without one); it is drawn from `x + TICK_LABEL_DX`. */
	w: number;
	/** Starts a larger unit (a month among days and weeks, a year among months): drawn bolder, labelled in full. */
	major: boolean;
	/**
	 * Not a tick: the label at the left edge that says which month or year the view is in, when no
	 * label in view says it (no line is drawn for it).
	 */
	edge?: boolean;
}

/** Width of an axis label in px; `bold` for the labels of major ticks. */
export type AxisMeasure = (text: string, bold: boolean) => number;
/** Plain-text estimate of 12 px DejaVu Sans: under 6.6 px a character, 7.4 in the bold face. */
export const approxAxisMeasure: AxisMeasure = (text, bold) => text.length * (bold ? 7.4 : 6.6);
/** A label starts this far right of its tick, px. */
export const TICK_LABEL_DX = 4;
/** The least room between two axis labels, px. */
const LABEL_SPACE = 10;

interface Candidate {
	level: TickLevel;
	/** Rough length of one step, to skip steps far too fine for the zoom. */
	approxMs: number;
	interval: TimeInterval;
	/** The coarser boundary that makes a tick major, labelled in full. */
	major: TimeInterval | null;
}

function every(interval: CountableTimeInterval, step: number): TimeInterval {
	return step === 1 ? interval : interval.every(step)!;
}

/** Calendar steps, finest first: days, weeks on Mondays, months on the 1st, quarters, years. */
const CANDIDATES: Candidate[] = [
	{ level: 'day', approxMs: DAY_MS, interval: utcDay, major: utcMonth },
	{ level: 'week', approxMs: 7 * DAY_MS, interval: utcMonday, major: utcMonth },
	{ level: 'month', approxMs: 30.4 * DAY_MS, interval: utcMonth, major: utcYear },
	{ level: 'quarter', approxMs: 91 * DAY_MS, interval: every(utcMonth, 3), major: utcYear },
	...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((n) => ({
		level: 'year' as const,
		approxMs: n * 365.25 * DAY_MS,
		interval: every(utcYear, n),
		major: null
	}))
];

/** The finest step whose ticks are at least `minSpacing` px apart on average (labels are checked after). */
export function chooseTickStep(spanMs: number, width: number, minSpacing = 36): Candidate {
	const msPerPx = spanMs / Math.max(1, width);
	return CANDIDATES.find((c) => c.approxMs / msPerPx >= minSpacing) ?? CANDIDATES[CANDIDATES.length - 1]!;
}

/** A tick's label: in full at a major tick ("January 2011"), short otherwise ("Feb", "9 May"). */
function tickLabel(step: Candidate, ms: number, major: boolean, first: boolean): string {
	const y = new Date(ms).getUTCFullYear();
	if (step.level === 'year') return label('y', ms, false, () => (y > 0 ? dates.year(formatIsoDay(ms)) : `${y}`));
	if (major) return label('M', ms, true, (iso) => dates.month(iso));
	// the first label says which year (and month) the others count from
	if (step.level === 'month' || step.level === 'quarter') return label('m', ms, first, (iso, long) => dates.axisMonth(iso, long));
	return label('d', ms, first, (iso, long) => dates.axisDay(iso, long));
}

/**
 * The ticks of `step` on `scale`, major ones added where the coarser unit turns, labelled; a label is
 * dropped when it would meet a label kept before it (major ones are kept first) or leave the plot.
 * `collided`: how many minor labels were dropped for meeting each other (not for a major one).
 */
function layoutTicks(scale: TimeScale, step: Candidate, measure: AxisMeasure): { ticks: Tick[]; collided: number; named: boolean; kept: [number, number][] } {
	const [r0, r1] = scale.range() as [number, number];
	const width = Math.abs(r1 - r0);
	const px = pixelsOf(scale);
	const at = new Map<number, boolean>();
	for (const d of scale.ticks(step.interval)) at.set(d.getTime(), false);
	if (step.major) for (const d of scale.ticks(step.major)) at.set(d.getTime(), true);
	// among years, decades stand out
	if (step.level === 'year') for (const ms of at.keys()) at.set(ms, new Date(ms).getUTCFullYear() % 10 === 0);
	const sorted = [...at.keys()].sort((a, b) => a - b);
	const ticks: Tick[] = sorted.map((ms, i) => {
		const major = at.get(ms)!;
		const text = tickLabel(step, ms, major, i === 0);
		return { ms, x: px(ms), label: text, w: measure(text, major), major };
	});
	const kept: [number, number][] = [];
	const fits = (t: Tick) => {
		const a = t.x + TICK_LABEL_DX;
		const b = a + t.w;
		if (a < 0 || b > width - 2) return false;
		return kept.every(([x0, x1]) => b + LABEL_SPACE <= x0 || a >= x1 + LABEL_SPACE);
	};
	let collided = 0;
	for (const major of [true, false]) {
		let lastMinorEnd = -Infinity;
		for (const t of ticks) {
			if (t.major !== major) continue;
			const ok = fits(t);
			if (!major && t.x + TICK_LABEL_DX < lastMinorEnd + LABEL_SPACE) collided++;
			if (!major) lastMinorEnd = Math.max(lastMinorEnd, t.x + TICK_LABEL_DX + t.w);
			if (ok) kept.push([t.x + TICK_LABEL_DX, t.x + TICK_LABEL_DX + t.w]);
			else {
				t.label = '';
				t.w = 0;
			}
		}
	}
	// a year's label, a major one, or the first (which has the year) tells when the view is
	const named = step.level === 'year' || ticks.some((t, i) => t.label && (t.major || i === 0));
	return { ticks, collided, named, kept };
}

/**
 * The label of the edge of the view (see `Tick.edge`) when the labels of `out` do not name the month
 * or year; labels it would meet give way to it.
 */
function withEdge(out: ReturnType<typeof layoutTicks>, step: Candidate, from: number, measure: AxisMeasure): Tick[] {
	if (out.named) return out.ticks;
	const text = step.level === 'day' || step.level === 'week' ? dates.month(formatIsoDay(from)) : dates.year(formatIsoDay(from));
	const w = measure(text, true);
	const edge: Tick = { ms: from, x: 2 - TICK_LABEL_DX, label: text, w, major: true, edge: true };
	for (const t of out.ticks)
		if (t.label && t.x + TICK_LABEL_DX < 2 + w + LABEL_SPACE) {
			t.label = '';
			t.w = 0;
		}
	return [edge, ...out.ticks];
}

/**
 * Ticks for the scale's range on calendar boundaries (d3-time intervals through the scale's own
 * `ticks`): the finest of days, weeks, months, quarters and years whose labels do not meet, with a
 * major tick, labelled in full, where the coarser unit turns. No two labels meet and none is clipped;
 * when none of them names the month or year, a label at the left edge does.
 */
export function buildTicks(scale: TimeScale, measure: AxisMeasure = approxAxisMeasure): { level: TickLevel; ticks: Tick[] } {
	const [from, to] = scale.domain().map((d) => d.getTime()) as [number, number];
	const [r0, r1] = scale.range() as [number, number];
	let i = CANDIDATES.indexOf(chooseTickStep(to - from, Math.abs(r1 - r0)));
	for (; i < CANDIDATES.length - 1; i++) {
		const out = layoutTicks(scale, CANDIDATES[i]!, measure);
		if (out.collided === 0) return { level: CANDIDATES[i]!.level, ticks: withEdge(out, CANDIDATES[i]!, from, measure) };
	}
	return { level: CANDIDATES[i]!.level, ticks: withEdge(layoutTicks(scale, CANDIDATES[i]!, measure), CANDIDATES[i]!, from, measure) };
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
