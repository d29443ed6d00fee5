import { Readability } from '@mozilla/readability';
import { SeedError } from './errors.ts';
import { htmlParagraphs, parseHtmlDocument, type HtmlDocument } from './htmlText.ts';
import { dayAsWritten, parseArticleDate, tidyText, toHttpUrl, type ParsedSeed } from './seedFields.ts';

/** Where a page's publication date is looked for, in order; an error lists them all. */
const DATE_PLACES = [
	'JSON-LD NewsArticle/Article datePublished',
	'<meta property="article:published_time">',
	'<time datetime> in the article header',
	'og:, Dublin Core, parsely and sailthru <meta> dates'
] as const;

/** Meta names and properties that carry a publication date, after `article:published_time`. */
const META_DATES = [
	'og:published_time', 'og:article:published_time', 'og:pubdate', 'dc.date.issued', 'dcterms.issued', 'dc.date.created',
	'dcterms.created', 'dc.date', 'dcterms.date', 'parsely-pub-date', 'sailthru.date', 'pubdate', 'publish-date',
	'date', 'og:updated_time'
];

/** Deepest nesting of elements read; news pages stay under about 60. */
const MAX_DEPTH = 500;

function maxDepth(root: ParentNode | null): number {
	let deepest = 0;
	const stack: [Element, number][] = root ? Array.from(root.children).map((c) => [c, 1]) : [];
	while (stack.length) {
		const [el, depth] = stack.pop()!;
		if (depth > deepest) deepest = depth;
		if (deepest > MAX_DEPTH) return deepest;
		for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
	}
	return deepest;
}

/** JSON-LD types that are articles. */
const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle)$/;

interface JsonLdArticle {
	headline?: string;
	datePublished?: string;
	author?: string;
	publisher?: string;
	url?: string;
	description?: string;
}

/**
 * A saved web page (`.html`, `.htm`, as a browser's "Save page as… HTML only" writes it): the
 * metadata from JSON-LD and `<meta>` tags, the body from Readability (Firefox's reader view),
 * kept as paragraphs. Nothing from the page runs, and only text and http(s) links come out.
 */
export function parsePage(file: string, html: string, latest?: string): ParsedSeed {
	const document = parseHtmlDocument(html);
	const ld = jsonLdArticle(document);
	const meta = metaReader(document);
	const lineOf = (needle: string) => lineOfText(html, needle);

	// a saved page names where it came from; <base href> is the page's say and is never trusted
	// only where browsers write it, at the top: a comment further down is the page's own text
	const savedFrom = /^\s*(?:<!DOCTYPE[^>]*>\s*)?<!-- saved from url=\(\d+\)(\S+?) -->/i.exec(html.slice(0, 2048))?.[1];
	const base = [meta('og:url'), ld.url, savedFrom].map((u) => toHttpUrl(u)).find(Boolean) ?? undefined;
	const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? undefined;
	const url = [canonical, meta('og:url'), ld.url, savedFrom].map((u) => toHttpUrl(u, base)).find(Boolean) ?? null;

	// og:title, the JSON-LD headline, the article's <h1>; a page's first <h1> can be its logo
	const heading = (selector: string) => tidyText(document.querySelector(selector)?.textContent ?? '');
	const title = [meta('og:title'), ld.headline, heading('article h1'), meta('twitter:title'), heading('h1')].map((t) => tidyText(t ?? '')).find(Boolean) ?? '';
	if (!title) throw new SeedError(file, 1, 'expected a title in og:title, an <h1> or JSON-LD headline, found none');

	const date = pageDate(file, document, ld, meta, lineOf, latest);
	const source = tidyText(meta('og:site_name') ?? ld.publisher ?? meta('application-name') ?? '') || null;
	const author = tidyText(ld.author ?? meta('author') ?? meta('article:author') ?? meta('parsely-author') ?? meta('sailthru.author') ?? '') || null;
	const description = tidyText(meta('og:description') ?? meta('description') ?? ld.description ?? meta('twitter:description') ?? '');

	// Readability's time grows steeply with nesting (2,000 unclosed <div>s: half a minute)
	const depth = maxDepth(document.body as unknown as ParentNode);
	if (depth > MAX_DEPTH) throw new SeedError(file, 1, `expected markup nested at most ${MAX_DEPTH} deep, found ${depth} (unclosed tags?)`);
	// Readability rewrites the document it reads: everything above is read first
	// classes kept: captions and pull quotes that Readability leaves in are known by them
	const parsed = new Readability(document as unknown as Document, { charThreshold: 200, keepClasses: true }).parse();
	if (!parsed?.content) throw new SeedError(file, 1, 'expected an article body that Readability can find, found none (is this a saved news article?)');
	const body = htmlParagraphs(parseHtmlDocument(`<!doctype html><html><body>${parsed.content}</body></html>`).body as never);
	if (!body.length) throw new SeedError(file, 1, 'expected an article body that Readability can find, found no paragraphs');
	const paragraphs = body.filter((p) => p !== title);
	// the standfirst is the page's description, unless it only repeats the start of the body
	const standfirst = description && !paragraphs[0]?.startsWith(description.replace(/…$|\.\.\.$/, '')) ? description : '';
	return { file, date, title, standfirst, paragraphs, source, url, author };
}

function pageDate(
	file: string,
	document: HtmlDocument,
	ld: JsonLdArticle,
	meta: (key: string) => string | undefined,
	lineOf: (needle: string) => number,
	latest?: string
): string {
	// the article's header, not the site's: a masthead shows today's date
	const header =
		document.querySelector('time[itemprop~="datePublished"][datetime]') ??
		document.querySelector('time[pubdate][datetime]') ??
		document.querySelector('article header time[datetime]') ??
		document.querySelector('article time[datetime]');
	const candidates: (string | undefined)[] = [
		ld.datePublished,
		meta('article:published_time'),
		header?.getAttribute('datetime') ?? undefined,
		META_DATES.map(meta).find(Boolean) ?? parselyPage(meta('parsely-page'))
	];
	// the first place that gives a date as a machine writes it; one in words ("January 28, 2026") is passed over
	const unreadable: string[] = [];
	for (const raw of candidates) {
		if (!raw) continue;
		const day = dayAsWritten(raw);
		if (day) return parseArticleDate(file, lineOf(raw), day, latest);
		unreadable.push(raw.slice(0, 40));
	}
	if (unreadable.length)
		throw new SeedError(file, lineOf(unreadable[0]!), `expected a publication date such as 2026-01-28 or 2026-01-28T09:30:00+02:00, found ${unreadable.map((u) => `"${u}"`).join(', ')}`);
	throw new SeedError(file, 1, `expected a publication date, found none; looked in ${DATE_PLACES.join('; ')}`);
}

/** Reads `<meta>` by `property`, `name` or `itemprop`, case-insensitive; the first non-empty wins. */
function metaReader(document: HtmlDocument): (key: string) => string | undefined {
	const values = new Map<string, string>();
	for (const el of Array.from(document.querySelectorAll('meta'))) {
		const content = el.getAttribute('content')?.trim();
		if (!content) continue;
		for (const attr of ['property', 'name', 'itemprop']) {
			const key = el.getAttribute(attr)?.trim().toLowerCase();
			if (key && !values.has(key)) values.set(key, content);
		}
	}
	return (key) => values.get(key.toLowerCase());
}

/** Parse.ly's older `parsely-page` meta holds JSON with a `pub_date`. */
function parselyPage(raw: string | undefined): string | undefined {
	if (!raw) return undefined;
	try {
		const value = (JSON.parse(raw) as { pub_date?: unknown }).pub_date;
		return typeof value === 'string' ? value : undefined;
	} catch {
		return undefined;
	}
}

/** The first JSON-LD object typed as an article, with the fields the seed needs as strings. */
function jsonLdArticle(document: HtmlDocument): JsonLdArticle {
	for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
		let data: unknown;
		try {
			data = JSON.parse(script.textContent ?? '');
		} catch {
			continue; // a broken block of metadata is not the article's fault: the other places still count
		}
		const found = findArticle(data, 0);
		if (found) {
			const author = names(found.author);
			return {
				headline: str(found.headline) ?? str(found.name),
				datePublished: str(found.datePublished) ?? str(found.dateCreated),
				author: author.length ? author.join(', ') : undefined,
				publisher: names(found.publisher)[0],
				url: str(found.url) ?? str(found.mainEntityOfPage) ?? str((found.mainEntityOfPage as Record<string, unknown> | undefined)?.['@id']),
				description: str(found.description)
			};
		}
	}
	return {};
}

function findArticle(data: unknown, depth: number): Record<string, unknown> | null {
	if (depth > 4 || !data || typeof data !== 'object') return null;
	if (Array.isArray(data)) {
		for (const item of data) {
			const found = findArticle(item, depth + 1);
			if (found) return found;
		}
		return null;
	}
	const obj = data as Record<string, unknown>;
	const types = ([] as unknown[]).concat(obj['@type'] ?? []);
	if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return obj;
	return findArticle(obj['@graph'], depth + 1);
}

function str(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** `"Name"`, `{name}`, or an array of them. */
function names(value: unknown): string[] {
	const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
	return list.map((v) => (typeof v === 'string' ? v : str((v as Record<string, unknown> | null)?.name))).filter((v): v is string => !!v?.trim());
}

/** The 1-based line where `needle` first appears in `text` (1 when it does not, as written). */
function lineOfText(text: string, needle: string): number {
	const at = text.indexOf(needle);
	if (at < 0) return 1;
	let line = 1;
	for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 10) line++;
	return line;
}
