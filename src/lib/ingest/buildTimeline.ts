import { SeedError, SeedErrors } from './errors.ts';
import { mergeEvents, readArticleEvents, timexKey, type EventCandidate, type SentenceInput } from './buildEvents.ts';
import { articleIdFor, hashString } from './hash.ts';
import { parseSeedFile, seedFormat, type ParsedSeed, type SeedFormat } from './parseSeed.ts';
import { capSentences, splitSentences } from './splitSentences.ts';
import { prominentSentences, weigh, type EventDraft } from './salience.ts';
import { attachLaterReports } from './events/laterReports.ts';
import { mergeTalksCandidates, readArticleTalks } from './talks/index.ts';
import type { TalksCandidate } from './talks/merge.ts';
import { extractTimexes } from './timex/index.ts';
import type { Article, Sentence, Timex, TimelineData, TimelineEvent, TimexMention } from './types.ts';

/** A seed file's path under the seeds folder (with `/`) and its text. */
export interface SeedSource {
	file: string;
	content: string;
}

export interface BuildOptions {
	/** Publish the valid articles and report the invalid ones instead of failing. */
	skipInvalid?: boolean;
	/** Last acceptable publication date, `YYYY-MM-DD`; default: tomorrow (UTC) by the clock. */
	latest?: string;
	extract?: (text: string, dct: string, storyDay: string | null, storyDate: string | null) => Timex[];
	talks?: (sentences: SentenceInput[]) => { events: EventDraft[]; claimed: Set<string> };
}

export interface BuildReport {
	data: TimelineData;
	/** Articles read from the seeds: one per text, Markdown or page file, one per feed or JSON Lines item. */
	read: number;
	/** How many of `read` came in each format. */
	formats: Partial<Record<SeedFormat, number>>;
	/** Articles read once already in another file or form, and left out. */
	duplicates: Duplicate[];
	/** Sentences longer than `MAX_SENTENCE` characters, cut into pieces (each piece dates its own events). */
	longSentences: number;
	/** Problems in skipped files (only when `skipInvalid`). */
	skipped: SeedError[];
	/** Files in the folder that are not seeds, listed so nothing is dropped unnamed. */
	ignored: string[];
}

export { articleIdFor };

/** An article left out because it is another copy of one that is published. */
export interface Duplicate {
	/** The copy left out, as `Article.file` names it (`feed.xml#3` for a feed's third item). */
	file: string;
	/** The article kept. */
	of: string;
	reason: 'same URL' | 'same title and date' | 'same text';
}

/** One article (or one failed item) after the per-file work (parse, sentences, dates), which can run in a worker. */
export type PreparedSource =
	| { kind: 'ignored'; file: string }
	| { kind: 'error'; file: string; line: number; detail: string; format: SeedFormat }
	| {
			kind: 'article';
			file: string;
			format: SeedFormat;
			article: Article;
			inputs: SentenceInput[];
			talks: TalksCandidate[];
			events: EventCandidate[];
			fingerprint: string;
			/** Sentences longer than `MAX_SENTENCE` characters, cut into pieces that long at most. */
			longSentences: number;
	  };

/** The last acceptable publication date by default: tomorrow in UTC, for readers east of it. */
export function defaultLatest(): string {
	return new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The per-file part of the build, independent of every other file: parse the seed (one article, or
 * one per feed or JSON Lines item), split sentences, find and resolve dates. Plain data in and out,
 * so workers can run it.
 */
export function prepareSource(
	source: SeedSource,
	latest: string,
	extract: (text: string, dct: string, storyDay: string | null, storyDate: string | null) => Timex[] = extractTimexes
): PreparedSource[] {
	const format = seedFormat(source.file);
	if (!format) return [{ kind: 'ignored', file: source.file }];
	const out: PreparedSource[] = [];
	const fail = (e: unknown) => {
		// a parser's own failure (a stack overflow on absurd nesting, say) is this file's problem, not the build's
		const error = e instanceof SeedError ? e : new SeedError(source.file, 1, `expected a file that can be read, found one that fails to parse (${(e as Error).message})`);
		out.push({ kind: 'error', file: error.file, line: error.line, detail: error.detail, format });
	};
	let parsed;
	try {
		parsed = parseSeedFile(source.file, source.content, latest);
	} catch (e) {
		fail(e);
		return out;
	}
	parsed.errors.forEach(fail);
	for (const seed of parsed.articles) {
		let read;
		try {
			read = readArticle(seed, extract);
		} catch (e) {
			fail(e);
			continue;
		}
		const { article, inputs, longSentences } = read;
		// the same article saved twice would show every event twice
		const fingerprint = hashString([seed.date, seed.title, seed.standfirst, ...seed.paragraphs].join('\n'));
		const events = readArticleEvents(inputs, { title: article.title, prominent: prominentSentences(article), lead: article.sentences.length ? 0 : null });
		out.push({ kind: 'article', file: seed.file, format, article, inputs, talks: readArticleTalks(inputs), events, fingerprint, longSentences });
	}
	return out;
}

/** Files in path order: the order every build sees them in, whatever the disk or the workers did. */
export function sortSources<T extends { file: string }>(sources: T[]): T[] {
	return [...sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * Turns seed files into the timeline's data: parses every file, finds sentences and dates, builds
 * talks and other events. Problems in any file are collected and thrown together as `SeedErrors`
 * (or skipped and reported with `skipInvalid`).
 */
export function buildTimeline(sources: SeedSource[], options: BuildOptions = {}): BuildReport {
	const latest = options.latest ?? defaultLatest();
	return assembleTimeline(
		sortSources(sources).flatMap((s) => prepareSource(s, latest, options.extract)),
		options
	);
}

/**
 * The part of the build that needs every article at once: duplicates, talks merged across
 * articles, events, ids, order. `prepared` must be in path order (`sortSources`).
 */
export function assembleTimeline(prepared: PreparedSource[], options: BuildOptions = {}): BuildReport {
	const errors: SeedError[] = [];
	const candidates: TalksCandidate[] = [];
	const eventCandidates: EventCandidate[] = [];
	const ignored: string[] = [];
	const articles: Article[] = [];
	const sentences: SentenceInput[] = [];
	const formats: Partial<Record<SeedFormat, number>> = {};
	let read = 0;
	const found: Extract<PreparedSource, { kind: 'article' }>[] = [];
	for (const p of prepared) {
		if (p.kind === 'ignored') {
			ignored.push(p.file);
			continue;
		}
		read++;
		formats[p.format] = (formats[p.format] ?? 0) + 1;
		if (p.kind === 'error') errors.push(new SeedError(p.file, p.line, p.detail));
		else found.push(p);
	}
	const { kept, duplicates, copies } = settleDuplicates(found);
	for (const c of copies) errors.push(new SeedError(c.file, 1, `expected each article once, found a duplicate of ${c.of}`));
	errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
	let longSentences = 0;
	for (const p of kept) {
		longSentences += p.longSentences;
		articles.push(p.article);
		for (const input of p.inputs) sentences.push(input);
		for (const c of p.talks) candidates.push(c);
		for (const c of p.events) eventCandidates.push(c);
	}
	if (read === 0 && !errors.length)
		throw new SeedErrors([new SeedError('seeds folder', 0, 'expected at least one seed file (.txt, .md, .markdown, .html, .htm, .xml, .rss, .atom, .rdf or .jsonl), found none')]);
	if (errors.length && !options.skipInvalid) throw new SeedErrors(errors);
	if (articles.length === 0 && read > 0)
		throw new SeedErrors([...errors, new SeedError('seeds folder', 0, 'expected at least one valid article to publish, found none')]);
	articles.sort((a, b) => (a.date === b.date ? (a.file < b.file ? -1 : 1) : a.date < b.date ? -1 : 1));

	const talksResult = options.talks ? options.talks(sentences) : mergeTalksCandidates(candidates);
	const byId = new Map(articles.map((a) => [a.id, a]));
	const merged = mergeEvents(eventCandidates, talksResult.claimed);
	attachLaterReports(merged.events, merged.members, sentences, eventCandidates);
	const events = weigh([...talksResult.events, ...merged.events], byId, merged.mainNews);
	events.sort(
		(a, b) =>
			a.when.start.localeCompare(b.when.start) || a.when.end.localeCompare(b.when.end) || a.id.localeCompare(b.id)
	);
	settleIdClashes(events);
	linkTimexesToEvents(articles, events);
	return { data: { version: 1, articles, events }, read, formats, duplicates, longSentences, skipped: errors, ignored };
}

type Found = Extract<PreparedSource, { kind: 'article' }>;

/** Text and Markdown seeds are written by hand: two copies of one is a mistake to fix. */
const HAND_WRITTEN: ReadonlySet<SeedFormat> = new Set(['text', 'markdown']);

/**
 * Which articles are published when some are copies of others. Saved pages, feeds and JSON Lines
 * overlap in normal use (a page saved and also in a feed, two snapshots of one feed), so an article
 * from one of them that is another's copy (same URL; same title and date, unless their sources or their
 * links on one site differ; or the same text) is read once: the fuller copy is kept, the others are `duplicates`. Two hand-written seeds with the same text are `copies`, an error as before.
 */
function settleDuplicates(found: Found[]): { kept: Found[]; duplicates: Duplicate[]; copies: { file: string; of: string }[] } {
	const copies: { file: string; of: string }[] = [];
	const byText = new Map<string, Found>();
	const unique: Found[] = [];
	for (const p of found) {
		const first = byText.get(p.fingerprint);
		if (first && HAND_WRITTEN.has(first.format) && HAND_WRITTEN.has(p.format)) {
			copies.push({ file: p.file, of: first.file });
			continue;
		}
		if (!first) byText.set(p.fingerprint, p);
		unique.push(p);
	}
	// union of same-article links, each group kept as its first member's index
	const group = unique.map((_, i) => i);
	const root = (i: number): number => (group[i] === i ? i : (group[i] = root(group[i]!)));
	const inGroup = new Map<number, number[]>(unique.map((_, i) => [i, [i]]));
	const reasons = new Map<number, Duplicate['reason']>();
	const link = (a: number, b: number, reason: Duplicate['reason']) => {
		if (HAND_WRITTEN.has(unique[a]!.format) && HAND_WRITTEN.has(unique[b]!.format)) return;
		const [ra, rb] = [root(a), root(b)];
		if (ra === rb) return;
		const [ma, mb] = [inGroup.get(ra)!, inGroup.get(rb)!];
		// a feed lists different items: two of one file are one article only when their text is
		if (reason !== 'same text' && ma.some((x) => mb.some((y) => fileOf(unique[x]!) === fileOf(unique[y]!)))) return;
		// a title shared through a third copy does not make two different links one article
		if (reason === 'same title and date' && !ma.every((x) => mb.every((y) => sameOrigin(unique[x]!.article, unique[y]!.article)))) return;
		const [keep, gone] = ra < rb ? [ra, rb] : [rb, ra];
		group[gone] = keep;
		inGroup.set(keep, [...inGroup.get(keep)!, ...inGroup.get(gone)!]);
		inGroup.delete(gone);
		reasons.set(b, reasons.get(b) ?? reason);
	};
	const seen = new Map<string, number[]>();
	unique.forEach((p, i) => {
		const a = p.article;
		const keys: [string, Duplicate['reason']][] = [[`text ${p.fingerprint}`, 'same text']];
		if (a.url) keys.push([`url ${sameUrlKey(a.url)}`, 'same URL']);
		keys.push([`title ${a.date} ${a.title.toLowerCase().replace(/\W+/g, ' ').trim()}`, 'same title and date']);
		for (const [key, reason] of keys) {
			const before = seen.get(key);
			if (!before) seen.set(key, [i]);
			else {
				for (const j of before) link(j, i, reason);
				before.push(i);
			}
		}
	});
	const members = new Map<number, number[]>();
	unique.forEach((_, i) => {
		const list = members.get(root(i));
		if (list) list.push(i);
		else members.set(root(i), [i]);
	});
	const keptAt: number[] = [];
	const duplicates: Duplicate[] = [];
	for (const list of members.values()) {
		const best = list.reduce((b, i) => (fuller(unique[i]!, unique[b]!) ? i : b), list[0]!);
		keptAt.push(best);
		for (const i of list)
			if (i !== best) duplicates.push({ file: unique[i]!.file, of: unique[best]!.file, reason: reasons.get(i) ?? reasons.get(best) ?? 'same title and date' });
	}
	keptAt.sort((x, y) => x - y);
	return { kept: keptAt.map((i) => unique[i]!), duplicates, copies };
}

/**
 * Whether two articles with one title and date can be one article: not when two outlets are named,
 * nor when both have links on one site that differ (an outlet's live pages often share a title).
 */
/** The seed file an article came from (`feed.xml` for `feed.xml#3`). */
function fileOf(p: Found): string {
	return p.file.replace(/#\d+$/, '');
}

/**
 * A URL as two copies of one article share it: without its fragment, its trailing slash and the
 * campaign parameters (`utm_*`) that feeds and shares add; `www.` and `http:` do not matter.
 */
function sameUrlKey(url: string): string {
	const u = new URL(url);
	for (const key of [...u.searchParams.keys()]) if (/^utm_/i.test(key)) u.searchParams.delete(key);
	u.hash = '';
	return `${u.host.replace(/^www\./, '')}${u.pathname.replace(/\/$/, '')}${u.search}`;
}

function sameOrigin(a: Article, b: Article): boolean {
	if (a.source && b.source && a.source.toLowerCase() !== b.source.toLowerCase()) return false;
	if (a.url && b.url && new URL(a.url).host.replace(/^www\./, '') === new URL(b.url).host.replace(/^www\./, '')) return false;
	return true;
}

/** Which copy of an article to publish: the one with more text; on a tie, the richer form. */
function fuller(a: Found, b: Found): boolean {
	const length = (p: Found) => p.article.standfirst.length + p.article.paragraphs.reduce((n, text) => n + text.length, 0);
	return length(a) > length(b) || (length(a) === length(b) && FORM_RANK[a.format] < FORM_RANK[b.format]);
}

/** Ties go to what the person wrote, then to the page (it names its site and author), then to data exports. */
const FORM_RANK: Record<SeedFormat, number> = { text: 0, markdown: 0, page: 1, jsonl: 2, feed: 3 };

function readArticle(seed: ParsedSeed, extract: (text: string, dct: string, storyDay: string | null, storyDate: string | null) => Timex[]) {
	const id = articleIdFor(seed.idKey ?? seed.file);
	const blocks = [seed.standfirst, ...seed.paragraphs];
	const sentenceList: Sentence[] = [];
	const timexes: TimexMention[] = [];
	const inputs: SentenceInput[] = [];
	let longSentences = 0;
	// story time: a paragraph's "the day" is the last day the paragraphs before it dated
	// and "the same period a year earlier" the last period they named (a quarter, half, month or
	// season; else a year: "in the first half of 2024, its first profit since 2013" is the half)
	let storyDay: string | null = null;
	let storyPeriod: string | null = null;
	let storyYear: string | null = null;
	blocks.forEach((text, block) => {
		if (!text) return;
		const found = extract(text, seed.date, storyDay, storyPeriod ?? storyYear);
		for (const t of found) if ((t.type === 'DATE' || t.type === 'TIME') && t.when?.precision === 'day') storyDay = t.when.start;
		for (const t of found) if (t.type === 'DATE' && /^\d{4}-(Q[1-4]|H[12]|\d{2}|SP|SU|FA|WI)$/.test(t.value)) storyPeriod = t.value;
		for (const t of found) if (t.type === 'DATE' && /^\d{4}$/.test(t.value)) storyYear = t.value;
		const { spans, split } = capSentences(splitSentences(text), text, found);
		longSentences += split;
		const firstIndex = sentenceList.length;
		for (const span of spans) {
			sentenceList.push({ block, start: span.start, end: span.end });
			inputs.push({
				article: id,
				articleDate: seed.date,
				sentence: sentenceList.length - 1,
				text: text.slice(span.start, span.end),
				timexes: []
			});
		}
		let local = 0;
		for (const timex of found) {
			// a date expression belongs to the sentence it starts in (both lists are in text order);
			// one that runs past that sentence's end (a splitter mistake) is kept whole in the reader
			// but dates no event
			while (local < spans.length && spans[local]!.end <= timex.start) local++;
			if (local === spans.length || timex.start < spans[local]!.start) continue;
			const span = spans[local]!;
			const sentence = firstIndex + local;
			timexes.push({
				sentence,
				start: timex.start,
				end: timex.end,
				text: timex.text,
				type: timex.type,
				value: timex.value,
				when: timex.when,
				event: null
			});
			if (timex.end <= span.end)
				inputs[inputs.length - spans.length + local]!.timexes.push({
					...timex,
					start: timex.start - span.start,
					end: timex.end - span.start
				});
		}
	});
	const article: Article = {
		id,
		file: seed.file,
		date: seed.date,
		title: seed.title,
		standfirst: seed.standfirst,
		source: seed.source,
		url: seed.url,
		author: seed.author,
		paragraphs: seed.paragraphs,
		sentences: sentenceList,
		timexes
	};
	return { article, inputs, longSentences };
}

/** Hash clashes are rare but possible: later events (in timeline order) get a numbered suffix. */
function settleIdClashes(events: TimelineEvent[]): void {
	const seen = new Set<string>();
	for (const event of events) {
		let id = event.id;
		for (let n = 2; seen.has(id); n++) id = `${event.id}-${n}`;
		event.id = id;
		seen.add(id);
	}
}

/** Points each timex in the reader at the event it dates, so clicking it selects that event. */
function linkTimexesToEvents(articles: Article[], events: TimelineEvent[]): void {
	const byMention = new Map<string, string>();
	for (const event of events)
		for (const m of event.mentions) if (m.text) byMention.set(timexKey(m.article, m.sentence, m), event.id);
	for (const article of articles)
		for (const t of article.timexes) {
			const sentence = article.sentences[t.sentence]!;
			t.event = byMention.get(timexKey(article.id, t.sentence, { start: t.start - sentence.start })) ?? null;
		}
}
