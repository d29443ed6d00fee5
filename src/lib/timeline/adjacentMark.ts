/** Keyboard travel between drawn marks: the neighbour of a mark in time order. */

/** What the search needs of a mark: its id and when it starts and ends (UTC ms). */
export interface TimedMark {
	id: string;
	start: number;
	end: number;
}

/**
 * The id of the mark just after (`step` 1) or just before (`step` -1) the mark `id` in time order
 * (start, then end, then id, so ties across lanes still have one order); `null` at either end or
 * when `id` is not among `marks`.
 */
export function findAdjacentMark(marks: readonly TimedMark[], id: string, step: 1 | -1): string | null {
	const sorted = [...marks].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const i = sorted.findIndex((m) => m.id === id);
	if (i < 0) return null;
	return sorted[i + step]?.id ?? null;
}
