import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BAND_MIN, CLUSTER_SPAN, DEFAULT_LAYOUT, LABEL_SHARE, NARROW_PX, packingFor, groupSeries, layoutLane, linkSeries, measureMark, type LaneLayout } from './layout';
import type { Mark } from './marks';

const x = (ms: number) => ms; // 1 px per ms keeps the tables readable
const mk = (id: string, start: number, end: number, shape: Mark['shape'] = 'point', series: string | null = null): Mark => ({
	id, target: 'event', lane: 'talks', start, end, shape, precision: 'day', status: 'held', name: id, label: id, series, place: null, parties: [], salience: 1
});

describe('measureMark', () => {
	it.each([
		[mk('p', 100, 110), { x0: 98, x1: 112, cx: 105 }],
		[mk('s', 100, 300, 'span'), { x0: 100, x1: 300, cx: 200 }],
		[mk('thin', 100, 101, 'span'), { x0: 100, x1: 108, cx: 104 }],
		[mk('b', 290, 300, 'before'), { x0: 239, x1: 302, cx: 295 }]
	])('%o', (m, out) => expect(measureMark(m, x)).toEqual(out));
});

describe('layoutLane', () => {
	const o = { ...DEFAULT_LAYOUT, maxRows: 2 };
	it('keeps apart marks on one row', () => {
		const l = layoutLane([mk('a', 0, 0), mk('b', 100, 100), mk('c', 200, 200)], x, o);
		expect(l.placed.map((p) => p.row)).toEqual([0, 0, 0]);
		expect([l.rows, l.clusters.length]).toEqual([1, 0]);
	});
	it('stacks overlapping marks into rows', () => {
		const l = layoutLane([mk('a', 0, 0), mk('b', 5, 5), mk('c', 100, 100)], x, o);
		expect(l.placed.map((p) => [p.mark.id, p.row])).toEqual([['a', 0], ['b', 1], ['c', 0]]);
		expect(l.rows).toBe(2);
	});
	it('clusters what does not fit, with a count and a time extent', () => {
		const l = layoutLane([mk('a', 0, 0), mk('b', 2, 2), mk('c', 4, 4), mk('d', 6, 6), mk('e', 300, 300)], x, o);
		expect(l.placed.map((p) => p.mark.id)).toEqual(['a', 'b', 'e']);
		expect(l.clusters).toHaveLength(1);
		expect(l.clusters[0]!.marks.map((m) => m.id)).toEqual(['c', 'd']);
		expect([l.clusters[0]!.start, l.clusters[0]!.end, l.clusters[0]!.row]).toEqual([4, 6, 2]);
		expect(l.rows).toBe(3);
	});
	it('places every mark exactly once', () => {
		const marks = Array.from({ length: 500 }, (_, i) => mk(`m${i}`, (i * 37) % 1000, (i * 37) % 1000));
		const l = layoutLane(marks, x, o);
		const n = l.placed.length + l.clusters.reduce((s, c) => s + c.marks.length, 0);
		expect(n).toBe(500);
		for (let r = 0; r < 2; r++) {
			const row = l.placed.filter((p) => p.row === r).sort((a, b) => a.x0 - b.x0);
			for (let i = 1; i < row.length; i++) expect(row[i]!.x0).toBeGreaterThanOrEqual(row[i - 1]!.x1 + o.gap);
		}
	});
});

describe('layoutLane: marks longer than the view', () => {
	const o = { ...DEFAULT_LAYOUT, maxRows: 3 };
	// a view of [1000, 2000]: four "years" longer than it, day marks within it
	const years = [mk('y1', 0, 5000, 'span'), mk('y2', 0, 5000, 'span'), mk('y3', 500, 3000, 'span'), mk('y4', 1500, 4000, 'span')];
	const days = [mk('d1', 1100, 1100), mk('d2', 1105, 1105), mk('d3', 1500, 1500)];
	const view = { from: 1000, to: 2000, counted: [] };
	const band = (l: LaneLayout) => l.clusters.filter((c) => c.row === 0).map((c) => [c.count, c.start, c.end, c.x0, c.x1]);

	it('without a view, take the rows and push the marks of the view into clusters', () => {
		const l = layoutLane([...years, ...days], x, o);
		expect(l.placed.map((p) => p.mark.id)).toEqual(['y1', 'y2', 'y3']);
		expect(l.clusters.reduce((n, c) => n + c.count, 0)).toBe(4);
	});
	it(`from ${BAND_MIN} on, make a band on the first row, counted with their extent, and leave the other rows to the rest`, () => {
		expect(BAND_MIN).toBe(4);
		const l = layoutLane([...days, ...years], x, o, view);
		expect(band(l)).toEqual([[4, 0, 5000, 1000, 2000]]);
		expect(l.placed.map((p) => [p.mark.id, p.row])).toEqual([['d1', 1], ['d2', 2], ['d3', 1]]);
		expect(l.clusters).toHaveLength(1);
		expect(l.rows).toBe(3);
	});
	it('make one cluster per stretch they overlap', () => {
		const l = layoutLane([mk('a1', 0, 1400, 'span'), mk('a2', 10, 1390, 'span'), mk('b1', 1400, 4000, 'span'), mk('b2', 1400, 4000, 'span')], x, o, view);
		expect(band(l)).toEqual([
			[2, 0, 1400, 1000, 1400],
			[2, 1400, 4000, 1400, 2000]
		]);
	});
	it('keep the total rows within maxRows plus the cluster row', () => {
		const crowd = Array.from({ length: 6 }, (_, i) => mk(`c${i}`, 1200 + i, 1200 + i));
		const l = layoutLane([...years, ...crowd], x, o, view);
		expect(l.placed.every((p) => p.row >= 1 && p.row < o.maxRows)).toBe(true);
		expect(l.clusters.map((c) => [c.row, c.count])).toEqual([[0, 4], [o.maxRows, 4]]);
		expect(l.rows).toBe(o.maxRows + 1);
	});
	it('add the marks counted but not loaded, or make a band of them alone', () => {
		const counted = [{ start: -1000, end: 1200, count: 40 }];
		expect(band(layoutLane([...days, ...years], x, o, { ...view, counted }))).toEqual([[44, -1000, 5000, 1000, 2000]]);
		const alone = layoutLane(days, x, o, { ...view, counted });
		expect(band(alone)).toEqual([[40, -1000, 1200, 1000, 1200]]);
		expect(alone.placed.map((p) => p.row)).toEqual([1, 2, 1]);
	});
	it(`leave fewer than ${BAND_MIN} of them to be drawn one by one`, () => {
		const l = layoutLane([years[0]!, ...days], x, o, view);
		expect(band(l)).toEqual([]);
		expect(l.placed.map((p) => [p.mark.id, p.row])).toEqual([['y1', 0], ['d1', 1], ['d2', 2], ['d3', 1]]);
	});
	it('leave out marks no longer than the view', () => {
		// three longer ones and one exactly as long: counted, it would have made four
		const l = layoutLane([...years.slice(0, 3), mk('fits', 1200, 2200, 'span'), ...days], x, o, view);
		expect(band(l)).toEqual([]);
	});
});

describe('linkSeries', () => {
	it('joins consecutive rounds of a series, reaching rounds out of view', () => {
		const all = [mk('r1', 0, 0, 'point', 's'), mk('r2', 100, 100, 'point', 's'), mk('r3', 5000, 5000, 'point', 's'), mk('x', 50, 50)];
		const { placed } = layoutLane(all.slice(0, 2), x);
		const links = linkSeries(placed, groupSeries(all), x);
		expect(links.map((l) => [l.from, l.to])).toEqual([['r1', 'r2'], ['r2', 'r3']]);
		expect(links[1]!.x2).toBe(5000);
	});
	it('draws nothing for marks without a series', () => {
		const all = [mk('a', 0, 0), mk('b', 100, 100)];
		expect(linkSeries(layoutLane(all, x).placed, groupSeries(all), x)).toEqual([]);
	});
});

describe('label room', () => {
	it('measures the free space to the next mark in the row', () => {
		const l = layoutLane([mk('a', 0, 0), mk('b', 100, 100), mk('c', 3, 3)], x, { ...DEFAULT_LAYOUT, maxRows: 2 });
		const room = Object.fromEntries(l.placed.map((p) => [p.mark.id, p.room]));
		expect(room).toEqual({ a: 93 - 7 - 4, b: Infinity, c: Infinity });
	});
});

describe('scale', () => {
	it('keeps the drawing bounded for 100k marks in view', () => {
		const many = Array.from({ length: 100_000 }, (_, i) => mk(`m${i}`, (i * 7919) % 1200, (i * 7919) % 1200));
		const l = layoutLane(many, x);
		expect(l.placed.length).toBeLessThan(1200);
		expect(l.clusters.length).toBeLessThan(200);
		expect(l.placed.length + l.clusters.reduce((n, c) => n + c.marks.length, 0)).toBe(100_000);
	}, 60_000);
});

describe('layoutLane against the plain greedy packing', () => {
	/** The packing as first written (an object per mark, a search of the rows for every mark): the oracle. */
	function plainLayout(marks: Mark[], o = DEFAULT_LAYOUT) {
		const measured = marks.map((mark) => ({ mark, ...measureMark(mark, x, o) }));
		measured.sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1);
		const rowEnds: number[] = [];
		const placed: [string, number][] = [];
		const clusters: { ids: string[]; x0: number; x1: number; start: number; end: number }[] = [];
		for (const m of measured) {
			let row = rowEnds.findIndex((end) => end + o.gap <= m.x0);
			if (row === -1 && rowEnds.length < o.maxRows) row = rowEnds.length;
			if (row !== -1) {
				rowEnds[row] = m.x1;
				placed.push([m.mark.id, row]);
				continue;
			}
			const last = clusters[clusters.length - 1];
			if (last && m.x0 <= last.x1 + o.gap) {
				last.ids.push(m.mark.id);
				last.x1 = Math.max(last.x1, m.x1);
				last.start = Math.min(last.start, m.mark.start);
				last.end = Math.max(last.end, m.mark.end);
			} else clusters.push({ ids: [m.mark.id], x0: m.x0, x1: m.x1, start: m.mark.start, end: m.mark.end });
		}
		return { placed, clusters, rows: rowEnds.length + (clusters.length ? 1 : 0) };
	}
	const shapes = ['point', 'span', 'before'] as const;
	// edges on a grid of 10 px (with these options) so that ties, in the sort and between a row's end
	// and the next left edge, are common; long spans too
	const arbMarks = fc.array(
		fc.record({ start: fc.integer({ min: 0, max: 60 }).map((v) => v * 10), length: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 30, max: 200 })).map((v) => v * 10), shape: fc.constantFrom(...shapes) }),
		{ maxLength: 120 }
	);
	it('places and clusters the same marks, in the same rows and order', () => {
		fc.assert(
			fc.property(arbMarks, fc.integer({ min: 1, max: 5 }), fc.constantFrom(0, 10), (specs, maxRows, gap) => {
				const marks = specs.map((s, i) => mk(`m${i}`, s.start, s.start + s.length, s.shape));
				const o = { maxRows, radius: 5, minSpan: 10, fade: 20, gap };
				const got = layoutLane(marks, x, o);
				const want = plainLayout(marks, o);
				expect(got.placed.map((p) => [p.mark.id, p.row])).toEqual(want.placed);
				expect(got.clusters.map((c) => ({ ids: c.marks.map((m) => m.id), x0: c.x0, x1: c.x1, start: c.start, end: c.end }))).toEqual(want.clusters);
				expect(got.clusters.every((c) => c.count === c.marks.length)).toBe(true);
				expect(got.rows).toBe(want.rows);
			}),
			{ numRuns: 400 }
		);
	});
});

describe('packing for labels, most salient first', () => {
	/** 10 px a character. */
	const room = (width: number) => ({ width, measure: (s: string) => s.length * 10 });
	const o = { maxRows: 2, radius: 5, minSpan: 10, fade: 20, gap: 4 };
	const sal = (id: string, at: number, salience: number, label = id): Mark => ({ ...mk(id, at, at), salience, label });

	it('gives the most salient mark of a crowd a row with room for its whole label', () => {
		// twelve marks 20 px apart: two rows of glyphs alone would hold them all, and no label
		const crowd = Array.from({ length: 12 }, (_, i) => sal(`m${i}`, 100 + i * 20, 1, 'Minor event'));
		const star = sal('star', 160, 9, 'GM files for bankruptcy');
		const l = layoutLane([...crowd, star], x, o, undefined, room(800));
		const p = l.placed.find((q) => q.mark.id === star.id)!;
		expect(p).toBeDefined();
		const sameRow = l.placed.filter((q) => q.row === p.row && q !== p);
		// nothing in its row between its glyph and the end of its label (right or left of it)
		const labelW = 23 * 10 + 5;
		const right = sameRow.every((q) => q.x1 + 4 <= p.x0 || q.x0 >= p.x1 + labelW);
		const left = sameRow.every((q) => q.x0 >= p.x1 + 4 || q.x1 <= p.x0 - labelW);
		expect(right || left).toBe(true);
	});

	it('without room to measure, packs as before (by left edge)', () => {
		const marks = [sal('a', 100, 1), sal('b', 105, 9), sal('c', 110, 5)];
		expect(layoutLane(marks, x, o).placed.map((p) => [p.mark.id, p.row])).toEqual([['a', 0], ['b', 1]]);
	});

	it('keeps the most salient when there is room for only some: the others join a cluster', () => {
		const marks = [sal('a', 100, 1), sal('b', 105, 9), sal('c', 110, 5)];
		const l = layoutLane(marks, x, o, undefined, room(800));
		expect(l.placed.map((p) => p.mark.id).sort()).toEqual(['b', 'c']);
		expect(l.clusters.flatMap((c) => c.marks.map((m) => m.id))).toEqual(['a']);
	});

	it('never hides the selected mark in a cluster, however little it weighs', () => {
		const marks = [sal('a', 100, 1), sal('b', 105, 9), sal('c', 110, 5)];
		const l = layoutLane(marks, x, o, undefined, { ...room(800), selectedId: 'a' });
		expect(l.placed.map((p) => p.mark.id)).toContain('a');
		expect(l.clusters.flatMap((c) => c.marks.map((m) => m.id))).not.toContain('a');
		// with no room for its label on any row, it still takes a row for its glyph
		const crowded = layoutLane([sal('b', 105, 9, 'Long label here'), sal('c', 110, 5, 'Long label here'), sal('a', 100, 1, 'Long label here')], x, o, undefined, { ...room(130), selectedId: 'a' });
		expect(crowded.placed.map((p) => p.mark.id)).toContain('a');
	});

	it('places or clusters every mark once, and no two glyphs of a row meet', () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ at: fc.integer({ min: -50, max: 900 }), salience: fc.integer({ min: 0, max: 5 }), len: fc.integer({ min: 1, max: 30 }) }), { maxLength: 150 }),
				(specs) => {
					const marks = specs.map((s, i) => sal(`m${i}`, s.at, s.salience, 'w'.repeat(s.len)));
					const l = layoutLane(marks, x, o, undefined, room(800));
					const ids = [...l.placed.map((p) => p.mark.id), ...l.clusters.flatMap((c) => c.marks.map((m) => m.id))].sort();
					expect(ids).toEqual(marks.map((m) => m.id).sort());
					for (const a of l.placed) for (const b of l.placed) if (a !== b && a.row === b.row) expect(a.x1 + 4 <= b.x0 || b.x1 + 4 <= a.x0).toBe(true);
					expect(l.rows).toBe(new Set(l.placed.map((p) => p.row)).size + (l.clusters.length ? 1 : 0));
				}
			),
			{ numRuns: 200 }
		);
	});
});

describe('clusters when packing for labels', () => {
	it('are at most CLUSTER_SPAN wide, so that each can be named', () => {
		const o = { maxRows: 1, radius: 5, minSpan: 10, fade: 20, gap: 4 };
		const marks = Array.from({ length: 200 }, (_, i) => ({ ...mk(`m${i}`, i * 3, i * 3), salience: i % 5 }));
		const l = layoutLane(marks, x, o, undefined, { width: 800, measure: (s: string) => s.length * 10 });
		expect(l.clusters.length).toBeGreaterThan(1);
		for (const c of l.clusters) expect(c.x1 - c.x0).toBeLessThanOrEqual(CLUSTER_SPAN + 10);
	});
});

describe('packingFor', () => {
	it.each([
		[1280, 4, LABEL_SHARE, 0],
		[NARROW_PX, 4, LABEL_SHARE, 0],
		[NARROW_PX - 1, 10, 0.75, 1],
		[342, 10, 0.75, 1]
	])('%dpx: %d rows, labels up to %d of a row, %d spare', (width, rows, share, spare) => {
		const p = packingFor(width);
		expect(p.options.maxRows).toBe(rows);
		expect(p.share).toBe(share);
		expect(p.spareRows).toBe(spare);
	});
});
