import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { SeedError } from './errors.ts';
import { htmlFragmentParagraphs } from './htmlText.ts';
import { dayAsWritten, normaliseText, parseArticleDate, tidyText, toHttpUrl, type ParsedSeed } from './seedFields.ts';

/** What a file of many articles gives: the articles, and a problem for each item that failed. */
export interface ParsedCollection {
	articles: ParsedSeed[];
	errors: SeedError[];
}

type XmlNode = Record<string, unknown>;
const META = XMLParser.getMetaDataSymbol() as unknown as string;

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: true,
	captureMetaData: true,
	// character references (&#8217;, as WordPress writes every title) are decoded; DOCTYPE entities
	// do not nest, so a "billion laughs" file stays the size it is
	htmlEntities: true,
	processEntities: { enabled: true, maxEntityCount: 0, maxExpandedLength: 10_000_000 },
	isArray: (name) => ['item', 'entry', 'link', 'author', 'dc:creator', 'category'].includes(name)
});

/**
 * An RSS 2.0, RSS 1.0 (RDF) or Atom feed (`.xml`, `.rss`, `.atom`, `.rdf`): every item is an article
 * with its title, date (`pubDate`, `published`, `updated`, `dc:date`), link and body (`content:encoded`,
 * `content` or `description`, from HTML into paragraphs). Malformed XML is one error with its line;
 * an item without a title or a date is an error naming the item by number and link, and the other
 * items still count.
 */
export function parseFeed(file: string, xml: string, latest?: string): ParsedCollection {
	const text = normaliseText(xml);
	const valid = XMLValidator.validate(text);
	if (valid !== true) throw new SeedError(file, valid.err.line, `expected well-formed XML, found: ${valid.err.msg}`);
	let doc: XmlNode;
	try {
		doc = parser.parse(text) as XmlNode;
	} catch (e) {
		throw new SeedError(file, 1, `expected a feed that can be read, found: ${(e as Error).message}`);
	}
	const rss = doc.rss as XmlNode | undefined;
	const rdf = doc['rdf:RDF'] as XmlNode | undefined;
	const atom = doc.feed as XmlNode | undefined;
	const channel = (rss?.channel ?? rdf?.channel) as XmlNode | undefined;
	const items = (atom ? atom.entry : rss ? channel?.item : rdf?.item) as XmlNode[] | undefined;
	if (!atom && !channel) throw new SeedError(file, 1, 'expected an RSS <rss>, RSS 1.0 <rdf:RDF> or Atom <feed> document');
	const source = tidyText(textOf(atom ? atom.title : channel?.title)) || null;
	const lines = lineStarts(text);
	const result: ParsedCollection = { articles: [], errors: [] };
	(items ?? []).forEach((item, i) => {
		try {
			const article = atom ? readEntry(file, i + 1, item, text, latest) : readItem(file, i + 1, item, latest);
			result.articles.push({ ...article, source: article.source ?? source });
		} catch (e) {
			if (!(e instanceof SeedError)) throw e;
			const line = lineOf(lines, (item[META] as { startIndex?: number } | undefined)?.startIndex ?? 0);
			result.errors.push(new SeedError(file, line, e.detail));
		}
	});
	if (!items?.length) throw new SeedError(file, 1, 'expected at least one <item> or <entry> in the feed, found none');
	return result;
}

function readItem(file: string, n: number, item: XmlNode, latest?: string): ParsedSeed {
	const guid = item.guid as XmlNode | string | undefined;
	const guidLink = typeof guid === 'object' && guid['@_isPermaLink'] === 'false' ? undefined : textOf(guid);
	const link = toHttpUrl(textOf((item.link as unknown[] | undefined)?.[0])) ?? toHttpUrl(guidLink) ?? toHttpUrl(item['@_rdf:about'] as string);
	const where = `item ${n}${link ? ` (${link})` : ''}`;
	const title = tidyText(textOf(item.title));
	const rawDate = textOf(item.pubDate) || textOf(item['dc:date']) || textOf(item['a10:updated']);
	const bodyHtml = textOf(item['content:encoded']);
	const description = textOf(item.description);
	const author = authorOf(item['dc:creator']) ?? rssAuthor(textOf(item.author));
	return build(file, n, where, { title, rawDate, link, bodyHtml, description, author, idPart: link ?? textOf(guid) }, 'pubDate or dc:date', latest);
}

function readEntry(file: string, n: number, entry: XmlNode, xml: string, latest?: string): ParsedSeed {
	const links = (entry.link as XmlNode[] | undefined) ?? [];
	const alternate = links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate') ?? links[0];
	const link = toHttpUrl(alternate?.['@_href'] as string | undefined);
	const where = `entry ${n}${link ? ` (${link})` : ''}`;
	const title = tidyText(atomText(entry.title, xml).join(' '));
	const rawDate = textOf(entry.published) || textOf(entry.updated) || textOf(entry['dc:date']);
	const content = entry.content as XmlNode | string | undefined;
	const summary = entry.summary as XmlNode | string | undefined;
	const authors = (entry.author as XmlNode[] | undefined)?.map((a) => textOf(a.name)).filter(Boolean);
	return build(
		file,
		n,
		where,
		{
			title,
			rawDate,
			link,
			body: content !== undefined ? atomText(content, xml) : undefined,
			description: summary !== undefined ? atomText(summary, xml).join(' ') : '',
			author: authors?.length ? authors.join(', ') : null,
			idPart: link ?? textOf(entry.id)
		},
		'published or updated',
		latest
	);
}

interface ItemFields {
	title: string;
	rawDate: string;
	link: string | undefined;
	/** The body as HTML (RSS) or as paragraphs already (Atom). */
	bodyHtml?: string;
	body?: string[];
	/** RSS `description` (HTML) or Atom `summary` (text). */
	description: string;
	author: string | null;
	idPart: string;
}

function build(file: string, n: number, where: string, f: ItemFields, dateFields: string, latest?: string): ParsedSeed {
	if (!f.title) throw new SeedError(file, 0, `${where}: expected a <title>, found none`);
	if (!f.rawDate) throw new SeedError(file, 0, `${where}: expected a date in ${dateFields}, found none`);
	const day = dayAsWritten(f.rawDate);
	if (!day) throw new SeedError(file, 0, `${where}: expected a date such as "Wed, 28 Jan 2026 09:00:00 GMT" or 2026-01-28T09:00:00Z, found "${f.rawDate.slice(0, 40)}"`);
	let date: string;
	try {
		date = parseArticleDate(file, 0, day, latest);
	} catch (e) {
		throw new SeedError(file, 0, `${where}: ${(e as SeedError).detail}`);
	}
	const summary = f.description ? htmlFragmentParagraphs(f.description).join(' ') : '';
	let paragraphs = f.body ?? (f.bodyHtml ? htmlFragmentParagraphs(f.bodyHtml) : []);
	let standfirst = '';
	if (!paragraphs.length) paragraphs = f.description ? htmlFragmentParagraphs(f.description) : [];
	// with a body of its own, the description is the standfirst, unless it only repeats the body's start
	else if (summary && !paragraphs[0]!.startsWith(summary.replace(/(…|\.\.\.|\[…\]|\[\.\.\.\])$/, '').trim())) standfirst = summary;
	return {
		file: `${file}#${n}`,
		date,
		title: f.title,
		standfirst,
		paragraphs: paragraphs.map(tidyText).filter(Boolean),
		source: null,
		url: f.link ?? null,
		author: f.author ? tidyText(f.author) || null : null,
		idKey: `${file}#${f.idPart || n}`
	};
}

/** An Atom text construct: `type="text"` (default), `"html"` or `"xhtml"`, as paragraphs. */
function atomText(node: unknown, xml: string): string[] {
	if (node === undefined || node === null) return [];
	if (typeof node === 'string') return node.split(/\n\s*\n/).map(tidyText).filter(Boolean);
	const el = node as XmlNode;
	const type = (el['@_type'] as string | undefined) ?? 'text';
	if (type === 'html' || type === 'text/html') return htmlFragmentParagraphs(textOf(el));
	if (type === 'xhtml') {
		// the markup inside is XHTML: the parser has taken it apart, so read the source between the tags
		const meta = el[META] as { startIndex?: number; endIndex?: number } | undefined;
		if (meta?.startIndex !== undefined && meta.endIndex !== undefined) {
			const source = xml.slice(meta.startIndex, meta.endIndex);
			const inner = source.slice(source.indexOf('>') + 1, source.lastIndexOf('<'));
			return htmlFragmentParagraphs(inner);
		}
	}
	return textOf(el).split(/\n\s*\n/).map(tidyText).filter(Boolean);
}

/** A node's text: a string, or an element's `#text` (attributes and children left out). */
function textOf(node: unknown): string {
	if (node === undefined || node === null) return '';
	if (typeof node === 'string') return node.trim();
	if (Array.isArray(node)) return textOf(node[0]);
	if (typeof node === 'object') return textOf((node as XmlNode)['#text']);
	return String(node);
}

function authorOf(node: unknown): string | null {
	const list = Array.isArray(node) ? node.map(textOf).filter(Boolean) : [];
	return list.length ? list.join(', ') : null;
}

/** RSS 2.0 `author` is an e-mail address, often with the name in brackets: keep the name. */
function rssAuthor(raw: string): string | null {
	if (!raw) return null;
	const named = /\(([^)]+)\)\s*$/.exec(raw)?.[1];
	if (named) return named;
	return raw.includes('@') ? null : raw;
}

function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
	return starts;
}

function lineOf(starts: number[], offset: number): number {
	let lo = 0;
	let hi = starts.length;
	while (hi - lo > 1) {
		const mid = (lo + hi) >> 1;
		if (starts[mid]! <= offset) lo = mid;
		else hi = mid;
	}
	return lo + 1;
}
