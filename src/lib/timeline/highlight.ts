/** Split text into plain and highlighted segments, for drawing highlights without ever building HTML. */

export interface Segment<T> {
	text: string;
	/** The range this segment highlights, or `null` for plain text. */
	hit: T | null;
}

/**
 * Cut `text` at the given `[start, end)` ranges. Ranges are clamped to the text; empty ones are
 * dropped and a range overlapping an earlier one is skipped, so the text is always reproduced exactly.
 */
export function splitHighlights<T extends { start: number; end: number }>(text: string, ranges: readonly T[]): Segment<T>[] {
	const sorted = ranges
		.filter((r) => Number.isFinite(r.start) && Number.isFinite(r.end))
		.map((r) => ({ r, a: Math.max(0, Math.min(text.length, r.start)), b: Math.max(0, Math.min(text.length, r.end)) }))
		.filter((x) => x.b > x.a)
		.sort((p, q) => p.a - q.a || q.b - p.b);
	const out: Segment<T>[] = [];
	let at = 0;
	for (const { r, a, b } of sorted) {
		if (a < at) continue;
		if (a > at) out.push({ text: text.slice(at, a), hit: null });
		out.push({ text: text.slice(a, b), hit: r });
		at = b;
	}
	if (at < text.length || out.length === 0) out.push({ text: text.slice(at), hit: null });
	return out;
}
