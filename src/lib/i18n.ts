/**
 * Every UI string of the list view, the search and the one-file export, and the dates they show,
 * formatted with `Intl` for one configurable locale.
 *
 * The locale is `PUBLIC_LOCALE` at build time (when Vite exposes it: `envPrefix` must include
 * `PUBLIC_`), else {@link DEFAULT_LOCALE}. Dates are calendar days in UTC, so every `Intl` call
 * pins `timeZone: 'UTC'`: a date-only event never moves a day in another time zone.
 */
import type { EventKind, EventStatus, When } from './ingest/types';

export const DEFAULT_LOCALE = 'en-GB';

/** The site's locale: `PUBLIC_LOCALE` when set and valid, else en-GB. */
export const LOCALE: string = resolveLocale(readEnvLocale());

function readEnvLocale(): string | undefined {
	try {
		return (import.meta as ImportMeta & { env?: Record<string, string | undefined> }).env?.PUBLIC_LOCALE;
	} catch {
		return undefined;
	}
}

/** A supported BCP 47 tag for `raw`, or the default when it is empty or unknown to `Intl`. */
export function resolveLocale(raw: string | null | undefined): string {
	const tag = raw?.trim();
	if (!tag) return DEFAULT_LOCALE;
	try {
		return Intl.DateTimeFormat.supportedLocalesOf([tag])[0] ?? DEFAULT_LOCALE;
	} catch {
		return DEFAULT_LOCALE;
	}
}

/** The UI strings. Functions take what varies; they never return HTML. */
export interface Messages {
	siteTitle: string;
	// list view
	listTitle: string;
	listIntro: (events: number, articles: number) => string;
	listYears: string;
	listPageTitle: (page: string) => string;
	listPagePart: (month: string, part: number) => string;
	listEventsIn: (n: number) => string;
	listEmpty: string;
	listBackToTimeline: string;
	listShowOnTimeline: string;
	listOtherPages: string;
	listFinding: string;
	listNotFound: (id: string) => string;
	listAllYears: string;
	// timeline announcements (read out by screen readers)
	timelineSelected: (name: string) => string;
	timelineShowing: (from: string, to: string) => string;
	viewList: string;
	viewTimeline: string;
	downloadSingle: string;
	downloadSingleHint: string;
	intro: (events: number, articles: number) => string;
	singleIntro: (events: number, articles: number) => string;
	kind: Record<EventKind, string>;
	status: Record<EventStatus, string>;
	statusLabel: string;
	place: string;
	parties: string;
	people: string;
	// search
	searchLabel: string;
	searchPlaceholder: string;
	searchHint: string;
	filterKind: string;
	filterStatus: string;
	filterParty: string;
	filterPlace: string;
	anyKind: string;
	anyStatus: string;
	anyParty: string;
	anyPlace: string;
	clearSearch: string;
	searchLoading: string;
	searchFailed: string;
	searchResults: (shown: number, total: number) => string;
	searchNoResults: string;
	searchResultsHeading: string;
	showMore: string;
	// dates in words
	onOrBefore: (day: string) => string;
	weekOf: (day: string) => string;
	season: Record<'SP' | 'SU' | 'FA' | 'WI', (year: string) => string>;
	quarter: (q: number, year: string) => string;
	decade: (decade: number) => string;
	century: (century: number) => string;
}

const ORDINAL_EN: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

function ordinalEn(n: number): string {
	return `${n}${ORDINAL_EN[new Intl.PluralRules('en', { type: 'ordinal' }).select(n)]}`;
}

const EN: Messages = {
	siteTitle: 'Newsline',
	listTitle: 'Newsline: the events as a list',
	listIntro: (events, articles) =>
		`${events} dated ${events === 1 ? 'event' : 'events'} from ${articles} ${articles === 1 ? 'article' : 'articles'}, in order of date, one page per year.`,
	listYears: 'Pages',
	listPageTitle: (page) => `Newsline: events of ${page}`,
	listPagePart: (month, part) => `${month}, part ${part}`,
	listEventsIn: (n) => `${n} ${n === 1 ? 'event' : 'events'}`,
	listEmpty: 'No dated events yet.',
	listBackToTimeline: 'Back to the timeline',
	listShowOnTimeline: 'Show on the timeline',
	listOtherPages: 'Other pages',
	listFinding: 'Finding the event…',
	listNotFound: (id) => `Event “${id}” is not in this list.`,
	listAllYears: 'All pages',
	timelineSelected: (name) => `Selected: ${name}`,
	timelineShowing: (from, to) => `Showing ${from} to ${to}`,
	viewList: 'List view',
	viewTimeline: 'Timeline',
	downloadSingle: 'Download as one file',
	downloadSingleHint: '(the whole timeline in one HTML file that opens without a network)',
	intro: (events, articles) =>
		`${events} dated ${events === 1 ? 'event' : 'events'} from ${articles} ${articles === 1 ? 'article' : 'articles'}. Select a mark to read what was said about it.`,
	singleIntro: (events, articles) =>
		`${events} dated ${events === 1 ? 'event' : 'events'} from ${articles} ${articles === 1 ? 'article' : 'articles'}, in one file that needs no network. Select a mark to read what was said about it.`,
	kind: { talks: 'Talks', event: 'Event' },
	status: {
		happened: 'Happened',
		scheduled: 'Scheduled',
		ongoing: 'Ongoing',
		held: 'Held',
		postponed: 'Postponed',
		cancelled: 'Cancelled',
		proposed: 'Proposed'
	},
	statusLabel: 'Status',
	place: 'Place',
	parties: 'Parties',
	people: 'People',
	searchLabel: 'Search events',
	searchPlaceholder: 'Words, places, parties, people…',
	searchHint: 'Results update as you type.',
	filterKind: 'Kind',
	filterStatus: 'Status',
	filterParty: 'Party',
	filterPlace: 'Place',
	anyKind: 'Any kind',
	anyStatus: 'Any status',
	anyParty: 'Any party',
	anyPlace: 'Any place',
	clearSearch: 'Clear',
	searchLoading: 'Searching…',
	searchFailed: 'The search index could not be loaded.',
	searchResults: (shown, total) =>
		total === 0 ? 'No events match.' : shown < total ? `${total} events match; showing the first ${shown}.` : `${total} ${total === 1 ? 'event matches' : 'events match'}.`,
	searchNoResults: 'No events match.',
	searchResultsHeading: 'Search results',
	showMore: 'Show more',
	onOrBefore: (day) => `on or before ${day}`,
	weekOf: (day) => `the week of ${day}`,
	season: {
		SP: (y) => `spring ${y}`,
		SU: (y) => `summer ${y}`,
		FA: (y) => `autumn ${y}`,
		WI: (y) => `winter ${y}`
	},
	quarter: (q, y) => `the ${['first', 'second', 'third', 'fourth'][q - 1]} quarter of ${y}`,
	decade: (d) => `the ${d}s`,
	century: (c) => `the ${ordinalEn(c)} century`
};

/** Strings per language (the part of the locale before `-`); English is the fallback. */
const MESSAGES: Record<string, Messages> = { en: EN };

/** The strings for a locale's language, English when there is no translation. */
export function messagesFor(locale: string): Messages {
	return MESSAGES[locale.split('-')[0]!.toLowerCase()] ?? EN;
}

/** The strings for the site's locale. */
export const t: Messages = messagesFor(LOCALE);

/** UTC milliseconds of a `YYYY-MM-DD` day (the data contract guarantees the format). */
function dayMs(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number);
	return Date.UTC(y!, m! - 1, d!);
}

/** Date formatting for one locale; every function takes ISO days and returns plain text. */
export interface DateFormat {
	locale: string;
	/** "Sunday 1 February 2026". */
	dayLong(iso: string): string;
	/** "1 February 2026". */
	day(iso: string): string;
	/** "February 2026". */
	month(iso: string): string;
	/** "2026". */
	year(iso: string): string;
	/** A day range: "3 – 5 March 2026"; a single day is {@link dayLong}. */
	dayRange(start: string, end: string): string;
	/** A resolved date, as precisely as it is known. */
	when(when: When): string;
}

/** Creates the date formatters for `locale` (falls back to en-GB when `Intl` does not know it). */
export function createDateFormat(locale: string = LOCALE, messages: Messages = messagesFor(locale)): DateFormat {
	const tag = resolveLocale(locale);
	const make = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(tag, { ...o, timeZone: 'UTC' });
	const long = make({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
	const day = make({ day: 'numeric', month: 'long', year: 'numeric' });
	const month = make({ month: 'long', year: 'numeric' });
	const year = make({ year: 'numeric' });
	const yearOf = (iso: string) => year.format(dayMs(iso));
	const f: DateFormat = {
		locale: tag,
		dayLong(iso) {
			// house style (as British papers write it): no comma after the weekday
			const parts = long.formatToParts(dayMs(iso));
			return parts
				.map((p, i) => (p.type === 'literal' && parts[i - 1]?.type === 'weekday' ? p.value.replace(/^,\s*/, ' ') : p.value))
				.join('');
		},
		day: (iso) => day.format(dayMs(iso)),
		month: (iso) => month.format(dayMs(iso)),
		year: yearOf,
		dayRange: (start, end) => (start === end ? f.dayLong(start) : day.formatRange(dayMs(start), dayMs(end))),
		when(w) {
			switch (w.precision) {
				case 'day':
					return f.dayRange(w.start, w.end);
				case 'before':
					return messages.onOrBefore(f.day(w.end));
				case 'week':
					return messages.weekOf(f.day(w.start));
				case 'month':
					return w.start.slice(0, 7) === w.end.slice(0, 7) ? f.month(w.start) : month.formatRange(dayMs(w.start), dayMs(w.end));
				case 'season': {
					const code = /-(SP|SU|FA|WI)$/.exec(w.value)?.[1] as keyof Messages['season'] | undefined;
					return code ? messages.season[code](yearOf(w.start)) : f.dayRange(w.start, w.end);
				}
				case 'quarter':
					return messages.quarter(Math.floor((Number(w.start.slice(5, 7)) - 1) / 3) + 1, yearOf(w.start));
				case 'year':
					return w.start.slice(0, 4) === w.end.slice(0, 4) ? yearOf(w.start) : year.formatRange(dayMs(w.start), dayMs(w.end));
				case 'decade':
					return messages.decade(Math.floor(Number(w.start.slice(0, 4)) / 10) * 10);
				case 'century':
					return messages.century(Math.floor(Number(w.start.slice(0, 4)) / 100) + 1);
			}
		}
	};
	return f;
}

/** The date formatters for the site's locale. */
export const dates: DateFormat = createDateFormat(LOCALE, t);
