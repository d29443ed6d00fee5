/**
 * The site's data as static shards, derived from the contract (`TimelineData`) by one pure function,
 * so that the first download does not grow with the archive:
 *
 * - `index.json`: counts, facets, the time extent, the table of mark shards and, for each zoom level
 *   (year, month, week), how many marks start in each bin: the clusters drawn when a view holds too
 *   many marks to draw one by one. Its size grows with the years covered, not with the articles.
 * - `m/<lane>-<n>.json`: marks of one lane (what the timeline draws), in start order, at most
 *   `marksPerShard` each; long marks (over a month) sit in their own `m/<lane>l-<n>.json` shards
 *   (`longMarksPerShard` each) so that a year-long span does not drag a year of day marks into every
 *   view it overlaps. A long-mark shard holds marks of nearly the same extent (starts and ends within
 *   `LONG_SPREAD`): a view shorter than all of them needs their count, not the marks.
 * - `d/<n>.json`: full events and article metadata (no body), what a card shows, `detailsPerShard` each.
 * - `b/<n>.json`: article bodies (paragraphs, sentences, and where each dated expression is and
 *   which event it selects), `bodiesPerShard` each.
 * - `i/<n>.json`: id → details shard, bucketed by a hash of the id (`bucketOf`): how a deep link
 *   `#event=ID` finds its shard with two small requests.
 */
import { utcMonday, utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import type { Article, EventStatus, Precision, TimelineData, TimelineEvent, TimexMention } from '../ingest/types';
import type { Story } from '../ingest/story';
import { bucketOf } from '../ingest/hash';
import type { Lane } from './lanes';
import { findNewsWindow } from './newsWindow';
import { DAY_MS, dayToMs } from './time';


/** What the timeline needs to draw an event's mark (the full event is in a details shard). */
export interface EventStub {
	id: string;
	kind: TimelineEvent['kind'];
	label: string;
	when: TimelineEvent['when'];
	status: TimelineEvent['status'];
	place: string | null;
	parties: string[];
	series: string | null;
	/** Articles that report it. */
	sources: number;
	/** Weight for labels and ordering (see `TimelineEvent.salience`). */
	salience: number;
}

/** What the timeline needs to draw an article's mark. */
export interface ArticleStub {
	id: string;
	date: string;
	title: string;
	source: string | null;
}

/** An article without its body, plus where the body is and which events it mentions. */
export type ArticleMeta = Omit<Article, 'paragraphs' | 'sentences' | 'timexes'> & {
	/** Key of its body shard (`b/<key>.json`). */
	body: string;
	/** Ids of the events that quote it, in timeline order. */
	events: string[];
};

/**
 * A dated expression as the reader shows it: where it is, and the event it selects. Its text is in
 * the paragraph; its type, value and resolved stretch (in `npm run extract`'s output) the page never
 * shows, and they were two thirds of a body shard.
 */
export type BodyTimex = Pick<TimexMention, 'sentence' | 'start' | 'end' | 'event'>;

export type ArticleBody = Pick<Article, 'id' | 'paragraphs' | 'sentences'> & { timexes: BodyTimex[] };

/** An article as the reader opens it: its card's fields and its body. */
export type ReaderArticle = ArticleMeta & ArticleBody;

export interface MarkShardInfo {
	/** File key: `m/<key>.json`. */
	key: string;
	lane: Lane;
	count: number;
	/** UTC ms: first start and last end (exclusive) of its marks. */
	from: number;
	to: number;
	/**
	 * Long-mark shards only: the last start and the first end of their marks, so that each of them is
	 * at least `firstEnd - lastStart` long. A view shorter than that needs their count, not the marks
	 * (see loadPlan.ts).
	 */
	lastStart?: number;
	firstEnd?: number;
}

export type BinLevel = 'year' | 'month' | 'week';

export interface ShardIndex {
	version: 1;
	counts: { events: number; talks: number; articles: number };
	/** UTC ms extent of all marks, `null` when empty. */
	extent: [number, number] | null;
	/** UTC ms window of the news (articles and what they report as scheduled, see newsWindow.ts): the first view. */
	news: [number, number] | null;
	facets: { parties: string[]; places: string[] };
	shards: MarkShardInfo[];
	/** Number of `i/<n>.json` buckets. */
	idBuckets: number;
	/** Per level and lane: `[binStartMs, count]` pairs for non-empty bins, in time order. */
	bins: Record<BinLevel, Record<Lane, [number, number][]>>;
	/** The story's title, standfirst and default range (src/lib/ingest/story.ts); `null` when built without one. */
	story: Story | null;
}

/**
 * A mark shard's event, as a row: `[id, label, when.value, when.start, when.end, when.precision,
 * status, place, parties, series, sources, salience]`; its kind is its lane's. Rows rather than objects: a zoom can bring
 * ten shards at once, and without the keys a shard is 45 % smaller and parses 2 to 4 times faster.
 */
export type EventRow = [string, string, string, string, string, Precision, EventStatus, string | null, string[], string | null, number, number];
/** A mark shard's article, as a row: `[id, date, title, source]`. */
export type ArticleRow = [string, string, string, string | null];

export interface MarkShard {
	lane: Lane;
	events?: EventRow[];
	articles?: ArticleRow[];
}

/** The stub of a mark shard's event row (`lane` gives its kind). */
export function eventOfRow([id, label, value, start, end, precision, status, place, parties, series, sources, salience]: EventRow, lane: Lane): EventStub {
	return { id, kind: lane === 'talks' ? 'talks' : 'event', label, when: { value, start, end, precision }, status, place, parties, series, sources, salience };
}

/** The stub of a mark shard's article row. */
export function articleOfRow([id, date, title, source]: ArticleRow): ArticleStub {
	return { id, date, title, source };
}

export interface DetailsShard {
	events: TimelineEvent[];
	articles: ArticleMeta[];
}

export interface BodyShard {
	articles: ArticleBody[];
}

/** id → details shard key. */
export type IdShard = Record<string, string>;

export interface ShardOptions {
	marksPerShard: number;
	/**
	 * Marks per long-mark shard. Long marks overlap nearly every view of their years, so a view
	 * needs all the long-mark shards of its time together: bigger ones mean fewer requests for about
	 * the same bytes (seven requests become two in a month-wide view of the 10,000-article bench).
	 */
	longMarksPerShard: number;
	detailsPerShard: number;
	bodiesPerShard: number;
	idsPerBucket: number;
}

const DEFAULT_SHARDS: ShardOptions = { marksPerShard: 500, longMarksPerShard: 2000, detailsPerShard: 100, bodiesPerShard: 16, idsPerBucket: 600 };

export const BIN_LEVELS: { level: BinLevel; interval: CountableTimeInterval; approxMs: number }[] = [
	{ level: 'year', interval: utcYear, approxMs: 365.25 * DAY_MS },
	{ level: 'month', interval: utcMonth, approxMs: 30.44 * DAY_MS },
	{ level: 'week', interval: utcMonday, approxMs: 7 * DAY_MS }
];

/** Marks longer than this go into the long-mark shards of their lane. */
const LONG_MS = 31 * DAY_MS;
/** How far apart the starts, and the ends, of one long-mark shard's marks may lie. */
export const LONG_SPREAD = 14 * DAY_MS;
/** Fewer long marks of nearly one extent than this share a shard with others (see `chunkByExtent`). */
export const LONG_LEAST = 100;

/** UTC ms extent of an event's mark: `before` marks sit on their last day. */
export function eventExtent(when: TimelineEvent['when']): [number, number] {
	const end = dayToMs(when.end) + DAY_MS;
	return [when.precision === 'before' ? end - DAY_MS : dayToMs(when.start), end];
}

function byStartThenId<T extends { start: number; end: number; id: string }>(a: T, b: T): number {
	return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function chunk<T>(items: T[], size: number): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
	return out;
}

/**
 * Long marks (in start, then end order) in groups of at most `size` whose starts lie within `spread`
 * of each other, and so do their ends: nearly the same extent, as the marks of one year or one
 * season are (most long marks are: a story's "in 2025" or "last summer"). Groups of fewer than
 * `least` are not worth a request each: they travel together, in time order, up to `smallSize`
 * (such a shard spans years, so most views load it: it stays as small as a short-mark shard).
 */
export function chunkByExtent<T extends { start: number; end: number }>(items: T[], size: number, spread = LONG_SPREAD, least = LONG_LEAST, smallSize = size): T[][] {
	const tight: T[][] = [];
	let group: T[] = [];
	let minEnd = Infinity;
	let maxEnd = -Infinity;
	for (const x of items) {
		if (group.length && (group.length >= size || x.start - group[0]!.start > spread || Math.max(maxEnd, x.end) - Math.min(minEnd, x.end) > spread)) {
			tight.push(group);
			group = [];
			minEnd = Infinity;
			maxEnd = -Infinity;
		}
		group.push(x);
		minEnd = Math.min(minEnd, x.end);
		maxEnd = Math.max(maxEnd, x.end);
	}
	if (group.length) tight.push(group);
	const out: T[][] = [];
	let small: T[] = [];
	for (const g of tight) {
		if (g.length >= least) out.push(g);
		else {
			if (small.length + g.length > smallSize) {
				out.push(small);
				small = [];
			}
			small.push(...g);
		}
	}
	if (small.length) out.push(small);
	return out;
}

/**
 * Split a whole timeline into the files of `data/` (paths relative to it, values to serialise as
 * JSON); `story` goes into the index as it is.
 */
export function buildShards(data: TimelineData, options: Partial<ShardOptions> = {}, story: Story | null = null): Map<string, unknown> {
	const o = { ...DEFAULT_SHARDS, ...options };
	const files = new Map<string, unknown>();
	const detailKey = new Map<string, string>();

	// details: events in start order, then articles in date order, in fixed-size chunks
	const events = data.events.map((e) => ({ e, id: e.id, ...toRange(eventExtent(e.when)) })).sort(byStartThenId);
	const articles = data.articles.map((a) => ({ a, id: a.id, start: dayToMs(a.date), end: dayToMs(a.date) + DAY_MS })).sort(byStartThenId);
	const eventsOfArticle = new Map<string, string[]>();
	for (const { e } of events)
		for (const m of e.mentions) {
			const list = eventsOfArticle.get(m.article) ?? eventsOfArticle.set(m.article, []).get(m.article)!;
			if (list[list.length - 1] !== e.id) list.push(e.id);
		}
	const bodyKey = new Map<string, string>();
	chunk(articles, o.bodiesPerShard).forEach((group, n) => {
		const key = `${n}`;
		const bodies = group.map(({ a }): ArticleBody => ({
			id: a.id,
			paragraphs: a.paragraphs,
			sentences: a.sentences,
			timexes: a.timexes.map(({ sentence, start, end, event }) => ({ sentence, start, end, event }))
		}));
		files.set(`b/${key}.json`, { articles: bodies } satisfies BodyShard);
		for (const { id } of group) bodyKey.set(id, key);
	});
	let n = 0;
	for (const group of chunk(events, o.detailsPerShard)) {
		const key = `${n++}`;
		files.set(`d/${key}.json`, { events: group.map((x) => x.e), articles: [] } satisfies DetailsShard);
		for (const { id } of group) detailKey.set(id, key);
	}
	for (const group of chunk(articles, o.detailsPerShard)) {
		const key = `${n++}`;
		const metas = group.map(({ a }): ArticleMeta => {
			const { paragraphs: _p, sentences: _s, timexes: _t, ...meta } = a;
			return { ...meta, body: bodyKey.get(a.id)!, events: eventsOfArticle.get(a.id) ?? [] };
		});
		files.set(`d/${key}.json`, { events: [], articles: metas } satisfies DetailsShard);
		for (const { id } of group) detailKey.set(id, key);
	}

	// id index, bucketed by hash
	const idBuckets = Math.max(1, Math.ceil(detailKey.size / o.idsPerBucket));
	const buckets: IdShard[] = Array.from({ length: idBuckets }, () => ({}));
	for (const [id, key] of detailKey) buckets[bucketOf(id, idBuckets)]![id] = key;
	buckets.forEach((b, i) => files.set(`i/${i}.json`, b));

	// mark shards per lane, short and long marks apart
	const shards: MarkShardInfo[] = [];
	const addMarks = <T extends { id: string; start: number; end: number }>(lane: Lane, items: T[], row: (x: T) => EventRow | ArticleRow) => {
		for (const [suffix, part] of [['', items.filter((x) => x.end - x.start <= LONG_MS)], ['l', items.filter((x) => x.end - x.start > LONG_MS)]] as const) {
			const long = suffix === 'l';
			(long ? chunkByExtent(part, o.longMarksPerShard, LONG_SPREAD, LONG_LEAST, o.marksPerShard) : chunk(part, o.marksPerShard)).forEach((group, i) => {
				const key = `${lane}${suffix}-${i}`;
				let to = -Infinity;
				let firstEnd = Infinity;
				for (const x of group) {
					to = Math.max(to, x.end);
					firstEnd = Math.min(firstEnd, x.end);
				}
				const from = group[0]!.start;
				shards.push(long ? { key, lane, count: group.length, from, to, lastStart: group[group.length - 1]!.start, firstEnd } : { key, lane, count: group.length, from, to });
				const rows = group.map(row);
				files.set(`m/${key}.json`, (lane === 'articles' ? { lane, articles: rows } : { lane, events: rows }) as MarkShard);
			});
		}
	};
	const eventRow = ({ e }: { e: TimelineEvent }): EventRow => {
		const w = e.when;
		return [e.id, e.label, w.value, w.start, w.end, w.precision, e.status, e.place, e.parties, e.talks?.series ?? null, e.sources, e.salience];
	};
	addMarks('talks', events.filter((x) => x.e.kind === 'talks'), eventRow);
	addMarks('events', events.filter((x) => x.e.kind !== 'talks'), eventRow);
	addMarks('articles', articles, ({ a }): ArticleRow => [a.id, a.date, a.title, a.source]);

	const all = [...events, ...articles];
	let lo = Infinity;
	let hi = -Infinity;
	for (const x of all) {
		lo = Math.min(lo, x.start);
		hi = Math.max(hi, x.end);
	}
	const index: ShardIndex = {
		version: 1,
		counts: { events: data.events.length, talks: events.filter((x) => x.e.kind === 'talks').length, articles: data.articles.length },
		extent: lo <= hi ? [lo, hi] : null,
		news: findNewsWindow(
			articles.map((x) => x.start),
			events.map((x) => ({ start: x.start, end: x.end, status: x.e.status }))
		),
		facets: collectFacets(data.events),
		shards,
		idBuckets,
		bins: binMarks({
			talks: events.filter((x) => x.e.kind === 'talks').map((x) => x.start),
			events: events.filter((x) => x.e.kind !== 'talks').map((x) => x.start),
			articles: articles.map((x) => x.start)
		}),
		story
	};
	files.set('index.json', index);
	return files;
}

function toRange([start, end]: [number, number]) {
	return { start, end };
}

/** Count mark starts per bin of every level: the clusters of dense periods, computed once at build time. */
function binMarks(starts: Record<Lane, number[]>): ShardIndex['bins'] {
	const out = {} as ShardIndex['bins'];
	for (const { level, interval } of BIN_LEVELS) {
		out[level] = {} as Record<Lane, [number, number][]>;
		for (const lane of Object.keys(starts) as Lane[]) {
			const counts = new Map<number, number>();
			for (const t of starts[lane]) {
				const bin = interval.floor(new Date(t)).getTime();
				counts.set(bin, (counts.get(bin) ?? 0) + 1);
			}
			out[level][lane] = [...counts].sort((a, b) => a[0] - b[0]);
		}
	}
	return out;
}

/** Parties and places named by talks events, each sorted and unique: what the filters offer. */
function collectFacets(events: readonly TimelineEvent[]): { parties: string[]; places: string[] } {
	const parties = new Set<string>();
	const places = new Set<string>();
	for (const e of events) {
		if (e.kind !== 'talks') continue;
		for (const p of e.parties) parties.add(p);
		if (e.place) places.add(e.place);
	}
	const sort = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b, 'en'));
	return { parties: sort(parties), places: sort(places) };
}

/** End (exclusive, UTC ms) of the bin of `level` that starts at `start`. */
export function binEnd(level: BinLevel, start: number): number {
	return BIN_LEVELS.find((l) => l.level === level)!.interval.offset(new Date(start), 1).getTime();
}

/**
 * Paths of `data/` files read back from a built site, in the order `buildShards` made them (bodies,
 * details, id buckets by number, mark shards as the index lists them, the index last), so that what
 * is built from them (the one-file export) is the same as from `buildShards` itself.
 */
export function orderShardPaths(paths: readonly string[], index: ShardIndex): string[] {
	const marks = new Map(index.shards.map((s, i) => [`m/${s.key}.json`, i]));
	const rank = (path: string): [number, number] => {
		const numbered = /^([bdi])\/(\d+)\.json$/.exec(path);
		if (numbered) return ['bdi'.indexOf(numbered[1]!), Number(numbered[2])];
		if (marks.has(path)) return [3, marks.get(path)!];
		if (path === 'index.json') return [4, 0];
		throw new Error(`unexpected file data/${path}: not one that buildShards writes`);
	};
	const ranked = paths.map((path) => ({ path, rank: rank(path) }));
	return ranked.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1]).map((x) => x.path);
}
