import { SeedError, SeedErrors } from './errors.ts';
import { buildEvents, timexKey, type SentenceInput } from './buildEvents.ts';
import { articleIdFor, hashString } from './hash.ts';
import { isSeedFile, parseSeed, type ParsedSeed } from './parseSeed.ts';
import { splitSentences } from './splitSentences.ts';
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
	extract?: (text: string, dct: string) => Timex[];
	talks?: (sentences: SentenceInput[]) => { events: TimelineEvent[]; claimed: Set<string> };
}

export interface BuildReport {
	data: TimelineData;
	/** Files that were read as seeds. */
	read: number;
	/** Problems in skipped files (only when `skipInvalid`). */
	skipped: SeedError[];
	/** Files in the folder that are not seeds, listed so nothing is dropped unnamed. */
	ignored: string[];
}

export { articleIdFor };

/** One seed file after the per-file work (parse, sentences, dates), which can run in a worker. */
export type PreparedSource =
	| { kind: 'ignored'; file: string }
	| { kind: 'error'; file: string; line: number; detail: string }
	| { kind: 'article'; file: string; article: Article; inputs: SentenceInput[]; talks: TalksCandidate[]; fingerprint: string };

/** The last acceptable publication date by default: tomorrow in UTC, for readers east of it. */
export function defaultLatest(): string {
	return new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The per-file part of the build, independent of every other file: parse the seed, split
 * sentences, find and resolve dates. Plain data in and out, so workers can run it.
 */
export function prepareSource(
	source: SeedSource,
	latest: string,
	extract: (text: string, dct: string) => Timex[] = extractTimexes
): PreparedSource {
	if (!isSeedFile(source.file)) return { kind: 'ignored', file: source.file };
	let seed: ParsedSeed;
	try {
		seed = parseSeed(source.file, source.content, latest);
	} catch (e) {
		if (e instanceof SeedError) return { kind: 'error', file: e.file, line: e.line, detail: e.detail };
		throw e;
	}
	const { article, inputs } = readArticle(seed, extract);
	// the same article saved twice would show every event twice
	const fingerprint = hashString([seed.date, seed.title, seed.standfirst, ...seed.paragraphs].join('\n'));
	return { kind: 'article', file: source.file, article, inputs, talks: readArticleTalks(inputs), fingerprint };
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
		sortSources(sources).map((s) => prepareSource(s, latest, options.extract)),
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
	const ignored: string[] = [];
	const articles: Article[] = [];
	const sentences: SentenceInput[] = [];
	const firstWithText = new Map<string, string>();
	let read = 0;
	for (const p of prepared) {
		if (p.kind === 'ignored') {
			ignored.push(p.file);
			continue;
		}
		read++;
		if (p.kind === 'error') {
			errors.push(new SeedError(p.file, p.line, p.detail));
			continue;
		}
		const first = firstWithText.get(p.fingerprint);
		if (first) {
			errors.push(new SeedError(p.file, 1, `expected each article once, found a duplicate of ${first}`));
			continue;
		}
		firstWithText.set(p.fingerprint, p.file);
		articles.push(p.article);
		for (const input of p.inputs) sentences.push(input);
		for (const c of p.talks) candidates.push(c);
	}
	if (read === 0 && !errors.length)
		throw new SeedErrors([new SeedError('seeds folder', 0, 'expected at least one seed file (.txt, .md or .markdown), found none')]);
	if (errors.length && !options.skipInvalid) throw new SeedErrors(errors);
	if (articles.length === 0 && read > 0)
		throw new SeedErrors([...errors, new SeedError('seeds folder', 0, 'expected at least one valid article to publish, found none')]);
	articles.sort((a, b) => (a.date === b.date ? (a.file < b.file ? -1 : 1) : a.date < b.date ? -1 : 1));

	const talksResult = options.talks ? options.talks(sentences) : mergeTalksCandidates(candidates);
	const events = [...talksResult.events, ...buildEvents(sentences, talksResult.claimed)];
	events.sort(
		(a, b) =>
			a.when.start.localeCompare(b.when.start) || a.when.end.localeCompare(b.when.end) || a.id.localeCompare(b.id)
	);
	settleIdClashes(events);
	linkTimexesToEvents(articles, events);
	return { data: { version: 1, articles, events }, read, skipped: errors, ignored };
}

function readArticle(seed: ParsedSeed, extract: (text: string, dct: string) => Timex[]) {
	const id = articleIdFor(seed.file);
	const blocks = [seed.standfirst, ...seed.paragraphs];
	const sentenceList: Sentence[] = [];
	const timexes: TimexMention[] = [];
	const inputs: SentenceInput[] = [];
	blocks.forEach((text, block) => {
		if (!text) return;
		const spans = splitSentences(text);
		const found = extract(text, seed.date);
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
	return { article, inputs };
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
