/** What one list entry shows, picked out of an event at build time (dates already in words). */
import type { EventKind, EventStatus, TimelineData, TimelineEvent } from '../ingest/types';
import { dates as defaultDates, pageText, type DateFormat } from '../i18n';
import { splitHighlights } from '../timeline/highlight';
import { getListPages, groupByMonth, sortDay } from './listPages';

export interface ListItem {
	id: string;
	kind: EventKind;
	status: EventStatus;
	label: string;
	/** The date in words, e.g. "Sunday 1 February 2026". */
	when: string;
	/** Filing day, `YYYY-MM-DD` (for `<time datetime>`). */
	day: string;
	place: string | null;
	parties: string[];
	people: string[];
	/** The dating sentence cut into plain and marked parts (the date expression is marked). */
	sentence: { text: string; mark: boolean }[];
	/** Title and date of the article the sentence comes from. */
	source: { title: string; date: string } | null;
}

export interface ListMonth {
	month: string;
	/** "February 2026". */
	heading: string;
	items: ListItem[];
}

export interface ListPageSummary {
	slug: string;
	/** "2026" or "February 2026". */
	heading: string;
	count: number;
}

/** The mention that best dates the event: the first with a written date expression, else the first. */
function datingMention(e: TimelineEvent) {
	return e.mentions.find((m) => m.text) ?? e.mentions[0] ?? null;
}

/** One event as a list entry. */
function buildListItem(e: TimelineEvent, titles: ReadonlyMap<string, { title: string; date: string }>, f: DateFormat = defaultDates): ListItem {
	const m = datingMention(e);
	return {
		id: e.id,
		kind: e.kind,
		status: e.status,
		label: e.label,
		when: f.when(e.when),
		day: sortDay(e),
		place: e.place,
		parties: e.parties,
		people: e.talks?.leaders.map((l) => (l.party ? `${l.name} (${l.party})` : l.name)) ?? [],
		sentence: m ? splitHighlights(m.sentenceText, m.text ? [m] : []).map((s) => ({ text: s.text, mark: s.hit !== null })) : [],
		source: m ? (titles.get(m.article) ?? null) : null
	};
}

/** A page heading: a year as is, a month in words, a part of a month with its number. */
export function formatPageHeading(slug: string, f: DateFormat = defaultDates): string {
	const [y, m, part] = slug.split('-');
	if (!m) return f.year(`${y}-01-01`);
	const month = f.month(`${y}-${m}-01`);
	return part ? pageText.listPagePart(month, Number(part)) : month;
}

/** Every page of the list, as links for the index. */
export function summarizeListPages(data: TimelineData, f: DateFormat = defaultDates): ListPageSummary[] {
	return getListPages(data.events).map((p) => ({ slug: p.slug, heading: formatPageHeading(p.slug, f), count: p.events.length }));
}

const titleMemo = new WeakMap<TimelineData, Map<string, { title: string; date: string }>>();

function titlesOf(data: TimelineData, f: DateFormat) {
	let titles = titleMemo.get(data);
	if (!titles || f !== defaultDates) {
		titles = new Map(data.articles.map((a) => [a.id, { title: a.title, date: f.day(a.date) }]));
		if (f === defaultDates) titleMemo.set(data, titles);
	}
	return titles;
}

/** One page of the list grouped by month, or `null` when no page has that slug. */
export function buildListPage(data: TimelineData, slug: string, f: DateFormat = defaultDates): ListMonth[] | null {
	const page = getListPages(data.events).find((p) => p.slug === slug);
	if (!page) return null;
	const titles = titlesOf(data, f);
	return groupByMonth(page.events).map((g) => ({
		month: g.month,
		heading: f.month(`${g.month}-01`),
		items: g.events.map((e) => buildListItem(e, titles, f))
	}));
}
