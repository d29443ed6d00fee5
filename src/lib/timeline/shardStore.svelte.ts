/**
 * The client's cache of shards (see shards.ts): loads each file once through its `ShardLoader`. Its
 * maps are Svelte's reactive maps, so what reads an event, an article or a shard's marks recomputes
 * when it arrives. Knows nothing about drawing.
 */
import { SvelteMap } from 'svelte/reactivity';
import { t } from '../i18n';
import type { TimelineEvent } from '../ingest/types';
import { indexLane, rowMark, type LaneIndex } from './marks';
import { bucketOf } from '../ingest/hash';
import type { ShardLoader } from './shardLoader';
import type { ArticleBody, ArticleMeta, BodyShard, DetailsShard, IdShard, MarkShard, ShardIndex } from './shards';

/** Time per frame for turning arrived shards into marks during a gesture, ms. */
export const MARKS_BUDGET_MS = 3;
/** Mark shards asked for per task while the view moves (see `ShardStore.loadMarks`). */
export const FETCHES_PER_TASK = 2;

export class ShardStore {
	/** Last failure, to show instead of failing silently. */
	error = $state<string | null>(null);
	readonly events = new SvelteMap<string, TimelineEvent>();
	readonly articles = new SvelteMap<string, ArticleMeta>();
	readonly bodies = new SvelteMap<string, ArticleBody>();
	private readonly marks = new SvelteMap<string, LaneIndex>();
	private readonly detailKey = new Map<string, string>();
	private readonly inflight = new Map<string, Promise<unknown>>();
	/** Mark shards asked for (loaded, on their way or queued); a failed one leaves it to be asked again. */
	private readonly requested = new Set<string>();
	/** Mark shards to ask for in the next tasks (see `loadMarks`). */
	private readonly queued: string[] = [];
	private queueTimer: ReturnType<typeof setTimeout> | undefined;
	/** Mark shards fetched (their JSON text) but not yet turned into marks (see `drainArrived`). */
	private readonly arrived: [string, string][] = [];

	constructor(
		readonly index: ShardIndex,
		private readonly load: ShardLoader,
		preloaded: Record<string, MarkShard> = {},
		/** Called when a mark shard has arrived: the owner calls `drainArrived` in its next frame. */
		public onArrive: () => void = () => {}
	) {
		for (const [key, shard] of Object.entries(preloaded)) this.addMarks(key, shard);
	}

	private fetchJson<T>(path: string): Promise<T> {
		return this.fetchBody(path, (text) => JSON.parse(text) as T);
	}

	private fetchBody<T>(path: string, read: (text: string) => T): Promise<T> {
		let p = this.inflight.get(path) as Promise<T> | undefined;
		if (!p) {
			p = this.load(path).then(read);
			p.catch((e: Error) => {
				this.inflight.delete(path);
				this.error = t.loadFailed(path, e.message);
			});
			this.inflight.set(path, p);
		}
		return p;
	}

	private addMarks(key: string, shard: MarkShard) {
		const marks = (shard.articles ?? shard.events ?? []).map((row) => rowMark(row, shard.lane));
		this.marks.set(key, indexLane(marks));
	}

	/** The marks of a loaded shard, indexed for `selectVisible`; `undefined` until it arrives. */
	marksOf(key: string): LaneIndex | undefined {
		return this.marks.get(key);
	}

	/**
	 * Start loading mark shards that are not loaded or asked for yet. `spread` (while the view is
	 * moving): ask for at most `FETCHES_PER_TASK` now and the rest in the tasks that follow, since
	 * each `fetch()` call costs the page about a millisecond and one zoom step can reach ten shards.
	 */
	loadMarks(keys: readonly string[], spread = false): void {
		for (const key of keys) {
			if (this.marks.has(key) || this.requested.has(key)) continue;
			this.requested.add(key);
			this.queued.push(key);
		}
		this.requestQueued(spread ? FETCHES_PER_TASK : Infinity);
	}

	private requestQueued(most: number) {
		for (let n = 0; n < most && this.queued.length; n++) {
			const key = this.queued.shift()!;
			// the body stays text until `drainArrived`: parsing it is part of the frame's budget
			this.fetchBody(`m/${key}.json`, (text) => text).then(
				(body) => {
					this.arrived.push([key, body]);
					this.onArrive();
				},
				() => this.requested.delete(key)
			);
		}
		if (this.queued.length && this.queueTimer === undefined)
			this.queueTimer = setTimeout(() => {
				this.queueTimer = undefined;
				this.requestQueued(FETCHES_PER_TASK);
			}, 0);
	}

	/**
	 * Turn the shards that arrived since the last frame into marks (their JSON is parsed here): all of
	 * them at rest (the first view, a key press: laid out once), or `budgetMs` worth (at least one
	 * shard) while the view is moving, so that a zoom reaching several shards at once gets them over a
	 * few frames instead of one long one. The painter calls it at the start of a frame, which then
	 * draws them. Returns how many shards became marks, and whether some are left for the next frame.
	 */
	drainArrived(budgetMs = Infinity): { added: number; more: boolean } {
		if (!this.arrived.length) return { added: 0, more: false };
		let added = 0;
		const t0 = performance.now();
		do {
			const [key, body] = this.arrived.shift()!;
			let shard: MarkShard;
			try {
				shard = JSON.parse(body) as MarkShard;
			} catch (e) {
				// not asked for again: the same file would fail the same way
				this.error = t.loadFailed(`m/${key}.json`, (e as Error).message);
				continue;
			}
			this.addMarks(key, shard);
			added++;
		} while (this.arrived.length && performance.now() - t0 < budgetMs);
		return { added, more: this.arrived.length > 0 };
	}

	/** Load the cards' data (events, article metadata) of `ids`; unknown ids are simply absent afterwards. */
	async ensure(ids: readonly string[]): Promise<void> {
		const missing = ids.filter((id) => !this.events.has(id) && !this.articles.has(id));
		if (!missing.length) return;
		const buckets = [...new Set(missing.map((id) => bucketOf(id, this.index.idBuckets)))];
		await Promise.all(
			buckets.map((b) =>
				this.fetchJson<IdShard>(`i/${b}.json`).then((map) => {
					for (const [id, key] of Object.entries(map)) this.detailKey.set(id, key);
				})
			)
		);
		const keys = [...new Set(missing.map((id) => this.detailKey.get(id)).filter((k): k is string => !!k))];
		await Promise.all(keys.map((k) => this.fetchJson<DetailsShard>(`d/${k}.json`).then((d) => this.addDetails(d))));
	}

	private addDetails(d: DetailsShard) {
		for (const e of d.events) if (!this.events.has(e.id)) this.events.set(e.id, e);
		for (const a of d.articles) if (!this.articles.has(a.id)) this.articles.set(a.id, a);
	}

	/** Load the body of a (loaded) article. */
	async ensureBody(id: string): Promise<void> {
		const meta = this.articles.get(id);
		if (!meta || this.bodies.has(id)) return;
		const shard = await this.fetchJson<BodyShard>(`b/${meta.body}.json`);
		for (const b of shard.articles) this.bodies.set(b.id, b);
	}
}
