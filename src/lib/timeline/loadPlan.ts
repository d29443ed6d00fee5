/** Which mark shards a view needs, and whether it may draw marks one by one or only clusters. */
import { BAND_MIN, type Span } from './layout';
import type { Lane } from './lanes';
import type { MarkShardInfo, ShardIndex } from './shards';
import { DAY_MS } from './time';
import { newsView } from './newsWindow';

/**
 * Most marks of one lane laid out one by one; beyond it the lane shows build-time clusters. Four
 * rows of a 1,280 px view hold about 300 marks: past a thousand, nearly all would be clustered
 * anyway, and laying them out would cost every frame of a zoom or pan.
 */
export const DETAIL_LIMIT = 1000;
/**
 * Views this narrow always draw marks one by one: long marks (years, seasons) overlap every view
 * of their period, so in a dense archive the count alone might never fall under the limit.
 */
export const DETAIL_SPAN = 62 * DAY_MS;

export interface LanePlan {
	/** Whether the shards in view hold few enough marks to load and draw them one by one. */
	detail: boolean;
	/** Shards overlapping the view (load them when `detail`). */
	shards: MarkShardInfo[];
	/**
	 * Long-mark shards whose every mark is longer than the view, counted rather than loaded (when
	 * there are `BAND_MIN` such marks or more: fewer are loaded and drawn one by one). See layout.ts.
	 */
	counted: Span[];
}

/**
 * Per lane: the shards overlapping `[from, to]`, whether their marks are few enough to draw, and the
 * marks longer than the view, which need no loading. `loadAll` lanes count nothing unloaded (a
 * filter must see their marks).
 */
export function planLanes(
	index: Pick<ShardIndex, 'shards'>,
	from: number,
	to: number,
	limit = DETAIL_LIMIT,
	loadAll: readonly Lane[] = []
): Record<Lane, LanePlan> {
	const plan = {} as Record<Lane, LanePlan>;
	for (const lane of ['talks', 'events', 'articles'] as const) plan[lane] = { detail: true, shards: [], counted: [] };
	const long = { talks: [], events: [], articles: [] } as Record<Lane, MarkShardInfo[]>;
	for (const s of index.shards) {
		if (s.to < from || s.from > to) continue;
		// every mark of a long-mark shard starts by `lastStart` and ends from `firstEnd` on
		if ((s.firstEnd ?? 0) - (s.lastStart ?? 0) > to - from && !loadAll.includes(s.lane)) long[s.lane].push(s);
		else plan[s.lane].shards.push(s);
	}
	for (const lane of Object.keys(plan) as Lane[]) {
		const p = plan[lane];
		let n = 0;
		for (const s of long[lane]) n += s.count;
		if (n < BAND_MIN) {
			p.shards.push(...long[lane]);
			n = 0;
		} else p.counted = long[lane].map((s) => ({ start: s.from, end: s.to, count: s.count }));
		// counted marks count too: a view holding that many marks shows the clusters of their bins
		for (const s of p.shards) n += s.count;
		p.detail = n <= limit || to - from <= DETAIL_SPAN;
	}
	return plan;
}

/**
 * The mark shards the first view (the news window, see newsWindow.ts) draws one by one: the page can
 * ask for them while its script is still loading.
 */
export function firstViewShards(index: Pick<ShardIndex, 'shards' | 'extent' | 'news'>): string[] {
	if (!index.extent) return [];
	// the view the timeline opens on (its edges add a few pixels' worth, which only a story of about
	// two months could notice: a shard or two asked for early)
	const view = newsView(index.news, index.extent);
	const plan = planLanes(index, view.from, view.to);
	return Object.values(plan).flatMap((p) => (p.detail ? p.shards.map((s) => s.key) : []));
}
