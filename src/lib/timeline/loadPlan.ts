/** Which mark shards a view needs, and whether it may draw marks one by one or only clusters. */
import type { MarkShardInfo, ShardIndex, ShardLane } from './shards';
import { fitView } from './viewport';

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
export const DETAIL_SPAN = 62 * 86_400_000;

export interface LanePlan {
	/** Whether the shards in view hold few enough marks to load and draw them one by one. */
	detail: boolean;
	/** Shards overlapping the view (load them when `detail`). */
	shards: MarkShardInfo[];
}

/** Per lane: the shards overlapping `[from, to]` and whether their marks are few enough to draw. */
export function planLanes(index: Pick<ShardIndex, 'shards'>, from: number, to: number, limit = DETAIL_LIMIT): Record<ShardLane, LanePlan> {
	const plan: Record<ShardLane, LanePlan> = {
		talks: { detail: true, shards: [] },
		events: { detail: true, shards: [] },
		articles: { detail: true, shards: [] }
	};
	const count: Record<ShardLane, number> = { talks: 0, events: 0, articles: 0 };
	for (const s of index.shards) {
		if (s.to < from || s.from > to) continue;
		plan[s.lane].shards.push(s);
		count[s.lane] += s.count;
	}
	for (const lane of Object.keys(plan) as ShardLane[]) plan[lane].detail = count[lane] <= limit || to - from <= DETAIL_SPAN;
	return plan;
}

/**
 * The mark shards the first view (the whole archive) draws one by one: the page can ask for them
 * while its script is still loading. Every shard overlaps the whole extent, so only the counts matter.
 */
export function firstViewShards(index: Pick<ShardIndex, 'shards' | 'extent'>): string[] {
	if (!index.extent) return [];
	// the view the timeline opens on (its edges add a few pixels' worth, which only a story of about
	// two months could notice: a shard or two asked for early)
	const view = fitView(index.extent[0], index.extent[1]);
	const plan = planLanes(index, view.from, view.to);
	return Object.values(plan).flatMap((p) => (p.detail ? p.shards.map((s) => s.key) : []));
}
