/** Where the news is: the stretch of time a story's first view covers (see `ShardIndex.news`). */
import { DAY_MS } from './time';
import { fitView, type View } from './viewport';

/** How far past the last article a scheduled event still widens the window, ms. */
export const SCHEDULED_HORIZON_MS = 366 * DAY_MS;

/** What `findNewsWindow` reads of an event: its extent (UTC ms) and status. */
export interface DatedStatus {
	start: number;
	end: number;
	status: string;
}

/**
 * The news window (UTC ms, end exclusive): from the first article's day to the end of the last, widened
 * by what the articles report as scheduled from then on, up to `horizon` past the last article; background
 * dates (a founding year, a past war) stay out. `null` without articles.
 */
export function findNewsWindow(articleDays: readonly number[], events: readonly DatedStatus[], horizon = SCHEDULED_HORIZON_MS): [number, number] | null {
	if (!articleDays.length) return null;
	let lo = Infinity;
	let hi = -Infinity;
	for (const d of articleDays) {
		lo = Math.min(lo, d);
		hi = Math.max(hi, d + DAY_MS);
	}
	const limit = hi + horizon;
	let to = hi;
	for (const e of events) if (e.status === 'scheduled' && e.start >= lo && e.start < limit) to = Math.max(to, Math.min(e.end, limit));
	return [lo, to];
}

/** The least share of the first view's width that the news window fills. */
export const NEWS_SHARE = 0.65;

/**
 * The view a story opens on: its news window padded by `margin` of its length on each side, widened
 * towards two weeks across when it is short but still `NEWS_SHARE` news; or the whole extent when there
 * is no window.
 */
export function newsView(news: readonly [number, number] | null | undefined, extent: readonly [number, number] | null, margin = 0.04): View {
	if (news) return fitView(news[0], news[1], margin, Math.min(14 * DAY_MS, (news[1] - news[0]) / NEWS_SHARE));
	if (extent) return fitView(extent[0], extent[1]);
	return fitView(0, 365 * DAY_MS);
}
