/** How the list view splits the events into prerendered pages: one per year, a big year per month. */
import type { TimelineEvent } from '../ingest/types';

/** The day an event is filed under: its first day, or for "on or before" its last (the only one known). */
export function sortDay(e: Pick<TimelineEvent, 'when'>): string {
	return e.when.precision === 'before' ? e.when.end : e.when.start;
}

/** Chronological order: by filing day, longer spans first on a tie, then by id (stable across builds). */
function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
	return sortDay(a).localeCompare(sortDay(b)) || b.when.end.localeCompare(a.when.end) || a.id.localeCompare(b.id);
}

export interface ListPage {
	/**
	 * `2026`; for a year with more than `maxPerPage` events, one page per month (`2026-02`), and a
	 * month still too big in numbered parts (`2026-02`, `2026-02-2`, ...). Also the URL segment.
	 */
	slug: string;
	events: TimelineEvent[];
}

/** Default page size limit: above it a year is split into months (and the list's index shows links only). */
export const MAX_PER_PAGE = 400;

/** The events sorted and cut into pages, oldest first; an empty list gives no pages. */
export function paginateList(events: readonly TimelineEvent[], maxPerPage = MAX_PER_PAGE): ListPage[] {
	const byYear = new Map<string, TimelineEvent[]>();
	for (const e of [...events].sort(compareEvents)) {
		const y = sortDay(e).slice(0, 4);
		(byYear.get(y) ?? byYear.set(y, []).get(y)!).push(e);
	}
	const pages: ListPage[] = [];
	for (const [year, list] of byYear) {
		if (list.length <= maxPerPage) {
			pages.push({ slug: year, events: list });
			continue;
		}
		const byMonth = new Map<string, TimelineEvent[]>();
		for (const e of list) {
			const m = sortDay(e).slice(0, 7);
			(byMonth.get(m) ?? byMonth.set(m, []).get(m)!).push(e);
		}
		for (const [month, evs] of byMonth)
			for (let i = 0; i * maxPerPage < evs.length; i++) pages.push({ slug: i ? `${month}-${i + 1}` : month, events: evs.slice(i * maxPerPage, (i + 1) * maxPerPage) });
	}
	return pages;
}

const memo = new WeakMap<readonly TimelineEvent[], ListPage[]>();

/** {@link paginateList} with the default page size, once per events array (every page of a build shares it). */
export function getListPages(events: readonly TimelineEvent[]): ListPage[] {
	let pages = memo.get(events);
	if (!pages) memo.set(events, (pages = paginateList(events)));
	return pages;
}

/** Consecutive runs of events in the same month (`YYYY-MM`), for the month headings of a page. */
export function groupByMonth<T extends Pick<TimelineEvent, 'when'>>(events: readonly T[]): { month: string; events: T[] }[] {
	const out: { month: string; events: T[] }[] = [];
	for (const e of events) {
		const month = sortDay(e).slice(0, 7);
		const last = out[out.length - 1];
		if (last?.month === month) last.events.push(e);
		else out.push({ month, events: [e] });
	}
	return out;
}
