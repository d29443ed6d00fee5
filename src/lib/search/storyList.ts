/**
 * The story as a list on the timeline page, for readers and search engines without JavaScript:
 * the most salient events, by month, most salient first within a month.
 */
import type { EventKind, EventStatus, TimelineEvent } from '../ingest/types';
import { dates as defaultDates, type DateFormat } from '../i18n';
import { getListPages, sortDay } from './listPages';

/**
 * How many events the page lists at most: the page carries the list twice (as HTML and as the
 * data that renders it), about 6 KB gzipped at this size, and a bigger story links to the list view.
 */
export const STORY_LIST_LIMIT = 50;

export interface StoryListItem {
	id: string;
	kind: EventKind;
	status: EventStatus;
	label: string;
	/** The date in words. */
	when: string;
	/** Filing day, `YYYY-MM-DD` (for `<time datetime>`). */
	day: string;
	/** How many articles report it. */
	sources: number;
	/** The list view's page that shows it in full (`2026`, `list/2026/#event=ID`). */
	page: string;
}

export interface StoryList {
	months: { month: string; heading: string; items: StoryListItem[] }[];
	/** Events listed. */
	shown: number;
	/** Events in the story. */
	total: number;
}

/** More salient first; then more sources, earlier, and by id, so every build picks the same. */
function bySalience(a: TimelineEvent, b: TimelineEvent): number {
	return b.salience - a.salience || b.sources - a.sources || sortDay(a).localeCompare(sortDay(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The `limit` most salient events, grouped by month in date order, most salient first within a month. */
export function buildStoryList(events: readonly TimelineEvent[], f: DateFormat = defaultDates, limit = STORY_LIST_LIMIT): StoryList {
	const picked = [...events].sort(bySalience).slice(0, Math.max(0, limit));
	const pageOf = new Map<string, string>();
	for (const p of getListPages(events)) for (const e of p.events) pageOf.set(e.id, p.slug);
	const byMonth = new Map<string, TimelineEvent[]>();
	for (const e of picked) {
		const month = sortDay(e).slice(0, 7);
		(byMonth.get(month) ?? byMonth.set(month, []).get(month)!).push(e);
	}
	const months = [...byMonth.keys()].sort().map((month) => ({
		month,
		heading: f.month(`${month}-01`),
		// `picked` is in salience order already: each month keeps it
		items: byMonth.get(month)!.map((e) => ({ id: e.id, kind: e.kind, status: e.status, label: e.label, when: f.when(e.when), day: sortDay(e), sources: e.sources, page: pageOf.get(e.id)! }))
	}));
	return { months, shown: picked.length, total: events.length };
}
