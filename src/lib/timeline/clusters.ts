/** Clusters of dense periods, from the bins counted at build time (see shards.ts): no mark is laid out. */
import type { Cluster } from './layout';
import { BIN_LEVELS, binEnd, type BinLevel } from './shards';
import { DAY_MS } from './time';

/** Smallest width of a drawn cluster, px: its circle and a gap. */
const CLUSTER_PX = 24;

/** The finest bin level whose bins are at least `minPx` wide on screen; the coarsest when none is. */
export function chooseBinLevel(spanMs: number, width: number, minPx = CLUSTER_PX): BinLevel {
	const msPerPx = spanMs / Math.max(1, width);
	for (let i = BIN_LEVELS.length - 1; i >= 0; i--) if (BIN_LEVELS[i]!.approxMs / msPerPx >= minPx) return BIN_LEVELS[i]!.level;
	return BIN_LEVELS[0]!.level;
}

/** First index of `bins` whose start is >= `t`. */
function lowerBound(bins: readonly [number, number][], t: number): number {
	let lo = 0;
	let hi = bins.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (bins[mid]![0] < t) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * Clusters for the bins of `level` that overlap `[from, to]`, on row 0; neighbours closer than
 * `minPx` merge so circles never overlap. O(log n + k), k the bins in view (at most a few hundred).
 */
export function layoutBins(
	bins: readonly [number, number][],
	level: BinLevel,
	from: number,
	to: number,
	x: (ms: number) => number,
	minPx = CLUSTER_PX
): Cluster[] {
	const out: Cluster[] = [];
	// a year bin starts up to a year before `from`
	for (let i = lowerBound(bins, from - 366 * DAY_MS); i < bins.length; i++) {
		const [start, count] = bins[i]!;
		if (start > to) break;
		const end = binEnd(level, start);
		if (end < from) continue;
		const x0 = x(start);
		const x1 = Math.max(x(end), x0 + 2);
		const last = out[out.length - 1];
		if (last && x0 - last.x0 < minPx) {
			last.count += count;
			last.x1 = x1;
			last.end = end;
			last.cx = (last.x0 + last.x1) / 2;
			continue;
		}
		out.push({ row: 0, x0, x1, cx: (x0 + x1) / 2, marks: [], count, start, end });
	}
	return out;
}
