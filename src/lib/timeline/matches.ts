/** What a search found, as the timeline lights it up: the matching ids, and when matches start per lane. */
import type { EventKind } from '../ingest/types';
import type { Lane } from './lanes';
import { dayToMs } from './time';

export interface Matches {
	ids: ReadonlySet<string>;
	/**
	 * Start days (UTC ms) of the matches in each lane, in order: a cluster counted at build time has
	 * no marks to look up, only its stretch of time.
	 */
	starts: Readonly<Partial<Record<Lane, readonly number[]>>>;
}

const LANE_OF: Record<EventKind, Lane> = { talks: 'talks', event: 'events' };

/** The matches of a search's results (events and talks; articles are not searched). */
export function matchesOf(docs: readonly { id: string; kind: EventKind; when: { start: string } }[]): Matches {
	const starts: Partial<Record<Lane, number[]>> = {};
	for (const d of docs) (starts[LANE_OF[d.kind]] ??= []).push(dayToMs(d.when.start));
	for (const list of Object.values(starts)) list.sort((a, b) => a - b);
	return { ids: new Set(docs.map((d) => d.id)), starts };
}

/** Whether a match of `lane` starts in [from, to). */
export function matchBetween(m: Matches, lane: Lane, from: number, to: number): boolean {
	const list = m.starts[lane];
	if (!list?.length) return false;
	// the first start at or after `from` (binary search)
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (list[mid]! < from) lo = mid + 1;
		else hi = mid;
	}
	return lo < list.length && list[lo]! < to;
}

/**
 * Whether a cluster holds a match: one of its marks, when they are known, else a match of its lane
 * starting within its stretch of time.
 */
export function clusterMatches(m: Matches, lane: Lane, k: { marks: readonly { id: string }[]; start: number; end: number }): boolean {
	return k.marks.length ? k.marks.some((x) => m.ids.has(x.id)) : matchBetween(m, lane, k.start, k.end);
}
