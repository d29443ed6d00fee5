import { describe, expect, it } from 'vitest';
import { LANE_TITLES, LANES } from './marks';
import { P, recorder } from './paintRecorder';
import { rehearsalLanes, rehearsalViews, rehearseFrame } from './rehearsal';
import { binMarks, type MarkShardInfo } from './shards';
import { DAY_MS } from './time';

const AT = Date.UTC(2026, 0, 28);
const WIDTH = 1280;

describe('the rehearsal of a zoom (warming the code of a frame)', () => {
	const lanes = rehearsalLanes(AT);
	const all = LANES.flatMap((lane) => lanes[lane].marks);

	it('makes marks in every lane, of every shape and status, with talks in series', () => {
		for (const lane of LANES) expect(lanes[lane].marks.length, lane).toBeGreaterThan(100);
		expect(new Set(all.map((m) => m.shape))).toEqual(new Set(['point', 'span', 'before']));
		expect(new Set(all.filter((m) => m.status).map((m) => m.status)).size).toBe(7);
		expect(lanes.talks.marks.filter((m) => m.series).length).toBeGreaterThan(10);
		for (const lane of LANES) {
			const starts = lanes[lane].marks.map((m) => m.start);
			expect(starts).toEqual([...starts].sort((a, b) => a - b));
		}
	});

	it('zooms from about a year to under two weeks around its centre, then back out', () => {
		const spans = rehearsalViews(AT).map((v) => (v.to - v.from) / DAY_MS);
		const narrowest = spans.indexOf(Math.min(...spans));
		expect(spans[0]).toBeGreaterThan(300);
		expect(spans[spans.length - 1]).toBeGreaterThan(300);
		expect(spans[narrowest]).toBeLessThan(14);
		for (let i = 1; i < spans.length; i++) expect(Math.sign(spans[i]! - spans[i - 1]!)).toBe(i <= narrowest ? -1 : i === narrowest + 1 ? 0 : 1);
		for (const v of rehearsalViews(AT)) expect(v.from < AT && AT < v.to).toBe(true);
	});

	it('takes the steps asked between the same widest and narrowest views (the page rehearses marks in 64)', () => {
		const few = rehearsalViews(AT).map((v) => v.to - v.from);
		const many = rehearsalViews(AT, 364 * DAY_MS, 64).map((v) => v.to - v.from);
		expect(many).toHaveLength(64);
		expect(many[0]).toBeCloseTo(few[0]!, 0);
		expect(Math.min(...many)).toBeCloseTo(Math.min(...few), 0);
		// in then out, each step one ratio finer than the 16 steps' (their 7 steps in, taken in 31)
		const ratio = (i: number, spans: number[]) => spans[i + 1]! / spans[i]!;
		expect(ratio(0, many) ** 31).toBeCloseTo(ratio(0, few) ** 7, 6);
		for (let i = 1; i < 32; i++) expect(many[i]!).toBeLessThan(many[i - 1]!);
		for (let i = 33; i < 64; i++) expect(many[i]!).toBeGreaterThan(many[i - 1]!);
	});

	it('starts from a wider view when asked (the whole archive the first gesture zooms from)', () => {
		const widest = 17 * 365 * DAY_MS;
		const spans = rehearsalViews(AT, widest).map((v) => (v.to - v.from) / DAY_MS);
		expect(spans[0]).toBeCloseTo(widest / DAY_MS, 3);
		expect(spans[spans.length - 1]).toBeCloseTo(widest / DAY_MS, 3);
		expect(Math.min(...spans)).toBeLessThan(14);
		// one ratio from step to step
		expect(spans[1]! / spans[0]!).toBeCloseTo(spans[2]! / spans[1]!, 6);
	});

	it('with the page\'s index, plans the view: marks counted in the index join the band', () => {
		const view = rehearsalViews(AT)[5]!;
		// one long-mark shard of 300 year-long events, every one longer than the view
		const shard: MarkShardInfo = { key: 'long', lane: 'events', count: 300, from: AT - 200 * DAY_MS, to: AT + 300 * DAY_MS, lastStart: AT - 150 * DAY_MS, firstEnd: AT + 200 * DAY_MS };
		const index = { shards: [shard], bins: binMarks({ talks: [], events: [], articles: [] }) };
		const without = rehearseFrame(recorder().c, lanes, view, WIDTH, 1, P);
		const withIndex = rehearseFrame(recorder().c, lanes, view, WIDTH, 1, P, index);
		const band = (s: typeof without) => s.lanes.events.clusters.filter((c) => c.row === 0).reduce((n, c) => n + c.count, 0);
		expect(band(withIndex) - band(without)).toBe(300);
		// the other lanes have no counted marks: unchanged
		expect(withIndex.lanes.talks).toEqual(without.lanes.talks);
	});

	it('runs what the frames of a real zoom run: clusters, single marks with labels, series links, day ticks, bands', () => {
		const scenes = rehearsalViews(AT).map((view) => {
			const { c, ops } = recorder();
			return { scene: rehearseFrame(c, lanes, view, WIDTH, 1, P), ops };
		});
		const wide = scenes[0]!;
		const narrow = scenes[Math.floor(scenes.length / 2)]!;
		// dense: every lane of the widest view overflows its rows into clusters
		for (const lane of LANES) expect(wide.scene.lanes[lane].clusters.length, lane).toBeGreaterThan(0);
		// narrow: marks one by one, some labelled, and each day its tick
		const placed = LANES.flatMap((lane) => narrow.scene.lanes[lane].placed);
		expect(placed.length).toBeGreaterThan(20);
		const texts = narrow.ops.filter((o) => o.op === 'fillText').map((o) => String(o.args[0]));
		expect(texts.filter((s) => LANES.some((lane) => s.startsWith(LANE_TITLES[lane]) && s !== LANE_TITLES[lane])).length).toBeGreaterThan(5);
		expect(narrow.scene.grid.length).toBeGreaterThanOrEqual(7);
		// and marks longer than the view gathered on the first row
		expect(narrow.scene.lanes.events.clusters.some((c) => c.row === 0)).toBe(true);
		expect(scenes.some(({ scene }) => scene.links.length > 0)).toBe(true);
	});
});
