import { describe, expect, test } from 'vitest';
import { asPage, type ArticleForm } from '../../../tests/support/articleForms.ts';
import { SeedError } from './errors.ts';
import { parsePage } from './parsePage.ts';

const ARTICLE: ArticleForm = {
	date: '2026-01-28',
	title: 'Talks resume in Abu Dhabi',
	standfirst: 'Delegations from the United States, Russia and Ukraine meet again',
	paragraphs: [
		'Delegations from the United States, Russia and Ukraine met again in Abu Dhabi on Sunday, officials said.',
		'The talks were held behind closed doors, the second round in a week.',
		'A US official said both sides were testing how flexible each other’s red lines really are.',
		'Talks will resume next month in Geneva, according to the Kremlin.'
	],
	url: 'https://news.example.org/world/talks-resume',
	source: 'The Example Times',
	author: 'Jane Reporter'
};

function problem(html: string, file = 'page.html'): string {
	try {
		parsePage(file, html, '2026-11-27');
	} catch (e) {
		if (e instanceof SeedError) return e.message;
		throw e;
	}
	throw new Error('expected a SeedError');
}

describe('parsePage', () => {
	test('a news page: metadata from JSON-LD and meta tags, the body without its furniture', () => {
		const seed = parsePage('page.html', asPage(ARTICLE), '2026-11-27');
		expect(seed).toMatchObject({
			file: 'page.html',
			date: '2026-01-28',
			title: ARTICLE.title,
			standfirst: ARTICLE.standfirst,
			source: ARTICLE.source,
			author: ARTICLE.author,
			// the canonical link is relative: resolved against og:url, not against <base> or the saved copy
			url: ARTICLE.url
		});
		expect(seed.paragraphs).toEqual(ARTICLE.paragraphs);
		const all = seed.paragraphs.join('\n');
		for (const furniture of ['cookies', 'Home', 'Share on', 'Sign up', 'Related', 'Great article', 'Photo: Agency', 'All rights reserved', 'By Jane', 'Advertisement', 'winter holiday'])
			expect(all).not.toContain(furniture);
	});

	test('a page with only meta tags (no JSON-LD) still gives its date, title and source', () => {
		const seed = parsePage('meta.html', asPage(ARTICLE, { jsonLd: false }), '2026-11-27');
		expect(seed).toMatchObject({ date: '2026-01-28', title: ARTICLE.title, source: ARTICLE.source, url: ARTICLE.url });
	});

	test('a page dated only by a <time> element: the day as written in its zone, not in UTC', () => {
		// 23:30 at UTC-5 on the 28th is the 29th in UTC: the page's own day is the 28th
		const seed = parsePage('time.html', asPage(ARTICLE, { timeOnly: true }), '2026-11-27');
		expect(seed.date).toBe('2026-01-28');
		// no og:title: the article's <h1>, not the <title> with " | The Example Times"
		expect(seed.title).toBe(ARTICLE.title);
		// no canonical, no og:url: the address the browser saved it from
		expect(seed.url).toBe(ARTICLE.url);
	});

	test.each([
		['JSON-LD', { '@type': ['NewsArticle'], datePublished: '2025-12-31T22:00:00-08:00' }, '2025-12-31'],
		['JSON-LD in a @graph', { '@graph': [{ '@type': 'WebPage' }, { '@type': 'Article', datePublished: '2025-03-04' }] }, '2025-03-04']
	])('the date from %s comes first', (_, ld, day) => {
		const html = asPage(ARTICLE, { jsonLd: false }).replace('</head>', `<script type="application/ld+json">${JSON.stringify(ld)}</script></head>`);
		expect(parsePage('p.html', html, '2026-11-27').date).toBe(day);
	});

	test.each([
		['Dublin Core', '<meta name="DC.date.issued" content="2024-05-06">', '2024-05-06'],
		['parsely', '<meta name="parsely-pub-date" content="2024-05-07T10:00:00Z">', '2024-05-07'],
		['sailthru', '<meta name="sailthru.date" content="2024-05-08 10:00:00">', '2024-05-08']
	])('a date in %s meta is read when nothing else dates the page', (_, meta, day) => {
		const html = asPage(ARTICLE, { timeOnly: true }).replace(/<time[^>]*>[^<]*<\/time>/, '').replace('</head>', `${meta}</head>`);
		expect(parsePage('p.html', html, '2026-11-27').date).toBe(day);
	});

	test('a logo <h1>, a masthead date and a date in words do not stand for the article\'s', () => {
		const html = asPage(ARTICLE, { publishedMeta: false })
			.replace(/<meta property="og:title"[^>]*>/, '')
			.replace('"datePublished":"2026-01-28T09:30:00+00:00"', '"datePublished":"January 28, 2026"')
			.replace('<header class="site-header">', '<header class="site-header"><h1 class="logo">The Daily Planet</h1><time datetime="2026-12-01">Today</time>')
			.replace('</head>', '<meta name="DC.date.issued" content="2026-01-28"></head>');
		const seed = parsePage('p.html', html, '2026-12-06');
		expect(seed.title).toBe(ARTICLE.title);
		expect(seed.date).toBe('2026-01-28');
	});

	test('a "saved from" comment in the body does not set the link', () => {
		const html = asPage(ARTICLE, { timeOnly: true }).replace(/<!-- saved from[^>]*-->/, '').replace('<main>', '<main><!-- saved from url=(0022)https://evil.example/x -->');
		expect(parsePage('p.html', html, '2026-11-27').url).toBeNull();
	});

	test('no date anywhere: an error that names every place looked', () => {
		const html = asPage(ARTICLE, { timeOnly: true }).replace(/<time[^>]*>[^<]*<\/time>/, '');
		const message = problem(html);
		expect(message).toMatch(/^page\.html:1: expected a publication date, found none; looked in JSON-LD/);
		for (const place of ['article:published_time', '<time datetime>', 'Dublin Core', 'parsely', 'sailthru']) expect(message).toContain(place);
	});

	test('markup nested absurdly deep is an error, not minutes of Readability', () => {
		const html = asPage(ARTICLE).replace('<div class="article-body">', `<div class="article-body">${'<div>'.repeat(2000)}`);
		expect(problem(html)).toMatch(/^page\.html:1: expected markup nested at most 500 deep, found 50\d/);
	});

	test('a page where Readability finds no article is an error', () => {
		const html = '<html><head><meta property="og:title" content="Home"><meta property="article:published_time" content="2026-01-01"></head><body><nav><a href="/">Home</a></nav></body></html>';
		expect(problem(html)).toMatch(/^page\.html:1: expected an article body that Readability can find/);
	});

	test('an unreadable date is named with its line', () => {
		const html = asPage(ARTICLE, { jsonLd: false }).replace(`content="${ARTICLE.date}T09:30:00Z"`, 'content="last Tuesday"');
		const line = html.split('\n').findIndex((l) => l.includes('content="last Tuesday"')) + 1;
		expect(line).toBeGreaterThan(1);
		expect(problem(html)).toBe(`page.html:${line}: expected a publication date such as 2026-01-28 or 2026-01-28T09:30:00+02:00, found "last Tuesday"`);
	});

	test('hostile markup: scripts, handlers and javascript: links give text only, and <base> is ignored', () => {
		const html = asPage(ARTICLE)
			.replace('<head>', '<head><base href="https://evil.example/">')
			.replace('<div class="article-body">', '<div class="article-body"><p>Officials met <img src=x onerror="alert(1)"> in <a href="javascript:alert(2)">Abu Dhabi</a> on Sunday.<script>alert(3)</script></p><iframe src="https://evil.example/"></iframe>');
		const seed = parsePage('evil.html', html, '2026-11-27');
		expect(seed.paragraphs[0]).toBe('Officials met in Abu Dhabi on Sunday.');
		expect(seed.url).toBe(ARTICLE.url);
		expect(JSON.stringify(seed)).not.toMatch(/alert|javascript:|evil\.example|onerror/);
	});
});
