import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT, fitLabel, groupSeries, layoutLane, linkSeries, measureMark } from './layout';
import type { Mark } from './marks';

const x = (ms: number) => ms; // 1 px per ms keeps the tables readable
const mk = (id: string, start: number, end: number, shape: Mark['shape'] = 'point', series: string | null = null): Mark => ({
	id, target: 'event', lane: 'talks', start, end, shape, precision: 'day', status: 'held', name: id, label: id, series, place: null, parties: []
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

describe('label room and fitting', () => {
	it('measures the free space to the next mark in the row', () => {
		const l = layoutLane([mk('a', 0, 0), mk('b', 100, 100), mk('c', 3, 3)], x, { ...DEFAULT_LAYOUT, maxRows: 2 });
		const room = Object.fromEntries(l.placed.map((p) => [p.mark.id, p.room]));
		expect(room).toEqual({ a: 93 - 7 - 4, b: Infinity, c: Infinity });
	});
	it.each([
		['Talks will resume', 1000, 'Talks will resume'],
		['Talks will resume', 66, 'Talks wil…'],
		['Talks will resume', 30, ''],
		['', 0, '']
	])('%s in %dpx -> %s', (text, room, out) => expect(fitLabel(text, room)).toBe(out));
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
