/**
 * The story a site tells: its title, standfirst and default range. An optional `story.md` at the
 * root of the seeds folder sets them ({@link parseStoryFile}); without it the title is derived from
 * the articles' headlines ({@link deriveStoryTitle}).
 */
import { SeedError } from './errors.ts';
import { readFrontMatter } from './parseSeed.ts';
import { normaliseText, parseArticleDate, tidyText } from './seedFields.ts';

/** The reserved name: `story.md` at the root of the seeds folder is the story, never an article. */
export const STORY_FILE = 'story.md';

/** Whether `file` (a path under the seeds folder, `/`-separated) is the story file. */
export function isStoryFile(file: string): boolean {
	return file === STORY_FILE;
}

/** What a story file sets; every field is optional except the title. */
export interface StoryFile {
	title: string;
	standfirst: string | null;
	/** First day of the default view, `YYYY-MM-DD`. */
	from: string | null;
	/** Last day of the default view, `YYYY-MM-DD`. */
	to: string | null;
	/** BCP 47 tag of the site's dates and words ("fr-FR"). */
	locale: string | null;
}

/** The story as the site carries it (`story` in `data/index.json`). */
export interface Story {
	title: string;
	standfirst: string | null;
	/** The default view set by the story file, days inclusive; `null` when it sets none. */
	range: { from: string | null; to: string | null } | null;
	/** `file` when the story file gave the title, `articles` when it was derived from them. */
	titleFrom: 'file' | 'articles';
}

const STORY_KEYS = ['title', 'standfirst', 'from', 'to', 'locale'] as const;
type StoryKey = (typeof STORY_KEYS)[number];

/**
 * A story file: front matter between `---` lines with `title` (required), and optionally
 * `standfirst`, `from`, `to` (`YYYY-MM-DD`) and `locale`; flat `key: value` pairs as in a Markdown
 * seed. Text after the front matter is the standfirst when the front matter has none.
 */
export function parseStoryFile(file: string, content: string): StoryFile {
	const lines = normaliseText(content).split('\n');
	const { fields: raw, close } = readFrontMatter(file, lines, STORY_KEYS, 'error', "the story's front matter");
	const fields: Partial<Record<StoryKey, { value: string; line: number }>> = {};
	for (const key of STORY_KEYS) if (raw[key]) fields[key] = { value: tidyText(raw[key]!.value), line: raw[key]!.line };
	if (!fields.title?.value) throw new SeedError(file, fields.title?.line ?? 1, 'expected a non-empty "title" field in the front matter');
	const day = (key: 'from' | 'to') => {
		const f = fields[key];
		return f?.value ? parseArticleDate(file, f.line, f.value) : null;
	};
	const from = day('from');
	const to = day('to');
	if (from && to && from > to) throw new SeedError(file, fields.to!.line, `expected "to" on or after "from" (${from}), found "${to}"`);
	let locale: string | null = null;
	if (fields.locale?.value) {
		const raw = fields.locale.value;
		let known: string | undefined;
		try {
			known = Intl.DateTimeFormat.supportedLocalesOf([raw])[0];
		} catch {
			known = undefined;
		}
		if (!known) throw new SeedError(file, fields.locale.line, `expected a locale such as "en-GB" or "fr-FR", found "${raw.slice(0, 40)}"`);
		locale = known;
	}
	const body = lines
		.slice(close + 1)
		.join('\n')
		.split(/\n\s*\n/)
		.map(tidyText)
		.find((p) => p !== '');
	return { title: fields.title.value, standfirst: fields.standfirst?.value || body || null, from, to, locale };
}

/** Words that never start or end a subject. */
const STOP = new Set(
	`a an the of to in on for and or but by with at from as is are was were be been has have had will would
	after over amid into up down out off new its it his her their than since before about against between not no
	more most first last says said say after how why what who when where this that these those all any some
	vs via per than`.split(/\s+/)
);

interface Token {
	text: string;
	/** Position in its title. */
	at: number;
	/** A punctuation break follows (a subject does not run across it). */
	breakAfter: boolean;
}

/** The words of a headline, without surrounding punctuation or a possessive `'s`. */
function tokenize(title: string): Token[] {
	const tokens: Token[] = [];
	for (const raw of title.split(/\s+/)) {
		const breakAfter = /[,;:!?)\]"”’'`]$/.test(raw) && !/^[A-Z](\.[A-Z])+\.$/.test(raw);
		const text = raw
			.replace(/^[("'“‘`[]+/, '')
			.replace(/[)\]"”’'`,;:!?]+$/, '')
			.replace(/['’]s$/, '')
			.replace(/(?<![A-Z])\.$/, '');
		if (!text) {
			if (tokens.length) tokens[tokens.length - 1]!.breakAfter = true;
			continue;
		}
		tokens.push({ text, at: tokens.length, breakAfter });
	}
	return tokens;
}

/** A word written as part of a name: capitalised, or with a capital inside ("GM", "iPhone"). */
const isNameWord = (t: Token) => /\p{Lu}/u.test(t.text);

const isWord = (t: string) => /\p{L}/u.test(t) && !STOP.has(t.toLowerCase());

interface Candidate {
	key: string;
	words: string[];
	/** Titles it occurs in. */
	df: number;
	/** Occurrences after a headline's first word, and how many of them are written as a name. */
	inner: number;
	innerNamed: number;
	occurrences: number;
	/** Spellings as written, with counts. */
	forms: Map<string, number>;
	firstSeen: number;
}

/** Phrases of one to three words, counted by the titles they occur in. */
function countPhrases(titles: readonly string[]): Map<string, Candidate> {
	const found = new Map<string, Candidate>();
	titles.forEach((title, n) => {
		const tokens = tokenize(title);
		const seen = new Set<string>();
		for (let i = 0; i < tokens.length; i++)
			for (let len = 1; len <= 3 && i + len <= tokens.length; len++) {
				const part = tokens.slice(i, i + len);
				if (part.slice(0, -1).some((t) => t.breakAfter)) break;
				if (!isWord(part[0]!.text) || !isWord(part[len - 1]!.text)) continue;
				const form = part.map((t) => t.text).join(' ');
				const key = form.toLowerCase();
				let c = found.get(key);
				if (!c) found.set(key, (c = { key, words: key.split(' '), df: 0, inner: 0, innerNamed: 0, occurrences: 0, forms: new Map(), firstSeen: n }));
				if (!seen.has(key)) {
					seen.add(key);
					c.df++;
				}
				c.occurrences++;
				if (i > 0) {
					c.inner++;
					if (part.every(isNameWord)) c.innerNamed++;
				}
				c.forms.set(form, (c.forms.get(form) ?? 0) + 1);
			}
	});
	return found;
}

/**
 * Headlines capitalise their first word (and some every word): a phrase is a name when it is
 * capitalised in most places past the first word. Seen only first, it may be either ("Airbus wins",
 * "Prices rise"): taken for a name, as a headline's subject usually is.
 */
const isName = (c: Candidate) => (c.inner ? c.innerNamed * 2 > c.inner : true);
const contains = (long: Candidate, short: Candidate) => ` ${long.key} `.includes(` ${short.key} `);
const overlaps = (a: Candidate, b: Candidate) => a.words.some((w) => b.words.includes(w));

/** The spelling used most often; a common word gets a capital as the title's first word. */
function spelling(c: Candidate): string {
	return [...c.forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/**
 * The subjects the headlines share, most frequent first: the phrase most titles contain (stretched
 * to a longer phrase that at least half of those titles contain, "stock markets" rather than
 * "markets"); when it is a name, up to two more names nearly as frequent ("GM, Ford and Chrysler").
 * Empty when no phrase occurs in two titles.
 */
export function findSubjects(titles: readonly string[]): string[] {
	const all = [...countPhrases(titles).values()].filter((c) => c.df >= 2);
	if (!all.length) return [];
	const rank = (a: Candidate, b: Candidate) => b.df - a.df || Number(isName(b)) - Number(isName(a)) || a.words.length - b.words.length || a.firstSeen - b.firstSeen || (a.key < b.key ? -1 : 1);
	const top0 = [...all].sort(rank)[0]!;
	const longer = all.filter((c) => c !== top0 && contains(c, top0) && c.df * 2 >= top0.df).sort((a, b) => b.df - a.df || b.words.length - a.words.length);
	const top = longer[0] ?? top0;
	const chosen = [top];
	if (isName(top))
		for (const c of [...all].sort(rank)) {
			if (chosen.length === 3 || c.df * 2 < top.df) break;
			if (isName(c) && !chosen.some((x) => overlaps(x, c))) chosen.push(c);
		}
	return chosen.map(spelling);
}

/** The years the articles span: "2009", "2005–2011"; empty without articles. */
export function formatSpan(days: readonly string[]): string {
	if (!days.length) return '';
	let first = days[0]!;
	let last = first;
	for (const d of days) {
		if (d < first) first = d;
		if (d > last) last = d;
	}
	const [a, b] = [Number(first.slice(0, 4)), Number(last.slice(0, 4))];
	return a === b ? `${a}` : `${a}–${b}`;
}

/** The words a derived title is made of, per language. */
export interface TitleWords {
	/** With no articles. */
	empty: string;
	/** Shared subjects and the years: "Airbus and Boeing, 2004–2011". */
	subjects: (subjects: string, span: string) => string;
	/** Headlines with nothing in common: "The news, 2005–2011". */
	noSubject: (span: string) => string;
}

/**
 * A title for a story without a story file: with one article, its headline; with more, the
 * subjects their headlines share ({@link findSubjects}) and the years they span; with none in
 * common, a title of the years alone.
 */
export function deriveStoryTitle(articles: readonly { title: string; date: string }[], words: TitleWords, locale = 'en-GB'): string {
	if (!articles.length) return words.empty;
	if (articles.length === 1) return articles[0]!.title;
	const span = formatSpan(articles.map((a) => a.date));
	const subjects = findSubjects(articles.map((a) => a.title));
	if (!subjects.length) return words.noSubject(span);
	const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(subjects);
	return words.subjects(list.charAt(0).toLocaleUpperCase(locale) + list.slice(1), span);
}

/** The story the site carries: the story file's, or a title derived from the articles. */
export function resolveStory(file: StoryFile | null, articles: readonly { title: string; date: string }[], words: TitleWords, locale?: string): Story {
	if (file)
		return {
			title: file.title,
			standfirst: file.standfirst,
			range: file.from || file.to ? { from: file.from, to: file.to } : null,
			titleFrom: 'file'
		};
	return { title: deriveStoryTitle(articles, words, locale), standfirst: null, range: null, titleFrom: 'articles' };
}
