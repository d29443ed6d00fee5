/** Zoom and pan math on the visible time range, in UTC milliseconds. */
import { DAY_MS } from './time';

/** The visible time range, `from < to`, in UTC milliseconds. */
export interface View {
	from: number;
	to: number;
}

/** Closest zoom: two days across the screen. */
export const MIN_SPAN = 2 * DAY_MS;
/** Widest zoom: about 3000 years. */
export const MAX_SPAN = 3000 * 365.25 * DAY_MS;

function clampSpan(span: number): number {
	return Math.min(MAX_SPAN, Math.max(MIN_SPAN, span));
}

/**
 * Zoom by `factor` (> 1 zooms in) keeping the instant at `anchor` (0 = left edge, 1 = right edge) still.
 */
export function zoomView(view: View, factor: number, anchor = 0.5): View {
	const span = view.to - view.from;
	const next = clampSpan(span / factor);
	const a = Math.min(1, Math.max(0, anchor));
	const pivot = view.from + span * a;
	return { from: pivot - next * a, to: pivot - next * a + next };
}

/** Shift the view by a fraction of its width (positive moves later in time). */
export function panView(view: View, fraction: number): View {
	const shift = (view.to - view.from) * fraction;
	return { from: view.from + shift, to: view.to + shift };
}

/** Wheel delta (pixels) to a zoom factor: smooth, symmetric, never zero or negative. */
export function wheelZoomFactor(deltaY: number, deltaMode = 0): number {
	const px = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
	return Math.pow(2, -Math.max(-600, Math.min(600, px)) / 300);
}

/**
 * The view that shows `[start, end]` (UTC ms, end inclusive of its day) with a margin on each side.
 * A single instant gets at least `minSpan` around it.
 */
export function fitView(start: number, end: number, margin = 0.06, minSpan = 14 * DAY_MS): View {
	const span = Math.max(end - start, 0);
	const padded = clampSpan(Math.max(span * (1 + 2 * margin), minSpan));
	const mid = start + span / 2;
	return { from: mid - padded / 2, to: mid + padded / 2 };
}

/** Pinch: the view after two pointers moved from `before` to `after` (pixel x positions) over a `width`-px axis. */
export function pinchView(view: View, before: [number, number], after: [number, number], width: number): View {
	const d0 = Math.abs(before[1] - before[0]);
	const d1 = Math.abs(after[1] - after[0]);
	if (d0 < 1 || d1 < 1 || width <= 0) return view;
	const span = view.to - view.from;
	const next = clampSpan((span * d0) / d1);
	// the instant under the old midpoint ends up under the new midpoint
	const mid0 = (before[0] + before[1]) / 2 / width;
	const mid1 = (after[0] + after[1]) / 2 / width;
	const pivot = view.from + span * mid0;
	const from = pivot - next * mid1;
	return { from, to: from + next };
}

/** Drag by `dx` pixels on a `width`-px axis: content follows the pointer. */
export function dragView(view: View, dx: number, width: number): View {
	if (width <= 0) return view;
	return panView(view, -dx / width);
}

/**
 * The view moved (not zoomed, unless it must) so that `[start, end]` is inside it:
 * unchanged when already visible, else centred on it; widened to fit it if it is longer than the view.
 */
export function revealView(view: View, start: number, end: number, margin = 0.1): View {
	const span = view.to - view.from;
	if (start >= view.from && end <= view.to) return view;
	if (end - start > span * (1 - 2 * margin)) return fitView(start, end);
	const mid = start + (end - start) / 2;
	return { from: mid - span / 2, to: mid + span / 2 };
}

/** Where keyboard and button zooms pivot: on `focus` (e.g. the selected mark) when it is in view, else the centre. */
export function zoomAnchor(view: View, focus: number | null): number {
	if (focus === null || focus < view.from || focus > view.to) return 0.5;
	return (focus - view.from) / (view.to - view.from);
}
