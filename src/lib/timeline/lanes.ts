/** The lanes of the timeline, top to bottom: every mark, and every mark shard, belongs to one. */
export type Lane = 'talks' | 'events' | 'articles';

export const LANES: Lane[] = ['talks', 'events', 'articles'];

/**
 * The lanes a story draws: a lane with no marks at all folds away (the talks lane of a story with no
 * negotiations); `counts` as in the shard index, where `events` counts the talks too.
 */
export function storyLanes(counts: { events: number; talks: number; articles: number }): Lane[] {
	const has: Record<Lane, boolean> = { talks: counts.talks > 0, events: counts.events - counts.talks > 0, articles: counts.articles > 0 };
	const lanes = LANES.filter((lane) => has[lane]);
	// an empty story still shows where its marks would go
	return lanes.length ? lanes : ['events'];
}
