/** The stretch of time a search's matches cover: what "Show all on the timeline" fits the view to. */
import { DAY_MS, dayToMs } from '../timeline/time';

/**
 * From the first day of the earliest match to the end of the last day of the latest (UTC ms), `null`
 * without matches. `when.start` and `when.end` are ISO days, the end inclusive.
 */
export function matchSpan(docs: readonly { when: { start: string; end: string } }[]): [number, number] | null {
	let lo = Infinity;
	let hi = -Infinity;
	for (const d of docs) {
		lo = Math.min(lo, dayToMs(d.when.start));
		hi = Math.max(hi, dayToMs(d.when.end) + DAY_MS);
	}
	return lo < hi ? [lo, hi] : null;
}
