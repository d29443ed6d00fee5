/**
 * The one-file export's list view: the events and article titles gathered from the details shards
 * compiled into the file (`d/<n>.json`), cut into the list view's pages as the site's list is.
 */
import type { TimelineData, TimelineEvent } from '$lib/ingest/types';
import { buildListPage, summarizeListPages, type ListMonth, type ListPageSummary } from '$lib/search/listItems';
import type { ArticleMeta, DetailsShard } from '$lib/timeline/shards';

export interface SingleList {
	pages: ListPageSummary[];
	/** One page's months by its slug. */
	page: (slug: string) => ListMonth[];
}

/** The list of the story whose data files are `files` (by path under `data/`). */
export function buildSingleList(files: Readonly<Record<string, unknown>>): SingleList {
	const events: TimelineEvent[] = [];
	const articles: ArticleMeta[] = [];
	for (const [path, value] of Object.entries(files)) {
		if (!/^d\/\d+\.json$/.test(path)) continue;
		const shard = value as DetailsShard;
		events.push(...shard.events);
		articles.push(...shard.articles);
	}
	// the list reads an article's id, title and date only: the bodies stay in their shards
	const data = { version: 1, events, articles } as unknown as TimelineData;
	return { pages: summarizeListPages(data), page: (slug) => buildListPage(data, slug) ?? [] };
}
