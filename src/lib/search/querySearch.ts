/**
 * Answers a query from the static index, loading only the files it needs (and each at most once).
 * The timeline page loads this module with its first search (see `searchQuery.ts`).
 */
import { decodePostings, type Facet, type FacetPostings, type IdLookup, type SearchDoc, type SearchMeta, type Shard } from './buildSearchIndex';
import type { Loader, SearchAnswer, SearchQuery } from './searchQuery';
import { bucketOf } from '../ingest/hash';
import { shardKey, tokenizeQuery } from './tokenize';

export { EMPTY_QUERY, isActive, type Loader, type SearchAnswer, type SearchQuery } from './searchQuery';

/** Intersection of ascending lists, ascending. */
export function intersectSorted(lists: readonly (readonly number[])[]): number[] {
	if (!lists.length) return [];
	const sorted = [...lists].sort((a, b) => a.length - b.length);
	let out = [...sorted[0]!];
	for (const list of sorted.slice(1)) {
		const next: number[] = [];
		let j = 0;
		for (const x of out) {
			while (j < list.length && list[j]! < x) j++;
			if (list[j] === x) next.push(x);
		}
		out = next;
	}
	return out;
}

/** Union of ascending lists, ascending and without repeats. */
export function unionSorted(lists: readonly (readonly number[])[]): number[] {
	return [...new Set(lists.flat())].sort((a, b) => a - b);
}

export interface SearchClient {
	meta(): Promise<SearchMeta>;
	/** `null` when the query asks for nothing. */
	search(q: SearchQuery, limit: number): Promise<SearchAnswer | null>;
	/** The list page and doc of an event id, or `null` when it is not in the index. */
	findId(id: string): Promise<{ doc: number; page: string } | null>;
}

/** A client over `load`; files are cached (a failed load is retried next time). */
export function createSearchClient(load: Loader): SearchClient {
	const cache = new Map<string, Promise<unknown>>();
	const get = <T>(file: string): Promise<T> => {
		let p = cache.get(file);
		if (!p) {
			p = load(file);
			p.catch(() => cache.delete(file));
			cache.set(file, p);
		}
		return p as Promise<T>;
	};
	const meta = () => get<SearchMeta>('meta.json');

	async function postingsOf(word: string, prefix: boolean, m: SearchMeta): Promise<number[]> {
		const key = shardKey(word);
		if (!m.shards.includes(key)) return [];
		const shard = await get<Shard>(`s-${key}.json`);
		if (!prefix) return decodePostings(shard[word] ?? []);
		return unionSorted(Object.keys(shard).filter((w) => w.startsWith(word)).map((w) => decodePostings(shard[w]!)));
	}

	async function docsOf(nums: number[], m: SearchMeta): Promise<SearchDoc[]> {
		const chunks = [...new Set(nums.map((n) => Math.floor(n / m.chunk)))];
		const loaded = new Map(await Promise.all(chunks.map(async (c) => [c, await get<SearchDoc[]>(`d-${c}.json`)] as const)));
		return nums.map((n) => loaded.get(Math.floor(n / m.chunk))![n % m.chunk]!);
	}

	return {
		meta,
		async search(q, limit) {
			const { words, prefix } = tokenizeQuery(q.text);
			const filters = (['kind', 'status', 'party', 'place'] as Facet[]).filter((f) => q[f]);
			if (!words.length && !filters.length) return null;
			const m = await meta();
			const lists = await Promise.all([
				...words.map((w, i) => postingsOf(w, prefix && i === words.length - 1, m)),
				...filters.map(async (f) => decodePostings((await get<FacetPostings>(`f-${f}.json`))[q[f]!] ?? []))
			]);
			const all = intersectSorted(lists);
			return { total: all.length, docs: await docsOf(all.slice(0, limit), m) };
		},
		async findId(id) {
			const m = await meta();
			const hit = (await get<IdLookup>(`i-${bucketOf(id, m.idBuckets)}.json`))[id];
			return hit ? { doc: hit[0], page: hit[1] } : null;
		}
	};
}
