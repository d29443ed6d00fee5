/** Place visible marks of one lane into rows (pixels), clustering what does not fit so every mark stays clickable. */
import { LABEL_GAP, labelAlongBar } from './labels';
import type { Mark } from './marks';
import { statusPrefix } from './glyphs';

export interface LayoutOptions {
	/** Rows of single marks before overflow goes into clusters. */
	maxRows: number;
	/** Radius of a point glyph, px. */
	radius: number;
	/** Smallest drawn width of a span, px. */
	minSpan: number;
	/** Length of the fading tail of a `before` mark, px. */
	fade: number;
	/** Free space required between marks in one row, px. */
	gap: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = { maxRows: 4, radius: 7, minSpan: 8, fade: 56, gap: 4 };

export interface PlacedMark {
	mark: Mark;
	row: number;
	/** Drawn extent in px. */
	x0: number;
	x1: number;
	/** Where the glyph sits: the point, the end of a `before` tail, the centre of a span. */
	cx: number;
	/** Free pixels to the right of the mark in its row, for a label. */
	room: number;
}

export interface Cluster {
	/** Row just below the single-mark rows. */
	row: number;
	x0: number;
	x1: number;
	cx: number;
	/** The clustered marks, when known (empty for clusters counted at build time). */
	marks: Mark[];
	/** How many marks it stands for. */
	count: number;
	/** Time extent of the clustered marks (UTC ms), to zoom to. */
	start: number;
	end: number;
}

export interface LaneLayout {
	placed: PlacedMark[];
	clusters: Cluster[];
	/** Rows used, including a cluster row when there is one. */
	rows: number;
}

/**
 * Marks longer than the view say little of when in it things happened (a year-long mark in a view of
 * a month), and identical ones (a year's "in 2025") could fill every row: from this many on, a lane
 * draws them as clusters on its first row, one per stretch they overlap, and gives the other rows to
 * the marks dated within the view.
 */
export const BAND_MIN = 4;

/** Marks over `[start, end)` (UTC ms), `count` of them. */
export interface Span {
	start: number;
	end: number;
	count: number;
}

/** The time a lane is laid out for (UTC ms), and the marks longer than it that were counted rather than loaded (loadPlan.ts). */
export interface SpanView {
	from: number;
	to: number;
	counted: readonly Span[];
}

/**
 * What packing marks for their labels needs (see `layoutLane`): the plot's width and the width of a
 * label's text, px.
 */
export interface LabelRoom {
	width: number;
	measure: (text: string) => number;
	/** The share of a row's width labels may reserve; `LABEL_SHARE` by default. */
	share?: number;
	/** The selected mark: packed first, so that it never hides in a cluster (its card is open). */
	selectedId?: string | null;
}

/** Below this plot width (px), a phone's: lanes get more rows, and labels more of each. */
export const NARROW_PX = 600;

/**
 * How a plot `width` px wide packs its lanes: a narrow plot (a phone) has little width and room to
 * scroll, so it stacks more rows, lets labels take more of each, and gives each lane with marks a
 * spare row for the second line of a long label.
 */
export function packingFor(width: number): { options: LayoutOptions; share: number; spareRows: number } {
	return width < NARROW_PX ? { options: { ...DEFAULT_LAYOUT, maxRows: 10 }, share: 0.75, spareRows: 1 } : { options: DEFAULT_LAYOUT, share: LABEL_SHARE, spareRows: 0 };
}

/** Pixel extent of a mark under `x` (a time scale). */
export function measureMark(mark: Mark, x: (ms: number) => number, o: LayoutOptions = DEFAULT_LAYOUT) {
	measureInto(mark, x, o, single, 0);
	return { x0: single.x0[0]!, x1: single.x1[0]!, cx: single.cx[0]! };
}

/** Pixel extents of many marks, one number per mark in each array: no object per mark. */
interface Extents {
	x0: Float64Array;
	x1: Float64Array;
	cx: Float64Array;
}

/**
 * Reused by every layout (one runs per lane per frame of a gesture), grown as needed. Made large
 * enough at once for any lane of a real view (96 KB): growing it in the middle of a gesture makes
 * V8 throw `layoutLane`'s optimised code away and compile it again.
 */
let scratch: Extents = { x0: new Float64Array(4096), x1: new Float64Array(4096), cx: new Float64Array(4096) };
const single: Extents = { x0: new Float64Array(1), x1: new Float64Array(1), cx: new Float64Array(1) };

function measureInto(mark: Mark, x: (ms: number) => number, o: LayoutOptions, out: Extents, i: number) {
	if (mark.shape === 'point' || mark.shape === 'before') {
		// a `before` glyph sits mid-day like a point; its tail fades out towards the unknown start
		const cx = x(mark.start + (mark.end - mark.start) / 2);
		out.x0[i] = cx - (mark.shape === 'point' ? o.radius : o.fade);
		out.x1[i] = cx + o.radius;
		out.cx[i] = cx;
		return;
	}
	const a = x(mark.start);
	const b = Math.max(x(mark.end), a + o.minSpan);
	out.x0[i] = a;
	out.x1[i] = b;
	out.cx[i] = (a + b) / 2;
}

/**
 * Greedy row packing, sorted by left edge: each mark takes the lowest row free at its left edge;
 * when all `maxRows` rows are busy it joins a cluster. O(n log n + n * maxRows). With `view`, marks
 * longer than it (with those of `view.counted`, `BAND_MIN` or more) make the band of the first row.
 *
 * It runs for every lane on every frame of a pan or zoom, over up to a few thousand marks in a dense
 * narrow view (long marks overlap it all), most of which end in a cluster: extents go into reused
 * typed arrays, the sort moves indices, and a mark meets the rows only when one of them is free.
 */
export function layoutLane(all: Mark[], x: (ms: number) => number, o: LayoutOptions = DEFAULT_LAYOUT, view?: SpanView, labels?: LabelRoom): LaneLayout {
	let marks = all;
	const band: Cluster[] = [];
	if (view) {
		const { from, to } = view;
		// pushed into a literal, not spread: V8's code for a spread of no counted spans expects an
		// array of small integers, and the first long mark pushed threw it away (see `scratch`)
		const long: Span[] = [];
		for (const c of view.counted) long.push(c);
		let count = 0;
		for (const c of long) count += c.count;
		for (const m of all)
			if (m.end - m.start > to - from) {
				long.push({ start: m.start, end: m.end, count: 1 });
				count++;
			}
		if (count >= BAND_MIN) {
			marks = all.filter((m) => m.end - m.start <= to - from);
			long.sort((a, b) => a.start - b.start);
			for (const l of long) {
				const last = band[band.length - 1];
				if (last && l.start < last.end) {
					last.count += l.count;
					last.end = Math.max(last.end, l.end);
				} else band.push({ row: 0, x0: 0, x1: 0, cx: 0, marks: [], ...l });
			}
			for (const k of band) {
				k.x0 = x(Math.max(k.start, from));
				k.x1 = x(Math.min(k.end, to));
				k.cx = (k.x0 + k.x1) / 2;
			}
		}
	}
	// the band takes the first row, the marks the rows below it
	const base = band.length ? 1 : 0;
	const maxRows = o.maxRows - base;
	const n = marks.length;
	if (scratch.x0.length < n) {
		const size = Math.max(n, scratch.x0.length * 2);
		scratch = { x0: new Float64Array(size), x1: new Float64Array(size), cx: new Float64Array(size) };
	}
	const { x0, x1, cx } = scratch;
	const order: number[] = new Array(n);
	for (let i = 0; i < n; i++) {
		measureInto(marks[i]!, x, o, scratch, i);
		order[i] = i;
	}
	// by left edge, then right edge, then input order (as a stable sort of the marks would)
	order.sort((a, b) => x0[a]! - x0[b]! || x1[a]! - x1[b]! || a - b);
	const rowEnds: number[] = [];
	/** The earliest a row is free again, once every row is taken. */
	let soonestFree = -Infinity;
	const placed: PlacedMark[] = [];
	const clusters: Cluster[] = [];
	const rowOf = labels ? packBySalience(marks, n, x0, x1, maxRows, o.gap, labels) : null;
	let rowsUsed = 0;
	for (let k = 0; k < n; k++) {
		const i = order[k]!;
		const left = x0[i]!;
		const mark = marks[i]!;
		let row = -1;
		if (rowOf) {
			if (rowOf[i]! >= 0) {
				rowsUsed = Math.max(rowsUsed, rowOf[i]! + 1);
				placed.push({ mark, row: rowOf[i]! + base, x0: left, x1: x1[i]!, cx: cx[i]!, room: Infinity });
				continue;
			}
		} else if (rowEnds.length < maxRows || soonestFree + o.gap <= left) {
			for (let r = 0; r < rowEnds.length; r++)
				if (rowEnds[r]! + o.gap <= left) {
					row = r;
					break;
				}
			if (row === -1) row = rowEnds.length;
			rowEnds[row] = x1[i]!;
			if (rowEnds.length === maxRows) {
				soonestFree = Infinity;
				for (const end of rowEnds) soonestFree = Math.min(soonestFree, end);
			}
			placed.push({ mark, row: row + base, x0: left, x1: x1[i]!, cx: cx[i]!, room: Infinity });
			continue;
		}
		const last = clusters[clusters.length - 1];
		// packed for labels, a cluster stops at CLUSTER_SPAN px so that each can be named (labels.ts)
		if (last && left <= last.x1 + o.gap && (!rowOf || left - last.x0 < CLUSTER_SPAN)) {
			last.marks.push(mark);
			last.count++;
			last.x1 = Math.max(last.x1, x1[i]!);
			last.start = Math.min(last.start, mark.start);
			last.end = Math.max(last.end, mark.end);
		} else {
			clusters.push({ row: o.maxRows, x0: left, x1: x1[i]!, cx: 0, marks: [mark], count: 1, start: mark.start, end: mark.end });
		}
	}
	for (const c of clusters) c.cx = (c.x0 + c.x1) / 2;
	const rows = base + (rowOf ? rowsUsed : rowEnds.length) + (clusters.length ? 1 : 0);
	clusters.unshift(...band);
	// placed is in x0 order, so the next mark of the same row is the first later one on that row
	const nextInRow: (PlacedMark | undefined)[] = [];
	for (let i = placed.length - 1; i >= 0; i--) {
		const p = placed[i]!;
		const next = nextInRow[p.row];
		p.room = next ? Math.max(0, next.x0 - p.x1 - o.gap) : Infinity;
		nextInRow[p.row] = p;
	}
	return { placed, clusters, rows };
}

/** The share of a row's width that labels may reserve (see `packBySalience`). */
export const LABEL_SHARE = 0.4;
/** The widest run of marks one cluster gathers when marks are packed for labels, px. */
export const CLUSTER_SPAN = 160;

/**
 * Rows for marks, most salient first (`-1`: no room, the mark joins a cluster). A mark in view first
 * looks for a row with room for its glyph and its whole label (right of it, else left of it, inside
 * the plot), while labels hold under `LABEL_SHARE` of that row; the marks left over then take any row
 * with room for the glyph alone. So at every zoom the most salient marks keep room for their labels,
 * and the others fill in around them rather than hiding in clusters.
 */
function packBySalience(marks: readonly Mark[], n: number, x0: Float64Array, x1: Float64Array, maxRows: number, gap: number, room: LabelRoom): Int32Array {
	const rowOf = new Int32Array(n).fill(-1);
	const selected = room.selectedId ?? null;
	const weight = (i: number) => (marks[i]!.id === selected ? Infinity : marks[i]!.salience);
	const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => weight(b) - weight(a) || x0[a]! - x0[b]! || a - b);
	// per row, the taken intervals as [start, end, start, end, …] in order
	const rows: number[][] = Array.from({ length: Math.max(0, maxRows) }, () => []);
	/** The index in `row` before which an interval starting at `a` goes. */
	const slot = (row: number[], a: number) => {
		let lo = 0;
		let hi = row.length / 2;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (row[mid * 2]! < a) lo = mid + 1;
			else hi = mid;
		}
		return lo * 2;
	};
	const take = (r: number, a: number, b: number): boolean => {
		const row = rows[r]!;
		const at = slot(row, a);
		if (at > 0 && row[at - 1]! + gap > a) return false;
		if (at < row.length && row[at]! < b + gap) return false;
		row.splice(at, 0, a, b);
		return true;
	};
	const right = room.width - 1;
	// labels take at most this much of a row: the rest is left to the glyphs of the other marks
	const budget = new Array<number>(Math.max(0, maxRows)).fill(room.width * (room.share ?? LABEL_SHARE));
	for (const i of order) {
		const m = marks[i]!;
		if (!m.label || x1[i]! <= 0 || x0[i]! >= room.width) continue;
		const prefix = statusPrefix(m.status);
		const w = (prefix ? room.measure(prefix) : 0) + room.measure(m.label);
		const span = m.shape === 'span' && labelAlongBar(x0[i]!, x1[i]!, room.width);
		const start = span ? Math.max(x0[i]!, 0) + LABEL_GAP : x1[i]! + LABEL_GAP;
		const ends: [number, number][] = [];
		if (start + w <= right) ends.push([x0[i]!, Math.max(x1[i]!, start + w + LABEL_GAP)]);
		if (!span && x0[i]! - LABEL_GAP - w >= 1) ends.push([x0[i]! - 2 * LABEL_GAP - w, x1[i]!]);
		search: for (let r = 0; r < maxRows; r++) {
			if (budget[r]! < w) continue;
			for (const [a, b] of ends)
				if (take(r, a, b)) {
					rowOf[i] = r;
					budget[r]! -= w;
					break search;
				}
		}
		// the selected mark, first in line, takes a row for its glyph if none has room for its label
		if (rowOf[i]! < 0 && m.id === selected)
			for (let r = 0; r < maxRows && rowOf[i]! < 0; r++) if (take(r, x0[i]!, x1[i]!)) rowOf[i] = r;
	}
	for (const i of order) {
		if (rowOf[i]! >= 0) continue;
		for (let r = 0; r < maxRows; r++)
			if (take(r, x0[i]!, x1[i]!)) {
				rowOf[i] = r;
				break;
			}
	}
	return rowOf;
}

export interface SeriesLink {
	series: string;
	from: string;
	to: string;
	x1: number;
	row1: number;
	x2: number;
	row2: number;
}

/** Rounds of each series in time order (once per data set, not per frame). */
export function groupSeries(marks: readonly Mark[]): Map<string, Mark[]> {
	const bySeries = new Map<string, Mark[]>();
	for (const m of marks) if (m.series) (bySeries.get(m.series) ?? bySeries.set(m.series, []).get(m.series)!).push(m);
	for (const rounds of bySeries.values()) rounds.sort((a, b) => a.start - b.start);
	return bySeries;
}

/**
 * Lines joining consecutive rounds of each talks series among the placed marks
 * (rounds outside the view are reached through `allMarks`, drawn on the row of the visible end).
 */
export function linkSeries(
	placed: PlacedMark[],
	bySeries: ReadonlyMap<string, Mark[]>,
	x: (ms: number) => number,
	o: LayoutOptions = DEFAULT_LAYOUT
): SeriesLink[] {
	const at = new Map(placed.map((p) => [p.mark.id, p]));
	const links: SeriesLink[] = [];
	const seen = new Set<string>();
	for (const p of placed) {
		const series = p.mark.series;
		if (!series || seen.has(series)) continue;
		seen.add(series);
		const rounds = bySeries.get(series)!;
		for (let i = 1; i < rounds.length; i++) {
			const a = rounds[i - 1]!;
			const b = rounds[i]!;
			const pa = at.get(a.id);
			const pb = at.get(b.id);
			if (!pa && !pb) continue;
			const xa = pa?.cx ?? measureMark(a, x, o).cx;
			const xb = pb?.cx ?? measureMark(b, x, o).cx;
			links.push({ series, from: a.id, to: b.id, x1: xa, row1: pa?.row ?? pb!.row, x2: xb, row2: pb?.row ?? pa!.row });
		}
	}
	return links;
}
