import { describe, expect, test } from 'vitest';
import { asAtom, asRss, type ArticleForm } from '../../../tests/support/articleForms.ts';
import { SeedError } from './errors.ts';
import { parseFeed } from './parseFeed.ts';

const A: ArticleForm = {
	date: '2026-01-28',
	title: 'Talks resume in Abu Dhabi',
	standfirst: 'Delegations meet again',
	paragraphs: ['Delegations met again in Abu Dhabi on Sunday.', 'Talks will resume next month, officials said.'],
	url: 'https://news.example.org/world/talks-resume',
	source: 'The Example Times',
	author: 'Jane Reporter'
};
const B: ArticleForm = { ...A, date: '2026-01-30', title: 'Ceasefire proposal tabled', url: 'https://news.example.org/world/ceasefire', paragraphs: ['A ceasefire proposal was tabled on Friday.'] };

function problem(file: string, xml: string): string {
	try {
		parseFeed(file, xml, '2026-11-27');
	} catch (e) {
		if (e instanceof SeedError) return e.message;
		throw e;
	}
	throw new Error('expected a SeedError');
}

describe('parseFeed', () => {
	test('RSS 2.0: one article per item, with title, date, link, author, standfirst and paragraphs', () => {
		const { articles, errors } = parseFeed('news.xml', asRss([A, B]), '2026-11-27');
		expect(errors).toEqual([]);
		expect(articles).toHaveLength(2);
		expect(articles[0]).toEqual({
			file: 'news.xml#1',
			date: A.date,
			title: A.title,
			standfirst: A.standfirst,
			paragraphs: A.paragraphs,
			source: 'World news',
			url: A.url,
			author: A.author,
			idKey: `news.xml#${A.url}`
		});
		expect(articles[1]).toMatchObject({ file: 'news.xml#2', date: B.date, title: B.title });
	});

	test('Atom: published before updated, the alternate link, HTML content as paragraphs', () => {
		const { articles, errors } = parseFeed('news.atom', asAtom([A]), '2026-11-27');
		expect(errors).toEqual([]);
		expect(articles[0]).toMatchObject({ date: A.date, title: A.title, url: A.url, author: A.author, standfirst: A.standfirst, paragraphs: A.paragraphs, source: 'World news' });
	});

	test('Atom XHTML content keeps its paragraphs and inline text in order', () => {
		const xml = asAtom([A]).replace(/<content type="html">[\s\S]*?<\/content>/, '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Officials <b>met</b> on Sunday.</p><p>They agreed.</p></div></content>');
		expect(parseFeed('x.atom', xml, '2026-11-27').articles[0]!.paragraphs).toEqual(['Officials met on Sunday.', 'They agreed.']);
	});

	test('RSS 1.0 (RDF) with Dublin Core dates', () => {
		const xml = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://example.org/"><title>Wire</title><link>https://example.org/</link><description>d</description></channel>
<item rdf:about="https://example.org/1"><title>Vote delayed</title><link>https://example.org/1</link><dc:date>2025-11-03T08:00:00+09:00</dc:date><description>The vote was delayed to Friday.</description></item>
</rdf:RDF>`;
		expect(parseFeed('wire.rdf', xml, '2026-11-27').articles[0]).toMatchObject({ title: 'Vote delayed', date: '2025-11-03', url: 'https://example.org/1', source: 'Wire', paragraphs: ['The vote was delayed to Friday.'] });
	});

	test('an item without a date or a title: an error naming the item by number, link and line; the others still count', () => {
		const xml = asRss([A, B]).replace(/<pubDate>[^<]*<\/pubDate>/, '').replace('<title>Ceasefire proposal tabled</title>', '<title></title>');
		const { articles, errors } = parseFeed('news.xml', xml, '2026-11-27');
		expect(articles).toEqual([]);
		expect(errors.map((e) => e.message)).toEqual([
			`news.xml:7: item 1 (${A.url}): expected a date in pubDate or dc:date, found none`,
			`news.xml:17: item 2 (${B.url}): expected a <title>, found none`
		]);
	});

	test('a date that is not a date is named', () => {
		const xml = asRss([A]).replace(/<pubDate>[^<]*<\/pubDate>/, '<pubDate>yesterday</pubDate>');
		expect(parseFeed('n.xml', xml, '2026-11-27').errors[0]!.message).toMatch(/^n\.xml:7: item 1 .*found "yesterday"/);
	});

	test('malformed XML is one error with its line', () => {
		expect(problem('bad.xml', '<?xml version="1.0"?>\n<rss><channel>\n<item><title>x</title>\n</channel></rss>')).toMatch(/^bad\.xml:4: expected well-formed XML/);
	});

	test('XML that is not a feed, and a feed with no items', () => {
		expect(problem('x.xml', '<?xml version="1.0"?><catalog><book/></catalog>')).toMatch(/^x\.xml:1: expected an RSS <rss>, RSS 1.0 <rdf:RDF> or Atom <feed> document/);
		expect(problem('x.xml', '<rss version="2.0"><channel><title>t</title></channel></rss>')).toMatch(/^x\.xml:1: expected at least one <item> or <entry>/);
	});

	test('entities declared in a DOCTYPE do not expand (no billion laughs)', () => {
		const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss version="2.0"><channel><title>t</title><item><title>T &b;</title><pubDate>Wed, 28 Jan 2026 09:00:00 GMT</pubDate><description>Body.</description></item></channel></rss>`;
		let title = '';
		try {
			title = parseFeed('x.xml', xml, '2026-11-27').articles[0]!.title;
		} catch (e) {
			expect(e).toBeInstanceOf(SeedError);
		}
		expect(title).not.toContain('aaaaaaaaaa');
	});

	test('scripts and handlers in an item body come out as nothing, its text as text', () => {
		const xml = asRss([{ ...A, paragraphs: [] }]).replace(/<content:encoded>[\s\S]*?<\/content:encoded>/, '<content:encoded><![CDATA[<p onclick="alert(1)">Met <script>alert(2)</script>on <a href="javascript:alert(3)">Sunday</a>.</p><iframe src="https://evil.example"></iframe>]]></content:encoded>');
		const item = parseFeed('x.xml', xml, '2026-11-27').articles[0]!;
		expect(item.paragraphs).toEqual(['Met on Sunday.']);
		expect(JSON.stringify(item)).not.toMatch(/alert|javascript:|evil/);
	});

	test('an item without a body of its own: the description is the body', () => {
		const xml = asRss([A]).replace(/<content:encoded>[\s\S]*?<\/content:encoded>/, '');
		expect(parseFeed('x.xml', xml, '2026-11-27').articles[0]).toMatchObject({ standfirst: '', paragraphs: [A.standfirst] });
	});

	test('character references in titles are decoded (WordPress writes &#8217;)', () => {
		const xml = asRss([A]).replace('<title>Talks resume in Abu Dhabi</title>', '<title>Biden&#8217;s plan &amp; Kyiv&#x2019;s answer</title>');
		expect(parseFeed('x.xml', xml, '2026-11-27').articles[0]!.title).toBe('Biden’s plan & Kyiv’s answer');
	});

	test('a feed of 10,000 items: every item read, each with an id of its own', () => {
		const many = Array.from({ length: 10_000 }, (_, i) => ({ ...A, title: `Story ${i}`, url: `https://example.org/${i}` }));
		const { articles, errors } = parseFeed('big.xml', asRss(many), '2026-11-27');
		expect(errors).toEqual([]);
		expect(articles).toHaveLength(10_000);
		expect(new Set(articles.map((a) => a.idKey)).size).toBe(10_000);
	}, 60_000);
});
