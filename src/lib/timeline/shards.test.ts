import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Article, TimelineData, TimelineEvent } from '../ingest/types';
import { loadTimeline } from '../server/seeds';
import { chooseBinLevel, layoutBins } from './clusters';
import { SEED_FIXTURE } from '../../../tests/unit-support/seedTimeline';
import { BAND_MIN } from './layout';
import { DETAIL_LIMIT, firstViewShards, planLanes } from './loadPlan';
import { articleOfRow, binEnd, buildShards, chunkByExtent, eventExtent, eventOfRow, LONG_LEAST, LONG_SPREAD, orderShardPaths, type ArticleBody, type ArticleMeta, type BodyShard, type BodyTimex, type DetailsShard, type IdShard, type MarkShard, type ShardIndex } from './shards';
import { bucketOf } from '../ingest/hash';
import { DAY_MS, dayToMs } from './time';

const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Articles as the site carries them: a dated expression keeps where it is and the event it selects. */
function asOnTheSite(articles: readonly Article[]) {
	return byId(articles.map((a) => ({ ...a, timexes: a.timexes.map(({ sentence, start, end, event }) => ({ sentence, start, end, event })) })));
}

/** The inverse of `buildShards`: every event and article, whole again as the site carries them (order: by id). */
function reassembleShards(files: ReadonlyMap<string, unknown>): { events: TimelineEvent[]; articles: (Omit<Article, 'timexes'> & { timexes: BodyTimex[] })[] } {
	const events: TimelineEvent[] = [];
	const metas: ArticleMeta[] = [];
	const bodies = new Map<string, ArticleBody>();
	for (const [path, value] of files) {
		if (path.startsWith('d/')) {
			events.push(...(value as DetailsShard).events);
			metas.push(...(value as DetailsShard).articles);
		} else if (path.startsWith('b/')) for (const b of (value as BodyShard).articles) bodies.set(b.id, b);
	}
	const articles = metas.map(({ body: _b, events: _e, ...meta }) => {
		const b = bodies.get(meta.id)!;
		return { ...meta, paragraphs: b.paragraphs, sentences: b.sentences, timexes: b.timexes };
	});
	return { events: byId(events), articles: byId(articles) };
}

/** A story with `n` events over about ten years, one article quoting every ten of them. */
function synthetic(n: number): TimelineData {
	const base = structuredClone(SEED_FIXTURE.articles[0]!);
	const articles = Array.from({ length: Math.ceil(n / 10) }, (_, i) => ({
		...base,
		id: `a-${i}`,
		file: `${i}.txt`,
		date: new Date(dayToMs('2016-01-01') + (i % 3650) * DAY_MS).toISOString().slice(0, 10)
	}));
	const events = Array.from({ length: n }, (_, i): TimelineEvent => {
		const day = new Date(dayToMs('2016-01-01') + ((i * 7919) % 3650) * DAY_MS).toISOString().slice(0, 10);
		const long = i % 4 === 0;
		return {
			...structuredClone(SEED_FIXTURE.events[i % SEED_FIXTURE.events.length]!),
			id: `e-${i}`,
			when: long ? { value: day.slice(0, 4), start: `${day.slice(0, 4)}-01-01`, end: `${day.slice(0, 4)}-12-31`, precision: 'year' } : { value: day, start: day, end: day, precision: 'day' },
			mentions: [{ article: `a-${Math.floor(i / 10)}`, sentence: 0, sentenceText: 'x', text: '', start: 0, end: 0 }]
		};
	});
	return { version: 1, articles, events };
}

describe('buildShards', () => {
	it('gives the index the parties and places of talks, for the filters', () => {
		expect((buildShards(SEED_FIXTURE).get('index.json') as ShardIndex).facets).toEqual({ parties: ['Russia', 'Ukraine', 'United States'], places: ['Abu Dhabi'] });
	});
	it('gives the index the extent of the whole data set', () => {
		const extentOf = (data: TimelineData) => (buildShards(data).get('index.json') as ShardIndex).extent;
		expect(extentOf(SEED_FIXTURE)).toEqual([dayToMs('2022-02-01'), dayToMs('2026-02-02')]);
		expect(extentOf({ version: 1, articles: [], events: [] })).toBeNull();
	});

	it('reassembles to exactly the extract output of seeds/, less what the reader never shows of a date', async () => {
		const { data } = await loadTimeline('seeds');
		const back = reassembleShards(buildShards(data));
		expect(back.events).toEqual(byId(data.events));
		expect(back.articles).toEqual(asOnTheSite(data.articles));
		expect(data.articles[0]!.timexes.length).toBeGreaterThan(0);
		expect(Object.keys(back.articles[0]!.timexes[0]!).sort()).toEqual(['end', 'event', 'sentence', 'start']);
	});

	it.each([
		['the seed fixture', SEED_FIXTURE, {}],
		['5,000 events in small shards', synthetic(5000), { marksPerShard: 300, detailsPerShard: 50, bodiesPerShard: 7, idsPerBucket: 100 }],
		['an empty story', { version: 1, articles: [], events: [] } as TimelineData, {}]
	] as const)('reassembles %s', (_, data, options) => {
		const files = buildShards(data, options);
		const back = reassembleShards(files);
		expect(back.events).toEqual(byId(data.events));
		expect(back.articles).toEqual(asOnTheSite(data.articles));
		// the reassembly must be able to fail: drop one event and it no longer matches
		const broken = new Map(files);
		const key = [...broken.keys()].find((k) => k.startsWith('d/') && (broken.get(k) as DetailsShard).events.length);
		if (key) {
			broken.set(key, { ...(broken.get(key) as DetailsShard), events: (broken.get(key) as DetailsShard).events.slice(1) });
			expect(reassembleShards(broken).events).not.toEqual(byId(data.events));
		}
	});

	it('keeps every shard under its limit and every mark in exactly one mark shard', () => {
		const data = synthetic(5000);
		const files = buildShards(data, { marksPerShard: 30, longMarksPerShard: 200 });
		const index = files.get('index.json') as ShardIndex;
		const seen = new Map<string, number>();
		let longOver30 = false;
		for (const s of index.shards) {
			const shard = files.get(`m/${s.key}.json`) as MarkShard;
			const ids = (shard.events ?? shard.articles ?? []).map((row) => row[0]);
			expect(ids.length).toBe(s.count);
			expect(s.count).toBeLessThanOrEqual(/^[a-z]+l-/.test(s.key) ? 200 : 30);
			longOver30 ||= /^[a-z]+l-/.test(s.key) && s.count > 30;
			for (const id of ids) seen.set(id, (seen.get(id) ?? 0) + 1);
		}
		expect(seen.size).toBe(data.events.length + data.articles.length);
		expect([...seen.values()].every((n) => n === 1)).toBe(true);
		// long marks go by their own, larger, limit
		expect(longOver30).toBe(true);
		expect(index.counts).toEqual({ events: 5000, talks: data.events.filter((e) => e.kind === 'talks').length, articles: 500 });
	});

	it("gives back each event's and article's stub from its row in a mark shard", () => {
		const data = synthetic(3000);
		const files = buildShards(data, { marksPerShard: 300 });
		const events = new Map(data.events.map((e) => [e.id, e]));
		const articles = new Map(data.articles.map((a) => [a.id, a]));
		let n = 0;
		for (const s of (files.get('index.json') as ShardIndex).shards) {
			const shard = files.get(`m/${s.key}.json`) as MarkShard;
			for (const row of shard.events ?? []) {
				const e = events.get(row[0])!;
				expect(eventOfRow(row, shard.lane)).toEqual({ id: e.id, kind: e.kind, label: e.label, when: e.when, status: e.status, place: e.place, parties: e.parties, series: e.talks?.series ?? null, sources: e.sources, salience: e.salience });
				n++;
			}
			for (const row of shard.articles ?? []) {
				const a = articles.get(row[0])!;
				expect(articleOfRow(row)).toEqual({ id: a.id, date: a.date, title: a.title, source: a.source });
				n++;
			}
		}
		expect(n).toBe(data.events.length + data.articles.length);
		expect(data.events.some((e) => e.talks?.series) && data.events.some((e) => e.place) && data.articles.some((a) => a.source)).toBe(true);
	});

	it('finds every id through its bucket (deep links into any shard)', () => {
		const data = synthetic(2000);
		const files = buildShards(data, { idsPerBucket: 50, detailsPerShard: 30 });
		const index = files.get('index.json') as ShardIndex;
		expect(index.idBuckets).toBe(Math.ceil(2200 / 50));
		for (const e of [...data.events.slice(0, 50), ...data.events.slice(-50)]) {
			const key = (files.get(`i/${bucketOf(e.id, index.idBuckets)}.json`) as IdShard)[e.id]!;
			expect((files.get(`d/${key}.json`) as DetailsShard).events.map((x) => x.id)).toContain(e.id);
		}
		expect((files.get(`i/${bucketOf('no-such-id', index.idBuckets)}.json`) as IdShard)['no-such-id']).toBeUndefined();
	});

	it('keeps the index small whatever the number of events (it grows with the years covered)', () => {
		// every week of ten years holds marks: the bins are full; only the shard table still grows
		const small = gzipSync(JSON.stringify(buildShards(synthetic(10_000)).get('index.json'))).length;
		const big = gzipSync(JSON.stringify(buildShards(synthetic(40_000)).get('index.json'))).length;
		expect(big).toBeLessThan(20_000);
		expect(big - small).toBeLessThan(4_000);
	}, 60_000);

	it('counts each mark in the bin of its start at every level', () => {
		const index = buildShards(synthetic(3000)).get('index.json') as ShardIndex;
		for (const level of ['year', 'month', 'week'] as const) {
			const total = (['talks', 'events', 'articles'] as const).reduce((n, lane) => n + index.bins[level][lane].reduce((m, [, c]) => m + c, 0), 0);
			expect(total).toBe(3300);
		}
	});
});

describe('bucketOf', () => {
	it.each([
		['e-03fuk0umtp5', 1, 0],
		['', 7, bucketOf('', 7)],
		['a', 0, 0]
	] as const)('%s in %d buckets -> %d', (id, n, expected) => {
		expect(bucketOf(id, n)).toBe(expected);
	});
	it('spreads ids evenly', () => {
		const counts = new Array(16).fill(0);
		for (let i = 0; i < 16_000; i++) counts[bucketOf(`e-${i.toString(36)}`, 16)]++;
		expect(Math.min(...counts)).toBeGreaterThan(800);
		expect(Math.max(...counts)).toBeLessThan(1200);
	});
});

describe('long-mark shards', () => {
	it('group marks of nearly the same extent, and their bounds say which views lie inside them all', () => {
		const data = synthetic(5000);
		const files = buildShards(data);
		const index = files.get('index.json') as ShardIndex;
		const long = index.shards.filter((s) => /^[a-z]+l-/.test(s.key));
		// groups of nearly one extent big enough for a shard of their own (the rest travel together)
		const tight = long.filter((s) => s.count >= LONG_LEAST);
		expect(tight.length).toBeGreaterThan(2);
		for (const s of long) {
			const rows = (files.get(`m/${s.key}.json`) as MarkShard).events!;
			const extents = rows.map((r) => eventExtent({ value: r[2], start: r[3], end: r[4], precision: r[5] }));
			const starts = extents.map(([a]) => a);
			const ends = extents.map(([, b]) => b);
			expect([s.from, s.lastStart, s.firstEnd, s.to]).toEqual([Math.min(...starts), Math.max(...starts), Math.min(...ends), Math.max(...ends)]);
			if (s.count < LONG_LEAST) continue;
			expect(s.lastStart! - s.from).toBeLessThanOrEqual(LONG_SPREAD);
			expect(s.to - s.firstEnd!).toBeLessThanOrEqual(LONG_SPREAD);
		}
		// short-mark shards carry no such bounds
		expect(index.shards.filter((s) => !/^[a-z]+l-/.test(s.key)).every((s) => s.lastStart === undefined && s.firstEnd === undefined)).toBe(true);
	});
	it.each([
		['one extent, over the size', [[0, 400], [0, 400], [0, 400]], 2, [2, 1]],
		['starts too far apart', [[0, 400], [5, 400], [20, 400]], 9, [2, 1]],
		['ends too far apart', [[0, 400], [0, 409], [0, 411]], 9, [2, 1]],
		['nearly the same extent', [[0, 400], [3, 403], [10, 395]], 9, [3]]
	] as const)('chunkByExtent: %s', (_, extents, size, lengths) => {
		const groups = chunkByExtent(extents.map(([start, end]) => ({ start, end })), size, 10, 1);
		expect(groups.map((g) => g.length)).toEqual(lengths);
	});
	it('chunkByExtent: groups smaller than `least` travel together, in time order, up to `smallSize`', () => {
		const marks = (n: number, start: number, end: number) => Array.from({ length: n }, () => ({ start, end }));
		const items = [...marks(2, 0, 400), ...marks(5, 100, 500), ...marks(1, 200, 900), ...marks(3, 300, 700), ...marks(4, 800, 1200)];
		const groups = chunkByExtent(items, 9, 10, 4, 6);
		expect(groups.map((g) => g.map((x) => x.start))).toEqual([[100, 100, 100, 100, 100], [800, 800, 800, 800], [0, 0, 200, 300, 300, 300]]);
		expect(chunkByExtent(items, 9, 10, 4, 5).map((g) => g.length)).toEqual([5, 3, 4, 3]);
		// a group of `least` or more keeps its tight bounds; the others are all there
		expect(groups.flat()).toHaveLength(items.length);
	});
});

describe('planLanes', () => {
	const shards = [
		{ key: 'events-0', lane: 'events' as const, count: 3000, from: 0, to: 100 },
		{ key: 'events-1', lane: 'events' as const, count: 3000, from: 100, to: 200 },
		{ key: 'eventsl-0', lane: 'events' as const, count: 3000, from: 0, to: 400 },
		{ key: 'talks-0', lane: 'talks' as const, count: 10, from: 300, to: 310 }
	];
	it.each([
		// from, to, events detail?, events shards, talks shards
		[0, 50, true, ['events-0', 'eventsl-0'], []],
		[50, 150, true, ['events-0', 'events-1', 'eventsl-0'], []],
		[50, 150 + 62 * DAY_MS, false, ['events-0', 'events-1', 'eventsl-0'], ['talks-0']],
		[250, 305, true, ['eventsl-0'], ['talks-0']],
		[500, 600, true, [], []]
	] as const)('[%d, %d]', (from, to, detail, events, talks) => {
		const plan = planLanes({ shards }, from, to, 8000);
		expect(plan.events.detail).toBe(detail);
		expect(plan.events.shards.map((s) => s.key)).toEqual(events);
		expect(plan.talks.shards.map((s) => s.key)).toEqual(talks);
		expect(plan.events.counted).toEqual([]);
	});

	describe('long-mark shards of marks longer than the view', () => {
		// in days, so that views are wider than DETAIL_SPAN
		const d = (days: number) => days * DAY_MS;
		const year = { lane: 'events' as const, from: d(1000), lastStart: d(1010), firstEnd: d(1990), to: d(2000) };
		const long = [
			{ key: 'eventsl-0', count: 300, ...year },
			{ key: 'eventsl-1', count: 200, ...year, from: d(990), to: d(2010) },
			{ key: 'eventsl-2', count: 3, ...year, lane: 'talks' as const },
			{ key: 'eventsl-3', count: 50, lane: 'events' as const, from: d(1500), lastStart: d(1500), firstEnd: d(1700), to: d(1700) }
		];
		const day = { key: 'events-0', lane: 'events' as const, count: 10, from: d(1400), to: d(1600) };
		it('are counted, not loaded, and count towards the detail limit', () => {
			const plan = planLanes({ shards: [day, ...long] }, d(1200), d(1800), 600);
			expect(plan.events.shards.map((s) => s.key)).toEqual(['events-0', 'eventsl-3']);
			expect(plan.events.counted).toEqual([
				{ start: d(1000), end: d(2000), count: 300 },
				{ start: d(990), end: d(2010), count: 200 }
			]);
			// 10 + 50 loaded and 500 counted
			expect(plan.events.detail).toBe(true);
			expect(planLanes({ shards: [day, ...long] }, d(1200), d(1800), 559).events.detail).toBe(false);
		});
		it('are loaded when the view is longer than some of their marks may be', () => {
			const plan = planLanes({ shards: [day, ...long] }, d(1005), d(1990), 100);
			expect(plan.events.shards.map((s) => s.key).sort()).toEqual(['events-0', 'eventsl-0', 'eventsl-1', 'eventsl-3']);
			expect(plan.events.counted).toEqual([]);
			expect(plan.events.detail).toBe(false);
		});
		it(`are loaded when fewer than ${BAND_MIN} (they are drawn one by one, with their labels)`, () => {
			const plan = planLanes({ shards: long }, d(1200), d(1800), 100);
			expect(plan.talks.shards.map((s) => s.key)).toEqual(['eventsl-2']);
			expect(plan.talks.counted).toEqual([]);
		});
		it('are loaded in the lanes asked to load all (a filter must see every mark)', () => {
			const plan = planLanes({ shards: long }, d(1200), d(1800), 100, ['events']);
			expect(plan.events.shards).toHaveLength(3);
			expect(plan.events.counted).toEqual([]);
		});
	});
});

describe('firstViewShards', () => {
	it('without a news window, names the shards of the lanes the whole archive shows mark by mark, and none of the others', () => {
		const data = synthetic(5000);
		const index = buildShards(data, { marksPerShard: 300, detailsPerShard: 50, bodiesPerShard: 7, idsPerBucket: 100 }).get('index.json') as ShardIndex;
		const total = (lane: string) => index.shards.filter((s) => s.lane === lane).reduce((n, s) => n + s.count, 0);
		const small = (['talks', 'events', 'articles'] as const).filter((lane) => total(lane) <= DETAIL_LIMIT);
		const big = (['talks', 'events', 'articles'] as const).filter((lane) => total(lane) > DETAIL_LIMIT);
		// the synthetic story has both kinds of lane, or this test proves nothing
		expect(small.length).toBeGreaterThan(0);
		expect(big.length).toBeGreaterThan(0);
		const keys = firstViewShards({ ...index, news: null });
		expect(keys.sort()).toEqual(index.shards.filter((s) => small.includes(s.lane)).map((s) => s.key).sort());
	});
	it('with a news window, names only shards that reach into it', () => {
		const data = synthetic(5000);
		const index = buildShards(data, { marksPerShard: 300, detailsPerShard: 50, bodiesPerShard: 7, idsPerBucket: 100 }).get('index.json') as ShardIndex;
		const [a, b] = index.extent!;
		const news: [number, number] = [a + (b - a) * 0.4, a + (b - a) * 0.45];
		const keys = firstViewShards({ ...index, news });
		expect(keys.length).toBeGreaterThan(0);
		const pad = (news[1] - news[0]) * 0.5;
		for (const key of keys) {
			const s = index.shards.find((x) => x.key === key)!;
			expect(s.to >= news[0] - pad && s.from <= news[1] + pad, key).toBe(true);
		}
	});
	it('asks for nothing in an empty story', () => {
		expect(firstViewShards({ shards: [], extent: null, news: null })).toEqual([]);
	});
});

describe('chooseBinLevel and layoutBins', () => {
	it.each([
		[20 * 365, 1200, 'year'],
		[3 * 365, 1200, 'month'],
		[365, 1200, 'month'],
		[120, 1200, 'week'],
		[30, 1200, 'week'],
		[3000 * 365, 1200, 'year']
	] as const)('%d days over %dpx -> %s bins', (days, width, level) => {
		expect(chooseBinLevel(days * DAY_MS, width)).toBe(level);
	});

	it('draws one cluster per bin in view, merging bins closer than the minimum width', () => {
		const y = (year: number) => Date.UTC(year, 0, 1);
		const bins: [number, number][] = [[y(2010), 5], [y(2011), 7], [y(2020), 1], [y(2030), 2]];
		const x = (ms: number) => (ms - y(2010)) / (365.25 * DAY_MS) * 20;
		const clusters = layoutBins(bins, 'year', y(2010), y(2025), x);
		expect(clusters.map((c) => c.count)).toEqual([12, 1]);
		expect(clusters[0]!.start).toBe(y(2010));
		expect(clusters[0]!.end).toBe(binEnd('year', y(2011)));
		const wide = layoutBins(bins, 'year', y(2010), y(2025), (ms) => x(ms) * 2);
		expect(wide.map((c) => c.count)).toEqual([5, 7, 1]);
	});
});

describe('orderShardPaths', () => {
	it('puts files read back in any order into the order buildShards made them', () => {
		const files = buildShards(synthetic(5000), { marksPerShard: 300, detailsPerShard: 50, bodiesPerShard: 7, idsPerBucket: 100 });
		const paths = [...files.keys()];
		const shuffled = paths.map((p, i) => ({ p, k: (i * 7919) % paths.length })).sort((a, b) => a.k - b.k).map((x) => x.p);
		expect(shuffled).not.toEqual(paths);
		expect(orderShardPaths(shuffled, files.get('index.json') as ShardIndex)).toEqual(paths);
	});
	it('names a file that is no shard', () => {
		const files = buildShards(SEED_FIXTURE);
		expect(() => orderShardPaths([...files.keys(), 'x.json'], files.get('index.json') as ShardIndex)).toThrow('data/x.json');
	});
});
