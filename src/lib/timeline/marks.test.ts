import { describe, expect, it } from 'vitest';
import { SEED_FIXTURE } from '../../../tests/unit-support/seedTimeline';
import { articleMark, chooseShape, eventMark, indexLane, rowMark, selectVisible, type Mark } from './marks';
import type { Lane } from './lanes';
import { buildShards, type MarkShard, type ShardIndex } from './shards';
import { DAY_MS, dayToMs } from './time';

describe('chooseShape', () => {
	it.each([
		['day', '2026-02-01', '2026-02-01', 'point'],
		['day', '2026-03-03', '2026-03-05', 'span'],
		['month', '2022-02-01', '2022-02-28', 'span'],
		['year', '2022-01-01', '2022-12-31', 'span'],
		['before', '2026-01-28', '2026-01-28', 'before']
	] as const)('%s %s..%s -> %s', (p, s, e, shape) => expect(chooseShape(p, s, e)).toBe(shape));
});

describe('eventMark and articleMark on the seed', () => {
	const lanes: Record<Lane, Mark[]> = { talks: [], events: [], articles: [] };
	for (const m of [...SEED_FIXTURE.events.map(eventMark), ...SEED_FIXTURE.articles.map(articleMark)]) lanes[m.lane].push(m);
	it('puts talks, events and articles in their lanes', () => {
		expect(lanes.talks.map((m) => m.id).sort()).toEqual(['e-abu-dhabi', 'e-resume']);
		expect(lanes.events.map((m) => m.id).sort()).toEqual(['e-interview', 'e-invasion']);
		expect(lanes.articles.map((m) => m.id)).toEqual(['a0578cf5c3b1c3863']);
	});
	it('never draws a "before" event as if it happened on the article day', () => {
		const m = lanes.talks.find((x) => x.id === 'e-abu-dhabi')!;
		expect(m.shape).toBe('before');
		expect(m.end).toBe(dayToMs('2026-01-29'));
		expect(m.name).toContain('on or before 28 January 2026');
	});
	it('spans a month-precise event over the whole month', () => {
		const m = lanes.events.find((x) => x.id === 'e-invasion')!;
		expect([m.shape, m.start, m.end]).toEqual(['span', dayToMs('2022-02-01'), dayToMs('2022-03-01')]);
	});
	it('names marks for assistive technology', () => {
		expect(lanes.talks.find((x) => x.id === 'e-resume')!.name).toBe('Talks will resume (scheduled, Sunday 1 February 2026)');
	});
});

describe('indexLane at scale', () => {
	it('indexes 100k events', () => {
		const base = SEED_FIXTURE.events[2]!;
		const events = Array.from({ length: 100_000 }, (_, i) => {
			const day = new Date(Date.UTC(2000, 0, 1) + (i % 9000) * DAY_MS).toISOString().slice(0, 10);
			return { ...base, id: `e${i}`, when: { value: day, start: day, end: day, precision: 'day' as const } };
		});
		const index = indexLane(events.map(eventMark));
		expect(index.marks).toHaveLength(100_000);
		// speed is measured by `npm run bench`; this only proves 100k marks are indexed at all
	}, 60_000);
});

describe('selectVisible', () => {
	const mk = (id: string, s: number, e: number): Mark => ({
		id, target: 'event', lane: 'events', start: s * DAY_MS, end: e * DAY_MS, shape: 'span', precision: 'day',
		status: 'happened', name: id, label: id, series: null, place: null, parties: [], salience: 1
	});
	const index = indexLane([mk('c', 20, 21), mk('long', 0, 100), mk('a', 5, 6), mk('b', 10, 11), mk('late', 200, 201)]);
	it.each([
		[0, 7, ['long', 'a']],
		[50, 60, ['long']],
		[9, 22, ['long', 'b', 'c']],
		[150, 199, []],
		[150, 200, ['late']]
	])('[%d, %d] -> %o', (from, to, ids) => {
		expect(selectVisible(index, from * DAY_MS, to * DAY_MS).map((m) => m.id)).toEqual(ids);
	});
	it('sorts by start', () => {
		expect(index.marks.map((m) => m.id)).toEqual(['long', 'a', 'b', 'c', 'late']);
		expect(index.maxDuration).toBe(100 * DAY_MS);
	});
	it('selects the visible few of 100k marks', () => {
		const many = Array.from({ length: 100_000 }, (_, i) => mk(`m${i}`, (i * 7919) % 36500, ((i * 7919) % 36500) + 1));
		const idx = indexLane(many);
		const vis = selectVisible(idx, 1000 * DAY_MS, 1010 * DAY_MS);
		expect(vis.length).toBeGreaterThan(0);
		expect(vis.length).toBeLessThan(100);
	}, 60_000);
});

describe('rowMark (marks straight from mark shard rows)', () => {
	const files = buildShards(SEED_FIXTURE);
	const fields = (m: Mark) => ({ ...m, name: m.name });
	it('makes the same mark as the whole event or article, name included', () => {
		const whole = new Map([...SEED_FIXTURE.events.map(eventMark), ...SEED_FIXTURE.articles.map(articleMark)].map((m) => [m.id, m]));
		let n = 0;
		for (const s of (files.get('index.json') as ShardIndex).shards) {
			const shard = files.get(`m/${s.key}.json`) as MarkShard;
			for (const row of shard.events ?? shard.articles ?? []) {
				const m = rowMark(row, shard.lane);
				expect(fields(m)).toEqual(fields(whole.get(m.id)!));
				n++;
			}
		}
		expect(n).toBe(SEED_FIXTURE.events.length + SEED_FIXTURE.articles.length);
	});
});
