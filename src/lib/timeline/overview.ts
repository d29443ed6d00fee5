/** The overview band: how many marks fall in each period of the whole extent, and the brush over it. */
import { utcMonth, utcYear } from 'd3-time';
import type { Lane } from './lanes';
import { createTimeScale } from './scales';
import { MIN_SPAN, zoomView, type View } from './viewport';

export interface OverviewBar {
	/** UTC ms of the bin's first day. */
	start: number;
	count: number;
	x: number;
	width: number;
	height: number;
}

/** Pixel x of instant `t` on a `width`-px band that spans `domain` (the band's time scale). */
export function xOnBand(t: number, domain: View, width: number): number {
	return createTimeScale(domain, width)(t);
}

/** Instant at pixel `x` on a `width`-px band that spans `domain` (the scale's inverse). */
export function timeOnBand(x: number, domain: View, width: number): number {
	return createTimeScale(domain, width).invert(x).getTime();
}

/**
 * One bar per non-empty bin, counts summed over lanes, heights scaled so the fullest bin fills
 * `height` (and any non-empty bin shows at least 1 px).
 */
export function layoutOverview(
	bins: Record<Lane, [number, number][]>,
	level: 'year' | 'month',
	domain: View,
	width: number,
	height: number
): OverviewBar[] {
	const counts = new Map<number, number>();
	for (const lane of Object.values(bins)) for (const [start, n] of lane) counts.set(start, (counts.get(start) ?? 0) + n);
	let max = 0;
	for (const n of counts.values()) max = Math.max(max, n);
	const interval = level === 'year' ? utcYear : utcMonth;
	return [...counts.entries()]
		.sort((a, b) => a[0] - b[0])
		.map(([start, count]) => {
			const x = xOnBand(start, domain, width);
			const x1 = xOnBand(interval.offset(new Date(start), 1).getTime(), domain, width);
			return { start, count, x, width: Math.max(1, x1 - x), height: Math.max(1, (count / max) * height) };
		});
}

/**
 * All bars as one SVG path standing on `bottom` (a pixel of gap between neighbours): one element
 * instead of one per bar, which cost the first render tens of milliseconds for a long story.
 */
export function overviewPath(bars: readonly OverviewBar[], bottom: number): string {
	const n = (x: number) => Math.round(x * 100) / 100;
	return bars.map((b) => `M${n(b.x)} ${bottom}v${-n(b.height)}h${n(Math.max(1, b.width - 1))}v${n(b.height)}z`).join('');
}

/** The brush of `view` on the band, clipped to `[0, width]`. */
export function layoutBrush(view: View, domain: View, width: number): { x0: number; x1: number } {
	const clip = (x: number) => Math.min(width, Math.max(0, x));
	return { x0: clip(xOnBand(view.from, domain, width)), x1: clip(xOnBand(view.to, domain, width)) };
}

/** The view between two pixel positions on the band, in either order, at least `MIN_SPAN` long. */
export function rangeFromBand(xa: number, xb: number, domain: View, width: number): View {
	const from = timeOnBand(Math.min(xa, xb), domain, width);
	const to = timeOnBand(Math.max(xa, xb), domain, width);
	if (to - from >= MIN_SPAN) return { from, to };
	const mid = (from + to) / 2;
	return { from: mid - MIN_SPAN / 2, to: mid + MIN_SPAN / 2 };
}

/** `view` moved by `dx` band pixels: the brush follows the pointer, the span stays. */
export function moveOnBand(view: View, dx: number, domain: View, width: number): View {
	const shift = (dx / Math.max(1, width)) * (domain.to - domain.from);
	return { from: view.from + shift, to: view.to + shift };
}

/**
 * The brush moved by a key, as a slider would move: arrows by a tenth of the visible span (a half
 * with Shift), Page Up/Down by the whole span, Home/End to the ends of the archive, + and − zoom
 * about the centre. `null` for keys the brush does not use.
 */
export function keyOnBand(view: View, key: string, shift: boolean, domain: View): View | null {
	const span = view.to - view.from;
	const move = (by: number): View => ({ from: view.from + by, to: view.to + by });
	switch (key) {
		case 'ArrowLeft':
		case 'ArrowDown':
			return move(-span * (shift ? 0.5 : 0.1));
		case 'ArrowRight':
		case 'ArrowUp':
			return move(span * (shift ? 0.5 : 0.1));
		case 'PageDown':
			return move(-span);
		case 'PageUp':
			return move(span);
		case 'Home':
			return { from: domain.from, to: domain.from + span };
		case 'End':
			return { from: domain.to - span, to: domain.to };
		case '+':
		case '=':
			return zoomView(view, 1.5);
		case '-':
		case '_':
			return zoomView(view, 1 / 1.5);
		default:
			return null;
	}
}
