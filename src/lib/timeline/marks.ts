/** Turn the data contract into sorted, lane-assigned marks in UTC milliseconds (done once per data set). */
import type { EventStatus, Precision, TimelineData, TimelineEvent } from '../ingest/types';
import { t } from '../i18n';
import { formatDayLong, formatWhen } from './format';
import { DAY_MS, dayToMs } from './time';

export type Lane = 'talks' | 'events' | 'articles';
export const LANES: Lane[] = ['talks', 'events', 'articles'];
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
export type EventLike = Pick<TimelineEvent, 'id' | 'kind' | 'label' | 'when' | 'status' | 'place' | 'parties'> &
	({ series: string | null } | { talks: TimelineEvent['talks'] });

/** What `articleMark` reads: a whole article or the stub a mark shard holds. */
export type ArticleLike = { id: string; date: string; title: string; source: string | null };

const NO_PARTIES: string[] = [];

/**
 * A mark made from a shard's stub. A class, not an object literal with a getter: shards bring
 * hundreds of marks at a time while the view is moving, and instances of one class share a shape and
 * the `name` accessor (a literal's getter is a new closure per mark, several times slower to make).
 */
class StubMark implements Mark {
	readonly id: string;
	readonly target: 'event' | 'article';
	readonly lane: Lane;
	readonly start: number;
	readonly end: number;
	readonly shape: MarkShape;
	readonly precision: Precision | null;
	readonly status: EventStatus | null;
	readonly label: string;
	readonly series: string | null;
	readonly place: string | null;
	readonly parties: string[];
	#source: EventLike | ArticleLike;
	#name: string | undefined;

	constructor(source: EventLike | ArticleLike, fields: Omit<Mark, 'name'>) {
		this.id = fields.id;
		this.target = fields.target;
		this.lane = fields.lane;
		this.start = fields.start;
		this.end = fields.end;
		this.shape = fields.shape;
		this.precision = fields.precision;
		this.status = fields.status;
		this.label = fields.label;
		this.series = fields.series;
		this.place = fields.place;
		this.parties = fields.parties;
		this.#source = source;
	}

	/** Formatted on first read: a shard brings hundreds of marks, a view draws a few of them. */
	get name(): string {
		if (this.#name === undefined) {
			const s = this.#source;
			this.#name = 'when' in s ? t.eventMarkName(s.label, s.status, formatWhen(s.when)) : t.articleMarkName(s.title, formatDayLong(s.date));
		}
		return this.#name;
	}
}

/** The mark of an event. */
export function eventMark(e: EventLike): Mark {
	const shape = chooseShape(e.when.precision, e.when.start, e.when.end);
	const end = dayToMs(e.when.end) + DAY_MS;
	return new StubMark(e, {
		id: e.id,
		target: 'event',
		lane: e.kind === 'talks' ? 'talks' : 'events',
		start: shape === 'before' ? end - DAY_MS : dayToMs(e.when.start),
		end,
		shape,
		precision: e.when.precision,
		status: e.status,
		label: e.label,
		series: 'series' in e ? e.series : (e.talks?.series ?? null),
		place: e.place,
		parties: e.parties.length ? e.parties : NO_PARTIES
	});
}

/** The mark of an article (whole, or the stub a mark shard holds). */
export function articleMark(a: ArticleLike): Mark {
	const start = dayToMs(a.date);
	return new StubMark(a, {
		id: a.id,
		target: 'article',
		lane: 'articles',
		start,
		end: start + DAY_MS,
		shape: 'point',
		precision: null,
		status: null,
		label: a.source ?? a.title,
		series: null,
		place: null,
		parties: NO_PARTIES
	});
}

/** Index a lane: sort by start (O(n log n)) and note the longest mark. */
export function indexLane(marks: Mark[]): LaneIndex {
	const sorted = [...marks].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	let maxDuration = 0;
	for (const m of sorted) maxDuration = Math.max(maxDuration, m.end - m.start);
	return { marks: sorted, maxDuration };
}

/** All marks of a data set, by lane, plus the time extent they cover (null when empty). */
export function buildMarks(data: TimelineData): { lanes: Record<Lane, Mark[]>; extent: [number, number] | null } {
	const lanes: Record<Lane, Mark[]> = { talks: [], events: [], articles: [] };
	for (const e of data.events) {
		const m = eventMark(e);
		lanes[m.lane].push(m);
	}
	for (const a of data.articles) lanes.articles.push(articleMark(a));
	let lo = Infinity;
	let hi = -Infinity;
	for (const lane of Object.values(lanes))
		for (const m of lane) {
			lo = Math.min(lo, m.start);
			hi = Math.max(hi, m.end);
		}
	return { lanes, extent: lo <= hi ? [lo, hi] : null };
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
