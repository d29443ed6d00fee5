/**
 * The same article written in every seed format, for tests that check a page, a feed item and a
 * JSON Lines record give what the text seed gives. Written here, not copied from real sites: the
 * page carries the furniture real news pages have (navigation, cookie banner, share buttons, an
 * advertisement, related links, newsletter box, comments, a caption, a pull quote, JSON-LD).
 */
export interface ArticleForm {
	date: string;
	title: string;
	standfirst: string;
	paragraphs: string[];
	url: string;
	source: string;
	author: string;
}

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The text seed: `date YYYY-MM-DD Title`, the standfirst, then one paragraph a line. */
export function asText(a: ArticleForm): string {
	return [`date ${a.date} ${a.title}`, a.standfirst, ...a.paragraphs].join('\n') + '\n';
}

/** A news page as a browser's "Save page as… HTML only" writes it, with JSON-LD and its furniture. */
export function asPage(a: ArticleForm, options: { jsonLd?: boolean; publishedMeta?: boolean; timeOnly?: boolean } = {}): string {
	const { jsonLd = true, publishedMeta = true, timeOnly = false } = options;
	const ld = {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: a.title,
		datePublished: `${a.date}T09:30:00+00:00`,
		author: [{ '@type': 'Person', name: a.author }],
		publisher: { '@type': 'Organization', name: a.source },
		mainEntityOfPage: a.url
	};
	const body = a.paragraphs.map((p, i) =>
		i === 2
			? `<p>${esc(p)}</p>\n<figure><img src="/photo.jpg" alt=""><figcaption>Delegations arrive in Abu Dhabi on Friday. Photo: Agency</figcaption></figure>\n<blockquote class="pull-quote">Testing how flexible each other's red lines really are</blockquote>`
			: `<p>${esc(p)}</p>`
	);
	return `<!DOCTYPE html>
<!-- saved from url=(0040)${a.url} -->
<html lang="en"><head><meta charset="utf-8">
<title>${esc(a.title)} | ${esc(a.source)}</title>
${timeOnly ? '' : `<meta property="og:title" content="${esc(a.title)}">
<meta property="og:site_name" content="${esc(a.source)}">
<meta property="og:description" content="${esc(a.standfirst)}">
<meta name="author" content="${esc(a.author)}">
<link rel="canonical" href="${esc(new URL(a.url).pathname)}">
<meta property="og:url" content="${esc(a.url)}">`}
${publishedMeta && !timeOnly ? `<meta property="article:published_time" content="${a.date}T09:30:00Z">` : ''}
${jsonLd && !timeOnly ? `<script type="application/ld+json">${JSON.stringify(ld)}</script>` : ''}
<script src="/analytics.js"></script>
<style>body { font-family: serif }</style>
</head>
<body>
<div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience on our site.</p><button>Accept all cookies</button></div>
<header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/europe">Europe</a> <a href="/politics">Politics</a></nav></header>
<main>
<article>
<header><h1>${esc(a.title)}</h1>
<p class="byline">By ${esc(a.author)}</p>
${timeOnly ? `<time datetime="${a.date}T23:30:00-05:00">${a.date}</time>` : ''}
<ul class="share-buttons"><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on X</a></li></ul>
</header>
<div class="article-body">
${body.join('\n')}
<div class="ad-slot" aria-label="Advertisement"><p>Advertisement</p><p>Book your winter holiday now with our partners.</p></div>
</div>
<aside class="newsletter-signup"><h2>Sign up to our daily briefing</h2><p>The news you need every morning, straight to your inbox.</p></aside>
</article>
<section class="related-stories"><h2>Related</h2><ul><li><a href="/a">Kremlin says talks with Kyiv must go on</a></li><li><a href="/b">Zelensky meets European leaders in Paris</a></li></ul></section>
<section id="comments"><h2>Comments</h2><div class="comment"><p>Great article, thanks for the analysis of these talks!</p></div></section>
</main>
<footer><p>© ${esc(a.source)} 2026. All rights reserved.</p></footer>
</body></html>
`;
}

/** An RSS 2.0 feed whose one item is the article (`description` the standfirst, `content:encoded` the body). */
export function asRss(items: ArticleForm[], channel = 'World news'): string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>${esc(channel)}</title>
<link>https://example.org/</link>
<description>Latest stories</description>
${items
	.map(
		(a) => `<item>
<title>${esc(a.title)}</title>
<link>${esc(a.url)}</link>
<guid isPermaLink="true">${esc(a.url)}</guid>
<pubDate>${rfc822(a.date)}</pubDate>
<dc:creator>${esc(a.author)}</dc:creator>
<description>${esc(a.standfirst)}</description>
<content:encoded><![CDATA[${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}]]></content:encoded>
</item>`
	)
	.join('\n')}
</channel>
</rss>
`;
}

/** An Atom feed of the articles (`summary` the standfirst, `content type="html"` the body). */
export function asAtom(items: ArticleForm[], title = 'World news'): string {
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>${esc(title)}</title>
<id>https://example.org/feed</id>
<updated>2026-01-30T00:00:00Z</updated>
${items
	.map(
		(a) => `<entry>
<title>${esc(a.title)}</title>
<link rel="alternate" href="${esc(a.url)}"/>
<id>${esc(a.url)}</id>
<published>${a.date}T09:30:00+02:00</published>
<updated>${a.date}T12:00:00+02:00</updated>
<author><name>${esc(a.author)}</name></author>
<summary>${esc(a.standfirst)}</summary>
<content type="html">${esc(a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join(''))}</content>
</entry>`
	)
	.join('\n')}
</feed>
`;
}

/** JSON Lines: one object per article, the body as `text`, one paragraph a line. */
export function asJsonLines(items: ArticleForm[]): string {
	return items.map((a) => JSON.stringify({ title: a.title, date: a.date, standfirst: a.standfirst, text: a.paragraphs.join('\n'), url: a.url, source: a.source, author: a.author })).join('\n') + '\n';
}

function rfc822(day: string): string {
	const d = new Date(`${day}T09:30:00Z`);
	return d.toUTCString().replace('GMT', '+0000');
}
