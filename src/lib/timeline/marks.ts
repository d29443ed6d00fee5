/** Turn the data contract into sorted, lane-assigned marks in UTC milliseconds (done once per data set). */
import type { EventStatus, Precision, TimelineEvent } from '../ingest/types';
import { t } from '../i18n';
import { formatDayLong, formatWhen } from './format';
import type { Lane } from './lanes';
import { articleOfRow, eventOfRow, type ArticleRow, type EventRow } from './shards';
import { DAY_MS, dayToMs } from './time';

/** The lanes' titles, from the strings module. */
export const LANE_TITLES: Record<Lane, string> = t.lanes;

/** point: known to the day; span: a stretch (month, year, range); before: "on or before" its end, start unknown. */
export type MarkShape = 'point' | 'span' | 'before';

export interface Mark {
	/** Event or article id. */
	id: string;
	target: 'event' | 'article';
	lane: Lane;
	/** UTC ms of the first day covered; for `before`, the day it ends on. */
	start: number;
	/** UTC ms just after the last day covered (exclusive). */
	end: number;
	shape: MarkShape;
	precision: Precision | null;
	/** `null` for articles. */
	status: EventStatus | null;
	/** Accessible name: what, status, when in words. */
	name: string;
	/** Short text drawn beside the mark when there is room. */
	label: string;
	series: string | null;
	place: string | null;
	parties: string[];
	/** Events: how salient (see `TimelineEvent.salience`); articles: 0. */
	salience: number;
}

export interface LaneIndex {
	/** Sorted by `start`. */
	marks: Mark[];
	/** Longest `end - start` in the lane: bounds the backwards search for spans reaching into view. */
	maxDuration: number;
}

/** Shape of an event's mark from how precisely its date is known. */
export function chooseShape(precision: Precision, start: string, end: string): MarkShape {
	if (precision === 'before') return 'before';
	return precision === 'day' && start === end ? 'point' : 'span';
}

/** What `eventMark` reads: a whole event or the stub a mark shard holds. */
export type EventLike = Pick<TimelineEvent, 'id' | 'kind' | 'label' | 'when' | 'status' | 'place' | 'parties' | 'salience'> &
	({ series: string | null } | { talks: TimelineEvent['talks'] });

/** What `articleMark` reads: a whole article or the stub a mark shard holds. */
export type ArticleLike = { id: string; date: string; title: string; source: string | null };

const NO_PARTIES: string[] = [];

/** What a mark was made from: a whole event or article, a stub, or a mark shard's row. */
type MarkSource = EventLike | ArticleLike | EventRow | ArticleRow;

/**
 * A mark made from a shard's row (or a whole event or article). A class, not an object literal with
 * a getter: shards bring thousands of marks at a time while the view is moving, and instances of one
 * class share a shape and the `name` accessor (a literal's getter is a new closure per mark, several
 * times slower to make). It keeps what it was made from, not a copy: a row becomes a stub only when
 * the mark's name is read, so a shard's arrival allocates one object per mark.
 */
class StubMark implements Mark {
	#source: MarkSource;
	#name: string | undefined;

	constructor(
		source: MarkSource,
		readonly id: string,
		readonly target: 'event' | 'article',
		readonly lane: Lane,
		readonly start: number,
		readonly end: number,
		readonly shape: MarkShape,
		readonly precision: Precision | null,
		readonly status: EventStatus | null,
		readonly label: string,
		readonly series: string | null,
		readonly place: string | null,
		readonly parties: string[],
		readonly salience: number
	) {
		this.#source = source;
	}

	/** Formatted on first read: a shard brings hundreds of marks, a view draws a few of them. */
	get name(): string {
		if (this.#name === undefined) {
			let s = this.#source;
			if (Array.isArray(s)) s = this.target === 'article' ? articleOfRow(s as ArticleRow) : eventOfRow(s as EventRow, this.lane);
			this.#name = 'when' in s ? t.eventMarkName(s.label, s.status, formatWhen(s.when)) : t.articleMarkName(s.title, formatDayLong(s.date));
		}
		return this.#name;
	}
}

/** An event's mark from its parts (see `eventMark` and `rowMark`). */
function eventMarkOf(source: MarkSource, id: string, lane: Lane, label: string, from: string, to: string, precision: Precision, status: EventStatus, place: string | null, parties: string[], series: string | null, salience: number): Mark {
	const shape = chooseShape(precision, from, to);
	const end = dayToMs(to) + DAY_MS;
	const start = shape === 'before' ? end - DAY_MS : dayToMs(from);
	return new StubMark(source, id, 'event', lane, start, end, shape, precision, status, label, series, place, parties.length ? parties : NO_PARTIES, salience);
}

/** An article's mark from its parts. */
function articleMarkOf(source: MarkSource, id: string, date: string, label: string): Mark {
	const start = dayToMs(date);
	return new StubMark(source, id, 'article', 'articles', start, start + DAY_MS, 'point', null, null, label, null, null, NO_PARTIES, 0);
}

/** The mark of an event. */
export function eventMark(e: EventLike): Mark {
	const w = e.when;
	const series = 'series' in e ? e.series : (e.talks?.series ?? null);
	return eventMarkOf(e, e.id, e.kind === 'talks' ? 'talks' : 'events', e.label, w.start, w.end, w.precision, e.status, e.place, e.parties, series, e.salience);
}

/** The mark of an article (whole, or a stub). */
export function articleMark(a: ArticleLike): Mark {
	return articleMarkOf(a, a.id, a.date, a.source ?? a.title);
}

/** The mark of a row of a mark shard of `lane` (see `EventRow` and `ArticleRow` in shards.ts). */
export function rowMark(row: EventRow | ArticleRow, lane: Lane): Mark {
	if (lane === 'articles') {
		const [id, date, title, source] = row as ArticleRow;
		return articleMarkOf(row, id, date, source ?? title);
	}
	const [id, label, , from, to, precision, status, place, parties, series, , salience] = row as EventRow;
	return eventMarkOf(row, id, lane, label, from, to, precision, status, place, parties, series, salience);
}

/** Index a lane: sort by start (O(n log n)) and note the longest mark. */
export function indexLane(marks: Mark[]): LaneIndex {
	const sorted = [...marks].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	let maxDuration = 0;
	for (const m of sorted) maxDuration = Math.max(maxDuration, m.end - m.start);
	return { marks: sorted, maxDuration };
}

/** First index whose `start` is >= `t` (binary search). */
function lowerBound(marks: Mark[], t: number): number {
	let lo = 0;
	let hi = marks.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (marks[mid]!.start < t) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Marks overlapping `[from, to]`, in start order: O(log n + k) thanks to `maxDuration`. */
export function selectVisible(index: LaneIndex, from: number, to: number, out: Mark[] = []): Mark[] {
	const { marks } = index;
	for (let i = lowerBound(marks, from - index.maxDuration); i < marks.length; i++) {
		const m = marks[i]!;
		if (m.start > to) break;
		if (m.end >= from) out.push(m);
	}
	return out;
}
