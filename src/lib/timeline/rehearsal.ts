/**
 * A rehearsal of the frames of a zoom, run once after the first view is painted, one frame per task:
 * made-up marks are laid out and painted, at narrowing then widening spans, on a canvas that is never
 * shown. What a frame runs (selecting, laying out, linking series, ticks, painting) is the code V8
 * compiles when a gesture makes it hot; on two cores that compiling, and the slow runs before it,
 * made the frames of the first gesture two to three times slower than the same gesture later
 * (docs/BENCHMARKS.md). Nothing here is drawn on the page or kept.
 *
 * It must run what the page runs on what the page runs it on: V8 throws compiled code away at the
 * first object of a shape it has not seen there (and compiles it again, on the same two cores, in the
 * middle of the gesture). So the made-up rows go through JSON as shards do, the spans passed to the
 * layout are built as the page builds them, and with the page's index each frame plans its loading
 * and lays out bins as the page's frames do. V8's log of the first gesture at 100,000 events: 214-246
 * ms of compiling before, 133-174 after; in its first 40 frames, where the lanes first draw their
 * marks one by one, 89-133 ms before and 18-53 after (docs/BENCHMARKS.md, sixth session).
 */
import type { EventStatus, Precision } from '../ingest/types';
import { layoutBands } from './bands';
import { DEFAULT_LAYOUT, groupSeries, layoutLane, linkSeries, type LaneLayout } from './layout';
import { indexLane, LANE_TITLES, LANES, rowMark, selectVisible, type Lane, type LaneIndex } from './marks';
import type { ArticleRow, EventRow, ShardIndex } from './shards';
import { chooseBinLevel, layoutBins } from './clusters';
import { planLanes } from './loadPlan';
import { paintScene, viewScene, type Paint2D, type Palette, type Scene } from './paint';
import { buildTicks, createTimeScale, pixelsOf } from './scales';
import { DAY_MS, formatIsoDay } from './time';
import type { View } from './viewport';

const STATUSES: EventStatus[] = ['happened', 'scheduled', 'held', 'postponed', 'proposed', 'ongoing', 'cancelled'];
const PRECISIONS: Precision[] = ['day', 'day', 'day', 'month', 'year', 'before'];

/**
 * `n` made-up marks within half a year of `at` (UTC ms), of every shape and status, talks in series.
 * 6,000 a year is about as dense as 100,000 events over 17 years: the loops of a frame then run as
 * often as the page's will (2,000 left the first gesture at 100,000 events 1-3 ms slower at p95,
 * docs/BENCHMARKS.md, eleventh session).
 */
export function rehearsalLanes(at: number, n = 6000): Record<Lane, LaneIndex> {
	const rows: Record<Lane, (EventRow | ArticleRow)[]> = { talks: [], events: [], articles: [] };
	let seed = 7;
	const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
	for (let i = 0; i < n; i++) {
		const start = at + Math.round((random() - 0.5) * 365) * DAY_MS;
		const lane = LANES[i % 3]!;
		const label = `${LANE_TITLES[lane]} ${i}`.repeat(1 + (i % 3));
		// rows, as mark shards bring them (see shards.ts)
		if (lane === 'articles') {
			rows.articles.push([`a${i}`, formatIsoDay(start), label, i % 2 ? label : null]);
			continue;
		}
		const precision = PRECISIONS[Math.floor(i / 3) % PRECISIONS.length]!;
		const end = start + (precision === 'month' ? 29 : precision === 'year' ? 364 : 0) * DAY_MS;
		const status = STATUSES[Math.floor(i / 3) % STATUSES.length]!;
		const talks = lane === 'talks';
		const series = talks && i % 4 ? `s${i % 9}` : null;
		rows[lane].push([`e${i}`, label, '', formatIsoDay(start), formatIsoDay(end), precision, status, talks ? label : null, talks ? [label] : [], series]);
	}
	// through JSON, as shards arrive: the marks then hold the same kinds of arrays and strings as the
	// real ones, and the code compiled for them is not thrown away when the first shard comes
	const parsed = JSON.parse(JSON.stringify(rows)) as typeof rows;
	const index = (lane: Lane) => indexLane(parsed[lane].map((row) => rowMark(row, lane)));
	return { talks: index('talks'), events: index('events'), articles: index('articles') };
}

/**
 * The views of a zoom into `at` from `widest` (ms; a year by default) to about ten days, and back out,
 * in `steps` steps of one ratio.
 */
export function rehearsalViews(at: number, widest = 364 * DAY_MS, steps = 16): View[] {
	const narrowest = 10 * DAY_MS;
	const ratio = (narrowest / widest) ** (1 / (steps / 2 - 1));
	const views: View[] = [];
	for (let i = 0; i < steps; i++) {
		const half = (widest / 2) * ratio ** Math.min(i, steps - 1 - i);
		views.push({ from: at - half, to: at + half });
	}
	return views;
}

/**
 * One frame of the rehearsal: `view` of `lanes` laid out and painted onto `c` (`width` CSS px wide);
 * returns the scene. With the page's `index`, the frame also plans the view's loading (the marks it
 * counts gather in the band) and lays out the clusters of its bins, as the page's frames do.
 */
export function rehearseFrame(
	c: Paint2D,
	lanes: Record<Lane, LaneIndex>,
	view: View,
	width: number,
	ratio: number,
	palette: Palette,
	index?: Pick<ShardIndex, 'shards' | 'bins'>
): Scene {
	const px = pixelsOf(createTimeScale(view, width));
	const plan = index && planLanes(index, view.from, view.to);
	const layouts = {} as Record<Lane, LaneLayout>;
	for (const lane of LANES) {
		const counted = plan?.[lane].counted ?? [];
		layouts[lane] = layoutLane(selectVisible(lanes[lane], view.from, view.to), px, DEFAULT_LAYOUT, { from: view.from, to: view.to, counted });
		// laid out and left: the picture stays the made-up marks'
		if (index && !plan![lane].detail) {
			const level = chooseBinLevel(view.to - view.from, width);
			layoutBins(index.bins[level][lane], level, view.from, view.to, px);
		}
	}
	const bands = layoutBands(LANES.map((lane) => ({ lane, rows: layouts[lane].rows })));
	const links = linkSeries(layouts.talks.placed, groupSeries(layouts.talks.placed.map((p) => p.mark)), px);
	const scene = viewScene({ width, height: bands.height, ratio, bands: bands.bands, ticks: buildTicks(view.from, view.to, width).ticks, px, lanes: layouts, links });
	paintScene(c, scene, palette);
	return scene;
}
