import { error } from '@sveltejs/kit';
import { pageText } from '$lib/i18n';
import { firstViewShards } from '$lib/timeline/loadPlan';
import type { MarkShard, ShardIndex } from '$lib/timeline/shards';
import type { PageLoad } from './$types';

/** A story this small is drawn whole at once: its marks come inlined with the page. */
const PRELOAD_MARKS = 1500;

export const load: PageLoad = async ({ fetch, data }) => {
	// relative URLs: the same build works at / and under any sub-path. Prerendering inlines what is
	// fetched here for the hydrating client to reuse: only the small index (and, for a small story,
	// its few marks)
	const res = await fetch('data/index.json');
	if (!res.ok) error(500, pageText.loadFailedHttp('data/index.json', res.status));
	const index = (await res.json()) as ShardIndex;
	if (index?.version !== 1) error(500, pageText.dataVersionMismatch('data/index.json', 1, JSON.stringify(index?.version)));
	const preloaded: Record<string, MarkShard> = {};
	if (index.shards.reduce((n, s) => n + s.count, 0) <= PRELOAD_MARKS) {
		for (const s of index.shards) {
			const r = await fetch(`data/m/${s.key}.json`);
			if (!r.ok) error(500, pageText.loadFailedHttp(`data/m/${s.key}.json`, r.status));
			preloaded[s.key] = (await r.json()) as MarkShard;
		}
	}
	// the shards the first view draws that the page does not carry: asked for before its script runs
	const early = firstViewShards(index).filter((key) => !(key in preloaded));
	return { ...data, index, preloaded, early };
};
