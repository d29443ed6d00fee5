import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ChildProcess } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { buildAndServe } from './support/buildSite';
import { expectNoAxeViolations, watchPage } from './support/watch';

/**
 * The story at `/`: its title in the heading, `<title>` and link previews; without JavaScript, the
 * story as a list where the timeline would be (at the root and under a sub-path, as both projects
 * serve the site); with a story file, its title and standfirst everywhere the site names the story.
 */

const SEED_TITLE = 'US ‘tells Ukraine that security guarantees will only be given in return for Donbas’';

let watch: ReturnType<typeof watchPage>;
test.beforeEach(({ page, javaScriptEnabled }) => {
	watch = watchPage(page, { javaScriptEnabled });
});
test.afterEach(() => watch.assertClean());

const meta = (page: Page, property: string) => page.locator(`meta[property="${property}"]`);

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('/ shows the story as a list: headline, date in words, status and sources, by month', async ({ page }) => {
		await page.goto('./');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
		await expect(page).toHaveTitle(SEED_TITLE);
		const list = page.getByTestId('story-list');
		await expect(list).toBeVisible();
		await expect(list.getByRole('heading', { level: 3 })).toHaveText(['February 2022', 'January 2026', 'February 2026']);
		const items = list.getByTestId('story-item');
		await expect(items).toHaveCount(4);
		const sunday = items.filter({ hasText: 'Talks resume' });
		await expect(sunday.locator('time')).toHaveText('Sunday 1 February 2026');
		await expect(sunday.locator('time')).toHaveAttribute('datetime', '2026-02-01');
		await expect(sunday.getByTestId('story-status')).toHaveText('Scheduled');
		await expect(sunday.getByTestId('story-sources')).toHaveText('reported by 1 source');
		// where the timeline would be: the controls that need JavaScript are not shown
		await expect(page.getByTestId('timeline')).toBeHidden();
		await expect(page.getByTestId('search')).toBeHidden();
		await page.screenshot({ path: `test-results/story-nojs-${test.info().project.name}.png`, fullPage: true });

		// a headline opens its entry in the list view, highlighted
		await sunday.getByRole('link').click();
		await expect(page).toHaveURL(/\/list\/2026\/#event=t-/);
		await expect(page.getByTestId('list-item').filter({ hasText: 'Talks will resume on Sunday.' })).toHaveCSS('outline-style', 'solid');
		await page.goBack();
		await page.getByTestId('story-list-all').click();
		await expect(page).toHaveURL(/\/list\/$/);
		await expect(page.getByTestId('list-item')).toHaveCount(4);
	});
});

// axe needs JavaScript: it checks the page as a reader without it gets it, served with its scripts
// taken out and its <noscript> opened
test('the story as a list passes axe, light and dark', async ({ page }) => {
	await page.route(
		(url) => !/\.(js|json|css|svg)$/.test(url.pathname),
		async (route) => {
			if (route.request().resourceType() !== 'document') return route.continue();
			const response = await route.fetch();
			const html = (await response.text())
				.replace(/<script\b[\s\S]*?<\/script>/g, '')
				.replace(/<link[^>]*rel="modulepreload"[^>]*>/g, '')
				.replace(/<noscript>/g, '<div>')
				.replace(/<\/noscript>/g, '</div>');
			await route.fulfill({ response, body: html });
		}
	);
	await page.goto('./');
	await expect(page.getByTestId('story-item')).toHaveCount(4);
	await expect(page.getByTestId('timeline')).toBeHidden();
	await expectNoAxeViolations(page, 'the story as a list');
	await page.emulateMedia({ colorScheme: 'dark' });
	await expectNoAxeViolations(page, 'the story as a list, dark');
});

test('with JavaScript the timeline stands where the list would be, and the list is not shown', async ({ page }) => {
	await page.goto('./');
	await expect(page.getByTestId('timeline')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
	await expect(page.getByTestId('story-item')).toHaveCount(0);
	await expect(page.getByText('The events, by month')).toBeHidden();
	await expect(meta(page, 'og:title')).toHaveAttribute('content', SEED_TITLE);
	await expect(meta(page, 'og:description')).toHaveAttribute('content', 'A timeline of 4 dated events from 1 news article.');
	await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', 'A timeline of 4 dated events from 1 news article.');
});

test.describe('a story file', () => {
	const PORT = Number(process.env.PW_PORT ?? 4180) + 3;
	let server: ChildProcess | undefined;
	/** The one-file export the build wrote, as its summary names it. */
	let single = '';
	const STORY = '---\ntitle: "Ukraine: the talks & the guarantees"\nstandfirst: Who met, where, and what the US asked for <in return>\n---\n';

	test.beforeAll(async ({}, info) => {
		info.skip(info.project.name !== 'root', 'one build of these seeds is enough');
		test.setTimeout(240_000);
		const seeds = mkdtempSync(join(tmpdir(), 'story-seeds-'));
		for (const f of readdirSync('seeds')) copyFileSync(join('seeds', f), join(seeds, f));
		writeFileSync(join(seeds, 'story.md'), STORY);
		let summary: string;
		({ server, summary } = await buildAndServe(seeds, PORT));
		single = /wrote (\S+timeline\.html)/.exec(summary)![1]!;
	});
	test.afterAll(() => {
		server?.kill();
	});

	test('sets the title and standfirst of the page, the list pages and the one-file export, as text', async ({ page }) => {
		const title = 'Ukraine: the talks & the guarantees';
		const standfirst = 'Who met, where, and what the US asked for <in return>';
		await page.goto(`http://127.0.0.1:${PORT}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		await expect(page).toHaveTitle(title);
		await expect(page.getByTestId('story-standfirst')).toHaveText(standfirst);
		await expect(meta(page, 'og:title')).toHaveAttribute('content', title);
		await expect(meta(page, 'og:description')).toHaveAttribute('content', standfirst);
		// the story file is not an article
		await expect(page.getByText('4 dated events from 1 article')).toBeVisible();
		await expectNoAxeViolations(page, 'timeline page with a story file');

		await page.goto(`http://127.0.0.1:${PORT}/list/`);
		await expect(page).toHaveTitle(`${title}: the events as a list`);
		await page.goto(`http://127.0.0.1:${PORT}/list/2026/`);
		await expect(page).toHaveTitle(`${title}: events of 2026`);
		await expect(page.getByTestId('list-story')).toHaveText(title);

		await page.goto(pathToFileURL(single).href);
		await expect(page).toHaveTitle(title);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	});
});
