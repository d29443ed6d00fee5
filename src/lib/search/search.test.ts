import { describe, expect, it } from 'vitest';
import type { TimelineData, TimelineEvent } from '../ingest/types';
import { SEED_FIXTURE } from '../../../tests/unit-support/seedTimeline';
import { buildSearchIndex, decodePostings, encodePostings } from './buildSearchIndex';
import { formatPageHeading } from './listItems';
import { groupByMonth, paginateList, sortDay } from './listPages';
import { createSearchClient, EMPTY_QUERY, intersectSorted, unionSorted, type SearchQuery } from './querySearch';
import { bucketOf } from '../ingest/hash';
import { shardKey, tokenize, tokenizeQuery } from './tokenize';

describe('tokenize', () => {
	it.each([
		['Talks will resume on Sunday.', ['talks', 'resume', 'sunday']],
		['Zaporizhzhia’s plant', ['zaporizhzhia', 'plant']],
		['Café Genève', ['cafe', 'geneve']],
		['Переговоры в Абу-Даби', ['переговоры', 'абу', 'даби']],
		['a I of the', []],
		['', []]
	])('%s', (text, words) => expect(tokenize(text)).toEqual(words));
});

describe('tokenizeQuery', () => {
	it.each([
		['abu', { words: ['abu'], prefix: true }],
		['abu ', { words: ['abu'], prefix: false }],
		['talks in Abu', { words: ['talks', 'abu'], prefix: true }],
		['the', { words: ['the'], prefix: true }],
		['the ', { words: [], prefix: false }],
		['a', { words: [], prefix: false }],
		['  ', { words: [], prefix: false }]
	])('%j', (q, want) => expect(tokenizeQuery(q)).toEqual(want));
});

describe('shardKey', () => {
	it.each([
		['abu', 'ab'],
		['x', 'x'],
		['даби', '_tw_ts'],
		['2026', '20']
	])('%s → %s', (w, key) => expect(shardKey(w)).toBe(key));
});

describe('id lookup files', () => {
	it('put each event in the file the page asks for it', () => {
		const events = Array.from({ length: 40 }, (_, i) => ({ ...SEED_FIXTURE.events[i % SEED_FIXTURE.events.length]!, id: `e-${i}` }));
		const { files, meta } = buildSearchIndex({ ...SEED_FIXTURE, events }, { idBuckets: 5 });
		const lookups = Array.from({ length: 5 }, (_, n) => files.get(`i-${n}.json`) as Record<string, unknown>);
		for (const e of events) {
			const n = bucketOf(e.id, meta.idBuckets);
			expect(Object.keys(lookups[n]!)).toContain(e.id);
			for (const [other, lookup] of lookups.entries()) if (other !== n) expect(lookup).not.toHaveProperty(e.id);
		}
		// spread over the files, not all in one
		expect(lookups.filter((l) => Object.keys(l).length > 0).length).toBeGreaterThan(3);
	});
});

describe('postings as gaps', () => {
	it.each([[[]], [[0]], [[3, 5, 9]], [[0, 1, 2, 1000]]])('%j round-trips', (docs) => {
		expect(decodePostings(encodePostings(docs))).toEqual(docs);
	});
	it('stores gaps', () => expect(encodePostings([3, 5, 9])).toEqual([3, 2, 4]));
});

describe('sorted sets', () => {
	it.each([
		[[[1, 2, 3], [2, 3, 4]], [2, 3], [1, 2, 3, 4]],
		[[[1], []], [], [1]],
		[[[5, 9]], [5, 9], [5, 9]],
		[[], [], []]
	])('%j', (lists, inter, union) => {
		expect(intersectSorted(lists)).toEqual(inter);
		expect(unionSorted(lists)).toEqual(union);
	});
});

function ev(id: string, start: string, extra: Partial<TimelineEvent> = {}): TimelineEvent {
	return {
		id,
		kind: 'event',
		label: `Event ${id}`,
		when: { value: start, start, end: start, precision: 'day' },
		status: 'happened',
		place: null,
		parties: [],
		talks: null,
		disagreements: [],
		mentions: [],
		sources: 0,
		salience: 0,
		...extra
	};
}

describe('paginateList', () => {
	it('one page per year, oldest first; "before" filed under its last day', () => {
		const pages = paginateList(SEED_FIXTURE.events);
		expect(pages.map((p) => p.slug)).toEqual(['2022', '2026']);
		expect(pages[1]!.events.map((e) => sortDay(e))).toEqual(['2026-01-27', '2026-01-28', '2026-02-01']);
	});
	it('splits a big year by month', () => {
		const events = [ev('a', '2025-12-31'), ev('b', '2026-01-05'), ev('c', '2026-01-06'), ev('d', '2026-03-01')];
		expect(paginateList(events, 2).map((p) => [p.slug, p.events.length])).toEqual([
			['2025', 1],
			['2026-01', 2],
			['2026-03', 1]
		]);
	});
	it('cuts a month that is still too big into numbered parts', () => {
		const events = ['01', '02', '03', '04', '05'].map((d) => ev(d, `2026-01-${d}`));
		expect(paginateList(events, 2).map((p) => [p.slug, p.events.map((e) => e.id).join()])).toEqual([
			['2026-01', '01,02'],
			['2026-01-2', '03,04'],
			['2026-01-3', '05']
		]);
	});
	it.each([
		['2026', '2026'],
		['2026-02', 'February 2026'],
		['2026-02-3', 'February 2026, part 3']
	])('heading of %s is %s', (slug, want) => expect(formatPageHeading(slug)).toBe(want));
	it('gives no pages for no events', () => expect(paginateList([])).toEqual([]));
	it('groups by month in order', () => {
		const g = groupByMonth([ev('a', '2026-01-05'), ev('b', '2026-01-06'), ev('c', '2026-03-01')]);
		expect(g.map((x) => [x.month, x.events.length])).toEqual([
			['2026-01', 2],
			['2026-03', 1]
		]);
	});
});

describe('search over the seed fixture', () => {
	const { files, meta } = buildSearchIndex(SEED_FIXTURE, { chunk: 2 });
	const loaded: string[] = [];
	const client = createSearchClient(async (f) => {
		loaded.push(f);
		if (!files.has(f)) throw new Error(`no ${f}`);
		return structuredClone(files.get(f));
	});
	const q = (x: Partial<SearchQuery>) => client.search({ ...EMPTY_QUERY, ...x }, 10);
	const labels = async (x: Partial<SearchQuery>) => (await q(x))?.docs.map((d) => d.label) ?? null;

	it('has one doc per event and the facets', () => {
		expect(meta.docs).toBe(SEED_FIXTURE.events.length);
		expect(meta.facets.kind).toEqual([
			['event', 2],
			['talks', 2]
		]);
		expect(meta.facets.place).toEqual([['Abu Dhabi', 2]]);
	});

	it.each<[Partial<SearchQuery>, string[] | null]>([
		[{ text: '' }, null],
		[{ text: 'the ' }, null],
		[{ text: 'abu' }, ['Trilateral talks in Abu Dhabi', 'Talks will resume']],
		[{ text: 'ab' }, ['Trilateral talks in Abu Dhabi', 'Talks will resume']],
		[{ text: 'abu ' }, ['Trilateral talks in Abu Dhabi', 'Talks will resume']],
		[{ text: 'invasion' }, ['The invasion began']],
		[{ text: 'INVASI' }, ['The invasion began']],
		[{ text: 'sybiha pravda' }, ['Sybiha interview with European Pravda published']],
		[{ text: 'sunday resume' }, ['Talks will resume']],
		[{ text: 'nowhere' }, []],
		[{ text: 'zz' }, []],
		[{ kind: 'talks' }, ['Trilateral talks in Abu Dhabi', 'Talks will resume']],
		[{ kind: 'talks', status: 'scheduled' }, ['Talks will resume']],
		[{ status: 'cancelled' }, []],
		[{ party: 'Russia', text: 'invasion' }, []],
		[{ place: 'Abu Dhabi', text: 'resume' }, ['Talks will resume']]
	])('%j', async (query, want) => expect(await labels(query)).toEqual(want));

	it('results are in date order and count all matches', async () => {
		const a = await client.search({ ...EMPTY_QUERY, text: 'talks' }, 1);
		expect(a!.total).toBeGreaterThan(1);
		expect(a!.docs).toHaveLength(1);
	});

	it('finds an id and its list page; unknown ids are null', async () => {
		const id = SEED_FIXTURE.events.find((e) => e.label === 'Talks will resume')!.id;
		expect(await client.findId(id)).toEqual({ doc: expect.any(Number), page: '2026' });
		expect(await client.findId('nope')).toBeNull();
	});

	it('loads only what a query needs', async () => {
		loaded.length = 0;
		await q({ text: 'invasion' });
		expect(loaded.every((f) => f === 's-in.json' || f.startsWith('d-'))).toBe(true);
	});
});

describe('search at scale', () => {
	it('10,000 events: shards stay small, a word query touches few files', async () => {
		const events: TimelineEvent[] = [];
		const places = ['Geneva', 'Istanbul', 'Riyadh', 'Abu Dhabi', 'Minsk'];
		for (let i = 0; i < 10_000; i++) {
			const day = new Date(Date.UTC(2016, 0, 1) + i * 86_400_000 * 0.3).toISOString().slice(0, 10);
			events.push(ev(`e${i}`, day, { kind: i % 3 ? 'event' : 'talks', place: places[i % 5]!, label: `Round ${i} of talks in ${places[i % 5]} word${i}` }));
		}
		const data: TimelineData = { version: 1, articles: [], events };
		const { files, meta } = buildSearchIndex(data);
		expect(meta.docs).toBe(10_000);
		const sizes = [...files].map(([name, v]) => [name, JSON.stringify(v).length] as const);
		const biggest = Math.max(...sizes.filter(([n]) => n.startsWith('s-') || n.startsWith('d-')).map(([, s]) => s));
		expect(biggest).toBeLessThan(200_000);
		const loaded: string[] = [];
		const client = createSearchClient(async (f) => (loaded.push(f), files.get(f)));
		const a = await client.search({ ...EMPTY_QUERY, text: 'word4242' }, 20);
		expect(a!.docs.map((d) => d.label)).toEqual(['Round 4242 of talks in Riyadh word4242']);
		expect(loaded.length).toBeLessThanOrEqual(3);
		const b = await client.search({ ...EMPTY_QUERY, text: 'genev', kind: 'talks' }, 20);
		expect(b!.total).toBe(events.filter((e, i) => e.kind === 'talks' && i % 5 === 0).length);
	});
});
