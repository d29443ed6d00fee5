/**
 * The search index as static files, built once from the timeline: a prefix-sharded inverted index
 * (`s-<first two letters>.json`), the events in chunks (`d-<n>.json`), one postings file per filter
 * (`f-kind.json`, ...) and an id lookup (`i-<bucket>.json`). The page loads `meta.json`, then only
 * the few files a query needs, so the archive is never loaded whole.
 */
import type { EventKind, EventStatus, TimelineData, When } from '../ingest/types';
import { getListPages, paginateList } from './listPages';
import { bucketOf } from '../ingest/hash';
import { shardKey, tokenize } from './tokenize';

/** What a result shows; `doc` numbers follow chronological order, so sorted postings are sorted results. */
export interface SearchDoc {
	id: string;
	kind: EventKind;
	status: EventStatus;
	label: string;
	when: When;
	place: string | null;
	parties: string[];
	/** The list page (`list/<page>/`) that shows this event. */
	page: string;
}

export const FACETS = ['kind', 'status', 'party', 'place'] as const;
export type Facet = (typeof FACETS)[number];

export interface SearchMeta {
	version: 1;
	/** Number of documents (events). */
	docs: number;
	/** Documents per `d-<n>.json` chunk. */
	chunk: number;
	/** Number of `i-<n>.json` id lookup files. */
	idBuckets: number;
	/** Keys of the `s-<key>.json` shards that exist. */
	shards: string[];
	/** For each filter, its values and how many events have each, most frequent first. */
	facets: Record<Facet, [string, number][]>;
}

/** `word → doc numbers`, ascending and delta-encoded (see {@link encodePostings}). */
export type Shard = Record<string, number[]>;
/** `value → doc numbers`, ascending and delta-encoded. */
export type FacetPostings = Record<string, number[]>;

/** Ascending doc numbers as gaps (`[3, 5, 9]` → `[3, 2, 4]`): about half the bytes once in JSON. */
export function encodePostings(docs: readonly number[]): number[] {
	return docs.map((d, i) => (i ? d - docs[i - 1]! : d));
}

/** The inverse of {@link encodePostings}. */
export function decodePostings(gaps: readonly number[]): number[] {
	const out: number[] = new Array(gaps.length);
	let at = 0;
	for (let i = 0; i < gaps.length; i++) out[i] = at += gaps[i]!;
	return out;
}
/** `event id → [doc number, list page]`. */
export type IdLookup = Record<string, [number, string]>;

export interface SearchFiles {
	meta: SearchMeta;
	/** Every file by name (`meta.json` included), ready to be served as JSON. */
	files: Map<string, unknown>;
}

export interface SearchIndexOptions {
	chunk?: number;
	idBuckets?: number;
	maxPerPage?: number;
}

/** Builds every file of the index. Pure: the same data gives the same files. */
export function buildSearchIndex(data: TimelineData, options: SearchIndexOptions = {}): SearchFiles {
	const chunk = options.chunk ?? 64;
	const idBuckets = options.idBuckets ?? Math.max(1, Math.min(256, Math.ceil(data.events.length / 500)));
	const titles = new Map(data.articles.map((a) => [a.id, a.title]));
	const docs: SearchDoc[] = [];
	for (const page of options.maxPerPage ? paginateList(data.events, options.maxPerPage) : getListPages(data.events))
		for (const e of page.events)
			docs.push({ id: e.id, kind: e.kind, status: e.status, label: e.label, when: e.when, place: e.place, parties: e.parties, page: page.slug });
	const byId = new Map(data.events.map((e) => [e.id, e]));

	const shards = new Map<string, Map<string, number[]>>();
	const facets: Record<Facet, Map<string, number[]>> = { kind: new Map(), status: new Map(), party: new Map(), place: new Map() };
	const post = (map: Map<string, number[]>, key: string, doc: number) => {
		const list = map.get(key) ?? map.set(key, []).get(key)!;
		if (list[list.length - 1] !== doc) list.push(doc);
	};
	docs.forEach((d, n) => {
		const e = byId.get(d.id)!;
		const text = [
			e.label,
			e.place ?? '',
			...e.parties,
			...(e.talks?.leaders.map((l) => l.name) ?? []),
			...e.mentions.map((m) => m.sentenceText),
			...new Set(e.mentions.map((m) => titles.get(m.article) ?? ''))
		].join('\n');
		for (const w of new Set(tokenize(text))) {
			const key = shardKey(w);
			post(shards.get(key) ?? shards.set(key, new Map()).get(key)!, w, n);
		}
		post(facets.kind, e.kind, n);
		post(facets.status, e.status, n);
		for (const p of e.parties) post(facets.party, p, n);
		if (e.place) post(facets.place, e.place, n);
	});

	const files = new Map<string, unknown>();
	const keys = [...shards.keys()].sort();
	for (const key of keys)
		files.set(`s-${key}.json`, Object.fromEntries([...shards.get(key)!].sort(([a], [b]) => (a < b ? -1 : 1)).map(([w, docs]) => [w, encodePostings(docs)])));
	for (let i = 0; i * chunk < docs.length; i++) files.set(`d-${i}.json`, docs.slice(i * chunk, (i + 1) * chunk));
	for (const f of FACETS) files.set(`f-${f}.json`, Object.fromEntries([...facets[f]].map(([v, docs]) => [v, encodePostings(docs)])));
	const lookups: IdLookup[] = Array.from({ length: idBuckets }, () => ({}));
	docs.forEach((d, n) => (lookups[bucketOf(d.id, idBuckets)]![d.id] = [n, d.page]));
	lookups.forEach((l, i) => files.set(`i-${i}.json`, l));

	const counted = (m: Map<string, number[]>): [string, number][] =>
		[...m].map(([v, list]): [string, number] => [v, list.length]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	const meta: SearchMeta = {
		version: 1,
		docs: docs.length,
		chunk,
		idBuckets,
		shards: keys,
		facets: { kind: counted(facets.kind), status: counted(facets.status), party: counted(facets.party), place: counted(facets.place) }
	};
	files.set('meta.json', meta);
	return { meta, files };
}
