/** Filtering talks by party and place. */
import type { TimelineEvent } from '../ingest/types';
import type { Mark } from './marks';

export interface TalksFilter {
	/** `null` = any. */
	party: string | null;
	place: string | null;
}

export const NO_FILTER: TalksFilter = { party: null, place: null };

/** Parties and places named by talks events, each sorted and unique. */
export function collectFacets(events: readonly TimelineEvent[]): { parties: string[]; places: string[] } {
	const parties = new Set<string>();
	const places = new Set<string>();
	for (const e of events) {
		if (e.kind !== 'talks') continue;
		for (const p of e.parties) parties.add(p);
		if (e.place) places.add(e.place);
	}
	const sort = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b, 'en'));
	return { parties: sort(parties), places: sort(places) };
}

/** Whether a talks mark passes the filter (other lanes always pass). */
export function matchesFilter(mark: Mark, filter: TalksFilter): boolean {
	if (mark.lane !== 'talks') return true;
	if (filter.party && !mark.parties.includes(filter.party)) return false;
	if (filter.place && mark.place !== filter.place) return false;
	return true;
}
