/**
 * Which marks get a label and where: the most salient first, each where it fits whole (right of its
 * glyph, else left of it; a span along the part of its bar in view), else cut after a whole word,
 * else none. No label overlaps another or a glyph, and none runs past the plot's edges.
 */
import type { EventStatus } from '../ingest/types';
import { statusPrefix } from './glyphs';

/** A mark (or a cluster) that would like a label. */
export interface LabelRequest {
	id: string;
	text: string;
	/** Higher is placed first. */
	salience: number;
	/** The row it sits on (labels of different rows never meet). */
	row: string;
	/** The glyph's or bar's extent, px. */
	x0: number;
	x1: number;
	/** A span whose label runs along its bar, from the start of the part in view (see `labelAlongBar`). */
	span: boolean;
	/** Kept whole after the text even when the text is cut (a cluster's " +6"). */
	suffix?: string;
	/** Kept whole before the text: the status of a mark that did not simply happen ("Scheduled: "). */
	prefix?: string;
	/** The row under `row`, when there is one: a label too long for one line may go on into it. */
	below?: string;
}

/** Something drawn on a row that a label must not cover: a glyph or a bar. */
export interface Obstacle {
	id: string;
	row: string;
	x0: number;
	x1: number;
}

export interface PlacedLabel {
	id: string;
	row: string;
	/** Left edge and width of the text, px (of its longer line). */
	x: number;
	w: number;
	text: string;
	/** Its lines: one, or two when it goes on into the row below. */
	lines: string[];
	/** The whole text, not cut. */
	full: boolean;
	/** How the first line starts: the request's `prefix`, drawn apart from the text (paint.ts), and its width. */
	prefix: string;
	prefixW: number;
}

/** Width of a text in px. */
export type Measure = (text: string) => number;

/** Room kept between a glyph and its label, and between neighbours, px. */
export const LABEL_GAP = 5;
/** A span's label runs along its bar when at least this much of the bar is in view, px; else beside it. */
export const SPAN_LABEL_MIN = 48;

/**
 * Whether a span from `x0` to `x1` carries its label along its bar on a plot `width` px wide: a bar
 * too short for a word would only show as a sliver beside the text's ground, so it is labelled
 * beside, as a point is.
 */
export function labelAlongBar(x0: number, x1: number, width: number): boolean {
	return Math.min(x1, width) - Math.max(x0, 0) >= SPAN_LABEL_MIN;
}

/** Plain-text width estimate: 12 px DejaVu Sans averages under 6.6 px a character. */
export const approxMeasure: Measure = (text) => text.length * 6.6;

/**
 * The longest start of `text` made of whole words that fits `room` px with an ellipsis, or `''` when
 * nothing telling does (not even the first word, or only a short one). `text` itself when it fits.
 */
export function fitWords(text: string, room: number, measure: Measure = approxMeasure): string {
	return cutWords(text, room, measure).text;
}

/** `fitWords`, with the width of what it gives. */
function cutWords(text: string, room: number, measure: Measure): { text: string; w: number } {
	const textW = measure(text);
	if (textW <= room) return { text, w: textW };
	const words = text.split(/\s+/);
	// widths are summed word by word: the measure's cache (Plot.svelte) then holds words, which
	// every label and every frame of a gesture share, rather than every cut of every label
	const space = measure(' ');
	const ellipsis = measure('…');
	let best = { text: '', w: 0 };
	/** Width of the words before the i-th, each with the space after it. */
	let before = 0;
	for (let i = 1; i < words.length; i++) {
		const last = words[i - 1]!;
		// a cut after a comma or a dash reads as an end: the mark is dropped, not the punctuation
		const head = words.slice(0, i).join(' ').replace(/[\s,;:–—-]+$/, '');
		const kept = last.replace(/[,;:–—-]+$/, '');
		const headW = kept ? before + measure(kept) : measure(head);
		if (headW + ellipsis > room) break;
		// "The…" or "It…" says nothing: a cut keeps two words, or one of five letters or more
		if (i > 1 || head.length >= 5) best = { text: `${head}…`, w: headW + ellipsis };
		before += measure(last) + space;
	}
	return best;
}

/** What is taken on each row: `[x0, x1, id]`. */
class Rows {
	private readonly taken = new Map<string, [number, number, string][]>();

	add(row: string, a: number, b: number, id: string) {
		const list = this.taken.get(row);
		if (list) list.push([a, b, id]);
		else this.taken.set(row, [[a, b, id]]);
	}

	/** Free px from `start` rightwards up to `limit`, keeping `gap` from what is taken (except by `skip`). */
	roomRight(row: string, start: number, limit: number, gap: number, skip: string): number {
		let end = limit;
		for (const [a, b, id] of this.taken.get(row) ?? []) {
			if (id === skip) continue;
			if (a - gap < start && b + gap > start) return 0;
			if (a >= start) end = Math.min(end, a - gap);
		}
		return Math.max(0, end - start);
	}

	/** Free px from `end` leftwards down to `limit`. */
	roomLeft(row: string, end: number, limit: number, gap: number, skip: string): number {
		let start = limit;
		for (const [a, b, id] of this.taken.get(row) ?? []) {
			if (id === skip) continue;
			if (a - gap < end && b + gap > end) return 0;
			if (b <= end) start = Math.max(start, b + gap);
		}
		return Math.max(0, end - start);
	}
}

/**
 * Labels for `requests` on a plot `width` px wide, most salient first. Each label avoids the
 * `obstacles` (the glyphs and bars drawn; its own mark's is ignored) and the labels placed before it.
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Obstacle[], width: number, measure: Measure = approxMeasure, gap = LABEL_GAP): PlacedLabel[] {
	const order = requests
		.filter((r) => r.x1 > 0 && r.x0 < width && r.text)
		.sort((a, b) => b.salience - a.salience || a.x0 - b.x0 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const taken = new Rows();
	for (const o of obstacles) taken.add(o.row, o.x0, o.x1, o.id);
	const out: PlacedLabel[] = [];
	const left = 1;
	const right = width - 1;
	for (const r of order) {
		const suffix = r.suffix ?? '';
		const prefix = r.prefix ?? '';
		// the status before the text is measured apart: texts keep the same keys in the measure's
		// cache (Plot.svelte) with or without it
		const prefixW = prefix ? measure(prefix) : 0;
		const bareW = measure(r.text + suffix);
		const wholeW = prefixW + bareW;
		// where the text may start on the right, and end on the left
		const startRight = r.span ? Math.max(r.x0, 0) + gap : r.x1 + gap;
		const endLeft = r.x0 - gap;
		// labels are entered as `label:<id>`: a mark's own glyph is no obstacle to its label, its label is
		const roomRight = startRight < right ? taken.roomRight(r.row, startRight, right, gap, r.id) : 0;
		const roomLeft = !r.span && endLeft > left ? taken.roomLeft(r.row, endLeft, left, gap, r.id) : 0;
		let placed: PlacedLabel | null = null;
		/** A label of one line `w` px wide: the prefix, then `body`. */
		const one = (x: number, body: string, w: number, full: boolean): PlacedLabel => {
			const text = prefix + body;
			return { id: r.id, row: r.row, x, w, text, lines: [text], full, prefix, prefixW };
		};
		/** The whole text without the status before it. */
		const bare = (x: number): PlacedLabel => ({ id: r.id, row: r.row, x, w: bareW, text: r.text + suffix, lines: [r.text + suffix], full: true, prefix: '', prefixW: 0 });
		if (wholeW <= roomRight) placed = one(startRight, r.text + suffix, wholeW, true);
		else if (wholeW <= roomLeft) placed = one(endLeft - wholeW, r.text + suffix, wholeW, true);
		// no room for the status word: the headline whole goes before it (the glyph and the tooltip
		// still say the status), rather than cut after a few words
		else if (prefix && bareW <= roomRight) placed = bare(startRight);
		else if (prefix && bareW <= roomLeft) placed = bare(endLeft - bareW);
		else {
			const onRight = roomRight >= roomLeft;
			const suffixW = suffix ? measure(suffix) : 0;
			const space = (onRight ? roomRight : roomLeft) - suffixW - prefixW;
			const cut = cutWords(r.text, space, measure);
			const w = prefixW + cut.w + suffixW;
			if (cut.text) placed = one(onRight ? startRight : endLeft - w, cut.text + suffix, w, false);
			// too long for one line: on into the row below, right or left of the glyph, if it is free
			// there; whole if it can be, else whichever shows the most words
			if (r.below && !r.span) {
				const rightBelow = startRight < right ? taken.roomRight(r.below, startRight, right, gap, r.id) : 0;
				const leftBelow = endLeft > left ? taken.roomLeft(r.below, endLeft, left, gap, r.id) : 0;
				// both lines share one box: it must be free on both rows
				const onRight = twoLines(r, Math.min(roomRight, rightBelow), measure);
				const onLeft = twoLines(r, Math.min(roomLeft, leftBelow), measure);
				const options = [onRight && { ...onRight, x: startRight }, onLeft && { ...onLeft, x: endLeft - onLeft.w }];
				for (const two of options) if (two && !placed?.full && (two.full || !placed || two.text.length > placed.text.length)) placed = two;
			}
		}
		if (!placed) continue;
		out.push(placed);
		taken.add(r.row, placed.x, placed.x + placed.w, `label:${r.id}`);
		// the box of both lines is kept free: a label below does not slip in under the longer line
		if (placed.lines.length > 1) taken.add(r.below!, placed.x, placed.x + placed.w, `label:${r.id}`);
	}
	return out;
}

/**
 * A label in two lines `room` px wide: as many words as fit on its row, the rest on the row below (cut
 * after a word when it does not fit there either); `null` when there is no room. Its `x` is set by the
 * caller: right of the glyph, or ending left of it.
 */
function twoLines(r: LabelRequest, room: number, measure: Measure): Omit<PlacedLabel, 'x'> | null {
	if (room <= 0) return null;
	const words = r.text.split(/\s+/);
	const suffix = r.suffix ?? '';
	const prefix = r.prefix ?? '';
	const prefixW = prefix ? measure(prefix) : 0;
	const suffixW = suffix ? measure(suffix) : 0;
	// word by word, as in `fitWords`: `upTo[k]` is the width of the first k words with their spaces
	const space = measure(' ');
	const upTo = [0];
	for (const w of words) upTo.push(upTo[upTo.length - 1]! + measure(w) + space);
	const total = upTo[words.length]! - space;
	for (let k = words.length - 1; k >= 1; k--) {
		const first = prefix + words.slice(0, k).join(' ');
		const firstW = prefixW + upTo[k]! - space;
		if (firstW > room) continue;
		const rest = words.slice(k).join(' ');
		const restW = total - upTo[k]!;
		const whole = rest + suffix;
		const cut = restW + suffixW <= room ? null : cutWords(rest, room - suffixW, measure);
		const second = cut ? cut.text : whole;
		if (!second) return null;
		const full = !cut;
		const lines = [first, full ? second : second + suffix];
		const secondW = cut ? cut.w + suffixW : restW + suffixW;
		return { id: r.id, row: r.row, w: Math.max(firstW, secondW), text: lines.join(' '), lines, full, prefix, prefixW };
	}
	return null;
}

/** The row key of row `row` of `lane`, as `layoutLabels` names rows. */
export const rowKey = (lane: string, row: number) => `${lane}:${row}`;

/** What a label is made of: the mark's label, its weight, and its status (for the prefix). */
interface Labelled {
	label: string;
	salience: number;
	status?: EventStatus | null;
}

/** What `layoutLabels` reads of a lane's layout (layout.ts). */
interface LaidOut {
	/** The rows its band holds (a label may go on into the next one). */
	rows: number;
	placed: readonly { mark: Labelled & { id: string; shape: string }; row: number; x0: number; x1: number }[];
	clusters: readonly { row: number; x0: number; x1: number; cx: number; count: number; marks: readonly Labelled[] }[];
}

/** The key of a cluster's label: clusters have no id of their own. */
export const clusterKey = (lane: string, c: { row: number; x0: number }) => `cluster:${lane}:${c.row}:${Math.round(c.x0)}`;

/**
 * The labels of laid-out lanes on a plot `width` px wide: every placed mark asks for its label, and
 * every cluster whose marks are known for its most salient one's, with a count of the others
 * ("GM files for bankruptcy +6"). The selected mark goes first. `badge(count)` is a cluster's badge
 * width (paint.ts).
 */
export function layoutLabels(
	lanes: Readonly<Record<string, LaidOut>>,
	width: number,
	selectedId: string | null,
	badge: (count: number) => number,
	measure: Measure = approxMeasure
): PlacedLabel[] {
	const requests: LabelRequest[] = [];
	const obstacles: Obstacle[] = [];
	for (const [lane, l] of Object.entries(lanes)) {
		for (const p of l.placed) {
			if (p.x1 < -width || p.x0 > 2 * width) continue;
			const row = rowKey(lane, p.row);
			const x0 = Math.max(p.x0, -16);
			const x1 = Math.min(p.x1, width + 16);
			obstacles.push({ id: p.mark.id, row, x0, x1 });
			const salience = p.mark.id === selectedId ? Infinity : p.mark.salience;
			const below = p.row + 1 < l.rows ? rowKey(lane, p.row + 1) : undefined;
			const span = p.mark.shape === 'span' && labelAlongBar(p.x0, p.x1, width);
			requests.push({ id: p.mark.id, text: p.mark.label, prefix: statusPrefix(p.mark.status), salience, row, x0: p.x0, x1: p.x1, span, below });
		}
		for (const c of l.clusters) {
			const row = rowKey(lane, c.row);
			const id = clusterKey(lane, c);
			const half = badge(c.count) / 2;
			const x0 = Math.min(c.x0, c.cx - half);
			const x1 = Math.max(c.x1, c.cx + half);
			obstacles.push({ id, row, x0, x1 });
			let top: Labelled | null = null;
			for (const m of c.marks) if (!top || m.salience > top.salience) top = m;
			if (top && top.label)
				requests.push({ id, text: top.label, prefix: statusPrefix(top.status), salience: top.salience, row, x0, x1, span: false, suffix: c.count > 1 ? ` +${c.count - 1}` : '' });
		}
	}
	return placeLabels(requests, obstacles, width, measure);
}
