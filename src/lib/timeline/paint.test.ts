import { describe, expect, it } from 'vitest';
import { layoutBands, ROW_HEIGHT } from './bands';
import { layoutLabels } from './labels';
import { layoutLane, type LaneLayout } from './layout';
import type { Lane } from './lanes';
import type { Mark } from './marks';
import type { Matches } from './matches';
import { badgeWidth, clipSegment, clusterHitBox, DIMMED_ALPHA, markHitBox, paintScene, withAlpha, type Scene } from './paint';
import { P, recorder } from '../../../tests/unit-support/paintRecorder';

const x = (ms: number) => ms;
const mk = (id: string, at: number, status: Mark['status'], extra: Partial<Mark> = {}): Mark => ({
	id, target: 'event', lane: 'talks', start: at, end: at, shape: 'point', precision: 'day', status, name: id, label: `label of ${id}`, series: null, place: null, parties: [], salience: 1, ...extra
});
const EMPTY: LaneLayout = { placed: [], clusters: [], rows: 0 };

function scene(talks: LaneLayout, extra: Partial<Scene> = {}): Scene {
	const lanes: Record<Lane, LaneLayout> = { talks, events: EMPTY, articles: EMPTY };
	const { bands, height } = layoutBands((['talks', 'events', 'articles'] as Lane[]).map((lane) => ({ lane, rows: lanes[lane].rows })));
	return { width: 800, height, ratio: 1, bands, titles: { talks: 'Talks', events: 'Events', articles: 'Articles' }, gridTop: 30, grid: [], lanes, links: [], selectedId: null, highlight: null, labels: [], ...extra };
}
/** The arc (glyph) drawn at x = cx, and the fill that followed it. */
function glyphFillAt(ops: ReturnType<typeof recorder>['ops'], cx: number) {
	const i = ops.findIndex((o) => o.op === 'arc' && o.args[0] === cx);
	expect(i, `a glyph at x=${cx}`).toBeGreaterThanOrEqual(0);
	return ops.slice(i).find((o) => o.op === 'fill')!;
}

describe('paintScene', () => {
	it('fills what happened and leaves what is planned hollow', () => {
		const { c, ops } = recorder();
		paintScene(c, scene(layoutLane([mk('held', 100, 'held'), mk('planned', 400, 'scheduled')], x)), P);
		expect(glyphFillAt(ops, 100).fill).toBe(P.ink);
		expect(glyphFillAt(ops, 400).fill).toBe(P.bg);
	});

	it('frames the plot last, on the edge of its pixels, in the major grid colour', () => {
		const { c, ops } = recorder();
		const s = scene(layoutLane([mk('a', 100, 'held')], x));
		paintScene(c, s, P);
		const last = ops[ops.length - 1]!;
		expect(last.op).toBe('strokeRect');
		expect(last.stroke).toBe(P.gridMajor);
		expect(last.args).toEqual([0.5, 0.5, s.width - 1, s.height - 1]);
	});

	it('draws glyphs of one kind as one path: one fill for many marks', () => {
		const { c, ops } = recorder();
		paintScene(c, scene(layoutLane([mk('a', 100, 'held'), mk('b', 300, 'held'), mk('c', 500, 'held'), mk('d', 700, 'scheduled')], x)), P);
		const inkFills = ops.filter((o) => o.op === 'fill' && o.fill === P.ink);
		expect(inkFills).toHaveLength(1);
		expect(ops.filter((o) => o.op === 'arc').map((o) => o.args[0])).toEqual([100, 300, 500, 700]);
	});

	it('dims the marks that are not search results', () => {
		const { c, ops } = recorder();
		paintScene(c, scene(layoutLane([mk('hit', 100, 'held'), mk('miss', 400, 'held')], x), { highlight: { ids: new Set(['hit']), starts: {} } }), P);
		expect(glyphFillAt(ops, 100).alpha).toBe(1);
		expect(glyphFillAt(ops, 400).alpha).toBe(DIMMED_ALPHA);
	});

	it('rings the selected mark before drawing it', () => {
		const { c, ops } = recorder();
		paintScene(c, scene(layoutLane([mk('a', 100, 'held'), mk('b', 400, 'held')], x), { selectedId: 'b' }), P);
		const halos = ops.filter((o) => o.op === 'fill' && o.fill === P.accentSoft);
		expect(halos).toHaveLength(1);
		const haloAt = ops.findIndex((o) => o.op === 'roundRect' && (o.args[0] as number) < 400 && (o.args[0] as number) + (o.args[2] as number) > 400);
		const glyphAt = ops.findIndex((o) => o.op === 'arc' && o.args[0] === 400);
		expect(haloAt).toBeGreaterThanOrEqual(0);
		expect(haloAt).toBeLessThan(glyphAt);
	});

	it('writes the labels placed for the view (labels.ts) on their rows, and no other', () => {
		const { c, ops } = recorder();
		const long = 'Trilateral peace talks in Abu Dhabi between three delegations';
		const marks = [mk('a', 100, 'held', { label: long, salience: 1 }), mk('b', 180, 'held', { label: long, salience: 5 }), mk('c', 205, 'held', { label: 'Third' })];
		const layout = layoutLane(marks, x, { maxRows: 1, radius: 7, minSpan: 8, fade: 56, gap: 4 });
		const labels = layoutLabels({ talks: layout }, 800, null, badgeWidth);
		expect(labels.length).toBeGreaterThan(0);
		paintScene(c, scene(layout, { labels }), P);
		const texts = ops.filter((o) => o.op === 'fillText' && !/^[A-Z]+$/.test(String(o.args[0])));
		expect(texts.map((o) => [o.args[0], o.args[1]])).toEqual(labels.map((l) => [l.text, l.x]));
		// on the row of the mark: its centre plus the baseline offset
		const band = scene(layout).bands[0]!;
		for (const t of texts) expect(t.args[2]).toBe(band.y + 20 + 12 + 4);
	});

	it('writes a status before a label in the muted ink, and the text after it in the ink', () => {
		const { c, ops } = recorder();
		const layout = layoutLane([mk('a', 100, 'scheduled', { label: 'Talks to resume', salience: 1 })], x);
		const labels = layoutLabels({ talks: layout }, 800, null, badgeWidth);
		expect(labels[0]).toMatchObject({ text: 'Scheduled: Talks to resume', prefix: 'Scheduled: ' });
		paintScene(c, scene(layout, { labels }), P);
		const texts = ops.filter((o) => o.op === 'fillText' && /Scheduled|Talks/.test(String(o.args[0])));
		expect(texts.map((o) => [o.args[0], o.fill])).toEqual([
			['Scheduled: ', P.muted],
			['Talks to resume', P.ink]
		]);
		// the text goes on where the status ends
		expect(texts[1]!.args[1]).toBe(labels[0]!.x + labels[0]!.prefixW);
	});

	it('names a labelled cluster in its label: its badge is a plain dot, with no count', () => {
		const { c, ops } = recorder();
		const marks = Array.from({ length: 9 }, (_, i) => mk(`m${i}`, 100 + i, 'held', { label: `Event ${i}`, salience: i === 4 ? 9 : 1 }));
		const layout = layoutLane(marks, x);
		const labels = layoutLabels({ talks: layout }, 800, null, badgeWidth).filter((l) => l.id.startsWith('cluster:'));
		expect(labels.map((l) => l.text)).toEqual([`Event 4 +${layout.clusters[0]!.count - 1}`]);
		paintScene(c, scene(layout, { labels }), P);
		expect(ops.some((o) => o.op === 'fillText' && o.args[0] === `+${layout.clusters[0]!.count}`)).toBe(false);
		expect(ops.some((o) => o.op === 'fillText' && o.args[0] === labels[0]!.text)).toBe(true);
	});

	it('dims the clusters that hold no search result', () => {
		const { c, ops } = recorder();
		const marks = Array.from({ length: 9 }, (_, i) => mk(`m${i}`, 100 + i, 'held'));
		const layout = layoutLane(marks, x);
		const clustered = layout.clusters[0]!.marks.map((m) => m.id);
		const alphaOfBadge = (ids: Set<string>) => {
			ops.length = 0;
			paintScene(c, scene(layout, { highlight: { ids, starts: {} } }), P);
			const i = ops.findIndex((o) => o.op === 'roundRect' && o.args[3] === 20);
			return ops[i]!.alpha;
		};
		expect(alphaOfBadge(new Set([clustered[0]!]))).toBe(1);
		expect(alphaOfBadge(new Set(['elsewhere']))).toBe(DIMMED_ALPHA);
	});

	it('dims a cluster counted at build time unless a match of its lane starts within it', () => {
		const { c, ops } = recorder();
		const DAY = 86_400_000;
		// a month's bin of 40 talks, marks not loaded
		const layout: LaneLayout = { placed: [], rows: 1, clusters: [{ row: 0, x0: 100, x1: 160, cx: 130, marks: [], count: 40, start: 31 * DAY, end: 59 * DAY }] };
		const alphaOf = (starts: Matches['starts']) => {
			ops.length = 0;
			paintScene(c, scene(layout, { highlight: { ids: new Set(['x']), starts } }), P);
			return ops.find((o) => o.op === 'roundRect' && o.args[3] === 20)!.alpha;
		};
		expect(alphaOf({ talks: [0, 40 * DAY] })).toBe(1);
		// a match before it, on the day it ends (exclusive), or in another lane
		expect(alphaOf({ talks: [0, 59 * DAY] })).toBe(DIMMED_ALPHA);
		expect(alphaOf({ events: [40 * DAY] })).toBe(DIMMED_ALPHA);
	});

	it('draws a cluster badge with its count', () => {
		const { c, ops } = recorder();
		const marks = Array.from({ length: 9 }, (_, i) => mk(`m${i}`, 100 + i, 'held'));
		const layout = layoutLane(marks, x);
		expect(layout.clusters).toHaveLength(1);
		paintScene(c, scene(layout), P);
		const badge = ops.find((o) => o.op === 'fillText' && o.args[0] === `+${layout.clusters[0]!.count}`);
		expect(badge?.fill).toBe(P.onAccent);
		expect(badge?.args[1]).toBe(layout.clusters[0]!.cx);
	});

	it('paints in device pixels and covers every row of the scene with its ground first', () => {
		const { c, ops } = recorder();
		const s = scene(EMPTY, { ratio: 2 });
		paintScene(c, s, P);
		expect(ops[0]).toMatchObject({ op: 'setTransform', args: [2, 0, 0, 2, 0, 0] });
		// the grounds, before anything else is drawn: together they tile [0, height) with no gap
		const grounds = ops.slice(1).filter((o, i, all) => o.op === 'fillRect' && all.slice(0, i).every((p) => p.op === 'fillRect'));
		const spans = grounds.map((o) => o.args as number[]).sort((a, b) => a[1]! - b[1]!);
		let y = 0;
		for (const [x, top, w, h] of spans) {
			expect([x, top, w]).toEqual([0, y, s.width]);
			y = top! + h!;
		}
		expect(y).toBe(s.height);
	});

	it('draws only the visible part of a span far wider than the canvas', () => {
		const { c, ops } = recorder();
		const year = mk('year', -1_000_000, 'proposed', { shape: 'span', end: 1_000_000 });
		paintScene(c, scene(layoutLane([year], x)), P);
		const rects = ops.filter((o) => o.op === 'roundRect');
		expect(rects).toHaveLength(1);
		const [rx, , rw] = rects[0]!.args as number[];
		expect(rx).toBeGreaterThanOrEqual(-20);
		expect(rx! + rw!).toBeLessThanOrEqual(800 + 20);
		expect(rx! + rw!).toBeGreaterThan(800);
	});

	it('fills a plot taller than its lanes down to the bottom', () => {
		const { c, ops } = recorder();
		const s = scene(EMPTY);
		paintScene(c, { ...s, height: s.height + 50 }, P);
		const last = ops.filter((o) => o.op === 'fillRect').map((o) => o.args as number[]).find(([, y]) => y === s.height);
		expect(last).toEqual([0, s.height, s.width, 50]);
	});

	it('titles each lane in capitals', () => {
		const { c, ops } = recorder();
		paintScene(c, scene(EMPTY), P);
		expect(ops.filter((o) => o.op === 'fillText').map((o) => o.args[0])).toEqual(['TALKS', 'EVENTS', 'ARTICLES']);
	});
});

describe('hit boxes', () => {
	const { bands } = layoutBands([{ lane: 'talks', rows: 2 }]);
	it('cover the mark, a full row tall', () => {
		const [p] = layoutLane([mk('a', 100, 'held')], x).placed;
		const b = markHitBox(bands[0]!, p!);
		expect(b.h).toBe(ROW_HEIGHT);
		expect(b.h).toBeGreaterThanOrEqual(24);
		expect(b.x).toBeLessThanOrEqual(p!.x0);
		expect(b.x + b.w).toBeGreaterThanOrEqual(p!.x1);
	});
	it('stop at the edges of the view for a span wider than it', () => {
		const [p] = layoutLane([mk('y', -5000, 'held', { shape: 'span', end: 9000 })], x).placed;
		const b = markHitBox(bands[0]!, p!, 800);
		expect(b.x).toBeLessThanOrEqual(0);
		expect(b.x + b.w).toBeGreaterThanOrEqual(800);
		expect(b.w).toBeLessThan(820);
	});
	it('show inside the view for a mark laid out just past either edge, never with no width', () => {
		// a span that ends a few pixels before the view starts, and one that starts just after it ends
		const [left] = layoutLane([mk('l', -40, 'held', { shape: 'span', end: -10 })], x).placed;
		const [right] = layoutLane([mk('r', 810, 'held', { shape: 'span', end: 840 })], x).placed;
		const a = markHitBox(bands[0]!, left!, 800);
		const b = markHitBox(bands[0]!, right!, 800);
		expect(a.w).toBeGreaterThan(0);
		expect(a.x + a.w).toBeGreaterThan(0);
		expect(b.w).toBeGreaterThan(0);
		expect(b.x).toBeLessThan(800);
	});
	it('are at least 24 px wide for a cluster, and cover its badge', () => {
		const b = clusterHitBox(bands[0]!, { row: 0, x0: 100, x1: 102, cx: 101, count: 3 });
		expect(b.w).toBeGreaterThanOrEqual(24);
		const wide = clusterHitBox(bands[0]!, { row: 0, x0: 100, x1: 102, cx: 101, count: 21340 });
		expect(wide.w).toBeGreaterThanOrEqual(badgeWidth(21340));
	});
	it('badges fit their count: a circle for one digit, wider with each more', () => {
		expect(badgeWidth(9)).toBe(20);
		expect(badgeWidth(2134)).toBeGreaterThan(6.5 * '+2134'.length);
		expect(badgeWidth(21340)).toBeGreaterThan(badgeWidth(2134));
	});
});

describe('withAlpha', () => {
	it.each([
		['#1a1d23', 0.5, 'rgba(26, 29, 35, 0.5)'],
		['#fff', 0, 'rgba(255, 255, 255, 0)'],
		[' #000000 ', 1, 'rgba(0, 0, 0, 1)'],
		['rgb(1, 2, 3)', 0.5, 'rgb(1, 2, 3)']
	])('%s at %d', (color, a, out) => expect(withAlpha(color, a)).toBe(out));
});

describe('clipSegment', () => {
	it.each([
		// inside: unchanged
		[[10, 0, 90, 80], [10, 0, 90, 80]],
		// reaching far out on both sides: cut to the window, y interpolated
		[[-1000, 0, 1100, 210], [0, 100, 100, 110]],
		// given right to left: the same piece
		[[1100, 210, -1000, 0], [0, 100, 100, 110]],
		// vertical
		[[50, 0, 50, 20], [50, 0, 50, 20]]
	])('%j', (seg, out) => expect(clipSegment(...(seg as [number, number, number, number]), 0, 100)).toEqual(out));
	it('drops segments wholly outside', () => {
		expect(clipSegment(-500, 0, -10, 5, 0, 100)).toBeNull();
		expect(clipSegment(200, 0, 900, 5, 0, 100)).toBeNull();
	});
});

describe('the axis', () => {
	it('labels each tick right of its mark, the start of a larger unit in bold ink', () => {
		const { c, ops } = recorder();
		const grid = [
			{ x: 100.4, major: false, label: '31 Jan' },
			{ x: 200, major: true, label: '1 Feb 2026' }
		];
		paintScene(c, scene(EMPTY, { grid }), P);
		const labels = ops.filter((o) => o.op === 'fillText' && (o.args[0] === '31 Jan' || o.args[0] === '1 Feb 2026'));
		expect(labels.map((o) => [o.args[0], o.args[1], o.fill, /600/.test(o.font)])).toEqual([
			['31 Jan', 104, P.muted, false],
			['1 Feb 2026', 204, P.ink, true]
		]);
		// above the lanes, each with its tick mark at the grid line's whole pixel
		for (const l of labels) expect(l.args[2]).toBeLessThan(30);
		const ticks = ops.filter((o) => o.op === 'fillRect' && o.args[2] === 1 && (o.args[1] as number) < 30);
		expect(ticks.map((o) => o.args[0])).toEqual([100, 200]);
	});
	it('draws the edge label alone: no tick mark, no grid line', () => {
		const { c, ops } = recorder();
		paintScene(c, scene(EMPTY, { grid: [{ x: -2, major: true, label: 'January 2026', edge: true }] }), P);
		expect(ops.some((o) => o.op === 'fillText' && o.args[0] === 'January 2026' && o.args[1] === 2)).toBe(true);
		expect(ops.filter((o) => o.op === 'fillRect' && o.args[2] === 1 && (o.args[1] as number) < 30)).toHaveLength(0);
		expect(ops.filter((o) => o.op === 'moveTo' && (o.args[0] as number) < 0)).toHaveLength(0);
	});

	it('draws the tick of a label left out (scales.ts drops labels that would meet), without text', () => {
		const { c, ops } = recorder();
		const grid = [
			{ x: 0, major: true, label: 'January 2026' },
			{ x: 72, major: false, label: '' },
			{ x: 144, major: false, label: '22 Jan' }
		];
		paintScene(c, scene(EMPTY, { grid }), P);
		const texts = ops.filter((o) => o.op === 'fillText' && /Jan/.test(String(o.args[0]))).map((o) => o.args[0]);
		expect(texts.sort()).toEqual(['22 Jan', 'January 2026']);
		expect(ops.filter((o) => o.op === 'fillText' && o.args[0] === '')).toHaveLength(0);
		expect(ops.filter((o) => o.op === 'fillRect' && o.args[2] === 1 && (o.args[1] as number) < 30)).toHaveLength(3);
	});
});
