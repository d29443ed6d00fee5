/**
 * Every UI string of the site (timeline, card, reader, legend, search, list view, one-file export)
 * and the dates they show, formatted with `Intl` for one configurable locale. Components import
 * their text from here (`t`; `pageText` for the pages around the timeline, which its own script
 * does not carry); `src/lib/i18n.components.test.ts` fails on English text written in a component.
 *
 * The locale is `PUBLIC_LOCALE` at build time (Vite exposes it because vite.config.ts and the
 * one-file export's config put `PUBLIC_` in `envPrefix`), else {@link DEFAULT_LOCALE}. The page's
 * `<html lang>` follows it (src/hooks.server.ts). Dates are calendar days in UTC, so every `Intl` call
 * pins `timeZone: 'UTC'`: a date-only event never moves a day in another time zone.
 */
import type { EventKind, EventStatus, When } from './ingest/types';
import { DAY_MS, daysFromCivil } from './ingest/timex/calendar';
import type { Lane } from './timeline/lanes';

export const DEFAULT_LOCALE = 'en-GB';

/** The site's locale: `PUBLIC_LOCALE` when set and valid, else en-GB. */
export const LOCALE: string = resolveLocale(readEnvLocale());

function readEnvLocale(): string | undefined {
	try {
		// spelt out as `import.meta.env.PUBLIC_LOCALE`: Vite replaces only this spelling at build time
		// (a cast such as `(import.meta as …).env` is left alone and reads nothing)
		return import.meta.env.PUBLIC_LOCALE as string | undefined;
	} catch {
		// no Vite (a script run by tsx): the process's environment
		return typeof process === 'undefined' ? undefined : process.env.PUBLIC_LOCALE;
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
	// timeline announcements (read out by screen readers)
	timelineSelected: (name: string) => string;
	timelineShowing: (from: string, to: string) => string;
	// the overview band and its brush
	overviewLabel: string;
	overviewBrush: string;
	overviewBrushValue: (from: string, to: string) => string;
	// timeline toolbar, plot and messages
	zoomGroup: string;
	zoomIn: string;
	zoomOut: string;
	/** The button that shows every date, background included. */
	fitAll: string;
	/** The button back to the view the story opens on: where its news is. */
	fitNews: string;
	/** The link at the top of the page that skips to the timeline. */
	skipToTimeline: string;
	/** The button that opens the compact key of the glyphs. */
	legendOpen: string;
	/** The visible range above the plot: "1 January 2026 – 10 February 2026". */
	timelineRange: (from: string, to: string) => string;
	/** The plot's accessible name, with its keys. */
	timelinePlotLabel: string;
	eventNotInTimeline: (id: string) => string;
	articleNotInTimeline: (id: string) => string;
	showWholeTimeline: string;
	/** A file of the timeline's data failed to load. */
	loadFailed: (path: string, reason: string) => string;
	lanes: Record<Lane, string>;
	/** Accessible name of a cluster of marks (`from`, `to`: days in words). */
	clusterName: (count: number, from: string, to: string) => string;
	/** Accessible name of a cluster whose marks are known: its most salient one's label and how many others. */
	clusterNameTop: (top: string, others: number, from: string, to: string) => string;
	/** Accessible name of an event's mark: "Talks in Abu Dhabi (scheduled, Sunday 1 February 2026)". */
	eventMarkName: (label: string, status: EventStatus, when: string) => string;
	/** Accessible name of an article's mark. */
	articleMarkName: (title: string, day: string) => string;
	// legend
	legendTitle: string;
	legendStatus: Record<EventStatus, string>;
	/** Written before a mark's label (glyphs.ts `statusPrefix`); none for what happened or was held. */
	statusPrefix: Partial<Record<EventStatus, string>>;
	legendArticle: string;
	legendSpan: string;
	legendBefore: string;
	legendSeries: string;
	// card and reader
	article: string;
	format: string;
	leaders: string;
	sourcesDisagree: string;
	/** "reported by 3 articles". */
	reportedBy: (n: number) => string;
	/** The mentions of an article beyond the first two, folded away. */
	moreMentions: (n: number) => string;
	loadingArticle: string;
	articleMissing: (id: string) => string;
	datedInArticle: string;
	readArticle: string;
	original: string;
	opensInNewTab: string;
	closeCard: string;
	closeReader: string;
	/** Tooltip of a date in the reader that selects its event. */
	showOnTimeline: string;
	// the timeline page
	viewList: string;
	downloadSingle: string;
	downloadSingleHint: string;
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
	/** The button that fits the timeline to every match of a search. */
	showAllOnTimeline: string;
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

const EN_STATUS: Record<EventStatus, string> = {
	happened: 'Happened',
	scheduled: 'Scheduled',
	ongoing: 'Ongoing',
	held: 'Held',
	postponed: 'Postponed',
	cancelled: 'Cancelled',
	proposed: 'Proposed'
};

const EN: Messages = {
	timelineSelected: (name) => `Selected: ${name}`,
	timelineShowing: (from, to) => `Showing ${from} to ${to}`,
	overviewLabel: 'Overview of the whole archive',
	overviewBrush: 'Visible range: arrow keys move it, Page Up and Page Down by its width, + and − zoom',
	overviewBrushValue: (from, to) => `${from} to ${to}`,
	zoomGroup: 'Zoom',
	zoomIn: 'Zoom in',
	zoomOut: 'Zoom out',
	fitAll: 'All dates',
	fitNews: 'The news',
	skipToTimeline: 'Skip to the timeline',
	legendOpen: 'Key',
	timelineRange: (from, to) => `${from} – ${to}`,
	timelinePlotLabel:
		'Timeline: + and − zoom, arrow keys pan, 0 shows every date; Tab moves between marks, arrow keys on a mark move to the next or previous one, Enter opens one',
	eventNotInTimeline: (id) => `Event “${id}” is not in this timeline.`,
	articleNotInTimeline: (id) => `Article “${id}” is not in this timeline.`,
	showWholeTimeline: 'Show the whole timeline',
	loadFailed: (path, reason) => `Could not load ${path} (${reason})`,
	lanes: { talks: 'Talks', events: 'Events', articles: 'Articles' },
	clusterName: (count, from, to) => `${count} more marks from ${from} to ${to}: zoom to them`,
	clusterNameTop: (top, others, from, to) => `${top} and ${others} more ${others === 1 ? 'mark' : 'marks'} from ${from} to ${to}: zoom to them`,
	eventMarkName: (label, status, when) => `${label} (${EN_STATUS[status].toLowerCase()}, ${when})`,
	articleMarkName: (title, day) => `Article: ${title} (published ${day})`,
	legendTitle: 'Legend',
	legendStatus: { ...EN_STATUS, held: 'Held / happened', happened: 'Held / happened' },
	statusPrefix: { scheduled: 'Scheduled', proposed: 'Proposed', postponed: 'Postponed', cancelled: 'Cancelled', ongoing: 'Ongoing' },
	legendArticle: 'Article published',
	legendSpan: 'Known only to the month or year',
	legendBefore: 'On or before a date (earlier start unknown)',
	legendSeries: 'Rounds of the same talks',
	article: 'Article',
	format: 'Format',
	leaders: 'Leaders',
	sourcesDisagree: 'Sources disagree',
	reportedBy: (n) => `reported by ${n} ${n === 1 ? 'article' : 'articles'}`,
	moreMentions: (n) => `${n} more ${n === 1 ? 'mention' : 'mentions'} in this article`,
	loadingArticle: 'Loading the article…',
	articleMissing: (id) => `Article ${id} is not in this timeline.`,
	datedInArticle: 'Dated in this article',
	readArticle: 'Read the article',
	original: 'Original',
	opensInNewTab: ' (opens in a new tab)',
	closeCard: 'Close card',
	closeReader: 'Close reader',
	showOnTimeline: 'Show on the timeline',
	viewList: 'List view',
	downloadSingle: 'Download as one file',
	downloadSingleHint: '(the whole timeline in one HTML file that opens without a network)',
	kind: { talks: 'Talks', event: 'Event' },
	status: EN_STATUS,
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
	showAllOnTimeline: 'Show all on the timeline',
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

/** The language of a locale: its part before `-`, the key of the string tables. */
function languageOf(locale: string): string {
	return locale.split('-')[0]!.toLowerCase();
}

/** Strings per language (the part of the locale before `-`); English is the fallback. */
const MESSAGES: Record<string, Messages> = { en: EN };

/** The strings for a locale's language, English when there is no translation. */
export function messagesFor(locale: string): Messages {
	return MESSAGES[languageOf(locale)] ?? EN;
}

/** The strings for the site's locale. */
export const t: Messages = messagesFor(LOCALE);

/**
 * The strings of the pages prerendered around the timeline (its title and introduction, the list
 * view, the one-file export's introduction, errors of prerendering): apart from `Messages` so that
 * the timeline page's own script, which shows none of them, does not carry them.
 */
export interface PageMessages {
	/** The title of a story with no articles. */
	siteTitle: string;
	/** The list view's title. */
	listTitle: (story: string) => string;
	/** `whole`: every event is on this page, not on pages per year. */
	listIntro: (events: number, articles: number, whole: boolean) => string;
	listYears: string;
	listPageTitle: (story: string, page: string) => string;
	listPagePart: (month: string, part: number) => string;
	listEventsIn: (n: number) => string;
	listEmpty: string;
	listBackToTimeline: string;
	listShowOnTimeline: string;
	listOtherPages: string;
	listFinding: string;
	listNotFound: (id: string) => string;
	listAllYears: string;
	/** A data file answered with an HTTP error (shown on the error page). */
	loadFailedHttp: (path: string, status: number) => string;
	/** A data file has a format this build does not read. */
	dataVersionMismatch: (path: string, want: number, found: string) => string;
	/** The list view has no page for this URL segment. */
	listNoPage: (slug: string) => string;
	viewTimeline: string;
	intro: (events: number, articles: number) => string;
	/** What the timeline invites a reader to do; shown only where the timeline runs (not without JavaScript). */
	introHint: string;
	singleIntro: (events: number, articles: number) => string;
}

/**
 * The strings of the story around the timeline that the timeline page's client never renders: the
 * derived title, the page's description, the story's list shown without JavaScript (in
 * `<noscript>`), the one-file export's views. Apart from `PageMessages`, which the page's client
 * carries (its load reads it), so that it does not carry these too.
 */
export interface StoryMessages {
	/** A title derived from the headlines (src/lib/ingest/story.ts): "Airbus and Boeing, 2004–2011". */
	storySubjects: (subjects: string, span: string) => string;
	/** A title for headlines with nothing in common. */
	storyNoSubject: (span: string) => string;
	/** The page's description for search engines and link previews, without a standfirst. */
	storyDescription: (events: number, articles: number) => string;
	/** Heading of the story's list on the timeline page (shown without JavaScript). */
	storyListHeading: (shown: number, total: number) => string;
	/** "reported by 3 sources". */
	storySources: (n: number) => string;
	/** The link from the story's list to the list view. */
	storyListAll: (n: number) => string;
	/** Without JavaScript, where the timeline would be. */
	storyNoScript: string;
	/** The one-file export's switch between the timeline and the list. */
	singleViews: string;
	singleTimeline: string;
	singleList: string;
}

const EN_PAGES: PageMessages = {
	siteTitle: 'Newsline',
	listTitle: (story) => `${story}: the events as a list`,
	listIntro: (events, articles, whole) =>
		`${events} dated ${events === 1 ? 'event' : 'events'} from ${articles} ${articles === 1 ? 'article' : 'articles'}, in order of date${whole ? '' : ', one page per year'}.`,
	listYears: 'Pages',
	listPageTitle: (story, page) => `${story}: events of ${page}`,
	listPagePart: (month, part) => `${month}, part ${part}`,
	listEventsIn: (n) => `${n} ${n === 1 ? 'event' : 'events'}`,
	listEmpty: 'No dated events yet.',
	listBackToTimeline: 'Back to the timeline',
	listShowOnTimeline: 'Show on the timeline',
	listOtherPages: 'Other pages',
	listFinding: 'Finding the event…',
	listNotFound: (id) => `Event “${id}” is not in this list.`,
	listAllYears: 'All pages',
	loadFailedHttp: (path, status) => `Could not load ${path} (HTTP ${status})`,
	dataVersionMismatch: (path, want, found) => `${path}: expected version ${want}, found ${found}`,
	listNoPage: (slug) => `No list page “${slug}”`,
	viewTimeline: 'Timeline',
	intro: (events, articles) => `${events} dated ${events === 1 ? 'event' : 'events'} from ${articles} ${articles === 1 ? 'article' : 'articles'}.`,
	introHint: 'Select a mark to read what was said about it.',
	singleIntro: (events, articles) =>
		`${events} dated ${events === 1 ? 'event' : 'events'} from ${articles} ${articles === 1 ? 'article' : 'articles'}, in one file that needs no network. Select a mark to read what was said about it.`,
};

const EN_STORY: StoryMessages = {
	storySubjects: (subjects, span) => `${subjects}, ${span}`,
	storyNoSubject: (span) => `The news, ${span}`,
	storyDescription: (events, articles) =>
		`A timeline of ${events} dated ${events === 1 ? 'event' : 'events'} from ${articles} news ${articles === 1 ? 'article' : 'articles'}.`,
	storyListHeading: (shown, total) => (shown < total ? `The ${shown} most reported of ${total} events, by month` : 'The events, by month'),
	storySources: (n) => `reported by ${n} ${n === 1 ? 'source' : 'sources'}`,
	storyListAll: (n) => `All ${n} ${n === 1 ? 'event' : 'events'} as a list`,
	storyNoScript: 'The interactive timeline needs JavaScript; here is the story as a list.',
	singleViews: 'View',
	singleTimeline: 'Timeline',
	singleList: 'List'
};

/** Story strings per language, as `MESSAGES`. */
const STORY_MESSAGES: Record<string, StoryMessages> = { en: EN_STORY };

/** The story strings for a locale's language, English when there is no translation. */
export function storyMessagesFor(locale: string): StoryMessages {
	return STORY_MESSAGES[languageOf(locale)] ?? EN_STORY;
}

/** The story strings for the site's locale (pure: a bundle that does not read them drops them). */
export const storyText: StoryMessages = /* @__PURE__ */ storyMessagesFor(LOCALE);

/** Page strings per language, as `MESSAGES`. */
const PAGE_MESSAGES: Record<string, PageMessages> = { en: EN_PAGES };

export function pageMessagesFor(locale: string): PageMessages {
	return PAGE_MESSAGES[languageOf(locale)] ?? EN_PAGES;
}

/** The page strings for the site's locale (pure: a bundle that does not read them drops them). */
export const pageText: PageMessages = /* @__PURE__ */ pageMessagesFor(LOCALE);

/** UTC milliseconds of a `YYYY-MM-DD` day (the data contract guarantees the format). */
function dayMs(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number);
	return daysFromCivil(y!, m!, d!) * DAY_MS;
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
	/** A day range: "3–5 March 2026", "30 January – 2 February 2026"; a single day is {@link dayLong}. */
	dayRange(start: string, end: string): string;
	/** A resolved date, as precisely as it is known. */
	when(when: When): string;
	/** Axis label of a day: "30 Jan", with the year "1 Feb 2026". */
	axisDay(iso: string, withYear: boolean): string;
	/** Axis label of a month: "Feb", with the year "Jan 2026". */
	axisMonth(iso: string, withYear: boolean): string;
}

/**
 * A range as `Intl` words it, in house style: a plain space (not a thin one) around the dash, and
 * no space at all between two bare numbers ("3–5 March 2026", "2022–2023").
 */
function houseRange(format: Intl.DateTimeFormat, from: number, to: number): string {
	const parts = format.formatRangeToParts(from, to);
	const lastStart = parts.findLastIndex((p) => p.source === 'startRange');
	const firstEnd = parts.findIndex((p) => p.source === 'endRange');
	if (lastStart < 0 || firstEnd !== lastStart + 2 || parts[lastStart + 1]!.type !== 'literal') return format.formatRange(from, to);
	const text = (source: string) => parts.filter((p) => p.source === source).map((p) => p.value).join('');
	const bare = /^\d+$/.test(text('startRange')) && /^\d+$/.test(text('endRange'));
	const sep = parts[lastStart + 1]!.value.replace(/[\u2009\u202f]/g, ' ');
	return parts.map((p, i) => (i === lastStart + 1 ? (bare ? sep.trim() : sep) : p.value)).join('');
}

/** Creates the date formatters for `locale` (falls back to en-GB when `Intl` does not know it). */
export function createDateFormat(locale: string = LOCALE, messages: Messages = messagesFor(locale)): DateFormat {
	const tag = locale === LOCALE ? LOCALE : resolveLocale(locale);
	// each formatter is made on first use: making one costs milliseconds (tens for the first, which
	// loads the locale's data), and a page opening on clusters uses three or four of the eight
	const make = (o: Intl.DateTimeFormatOptions) => {
		let made: Intl.DateTimeFormat | undefined;
		return () => (made ??= new Intl.DateTimeFormat(tag, { ...o, timeZone: 'UTC' }));
	};
	const long = make({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
	const day = make({ day: 'numeric', month: 'long', year: 'numeric' });
	const month = make({ month: 'long', year: 'numeric' });
	const year = make({ year: 'numeric' });
	const axis = {
		day: make({ day: 'numeric', month: 'short' }),
		dayYear: make({ day: 'numeric', month: 'short', year: 'numeric' }),
		month: make({ month: 'short' }),
		monthYear: make({ month: 'short', year: 'numeric' })
	};
	// house style: three-letter English abbreviations on the axis ("Sep"; ICU's en-GB says "Sept")
	const short = tag.split('-')[0] === 'en' ? (s: string) => s.replace(/\bSept\b/, 'Sep') : (s: string) => s;
	const yearOf = (iso: string) => year().format(dayMs(iso));
	const f: DateFormat = {
		locale: tag,
		dayLong(iso) {
			// house style (as British papers write it): no comma after the weekday
			const parts = long().formatToParts(dayMs(iso));
			return parts
				.map((p, i) => (p.type === 'literal' && parts[i - 1]?.type === 'weekday' ? p.value.replace(/^,\s*/, ' ') : p.value))
				.join('');
		},
		day: (iso) => day().format(dayMs(iso)),
		month: (iso) => month().format(dayMs(iso)),
		year: yearOf,
		dayRange: (start, end) => (start === end ? f.dayLong(start) : houseRange(day(), dayMs(start), dayMs(end))),
		axisDay: (iso, withYear) => short((withYear ? axis.dayYear : axis.day)().format(dayMs(iso))),
		axisMonth: (iso, withYear) => short((withYear ? axis.monthYear : axis.month)().format(dayMs(iso))),
		when(w) {
			// hundreds of marks come into view at once and many share a date: each phrase is made once
			const key = `${w.precision} ${w.start} ${w.end} ${w.precision === 'season' ? w.value : ''}`;
			let text = whenCache.get(key);
			if (text === undefined) {
				if (whenCache.size > 5000) whenCache.clear();
				whenCache.set(key, (text = whenText(w)));
			}
			return text;
		}
	};
	const whenCache = new Map<string, string>();
	function whenText(w: Parameters<DateFormat['when']>[0]): string {
		switch (w.precision) {
			case 'day':
				return f.dayRange(w.start, w.end);
			case 'before':
				return messages.onOrBefore(f.day(w.end));
			case 'week':
				return messages.weekOf(f.day(w.start));
			case 'month':
				return w.start.slice(0, 7) === w.end.slice(0, 7) ? f.month(w.start) : houseRange(month(), dayMs(w.start), dayMs(w.end));
			case 'season': {
				const code = /-(SP|SU|FA|WI)$/.exec(w.value)?.[1] as keyof Messages['season'] | undefined;
				return code ? messages.season[code](yearOf(w.start)) : f.dayRange(w.start, w.end);
			}
			case 'quarter':
				return messages.quarter(Math.floor((Number(w.start.slice(5, 7)) - 1) / 3) + 1, yearOf(w.start));
			case 'year':
				return w.start.slice(0, 4) === w.end.slice(0, 4) ? yearOf(w.start) : houseRange(year(), dayMs(w.start), dayMs(w.end));
			case 'decade':
				return messages.decade(Math.floor(Number(w.start.slice(0, 4)) / 10) * 10);
			case 'century':
				return messages.century(Math.floor(Number(w.start.slice(0, 4)) / 100) + 1);
		}
	}
	return f;
}

/** The date formatters for the site's locale. */
export const dates: DateFormat = createDateFormat(LOCALE, t);
