/**
 * The data contract: what the build writes, what `npm run extract` prints and what the page reads.
 * Every date is an ISO string (`YYYY-MM-DD`, UTC calendar days); `Date` objects are made in
 * exactly one place on the client (`src/lib/timeline/time.ts`).
 */

/** One article read from `seeds/`. */
export interface Article {
	/** Stable id derived from the file's path under the seeds folder (and a feed or JSON Lines item's link). */
	id: string;
	/** Path relative to the seeds folder, with `/` separators; `feed.xml#3` for a feed's third item, `a.jsonl#12` for line 12. */
	file: string;
	/** Publication date, `YYYY-MM-DD`. */
	date: string;
	title: string;
	standfirst: string;
	/** Publisher or outlet; `null` when the seed does not name one. */
	source: string | null;
	/** Link to the original; only `http:` or `https:` URLs are kept. */
	url: string | null;
	author: string | null;
	/** Body paragraphs (the standfirst is not repeated here). */
	paragraphs: string[];
	/** Sentences of the standfirst and the paragraphs, in order, with their place in the text. */
	sentences: Sentence[];
	/** Every dated expression found in the article (for highlighting in the reader). */
	timexes: TimexMention[];
}

/** A sentence: `block` 0 is the standfirst, 1.. the paragraphs; offsets are within that block. */
export interface Sentence {
	block: number;
	start: number;
	end: number;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** How finely `when` is known. `before` means "on or before `end`", with no earlier bound given. */
export type Precision = 'day' | 'week' | 'month' | 'season' | 'quarter' | 'year' | 'decade' | 'century' | 'before';

/** A resolved point or stretch of time. */
export interface When {
	/** TIMEX3-style value: `2026-02-01`, `2022-02`, `2026-W05`, `2025-SU`, `199`, or a range `2026-03-03/2026-03-05`. */
	value: string;
	/** First day covered, inclusive, `YYYY-MM-DD`. */
	start: string;
	/** Last day covered, inclusive, `YYYY-MM-DD`. */
	end: string;
	precision: Precision;
}

/** A temporal expression found in an article, as TimeML types it. */
export interface TimexMention {
	/** Index into `Article.sentences`. */
	sentence: number;
	/** Offsets in the sentence's block text (`block` of that sentence). */
	start: number;
	end: number;
	/** The expression as written. */
	text: string;
	type: TimexType;
	/** TIMEX3 value (`2026-02-01`, `P2D`, `XXXX-WXX-7`, `PRESENT_REF`, ...). */
	value: string;
	/** The calendar stretch it covers, when it is a DATE or TIME that resolves to one. */
	when: When | null;
	/** Id of the event this expression dates, if any. */
	event: string | null;
}

/** A temporal expression found by the extractor, before it is tied to sentences and events. */
export interface Timex {
	/** Offsets in the text given to the extractor. */
	start: number;
	end: number;
	text: string;
	type: TimexType;
	value: string;
	/** The calendar stretch it covers, for a DATE or TIME that resolves to one; else `null`. */
	when: When | null;
	/** Tense or modality of the clause that governs it: what happened, what is planned, what holds now. */
	mood: 'past' | 'future' | 'present' | null;
}

export type EventKind = 'talks' | 'event';

export type EventStatus =
	| 'happened'
	| 'scheduled'
	| 'ongoing'
	| 'held'
	| 'postponed'
	| 'cancelled'
	| 'proposed';

/** Where an event is said, in one article. */
export interface Mention {
	/** Article id. */
	article: string;
	/** Index into that article's `sentences`. */
	sentence: number;
	/** The sentence text itself, so a card can show it without loading the article. */
	sentenceText: string;
	/** The date expression as written (empty when the date is inferred from the article date, or the sentence reports the event again without a date). */
	text: string;
	/** Offsets of `text` within `sentenceText`. */
	start: number;
	end: number;
}

export interface TimelineEvent {
	/** Stable id: a hash of the article id, resolved date and clause of its first mention. */
	id: string;
	kind: EventKind;
	/** Short gist of the clause, at most about 80 characters. */
	label: string;
	when: When;
	status: EventStatus;
	/** Talks only: city or venue. */
	place: string | null;
	/** Talks only: normalised party names. */
	parties: string[];
	/** Talks only: format, leaders, series and source disagreements; `null` for other events. */
	talks: TalksDetails | null;
	/** Human-readable notes where its sources disagree ("Articles differ on the date: 7 August 2026 (12), 8 August 2026 (1)"); empty when they agree. */
	disagreements: string[];
	/** Every sentence that reports it, in every article. */
	mentions: Mention[];
	/** How many articles report it (distinct `mentions[].article`). */
	sources: number;
	/**
	 * How much a reader would expect to see it, for labels and ordering: the number of articles that
	 * report it, plus more when it is in a headline, standfirst or lead, or is an article's main news.
	 * Comparable within one timeline only; higher is more salient.
	 */
	salience: number;
}

export type TalksFormat = 'bilateral' | 'trilateral' | 'multilateral';

export interface TalksDetails {
	format: TalksFormat | null;
	/** Who leads each side when named (a delegation's head, or the person named for a party), with the party when known. */
	leaders: { name: string; party: string | null }[];
	/** Id shared by the rounds of one negotiation (resume, next round, ...); `null` when alone. */
	series: string | null;
	/** Human-readable notes where sources disagree about date or place; empty when they agree. */
	disagreements: string[];
}

export interface TimelineData {
	/** Format version of this contract. */
	version: 1;
	articles: Article[];
	events: TimelineEvent[];
}
