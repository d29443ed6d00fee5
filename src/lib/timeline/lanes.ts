/** The lanes of the timeline, top to bottom: every mark, and every mark shard, belongs to one. */
export type Lane = 'talks' | 'events' | 'articles';

export const LANES: Lane[] = ['talks', 'events', 'articles'];
