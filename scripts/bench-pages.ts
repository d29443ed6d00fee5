/**
 * `npm run bench:pages [-- --pages N] [--kb K]`
 *
 * How fast saved web pages are read: writes N generated news pages of about K KB each (default
 * 1,000 of 150 KB: an article of about 600 words inside the markup a news site wraps it in: inline
 * scripts and styles, navigation, related links, comments, JSON-LD) to a temporary folder, then
 * reads them as the build does (`loadTimeline`, on worker threads) and prints the time, the rate and
 * the peak memory. The pages are made by tests/support/articleForms.ts from the benchmark corpus's
 * articles (scripts/lib/corpusArticle.ts), so every run reads the same bytes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asPage } from '../tests/support/articleForms.ts';
import { parseTextSeed } from '../src/lib/ingest/parseSeed.ts';
import { formatSummary, loadTimeline } from '../src/lib/server/seeds.ts';
import { createArticle } from './lib/corpusArticle.ts';
import { createWorld } from './lib/corpusWorld.ts';

function arg(argv: string[], name: string, fallback: number): number {
	const i = argv.indexOf(name);
	const value = i >= 0 ? Number(argv[i + 1]) : fallback;
	if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} expects a positive whole number`);
	return value;
}

/** Markup a news site puts around an article, about `bytes` long: what Readability has to wade through. */
function furniture(i: number, bytes: number): { head: string; tail: string } {
	const menu = Array.from({ length: 120 }, (_, k) => `<li class="menu-item"><a href="/section/${k}" data-track="nav-${k}">Section ${k}</a></li>`).join('');
	const related = Array.from({ length: 30 }, (_, k) => `<li><a href="/story/${i}-${k}"><img src="/img/${k}.jpg" alt=""><span>Related story number ${k} about the talks</span></a></li>`).join('');
	const comments = Array.from({ length: 20 }, (_, k) => `<div class="comment"><p class="comment-author">Reader ${k}</p><p>Comment ${k}: I have been following these talks for months and this is an interesting turn.</p></div>`).join('');
	const head = `<style>${'.c{margin:0;padding:0;color:#222}'.repeat(200)}</style><script>window.__STATE__=${JSON.stringify({ ads: Array.from({ length: 200 }, (_, k) => ({ slot: k, size: [300, 250] })) })}</script>`;
	let tail = `<nav class="site-nav"><ul>${menu}</ul></nav><section class="related"><ul>${related}</ul></section><section id="comments">${comments}</section>`;
	const used = head.length + tail.length;
	if (used < bytes) tail += `<script>/* ${'x'.repeat(bytes - used)} */</script>`;
	return { head, tail };
}

async function main(argv: string[]): Promise<void> {
	const pages = arg(argv, '--pages', 1000);
	const kb = arg(argv, '--kb', 150);
	const dir = mkdtempSync(join(tmpdir(), 'bench-pages-'));
	const world = createWorld(1);
	let bytes = 0;
	try {
		for (let i = 0; i < pages; i++) {
			const a = createArticle(world, 1, i);
			const seed = parseTextSeed(`${i}.txt`, a.text);
			const page = asPage({ ...seed, url: `https://news.example.org/story/${i}`, source: 'The Example Times', author: 'Jane Reporter' });
			const bare = page.length;
			const { head, tail } = furniture(i, kb * 1024 - bare);
			const html = page.replace('</head>', `${head}</head>`).replace('</main>', `</main>${tail}`);
			bytes += Buffer.byteLength(html);
			writeFileSync(join(dir, `page-${String(i).padStart(5, '0')}.html`), html);
		}
		// every page read afresh: the same bytes at the same paths would come from the extraction cache
		process.env.EXTRACT_CACHE = '0';
		const t0 = performance.now();
		const report = await loadTimeline(dir, { skipInvalid: false });
		const seconds = (performance.now() - t0) / 1000;
		const peak = process.resourceUsage().maxRSS / 1024;
		console.log(formatSummary(report));
		console.log(
			`bench:pages: ${pages} pages, ${(bytes / pages / 1024).toFixed(0)} KB each (${(bytes / 1e6).toFixed(0)} MB), read in ${seconds.toFixed(1)} s ` +
				`(${(pages / seconds).toFixed(0)} pages/s), peak memory ${peak.toFixed(0)} MB`
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

await main(process.argv.slice(2));
