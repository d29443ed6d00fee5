import { hashString } from './hash.ts';
import { dateDisagreement, groupReports, mentionsBySentence } from './merge.ts';
import { datelineEnd, eventWord, isLastingVerb, isPastForm, isSayVerb, namedHeadMatch, namesResult, OPPOSED, readDatedClause, sentenceSubject } from './events/clause.ts';
import { MAX_LABEL, typeset, writeHeadline } from './events/headline.ts';
import { labelFlags } from './events/labelCheck.ts';
import { isName, tagSentence, type Token } from './events/tag.ts';
import { beforeDate } from './talks/date.ts';
import { dayNumberOf, daysInMonth, formatDay, formatMonth, formatYear, fromDayNumber, parseDay } from './timex/calendar.ts';
import { isCalendarName, MONTHS as MONTH_NUMBERS, WEEKDAYS } from './timex/lexicon.ts';
import type { EventDraft } from './salience.ts';
import type { EventStatus, Mention, Timex, When } from './types.ts';

/** One sentence of one article with the date expressions found in it (offsets in `text`). */
export interface SentenceInput {
	article: string;
	articleDate: string;
	sentence: number;
	text: string;
	timexes: Timex[];
}

/** The key under which a date expression is claimed by an event builder. */
export function timexKey(article: string, sentence: number, timex: Pick<Timex, 'start'>): string {
	return `${article}#${sentence}#${timex.start}`;
}

/**
 * Whether a dated clause happened, is scheduled or goes on: the clause's tense first, then the
 * date itself against the article's (a date after publication can only be planned).
 */
export function resolveStatus(when: When, mood: Timex['mood'], articleDate: string): EventStatus {
	if (mood === 'future' || when.start > articleDate) return 'scheduled';
	if (mood === 'present' && when.start <= articleDate && when.end >= articleDate) return 'ongoing';
	return 'happened';
}

/** One report of an event: a dated clause of one sentence, read in the worker that reads its article. */
export interface EventCandidate {
	/** `timexKey` of the date expression. */
	key: string;
	articleDate: string;
	mention: Mention;
	when: When;
	status: EventStatus;
	label: string;
	/** The label is the article's headline: the clause is the article's main news. */
	mainNews: boolean;
	/** In the article's standfirst or lead. */
	prominent: boolean;
	/** Content lemmas of the clause (a kind of event for its verbs and nouns: `eventWord`), and proper-noun lemmas of the sentence, to match other reports. */
	words: string[];
	names: string[];
	/** Lemmas of the name that heads the clause's subject (who did it: "General Motors"), none for a common noun ("three auto companies"). */
	actors: string[];
	/** The kind of event of the clause's head verb, `null` without one. */
	head: string | null;
	/** Amounts the clause gives ("997 million", "3.41%", "155.91 points"), to tell two results apart. */
	figures?: string[];
	/** The clause is background to a noun: a relative clause, or between brackets ("Russia, which expelled 23 diplomats in March 2018, ..."). */
	aside?: boolean;
}

/** What `readArticleEvents` needs of the article. */
export interface ArticleContext {
	title: string;
	/** Indexes of the sentences in the standfirst and the lead. */
	prominent: ReadonlySet<number>;
	/** Index of the lead: the article's first sentence; `null` when it has none. */
	lead: number | null;
}

/** How far before publication an article's main news can be: a weekly's "last Monday". */
const MAIN_NEWS_DAYS = 7;

/**
 * The event candidates of one article: each DATE or TIME expression that resolves to a calendar
 * stretch and dates a clause a reader would plot. Expressions that date nothing (see
 * `readDatedClause`) make no candidate; they stay in the article's `timexes` for the reader.
 */
export function readArticleEvents(sentences: readonly SentenceInput[], context: ArticleContext): EventCandidate[] {
	const out: EventCandidate[] = [];
	// main news: how well it matched the headline, and the clause's own label and status
	const matched = new Map<EventCandidate, { score: number; label: string; actor: boolean; status: EventCandidate['status'] }>();
	let titleWords: Set<string> | null = null;
	let titleVerb: string | null | undefined;
	// the headline's verb; a word right after the opening names that the model tags a noun is one
	// when it reads as a verb after a plural pronoun ("Investigators probe ...", "Stocks plunge ...")
	const headlineHead = () => {
		if (titleVerb === undefined) {
			const words = tag(context.title);
			const v = headlineVerb(words);
			let k = 0;
			while (k < words.length && words[k]!.pos === 'PROPN') k++;
			const alone = v < 0 && k > 0 && words[k]?.pos === 'NOUN' ? tag(`they ${words[k]!.lower}`)[1] : undefined;
			titleVerb = v >= 0 ? eventWord(words[v]!.lemma) : alone?.pos === 'VERB' ? eventWord(alone.lemma) : null;
		}
		return titleVerb;
	};
	// each text is tagged once per article: a sentence is also the next one's "sentence before", the
	// lead also the headline's
	const tagged = new Map<string, Token[]>();
	const tag = (text: string) => tagged.get(text) ?? tagged.set(text, tagSentence(text)).get(text)!;
	// the headline as a label, or null when it cannot be one: read once
	let cleanHeadline: string | null | undefined;
	const headline = () => (cleanHeadline === undefined ? (cleanHeadline = cleanTitle(context.title, tag)) : cleanHeadline);
	// a headline with a tensed verb tells its news as done ("A380 makes maiden flight to US"): main
	// news labelled with it, on or before the article's day, happened, unless the lead tells it as
	// still to come ("is scheduled to launch today"); a plan told in the past ("was set to land on
	// Monday") is overtaken by the headline
	let tensed: boolean | undefined;
	const told = () => (tensed ??= headlineVerb(tag(context.title)) >= 0);
	// words written with a capital inside a sentence ("Steve Jobs", "said Boeing"), which are names
	// where they open one ("Jobs resigned", not "Profits rose"; "Boeing shares", not "Airline shares")
	let capitals: Set<string> | undefined;
	const nameWords = () => (capitals ??= new Set(sentences.flatMap((x) => [...x.text.matchAll(/\b[A-Z][\w&.-]*/g)].filter((m) => /\w/.test(x.text.slice(0, m.index))).map((m) => m[0]))));
	let previous: SentenceInput | null = null;
	let index = -1;
	// "the plane" further on in the article: what the last mention of the noun before names, in the
	// sentences before (at most ten back; not the headline, whose capitals may be its style). A
	// mention in a sentence dated at another time than the clause is background ("since a Comair
	// plane went down in 2006"): "the plane" is then left as written.
	let dating: When | null = null;
	const earlierName = (word: string): Token[] | null => {
		const spelt = new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
		for (let k = index - 1; k >= 0 && index - k <= EARLIER_SENTENCES; k--) {
			const e = sentences[k]!;
			if (!spelt.test(e.text)) continue;
			const found = namedHeadMatch(elsewhere(tag(e.text)), word, nameWords());
			if (found === undefined) continue;
			const apart = e.timexes.some((x) => x.when && (x.type === 'DATE' || x.type === 'TIME') && dating && (x.when.end < dating.start || dating.end < x.when.start));
			return apart ? null : found;
		}
		return null;
	};
	// the quarters, halves and months for which the sentences before gave results
	const periods = new Set<string>();
	let resultsBefore: string[] = [];
	for (const s of sentences) {
		index++;
		const before = previous && previous.sentence === s.sentence - 1 ? previous : null;
		for (const value of resultsBefore) periods.add(value);
		resultsBefore = [];
		previous = s;
		const dated = s.timexes.filter((t) => (t.type === 'DATE' || t.type === 'TIME') && t.when);
		const spans = s.timexes.filter((t) => t.type === 'DURATION' && SPAN_ORDER.test(s.text.slice(t.end, t.end + 8)));
		if (!dated.length && !spans.length) continue;
		const tokens = tag(s.text);
		if (figuresOf(tokens).length && namesResult(heads(tokens))) resultsBefore = dated.filter((t) => t.type === 'DATE' && PERIOD.test(t.value)).map((t) => t.value);
		// every date of the sentence, so that none is read as a participant ("last year is preliminary")
		for (const t of tokens) {
			const inside = s.timexes.filter((x) => t.start < x.end && x.start < t.end);
			t.date = inside.length > 0;
			t.span = inside.length > 0 && inside.every((x) => x.type === 'DURATION' || x.type === 'SET');
		}
		// this sentence's main news, which another of its clauses may displace
		const sentenceMain: EventCandidate[] = [];
		let named: Token[] | null | undefined;
		const previousSubject = () => {
			if (named === undefined) {
				const prev = before ? elsewhere(tag(before.text)) : [];
				named = sentenceSubject(prev, datelineEnd(prev)) ?? subjectOwner(prev, datelineEnd(prev), nameWords()) ?? lastName(prev, nameWords());
				// a lone plural that opens the sentence, which the model may tag a name, is one only where the
				// article writes it so elsewhere ("Sales rose. The company will ...": the company is not "Sales")
				const only = named?.length === 1 ? named[0]! : null;
				if (only && only === prev[datelineEnd(prev)] && only.pos === 'PROPN' && /[a-z]s$/.test(only.text) && !nameWords().has(only.text)) named = [{ ...only, pos: 'NOUN' }];
			}
			return named;
		};
		const prominent = context.prominent.has(s.sentence);
		const shifted = new Map<Timex, number>();
		for (const span of spans) {
			const at = spanBeforeClause(s, span, dated, tokens);
			if (at) shifted.set(at.timex, at.first);
		}
		for (const [from, to] of [...joinRanges(s.text, dated, s.articleDate), ...[...shifted.keys()].map((t): [Timex, null] => [t, null])]) {
			const timex = from;
			let first = tokens.findIndex((t) => t.end > from.start);
			let last = first;
			while (last + 1 < tokens.length && tokens[last + 1]!.start < (to ?? from).end) last++;
			if (first < 0) continue;
			// "a day after Chrysler released a list": the span and its subordinator open the clause they date
			const opened = shifted.get(from);
			const clauseTokens = opened === undefined ? tokens : tokens.slice(first);
			if (opened !== undefined) [first, last] = [0, opened - first];
			// such a clause is another event than the sentence's own: never the article's main news
			const leads = prominent && opened === undefined;
			dating = to ? rangeWhen(from.when!, to.when!) : from.when!;
			const clause = readDatedClause(clauseTokens, first, last, previousSubject, () => (before ? elsewhere(tag(before.text)) : null), earlierName);
			if (clause.notEvent) continue;
			// a result for the period a year before one whose results a sentence before gave is the result
			// compared with (TimeML's reading of "a year ago" in results), not news of its own: "In the same
			// period a year earlier, the bank had gained $704 million"; "In the first quarter of last year,
			// GM had reported a loss of $381 million" after a loss in this year's first quarter. Other news
			// of that period stays ("In the same month last year, floods killed 100 people", "paid a fine of
			// 201 million euros", "raised sales tax by 2 percent"), as does a result after a period that
			// was not one ("The seventh round was held in April")
			const stated = [...clause.parts.subject, ...clause.parts.verbs, ...clause.parts.complement];
			if (!to && PERIOD.test(from.value) && periods.has(yearLater(from.value)) && figuresOf(stated).length && namesResult(heads(stated))) continue;
			// a tensed clause whose actor could not be found says what happened but not who did it
			const actorless = clause.parts.verbs.length > 0 && clause.parts.subject.length === 0 && !clause.parts.participle;
			// a clause with no verb names its event by a common noun ("the 2008 election"); names alone
			// ("Fritz Henderson") say nobody did anything
			const nameOnly = clause.parts.verbs.length === 0 && !clause.parts.complement.some((t) => t.pos === 'NOUN');
			// a present participle with no auxiliary ("..., resulting in the closure of ten plants") is
			// an aside to the clause before it, not a report a headline can be written from
			const lead = clause.parts.verbs.find((t) => t.pos !== 'ADV');
			const untensed = !clause.parts.participle && !!lead && lead.pos === 'VERB' && /ing$/.test(lead.lower);
			// "The Dow Jones was down 2.62% at 16:08 UTC": a level read at a clock time is a state in the
			// middle of the day (TimeML's STATE), not the day's move, which its close reports
			const reading = !to && from.type === 'TIME' && clause.parts.head === 'be' && /\bat\s+$/.test(s.text.slice(Math.max(0, from.start - 4), from.start));
			if (reading) continue;
			let label = actorless || nameOnly || untensed ? '' : writeHeadline(clause.parts, nameWords);
			// the label opens on the clause's subject when that is a noun phrase of the sentence
			let actor = clause.parts.subject.some((t) => t.pos === 'PROPN' || t.pos === 'NOUN');
			const read = to ? rangeWhen(from.when!, to.when!) : from.when!;
			// "to be finalized by June 10", "by early June", "by 2012": a deadline, which the event comes
			// on or before (the last day of the stretch named); its status is read from the date the
			// sentence names.
			// A past event told in a report dated by the report ("stated on Thursday that it had signed")
			// came on or before the report.
			const deadline = !to && DEADLINE_PRECISIONS.has(read.precision) && DEADLINE.test(s.text.slice(Math.max(0, from.start - 20), from.start));
			// "has continued to hold the markets closed until Friday", "will remain closed until May": a
			// state that holds from the article's day to the date, which ends it (TimeML's ENDS)
			const lasting = !to && read.start > s.articleDate && UNTIL.test(s.text.slice(Math.max(0, from.start - 12), from.start)) && tokens.slice(0, first).some((v) => v.pos === 'VERB' && isLastingVerb(v.lemma));
			const when = lasting ? rangeWhen(dayWhen(s.articleDate), read) : deadline || clause.reportedPast ? byWhen(read) : read;
			let mainNews = false;
			// a state that holds from the article's day ("to remain closed until Friday") is news of that day
			const near = isNearPublication(lasting ? when : read, s.articleDate);
			// a sentence tells the headline's news at one time: of its clauses at times apart, the one that
			// shares most of the headline's words is the main news, and the others are other events ("After
			// Katrina struck on Monday, levees broke in New Orleans on Tuesday" under "Levees break in New
			// Orleans"; "Stocks fell 1.4% Thursday, ... when the earthquake hit the country a week ago")
			const rival = sentenceMain.find((c) => c.mainNews && (c.when.end < when.start || when.end < c.when.start));
			const own = { label, actor, status: lasting ? 'ongoing' as const : resolveStatus(read, (to ?? from).mood, s.articleDate) };
			// words shared with the headline, the headline's verb breaking a tie ("Stocks plunge after Lehman
			// collapse": Monday's plunge, not Sunday's filing)
			let score = 0;
			if (leads && !clause.aside && near) {
				titleWords ??= new Set(tag(context.title).filter(isContentToken).map((t) => t.lemma));
				const shared = clause.words.filter((w) => titleWords!.has(w)).length + clause.names.filter((w) => titleWords!.has(w)).length;
				// a name counts once, though the clause's words and the sentence's names both hold it
				const distinct = new Set([...clause.words, ...clause.names].filter((w) => titleWords!.has(w))).size;
				score = shared >= Math.min(2, titleWords.size) ? 2 * distinct + (clause.parts.head && eventWord(clause.parts.head) === headlineHead() ? 1 : 0) : 0;
			}
			const better = !rival || score > (matched.get(rival)?.score ?? Infinity);
			if (score && better && headline()) {
				label = headline()!;
				actor = false;
				mainNews = true;
			}
			// a label a reader could not use: the headline when the clause is in the lead, else no mark
			// (the date stays highlighted in the reader and searchable); labelled so, the clause is the
			// headline's news ("Sunday was chosen as its date" dates "Boeing unveils new 787 Dreamliner")
			if ((!label || labelFlags(label, { actor, tag }).length) && leads && !mainNews && !clause.aside && near && better) {
				label = headline() ?? '';
				actor = false;
				mainNews = !!label;
			}
			if (!label || labelFlags(label, { actor, tag }).length) continue;
			if (mainNews && rival && matched.has(rival)) {
				// the clause that shared fewer of the headline's words keeps its own label, or makes no mark
				const was = matched.get(rival)!;
				if (was.label && !labelFlags(was.label, { actor: was.actor, tag }).length) Object.assign(rival, { label: was.label, status: was.status, mainNews: false });
				else out.splice(out.indexOf(rival), 1);
				sentenceMain.splice(sentenceMain.indexOf(rival), 1);
			}
			const candidate: EventCandidate = {
				key: timexKey(s.article, s.sentence, timex),
				articleDate: s.articleDate,
				mention: { article: s.article, sentence: s.sentence, sentenceText: s.text, text: s.text.slice(from.start, (to ?? from).end), start: from.start, end: (to ?? from).end },
				when,
				status: lasting ? 'ongoing' : mainNews && read.start <= s.articleDate && told() && (from.mood === 'past' || (from.mood === 'future' && clause.parts.verbs.some((v) => /^(was|were)$/.test(v.lower)))) ? 'happened' : resolveStatus(read, (to ?? from).mood, s.articleDate),
				label,
				mainNews,
				prominent,
				words: clause.words,
				names: clause.names,
				actors: headName(clause.parts.subject),
				head: clause.parts.head ? eventWord(clause.parts.head) : null,
				figures: figuresOf(stated),
				...(clause.aside ? { aside: true } : {})
			};
			out.push(candidate);
			if (mainNews) sentenceMain.push(candidate);
			if (mainNews) matched.set(candidate, { ...own, score });
		}
	}
	if (!out.some((c) => c.mainNews)) {
		const main = readMainNews(sentences, context, tag, headline(), out);
		if (main) out.push(main);
	}
	return out;
}

/**
 * The article's own news when no date expression near publication carries it: news puts what
 * happened in the headline and the lead ("Boeing unveils long-range 777" / "Boeing has unveiled a
 * new ultra-long range version ..."), on or shortly before the day it is published. A headline
 * with no tensed verb ("Reactions to Apple's OS X Tiger") or about the future ("Apple to lower UK
 * iTunes prices") makes none: its date is not the publication's.
 */
function readMainNews(sentences: readonly SentenceInput[], context: ArticleContext, tag: (text: string) => Token[], title: string | null, dated: readonly EventCandidate[]): EventCandidate | null {
	if (!title || context.lead === null) return null;
	const words = tag(title);
	const verb = headlineVerb(words);
	if (verb < 0) return null;
	const content = (list: Token[]) => list.filter((t) => isContentToken(t) && !/^(year|day|today|week|month)$/.test(t.lemma)).map((t) => eventWord(t.lemma));
	const titleWords = content(words);
	// the lead must tell the headline's news, not open on something else; a lead that opens on
	// background ("The iPhone only made its appearance as a prototype") leaves it to the sentence after
	const tells = (s: SentenceInput) => {
		const leadWords = new Set(content(tag(s.text)));
		return titleWords.filter((w) => leadWords.has(w)).length >= Math.min(2, titleWords.length);
	};
	const lead = sentences.find((s) => (s.sentence === context.lead || (s.sentence === context.lead! + 1 && context.prominent.has(s.sentence))) && tells(s));
	if (!lead) return null;
	const leadTokens = tag(lead.text);
	const leadWords = content(leadTokens);
	const head = eventWord(words[verb]!.lemma);
	const names = [...new Set([...words, ...leadTokens].filter(isName).map((t) => t.lemma))];
	const figures = figuresOf([...words, ...leadTokens]);
	// a dated clause of the lead that gives the headline's own amount, or its verb and subject, tells
	// when the news happened ("has lost US$ 6 billion in the first quarter" under "GM reports losses of
	// $6 billion"; "Ford ... posted a net profit ... in the third quarter" under "Ford posts unexpected
	// profits"): that clause is the news
	const actors = headName(words.slice(0, verb));
	const amounts = figuresOf(words);
	// A clause that is background (a relative clause: "Russia, which expelled 23 diplomats in March
	// 2018, is expelling two more"), or dated more than a quarter before, is earlier news; so is any
	// under a headline of news told again ("Apple sues Samsung again", "another", "more", "new")
	const recent = dayNumberOf(lead.articleDate) - RECENT_NEWS_DAYS;
	// only one that happened by then can tell the headline's news as done
	const told = (c: EventCandidate) => !c.aside && c.status === 'happened' && c.when.start <= lead.articleDate && dayNumberOf(c.when.end) >= recent && (c.figures?.some((f) => amounts.includes(f)) || (c.head === head && c.actors.some((n) => actors.includes(n))));
	const again = words.some((t) => /^(again|another|more|new|fresh|further)$/.test(t.lower));
	if (!again && dated.some((c) => c.mention.article === lead.article && c.mention.sentence === lead.sentence && told(c))) return null;
	return {
		key: timexKey(lead.article, lead.sentence, { start: -1 }),
		articleDate: lead.articleDate,
		mention: { article: lead.article, sentence: lead.sentence, sentenceText: lead.text, text: '', start: 0, end: 0 },
		when: beforeDate(lead.articleDate),
		status: 'happened',
		label: title,
		mainNews: true,
		prominent: true,
		words: [...new Set([...titleWords, ...leadWords])],
		head,
		names,
		actors,
		// the amounts the news gives keep it apart from another result of the same company
		figures
	};
}

/** The words of a phrase that head it or its nouns: not a noun before another ("sales" in "sales tax"). */
const heads = (words: readonly Token[]): Token[] => words.filter((t, i) => !(t.pos === 'NOUN' && words[i + 1]?.pos === 'NOUN'));

/** Days before an article within which a dated clause of its lead can be the headline's news (about a quarter: results come out within weeks of theirs). */
const RECENT_NEWS_DAYS = 92;
/** A quarter, half or month: `2009-Q1`, `2009-H2`, `2009-03`. */
const PERIOD = /^\d{4}-(Q[1-4]|H[12]|\d{2})$/;
/** The same period a year later: `2008-Q1` → `2009-Q1`. */
const yearLater = (value: string) => `${Number(value.slice(0, 4)) + 1}${value.slice(4)}`;

const UNIT = /^(million|billion|trillion|percent|per|%|points?)$/;
const CURRENCY = /^(\$|us\$|€|£|¥|yuan|euros?|dollars?)$/;

/** The amounts among `words`: a number with a unit after it or a currency before it ("997 million", "$4.1556", "3.41 %"). */
function figuresOf(words: readonly Token[]): string[] {
	const out: string[] = [];
	words.forEach((t, i) => {
		if (t.pos !== 'NUM' || !/\d/.test(t.text)) return;
		const unit = words[i + 1] && UNIT.test(words[i + 1]!.lower) ? words[i + 1]!.lower : '';
		if (unit || (words[i - 1] && CURRENCY.test(words[i - 1]!.lower))) out.push(`${t.text.replace(/,/g, '')}${unit ? ` ${unit}` : ''}`);
	});
	return out;
}

/**
 * The name a noun phrase is headed by: its last run of proper nouns when it ends on one ("U.S.
 * automaker General Motors"); none when a common noun heads it and names only qualify it ("three
 * American auto companies", "US automaker bailout deal").
 */
function headName(phrase: readonly Token[]): string[] {
	let end = phrase.length;
	while (end > 0 && phrase[end - 1]!.pos === 'PUNCT') end--;
	let start = end;
	while (start > 0 && phrase[start - 1]!.pos === 'PROPN' && /^[A-Z]/.test(phrase[start - 1]!.text)) start--;
	return properNames(phrase.slice(start, end));
}

/** Lemmas of the proper nouns of a phrase, not the date's ("Monday"). */
function properNames(phrase: readonly Token[]): string[] {
	return [...new Set(phrase.filter((t) => isName(t) && !t.date && !isCalendarName(t.text)).map((t) => t.lemma))];
}

/** The last run of capitalised proper nouns of a sentence ("Steve Jobs"), not a month or weekday. */
/**
 * The name that opens a sentence's subject before its common nouns: "Boeing" of "Boeing shares fell
 * 75 cents on the New York Stock Exchange", whom "the company" of the next sentence means. A lone
 * word opening the sentence counts only when the article writes it with a capital elsewhere (`names`).
 */
function subjectOwner(tokens: Token[], from: number, names: ReadonlySet<string>): Token[] | null {
	const verb = tokens.findIndex((t, i) => i >= from && (t.pos === 'VERB' || t.pos === 'AUX'));
	if (verb < 0) return null;
	let i = from;
	while (i < verb && tokens[i]!.pos === 'DET') i++;
	let j = i;
	while (j < verb && tokens[j]!.pos === 'PROPN' && /^[A-Z]/.test(tokens[j]!.text) && !isCalendarName(tokens[j]!.text)) j++;
	if (j === i || j >= verb || !tokens.slice(j, verb).every((t) => t.pos === 'NOUN' || t.pos === 'PART' || t.pos === 'ADJ')) return null;
	// a name the article writes as one elsewhere ("Boeing"), not a capitalised first word ("Airline shares")
	if (j - i === 1 && i === from && !names.has(tokens[i]!.text)) return null;
	return tokens.slice(i, j);
}

/**
 * The last name of a sentence, not the source it cites: "according to Zacks" gives the figures, it
 * did nothing of what the next sentence tells. A lone word opening the sentence is a name only when
 * the article writes it with a capital elsewhere (`names`): "Rescue talks failed" names nobody.
 */
function lastName(tokens: Token[], names: ReadonlySet<string>): Token[] | null {
	for (let i = tokens.length - 1; i >= 0; i--) {
		if (tokens[i]!.pos !== 'PROPN' || !/^[A-Z]/.test(tokens[i]!.text) || isCalendarName(tokens[i]!.text)) continue;
		let s = i;
		while (s - 1 >= 0 && tokens[s - 1]!.pos === 'PROPN' && /^[A-Z]/.test(tokens[s - 1]!.text)) s--;
		if (tokens[s - 1]?.lower === 'to' && tokens[s - 2]?.lower === 'according') {
			i = s;
			continue;
		}
		if (s === 0 && i === 0 && !names.has(tokens[0]!.text)) return null;
		return tokens.slice(s, i + 1);
	}
	return null;
}

/**
 * Tokens of another sentence, moved past any offset of this one: a headline joins words that
 * touch in the text ("Ford" + "'s"), and a word of the sentence before must not seem to touch one
 * of this sentence ("Gencorp Inc." + "expects").
 */
function elsewhere(tokens: Token[]): Token[] {
	return tokens.map((t) => ({ ...t, start: t.start + ELSEWHERE, end: t.end + ELSEWHERE }));
}
/** How many sentences back a definite noun phrase ("the plane") looks for the phrase it refers to. */
const EARLIER_SENTENCES = 10;
/** Beyond the end of any sentence (sentences are cut at `MAX_SENTENCE` characters). */
const ELSEWHERE = 1e9;

/**
 * The tensed verb of a headline ("Airbus launches ...", "GM posts first annual loss"), or -1 for a
 * headline about the future ("Apple to lower prices", "X will ...") or with no verb ("Reactions to
 * Tiger"). Headlines put a present-tense verb right after the subject, which taggers trained on
 * running text often read as a plural noun ("launches", "files"): an "-s" word right after the
 * opening name counts as the verb.
 */
const POSSESSIVE_WORDS = new Set(['its', 'their', 'his', 'her', 'our']);
/** Words that rank a period or a result, or tell a change: "their best week", "a record quarter", "a new chairman". */
const RANKING = /^(?:best|worst|first|record|new|biggest|largest|highest|lowest|strongest|weakest|\w+est)$/;
/** The parts of speech of a headline's subject before its verb. */
const SUBJECT_WORD = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM', 'DET']);

export function headlineVerb(words: Token[]): number {
	for (let i = 0; i < words.length; i++) {
		const t = words[i]!;
		if (t.lower === 'will' || (t.lower === 'to' && words[i + 1]?.pos === 'VERB')) return -1;
		// "Boeing set to unveil 787", "Apple expected to ...": a plan, not a tensed verb
		if (t.pos === 'VERB' && words[i + 1]?.lower === 'to' && /^(set|expected|due|scheduled|slated|poised|planned|likely|going)$/.test(t.lower)) return -1;
		if (t.pos === 'VERB' && !t.lower.endsWith('ing') && words[i - 1]?.lower !== 'to') return i;
		// the subject: a name ("Ford", "Northrop Grumman"), or a noun phrase that a name ends ("US
		// automaker GM", "Bank of America"; not "Sales of GM", a plural that the headline's capital makes
		// look like a name), and the verb has an object ("reports losses", "files for bankruptcy", "plans to
		// sell", "rolls out"; not
		// "University of Texas students in Mexico", "Value of Yahoo shares", "Orbis Bank results")
		const name = (w: Token) => w.pos === 'PROPN' || w.pos === 'NUM' || w.text === '.' || w.text === '&';
		const phrase = (w: Token, n: number) => SUBJECT_WORD.has(w.pos) || w.text === '.' || w.text === '&' || w.lower === "'s" || (w.lower === 'of' && words[n - 1]?.pos === 'PROPN' && !/s$/.test(words[n - 1]!.lower) && words[n + 1]?.pos === 'PROPN');
		const object = /^(DET|ADJ|ADV|NOUN|PROPN|NUM|SYM)$/.test(words[i + 1]?.pos ?? '') || /^(for|to|out|up|off|down|back|\$|us\$|its|their)$/.test(words[i + 1]?.lower ?? '');
		const afterName = i > 0 && words[i - 1]!.pos === 'PROPN' && object && (words.slice(0, i).every(name) || words.slice(0, i).every(phrase));
		// "Ford posts a profit", with "posts" tagged a noun: only when no word after it is tagged a
		// tensed verb ("Chinese airlines agree purchase ..."; "Apple releases program to limit ...")
		if (afterName && t.pos === 'NOUN' && /[^s]s$/.test(t.lower) && t.lemma !== t.lower && !words.some((w, n) => n > i && w.pos === 'VERB' && words[n - 1]!.lower !== 'to')) return i;
		// "US stock markets have their best week", "Ford has record quarter": "have" with an object that
		// ranks it, news of a period; not a state ("Young Americans have little faith in Congress")
		const ranked = words[i + 1] && (/^(DET|NUM)$/.test(words[i + 1]!.pos) || POSSESSIVE_WORDS.has(words[i + 1]!.lower)) ? words[i + 2] : words[i + 1];
		if (t.pos === 'AUX' && /^(has|have|had)$/.test(t.lower) && i > 0 && ranked && RANKING.test(ranked.lower) && !words.slice(i + 1).some((w) => w.pos === 'VERB')) return i;
	}
	// "Northrop Grumman and Airbus parent EADS defeat Boeing": after names joined by "and", a plural
	// subject, the verb is in its base form, which the model may tag a noun; it stands between a name
	// and its object
	const joined = words.findIndex((w) => w.pos === 'CCONJ');
	for (let i = words.length - 2; i > joined && joined > 0; i--) {
		const t = words[i]!;
		if (t.pos === 'NOUN' && /^[a-z]+$/.test(t.text) && t.lemma === t.lower && words[i - 1]!.pos === 'PROPN' && /^(PROPN|DET)$/.test(words[i + 1]!.pos)) return i;
	}
	return -1;
}

/**
 * The date expressions of a sentence, with the two ends of a range paired: "from Aug. 26 to Oct.
 * 20", "between March and June", "2009-2011" date one stretch, not two days. A date that only
 * qualifies the next ("this year's third quarter", "October of next year") is left out.
 */
/** A year named relative to the article's: "last year", "this year", "next year". */
const RELATIVE_YEAR = /^(?:this|last|next)\s+year$/;

/**
 * Whether `b` is a relative year right after the day, month or season `a` that names its year, as
 * the date finder reads it ("May last year", "the 5th of May, last year."): no date of its own.
 * After a comma it must end its phrase ("in May, last year they fell" opens a clause).
 */
function namesYearOf(text: string, a: Timex, b: Timex): boolean {
	const gap = text.slice(a.end, b.start);
	if (!/^,?\s+$/.test(gap) || !RELATIVE_YEAR.test(text.slice(b.start, b.end))) return false;
	if (gap.startsWith(',') && !/^\s*(?:[,.;:)]|$)/.test(text.slice(b.end, b.end + 3))) return false;
	if (!a.when || !b.when || !/^(day|week|month|season)$/.test(a.when.precision)) return false;
	return a.when.start.slice(0, 4) === b.when.start.slice(0, 4) && !/^['\u2019]s\b/.test(text.slice(b.end, b.end + 2));
}

export function joinRanges(text: string, dated: readonly Timex[], articleDate?: string): [Timex, Timex | null][] {
	const out: [Timex, Timex | null][] = [];
	// "May last year", "from September to June next year": a relative year that names the year of the
	// date before it is part of that date
	const list = dated.filter((t, i) => i === 0 || !namesYearOf(text, dated[i - 1]!, t));
	for (let i = 0; i < list.length; i++) {
		const a = list[i]!;
		const b = list[i + 1];
		// "from Aug. 26 to Oct. 20": two dates without a year, each resolved alone, may come out in the
		// wrong order; the range is one stretch of under a year, in the years its text or the article
		// date gives
		if (b && a.when && b.when && b.when.end < a.when.start && articleDate && isRangeBetween(text, a, b)) {
			const pair = orderRange(text, a, b, articleDate);
			if (pair) {
				out.push(pair);
				i++;
				continue;
			}
		}
		// one date qualified by another is one expression: "this year's third quarter", "October of
		// next year" date the quarter and the month, not also the whole year
		if (b && /^['\u2019]s\s+$/.test(text.slice(a.end, b.start))) {
			// "last year's fourth quarter": the part is in the year its qualifier names
			const years = a.when?.precision === 'year' && b.when && b.when.precision !== 'week' && !/\b\d{4}\b/.test(text.slice(b.start, b.end)) ? Number(a.when.start.slice(0, 4)) - Number(b.when.start.slice(0, 4)) : 0;
			if (years) list[i + 1] = { ...b, when: shiftYears(b.when!, years) };
			continue;
		}
		if (b && /^\s+of\s+$/.test(text.slice(a.end, b.start))) {
			out.push([a, null]);
			i++;
			continue;
		}
		if (b && a.when && b.when && b.when.end >= a.when.start && isRangeBetween(text, a, b)) {
			out.push([a, b]);
			i++;
			continue;
		}
		out.push([a, null]);
	}
	return out;
}

/** "from A to B", "between A and B", "A-B": the words around two dates make them one stretch. */
function isRangeBetween(text: string, a: Timex, b: Timex): boolean {
	const between = text.slice(a.end, b.start);
	const before = text.slice(Math.max(0, a.start - 12), a.start);
	const opened = /\b(from|between)\s+(the\s+)?$/i.test(before);
	return (opened && /^\s*(to|until|till|through|and|-|\u2013)\s*(the\s+)?$/i.test(between)) || /^\s*[-\u2013]\s*$/.test(between);
}

/**
 * A range whose ends were resolved out of order, put in order: the end written with a year keeps it
 * and the other moves to the same stretch of under a year; with no year written, of the two ways to
 * do so the one nearer the article's date (or holding it) wins. Null when both give a year, or the
 * dates are not days or months.
 */
function orderRange(text: string, a: Timex, b: Timex, articleDate: string): [Timex, Timex] | null {
	const year = (t: Timex) => /\b\d{4}\b/.test(text.slice(t.start, t.end));
	const plain = (t: Timex) => t.when!.precision === 'day' || t.when!.precision === 'month';
	if (!plain(a) || !plain(b) || (year(a) && year(b))) return null;
	// "from Monday to Thursday": weekdays are a week apart at most, the second after the first
	if (isWeekdayOnly(text, b) && b.when!.precision === 'day') {
		let n = dayNumberOf(b.when!.start);
		while (n < dayNumberOf(a.when!.start)) n += 7;
		const day = formatDay(fromDayNumber(n));
		return [a, { ...b, when: { ...b.when!, value: day, start: day, end: day } }];
	}
	if (isWeekdayOnly(text, a)) return null;
	// b moved to the first year after a's start, or a to the last year before b's end
	const later = (t: Timex, after: string): Timex => {
		let w = t.when!;
		while (w.start < after) w = shiftYears(w, 1);
		return { ...t, when: w };
	};
	const earlier = (t: Timex, before: string): Timex => {
		let w = t.when!;
		while (w.end > before) w = shiftYears(w, -1);
		return { ...t, when: w };
	};
	const byA: [Timex, Timex] = [a, later(b, a.when!.start)];
	const byB: [Timex, Timex] = [earlier(a, b.when!.end), b];
	if (year(a)) return byA;
	if (year(b)) return byB;
	const day = dayNumberOf(articleDate);
	const distance = ([x, y]: [Timex, Timex]) => Math.max(0, dayNumberOf(x.when!.start) - day, day - dayNumberOf(y.when!.end));
	return distance(byB) < distance(byA) ? byB : byA;
}

/** Whether a date expression is a weekday alone ("Thursday", "next Monday"), which moves by weeks, not years. */
function isWeekdayOnly(text: string, t: Timex): boolean {
	const words = text.slice(t.start, t.end).toLowerCase().split(/[^a-z0-9.]+/);
	return words.some((w) => Object.hasOwn(WEEKDAYS, w)) && !words.some((w) => /\d/.test(w) || Object.hasOwn(MONTH_NUMBERS, w.replace(/\.$/, '')));
}

/** The same stretch `n` years later (or earlier): "2026-10-20" → "2027-10-20", "2026-10" → "2027-10". */
function shiftYears(w: When, n: number): When {
	const move = (iso: string): string => {
		const d = parseDay(iso)!;
		const year = d.year + n;
		// the 29th of February moves to the 28th in a year without it
		return formatDay({ year, month: d.month, day: Math.min(d.day, daysInMonth(year, d.month)) });
	};
	const start = move(w.start);
	const d = parseDay(start)!;
	// a day's value is its day (the 29th of February may have become the 28th); a month's, its month
	if (w.precision === 'month') return { ...w, value: formatMonth(d.year, d.month), start, end: formatDay({ ...d, day: daysInMonth(d.year, d.month) }) };
	if (w.precision === 'day') return { ...w, value: start, start, end: move(w.end) };
	// a quarter, a half or a season keeps its name in the other year: "1998-Q4" → "1997-Q4"
	return { ...w, value: `${formatYear(d.year)}${w.value.slice(4)}`, start, end: move(w.end) };
}

/** "after" or "before" right after a span of time: "a day after", "two weeks before". */
const SPAN_ORDER = /^\s+(?:after|before)\s/i;

/**
 * "GM's move comes a day after Chrysler released a list", "On Friday, GM announced ..., two days
 * after Chrysler said": a span of whole days or weeks before a clause that "after" or "before" opens
 * dates that clause from the sentence's own day, which is a day named before the span, else the
 * article's day when the sentence's news "comes" now. Returns the span as a dated expression and the
 * index of the subordinator, or null (a clause with no day to count from, or a noun after "after").
 */
function spanBeforeClause(s: SentenceInput, span: Timex, dated: readonly Timex[], tokens: Token[]): { timex: Timex; first: number } | null {
	const m = /^P(\d+)([DW])$/.exec(span.value);
	if (!m) return null;
	const order = tokens.findIndex((t) => t.start >= span.end);
	if (order < 0 || !/^(SCONJ|ADP)$/.test(tokens[order]!.pos)) return null;
	// a clause follows: its subject, with an aside closed by a second comma, then its verb ("after
	// Chrysler, another U.S. car maker, released"); a noun phrase alone ("a day after the vote", "a
	// day after the election, GM announced") is not one
	let verb = order + 1;
	let commas = 0;
	while (verb < tokens.length && (/^(DET|ADJ|NUM|PROPN|NOUN|PART|PRON)$/.test(tokens[verb]!.pos) || tokens[verb]!.text === ',')) if (tokens[verb++]!.text === ',') commas++;
	if (verb === order + 1 || commas % 2 === 1 || !/^(VERB|AUX)$/.test(tokens[verb]?.pos ?? '')) return null;
	// the clause the span opens ends at the comma after its verb; a date of its own dates it already
	let end = verb;
	while (end < tokens.length && tokens[end]!.text !== ',') end++;
	const clauseEnd = tokens[end - 1]?.end ?? Infinity;
	if (dated.some((d) => d.start > span.end && d.start < clauseEnd)) return null;
	// the sentence's own day: a day named before the span, not in a relative clause ("Tarn, which cut
	// jobs on Monday, will ..."); else the article's day when the sentence's own verbs, outside the
	// clause the span opens, are in the present ("comes", "are sending"), with no modal, no past and
	// no verb of saying
	const day = dated.filter((d) => d.end <= span.start && d.when!.precision === 'day' && !tokens.some((t) => t.end <= d.start && t.pos === 'PRON' && /^(which|who|that)$/.test(t.lower))).pop();
	const own = tokens.filter((t, i) => (t.end <= span.start || i > end) && (isTensed(tokens, i) || MODAL.test(t.lower)));
	const now = own.some((t) => isPresent(t)) && !own.some((t) => MODAL.test(t.lower) || /^(was|were|had|did)$/.test(t.lower) || (t.pos === 'VERB' && isPastForm(t)));
	const anchor = day ? day.when!.start : now ? s.articleDate : null;
	if (!anchor) return null;
	const days = Number(m[1]) * (m[2] === 'W' ? 7 : 1);
	const date = formatDay(fromDayNumber(dayNumberOf(anchor) + (tokens[order]!.lower === 'after' ? -days : days)));
	return { timex: { ...span, type: 'DATE', value: date, when: dayWhen(date), mood: null }, first: order };
}

const MODAL = /^(will|would|shall|should|can|could|may|might|must|to)$/;

/** A verb with a tense of its own: not an infinitive, a verb after a modal or an auxiliary, or an "-ing" form. */
function isTensed(tokens: Token[], i: number): boolean {
	const t = tokens[i]!;
	const prev = tokens[i - 1];
	if (t.pos === 'AUX') return !MODAL.test(prev?.lower ?? '') && t.lower !== 'been' && t.lower !== 'being' && t.lower !== 'be';
	return t.pos === 'VERB' && !t.lower.endsWith('ing') && prev?.lower !== 'to' && prev?.pos !== 'AUX' && !(prev?.pos === 'ADV' && tokens[i - 2]?.pos === 'AUX');
}

/**
 * A verb in the present that tells of now, and only could: "comes", "are [sending]"; not "has", a
 * base form that may be a past ("cut"), or a verb of saying ("says").
 */
function isPresent(t: Token): boolean {
	if (t.pos === 'AUX') return /^(is|are|am)$/.test(t.lower);
	return t.pos === 'VERB' && /[^s]s$/.test(t.lower) && t.lower !== t.lemma && !isSayVerb(t.lemma);
}

/** The lowercase words of a gathering's label before its verb ("Apple Computer's special event" of "... to be held"): who holds it. */
function holderWords(c: EventCandidate): Set<string> {
	const holder = c.label.toLowerCase().split(/\b(?:to be held|to hold|holds|held)\b/)[0]!;
	return new Set(holder.split(/[^\p{L}\p{N}.&-]+/u));
}

/** "Until", "till" right before a date: the end of a state. */
const UNTIL = /\b(?:until|till)\s+$/i;

/** A calendar day as a `When`. */
function dayWhen(day: string): When {
	return { value: day, start: day, end: day, precision: 'day' };
}

/** A preposition of a deadline right before a date: "by", "no later than". */
/** The stretches a deadline can name: not a decade or a century, nor a date already "on or before". */
const DEADLINE_PRECISIONS: ReadonlySet<When['precision']> = new Set(['day', 'week', 'month', 'quarter', 'season', 'year']);
const DEADLINE = /\b(?:by|no later than|not later than)\s+$/i;

/** "By June 10", a past event told in a report of that day: on or before the stretch's last day. */
function byWhen(w: When): When {
	return w.precision === 'before' ? w : { value: `BEFORE ${w.end}`, start: w.end, end: w.end, precision: 'before' };
}

/** The stretch from the start of `a` to the end of `b`, at the coarser of their precisions. */
function rangeWhen(a: When, b: When): When {
	const precision = PRECISION_RANK[a.precision] >= PRECISION_RANK[b.precision] ? a.precision : b.precision;
	return { value: `${a.value}/${b.value}`, start: a.start, end: b.end, precision: precision === 'before' ? 'day' : precision };
}

function isContentToken(t: Token): boolean {
	return t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'VERB' || t.pos === 'NUM';
}

function isNearPublication(when: When, articleDate: string): boolean {
	const pub = dayNumberOf(articleDate);
	return dayNumberOf(when.start) <= pub && dayNumberOf(when.end) >= pub - MAIN_NEWS_DAYS && when.precision !== 'year';
}

/** A headline usable as a label: without the outlet's name after a bar or dash, at most `MAX_LABEL` characters. */
function cleanTitle(title: string, tag: (text: string) => Token[]): string | null {
	let t = typeset(title).replace(/\s+[|\u2013\u2014-]\s+[^|\u2013\u2014-]{2,40}$/, '').replace(/\s+/g, ' ').trim();
	if (t.length > MAX_LABEL) {
		// a long headline ends on what qualifies its news ("... defeat Boeing for $40 billion US
		// airtanker contract", "... 787 Dreamliners worth US$ 7.2 bn"): it is cut before the last
		// preposition (not "of", which binds its noun) or adjective after a noun that leaves it short
		// enough, past its verb and object, in the main clause, never inside a word
		const words = tag(t);
		const verb = headlineVerb(words);
		let cut = -1;
		for (let k = verb + 2; verb >= 0 && k < words.length && words[k]!.start <= MAX_LABEL; k++) {
			// only in the main clause and its infinitive ("offers funding to search for black boxes"): not
			// inside a quote or a clause that a subordinator or another verb opens ("US 'tells Ukraine
			// that security guarantees will only be given in return for Donbas'")
			if (/^(SCONJ|AUX)$/.test(words[k - 1]!.pos) || (words[k - 1]!.pos === 'VERB' && words[k - 2]?.lower !== 'to') || /['"\u2018\u201c]/.test(words[k - 1]!.text)) {
				// what was said or quoted goes on past this point: a cut anywhere would drop it
				cut = -1;
				break;
			}
			if ((words[k]!.pos === 'ADP' && words[k]!.lower !== 'of' && words[k - 1]!.pos !== 'ADP') || (words[k]!.pos === 'ADJ' && /^(NOUN|PROPN)$/.test(words[k - 1]!.pos))) cut = k;
		}
		if (cut > 0) t = t.slice(0, words[cut]!.start).trim();
	}
	return t.length >= 8 && t.length <= MAX_LABEL && !labelFlags(t, { tag }).length && !/\?$/.test(t) ? t : null;
}

const DAY = 1;
/** How many earlier reports sharing a word each report is compared with. */
/** The words a report is matched on: its clause's, and its label's when it is a headline. */
function termsOf(c: EventCandidate): string[] {
	return c.mainNews ? [...c.words, `headline:${c.label.toLowerCase()}`] : c.words;
}

/** What a group of reports keeps: the days all its dates share, and the article's own day that a report dated on its publication day gives ("today"), if any. */
interface Days {
	span: [number, number];
	ownDay: number | null;
}

/**
 * One event per real event: candidates from any article whose dates agree (the same stretch, one
 * day apart, or one inside the other) and whose clauses share what happened (the main verb or
 * nouns) and who or where (names) are one event, grouped by `groupReports` (merge.ts), as talks
 * are. Its card lists every source sentence; where the sources give different dates the event
 * says so. Different events of one day stay apart: they share the day and the names, not the
 * words; and an event is one date, so a merge that would put days two apart, or two articles' own
 * days, in one event is refused (a month that holds two days does not join them).
 */
export function mergeEvents(candidates: readonly EventCandidate[], claimed: ReadonlySet<string> = new Set()): { events: EventDraft[]; mainNews: Map<EventDraft, Set<string>>; members: Map<EventDraft, EventCandidate[]> } {
	// in time order, so that each candidate is compared with the reports just before it that share a word
	const list = candidates.filter((c) => !claimed.has(c.key)).sort((a, b) => a.when.start.localeCompare(b.when.start) || a.when.end.localeCompare(b.when.end));
	// one article's "stated on Thursday that it had signed" (on or before Thursday) and "signed the
	// agreement on June 15": a report dated by its telling holds the days of the week before it
	const byReport = (x: EventCandidate, y: EventCandidate) => x.when.precision === 'before' && x.mention.article === y.mention.article;
	const within = (day: number, end: number) => day <= end && day >= end - MAIN_NEWS_DAYS;
	// each report with its first and last day as day numbers, read once
	const dated = list.map((c) => ({ c, start: dayNumberOf(c.when.start), end: dayNumberOf(c.when.end) }));
	const groups = groupReports<(typeof dated)[number], Days>(dated, {
		mode: 'all',
		terms: (r) => termsOf(r.c),
		open: (r) => ({ span: [r.start, r.end], ownDay: r.c.when.precision === 'day' && r.c.when.start === r.c.articleDate ? r.start : null }),
		fit: (_days, earlier, r) => {
			if (earlier.end + DAY < r.start && !(byReport(r.c, earlier.c) && within(earlier.end, r.start))) return null;
			return isSameEvent(earlier.c, r.c) ? 1 : null;
		},
		// `into` is the earlier report's group, `from` the new report's
		join: (into, from, { c: earlier }, { c }) => {
			const [blo, bhi] = into.span;
			const [alo, ahi] = from.span;
			// two articles that each date the event on their own publication day report two days' news
			if (from.ownDay !== null && into.ownDay !== null && from.ownDay !== into.ownDay) return false;
			let merged: [number, number];
			if (byReport(c, earlier) && alo === ahi && within(bhi, alo)) merged = [blo, bhi];
			else if (byReport(earlier, c) && blo === bhi && within(ahi, blo)) merged = [alo, ahi];
			else if (alo <= bhi && blo <= ahi) merged = [Math.max(alo, blo), Math.min(ahi, bhi)];
			// two single days one apart: the sources disagree on the day (a time zone, a late report)
			else if (alo === ahi && blo === bhi && Math.abs(alo - blo) === DAY) merged = [Math.min(alo, blo), Math.max(alo, blo)];
			else return false;
			into.span = merged;
			into.ownDay ??= from.ownDay;
			return true;
		}
	});
	const events: EventDraft[] = [];
	const mainNews = new Map<EventDraft, Set<string>>();
	const reports = new Map<EventDraft, EventCandidate[]>();
	for (const group of groups) {
		const members = group.members.map((r) => r.c);
		const event = buildEvent(members);
		events.push(event);
		reports.set(event, members);
		const main = new Set(members.filter((m) => m.mainNews).map((m) => m.mention.article));
		if (main.size) mainNews.set(event, main);
	}
	return { events, mainNews, members: reports };
}

/**
 * Whether two reports are of one event (their dates are already known to be close). Names and
 * words count only as evidence of the dated clause: a name elsewhere in the sentence ("GM, which
 * filed for bankruptcy, announced that Penske ...") is a participant of another clause.
 */
export function isSameEvent(a: EventCandidate, b: EventCandidate): boolean {
	if (a.mainNews && b.mainNews && a.label === b.label) return true;
	// who did it: two clauses whose named actors each appear nowhere in the other's sentence are two actors' news
	// ("GM plans to close dealerships" / "Chrysler wants to drop dealerships")
	if (a.actors.length && b.actors.length && !a.actors.some((n) => b.names.includes(n)) && !b.actors.some((n) => a.names.includes(n))) return false;
	// opposite kinds of event are never one: a rise and a fall, an opening and a closing
	if (a.head && b.head && OPPOSED.get(a.head) === b.head) return false;
	// two reports of one event give its figures alike: "a profit of US$ 997 million" in a quarter and
	// "a profit of US$ 2.7 billion" for the year are two results
	if (a.figures?.length && b.figures?.length && !a.figures.some((f) => b.figures!.includes(f))) return false;
	// "Apple Computer's special event to be held on October 12", then "Apple introduces a video iPod"
	// that day as the news of a later article: the gathering the actor held is where that news came;
	// the actor must be the gathering's, named in its label before "held" ("Apple Computer's special
	// event to be held"), not any name of its sentence ("a meeting to be held to discuss the Orbital bid")
	const held = (g: EventCandidate, news: EventCandidate) => g.head === 'hold' && g.status === 'scheduled' && news.mainNews && news.articleDate > g.articleDate && g.when.precision === 'day' && g.when.start === news.when.start && news.actors.some((n) => holderWords(g).has(n));
	if (held(a, b) || held(b, a)) return true;
	const names = new Set(a.names);
	const sharedNames = b.names.filter((n) => names.has(n)).length;
	const words = new Set(a.words);
	const shared = b.words.filter((w) => words.has(w) && !names.has(w)).length;
	const sharedAll = b.words.filter((w) => words.has(w)).length;
	const sameStretch = a.when.start === b.when.start && a.when.end === b.when.end;
	const sameArticle = a.mention.article === b.mention.article;
	// the same kind of event with the same participants: "Apple unveiled the iPhone" and "the iPhone was revealed"
	if (a.head && a.head === b.head && sharedNames >= 1 && (shared >= 1 || a.mainNews || b.mainNews)) return true;
	if (sameStretch) return shared >= 2 || (shared >= 1 && sharedNames >= 1) || (sameArticle && sharedAll >= 2);
	// one day apart, or one date inside the other: the same event only when the clauses say the same,
	// down to what happened: the head of one is a word of the other ("received criticism" and "will
	// give a free case" share words, not the event)
	const sameHappening = !a.head || !b.head || a.head === b.head || b.words.includes(a.head) || a.words.includes(b.head);
	return sameHappening && shared >= 2 && (sharedNames >= 1 || sharedAll >= 3);
}

const PRECISION_RANK: Record<When['precision'], number> = { day: 0, week: 1, month: 2, season: 3, quarter: 3, year: 4, decade: 5, century: 6, before: 7 };

function buildEvent(members: EventCandidate[]): EventDraft {
	members.sort((a, b) => a.articleDate.localeCompare(b.articleDate) || a.mention.article.localeCompare(b.mention.article) || a.mention.sentence - b.mention.sentence || a.mention.start - b.mention.start);
	const first = members[0]!;
	// the date most articles give at the finest precision any of them gives
	const finest = members.reduce((n, m) => Math.min(n, PRECISION_RANK[m.when.precision]), Infinity);
	const votes = new Map<string, { when: When; articles: Set<string>; first: number }>();
	members.forEach((m, i) => {
		if (PRECISION_RANK[m.when.precision] !== finest) return;
		// a time of day is its day: "12:00 UTC Monday" and "Monday" agree, and the time is kept
		const key = m.when.precision === 'day' ? m.when.start : m.when.value;
		const row = votes.get(key) ?? votes.set(key, { when: m.when, articles: new Set(), first: i }).get(key)!;
		if (m.when.value.length > row.when.value.length) row.when = m.when;
		row.articles.add(m.mention.article);
	});
	const ranked = [...votes.values()].sort((a, b) => b.articles.size - a.articles.size || a.first - b.first);
	const when = ranked[0]!.when;
	const disagreements: string[] = [];
	// articles that differ: one article's two readings of its own event are no disagreement of sources
	if (ranked.length > 1 && new Set(members.map((m) => m.mention.article)).size > 1) disagreements.push(dateDisagreement(ranked.map((r) => ({ when: r.when, articles: r.articles.size }))));
	// the status the latest report gives: it knows whether the planned thing happened
	const latest = members.reduce((l, m) => (m.articleDate >= l.articleDate ? m : l), first);
	const status = members.some((m) => m.status === 'happened' && m.articleDate >= when.start) && latest.status === 'scheduled' && when.start <= latest.articleDate ? 'happened' : latest.status;
	const label = pickLabel(members);
	// one mention per sentence: the one that quotes a date expression rather than the inferred one
	const mentions = mentionsBySentence(members.map((m) => m.mention));
	const key = `${first.mention.article}|${when.value}|${first.label.toLowerCase()}`;
	return { id: `e-${hashString(key)}`, kind: 'event', label, when, status, place: null, parties: [], talks: null, disagreements, mentions };
}

/**
 * The label of a merged event: a headline that is an article's main news first, then a label from
 * a lead, then the fullest. Every candidate's label passed the label check when it was read, with
 * the sentence's own reading of its subject (`readArticleEvents`), so none is checked again here.
 */
function pickLabel(members: EventCandidate[]): string {
	const score = (m: EventCandidate) => (m.mainNews ? 4 : 0) + (m.prominent ? 2 : 0) + (m.label.split(' ').length >= 4 ? 1 : 0);
	if (members.length === 1) return members[0]!.label;
	let best = members[0]!;
	let bestScore = score(best);
	for (const m of members.slice(1)) {
		const s = score(m);
		if (s > bestScore) [best, bestScore] = [m, s];
	}
	return best.label;
}

