/**
 * A rehearsal of the frames of a zoom, run once after the first view is painted, one frame per task:
 * made-up marks are laid out and painted, at narrowing then widening spans, on a canvas that is never
 * shown. What a frame runs (selecting, laying out, linking series, ticks, painting) is the code V8
 * compiles when a gesture makes it hot; on two cores that compiling, and the slow runs before it,
 * made the frames of the first gesture two to three times slower than the same gesture later
 * (docs/BENCHMARKS.md). Nothing here is drawn on the page or kept.
 */
import type { EventStatus, Precision } from '../ingest/types';
import { layoutBands } from './bands';
import { DEFAULT_LAYOUT, groupSeries, layoutLane, linkSeries, type LaneLayout } from './layout';
import { indexLane, LANE_TITLES, LANES, rowMark, selectVisible, type Lane, type LaneIndex, type Mark } from './marks';
import { paintScene, viewScene, type Paint2D, type Palette, type Scene } from './paint';
import { buildTicks, createTimeScale, pixelsOf } from './scales';
import { DAY_MS, formatIsoDay } from './time';
import type { View } from './viewport';

const STATUSES: EventStatus[] = ['happened', 'scheduled', 'held', 'postponed', 'proposed', 'ongoing', 'cancelled'];
const PRECISIONS: Precision[] = ['day', 'day', 'day', 'month', 'year', 'before'];

/** `n` made-up marks within half a year of `at` (UTC ms), of every shape and status, talks in series. */
export function rehearsalLanes(at: number, n = 2000): Record<Lane, LaneIndex> {
	const lanes: Record<Lane, Mark[]> = { talks: [], events: [], articles: [] };
	let seed = 7;
	const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
	for (let i = 0; i < n; i++) {
		const start = at + Math.round((random() - 0.5) * 365) * DAY_MS;
		const lane = LANES[i % 3]!;
		const label = `${LANE_TITLES[lane]} ${i}`.repeat(1 + (i % 3));
		// rows, as mark shards bring them (see shards.ts)
		if (lane === 'articles') {
			lanes.articles.push(rowMark([`a${i}`, formatIsoDay(start), label, i % 2 ? label : null], lane));
			continue;
		}
		const precision = PRECISIONS[Math.floor(i / 3) % PRECISIONS.length]!;
		const end = start + (precision === 'month' ? 29 : precision === 'year' ? 364 : 0) * DAY_MS;
		const status = STATUSES[Math.floor(i / 3) % STATUSES.length]!;
		const talks = lane === 'talks';
		const series = talks && i % 4 ? `s${i % 9}` : null;
		lanes[lane].push(rowMark([`e${i}`, label, '', formatIsoDay(start), formatIsoDay(end), precision, status, talks ? label : null, talks ? [label] : [], series], lane));
	}
	return { talks: indexLane(lanes.talks), events: indexLane(lanes.events), articles: indexLane(lanes.articles) };
}

/** The views of a zoom into `at` from a year to about a week, and back out. */
export function rehearsalViews(at: number, steps = 16): View[] {
	const views: View[] = [];
	for (let i = 0; i < steps; i++) {
		const half = 182 * DAY_MS * 0.6 ** Math.min(i, steps - 1 - i);
		views.push({ from: at - half, to: at + half });
	}
	return views;
}

/** One frame of the rehearsal: `view` of `lanes` laid out and painted onto `c` (`width` CSS px wide); returns the scene. */
export function rehearseFrame(c: Paint2D, lanes: Record<Lane, LaneIndex>, view: View, width: number, ratio: number, palette: Palette): Scene {
	const px = pixelsOf(createTimeScale(view, width));
	const layouts = {} as Record<Lane, LaneLayout>;
	for (const lane of LANES) layouts[lane] = layoutLane(selectVisible(lanes[lane], view.from, view.to), px, DEFAULT_LAYOUT, { ...view, counted: [] });
	const bands = layoutBands(LANES.map((lane) => ({ lane, rows: layouts[lane].rows })));
	const links = linkSeries(layouts.talks.placed, groupSeries(layouts.talks.placed.map((p) => p.mark)), px);
	const scene = viewScene({ width, height: bands.height, ratio, bands: bands.bands, ticks: buildTicks(view.from, view.to, width).ticks, px, lanes: layouts, links });
	paintScene(c, scene, palette);
	return scene;
}
