import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFetchShardLoader } from './shardLoader';
import { FETCHES_PER_TASK, ShardStore } from './shardStore.svelte';
import type { EventRow, MarkShard, ShardIndex } from './shards';

const INDEX: ShardIndex = {
	version: 1,
	counts: { events: 0, talks: 0, articles: 0 },
	extent: null,
	news: null,
	facets: { kinds: [], statuses: [], parties: [], places: [] },
	shards: [],
	idBuckets: 1,
	bins: { year: { talks: [], events: [], articles: [] }, month: { talks: [], events: [], articles: [] }, week: { talks: [], events: [], articles: [] } }
} as unknown as ShardIndex;

const row = (id: string, day: string): EventRow => [id, id, day, day, day, 'day', 'happened', null, [], null, 1, 1];
const shardOf = (key: string): MarkShard => ({ lane: 'events', events: [row(`${key}-1`, '2026-01-02'), row(`${key}-2`, '2026-01-01')] });

/** A fetch whose answers the test releases; `bodies` maps a path's end to what it answers. */
function fakeFetch(bodies: Record<string, string | number> = {}) {
	const calls: string[] = [];
	const waiting: (() => void)[] = [];
	const fn = vi.fn((input: RequestInfo | URL) => {
		const url = String(input);
		calls.push(url.slice(url.indexOf('/data/') + '/data/'.length));
		const key = /m\/(.+)\.json$/.exec(url)?.[1] ?? '';
		const body = bodies[key] ?? JSON.stringify(shardOf(key));
		return new Promise<Response>((res) => waiting.push(() => res(typeof body === 'number' ? new Response('', { status: body }) : new Response(body))));
	});
	vi.stubGlobal('fetch', fn);
	/** Answer every request made so far, and let the answers be read. */
	const answer = async () => {
		for (const go of waiting.splice(0)) go();
		await new Promise((r) => setTimeout(r, 0));
	};
	return { calls, answer };
}

const nextTask = () => new Promise((r) => setTimeout(r, 0));

describe('ShardStore mark shards', () => {
	let arrivals = 0;
	let store: ShardStore;
	beforeEach(() => {
		arrivals = 0;
		store = new ShardStore(INDEX, createFetchShardLoader('http://site.test/data/'), {}, () => arrivals++);
	});
	afterEach(() => vi.unstubAllGlobals());

	it('asks for each shard once, however often the views ask for it', async () => {
		const net = fakeFetch();
		store.loadMarks(['events-0', 'events-1']);
		store.loadMarks(['events-1', 'events-0']);
		expect(net.calls).toEqual(['m/events-0.json', 'm/events-1.json']);
		await net.answer();
		// one arrival each: a shard asked for twice is not queued twice
		expect(arrivals).toBe(2);
		expect(store.drainArrived()).toEqual({ added: 2, more: false });
		store.loadMarks(['events-0', 'events-1']);
		expect(net.calls).toHaveLength(2);
	});

	it('keeps marks out until the painter drains them, then in start order', async () => {
		const net = fakeFetch();
		store.loadMarks(['events-0']);
		await net.answer();
		expect(store.marksOf('events-0')).toBeUndefined();
		expect(store.drainArrived()).toEqual({ added: 1, more: false });
		expect(store.marksOf('events-0')!.marks.map((m) => m.id)).toEqual(['events-0-2', 'events-0-1']);
	});

	it('while the view moves, asks for a few shards per task', async () => {
		const net = fakeFetch();
		const keys = ['a', 'b', 'c', 'd', 'e'].map((k) => `events-${k}`);
		store.loadMarks(keys, true);
		expect(net.calls).toHaveLength(FETCHES_PER_TASK);
		await nextTask();
		expect(net.calls).toHaveLength(Math.min(keys.length, 2 * FETCHES_PER_TASK));
		await nextTask();
		await nextTask();
		expect(net.calls.sort()).toEqual(keys.map((k) => `m/${k}.json`).sort());
	});

	it('at rest, asks for all of them at once', () => {
		const net = fakeFetch();
		store.loadMarks(['events-a', 'events-b', 'events-c', 'events-d', 'events-e']);
		expect(net.calls).toHaveLength(5);
	});

	it('turns at least one shard into marks per frame, the rest in later frames', async () => {
		const net = fakeFetch();
		store.loadMarks(['events-0', 'events-1', 'events-2']);
		await net.answer();
		expect(store.drainArrived(0)).toEqual({ added: 1, more: true });
		expect(['events-0', 'events-1', 'events-2'].filter((k) => store.marksOf(k))).toHaveLength(1);
		expect(store.drainArrived()).toEqual({ added: 2, more: false });
		expect(['events-0', 'events-1', 'events-2'].every((k) => store.marksOf(k))).toBe(true);
	});

	it('reports a shard that is not JSON, naming the file', async () => {
		const net = fakeFetch({ 'events-0': '{"lane": "events", "events": [' });
		store.loadMarks(['events-0', 'events-1']);
		await net.answer();
		store.drainArrived();
		expect(store.error).toMatch(/m\/events-0\.json/);
		expect(store.marksOf('events-0')).toBeUndefined();
		expect(store.marksOf('events-1')).toBeDefined();
	});

	it('reports a failed request and asks again the next time the view needs it', async () => {
		const net = fakeFetch({ 'events-0': 404 });
		store.loadMarks(['events-0']);
		await net.answer();
		expect(store.error).toMatch(/m\/events-0\.json.*404/);
		store.loadMarks(['events-0']);
		expect(net.calls).toEqual(['m/events-0.json', 'm/events-0.json']);
	});
});
