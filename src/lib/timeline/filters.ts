/** Filtering talks by party and place. */
import type { Mark } from './marks';

export interface TalksFilter {
	/** `null` = any. */
	party: string | null;
	place: string | null;
}

export const NO_FILTER: TalksFilter = { party: null, place: null };

/** Whether a talks mark passes the filter (other lanes always pass). */
export function matchesFilter(mark: Mark, filter: TalksFilter): boolean {
	if (mark.lane !== 'talks') return true;
	if (filter.party && !mark.parties.includes(filter.party)) return false;
	if (filter.place && mark.place !== filter.place) return false;
	return true;
}
