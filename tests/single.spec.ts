import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { sundayMark, watchPage } from './support/watch';

/**
 * The one-file export (`npm run build:single` → build/timeline.html), opened from file:// with no
 * server: the seed's events show, a card and the reader open, and nothing is requested from a network.
 */

const FILE = resolve('build/timeline.html');
const SEED_TITLE = 'US ‘tells Ukraine that security guarantees will only be given in return for Donbas’';

test.beforeAll(() => {
	// `npm test` builds the site; the export is built here when it is missing or older than the site
	const site = resolve('build/index.html');
	if (!existsSync(FILE) || (existsSync(site) && statSync(site).mtimeMs > statSync(FILE).mtimeMs))
		execFileSync('node_modules/.bin/tsx', ['scripts/build-single.ts'], { stdio: 'inherit', timeout: 180_000 });
});

test('build/timeline.html opens from file:// with no network and shows the seed', async ({ page }, info) => {
	info.skip(info.project.name !== 'root', 'one file, no server: once is enough');
	const watch = watchPage(page);
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));

	await page.goto(pathToFileURL(FILE).href);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
	await expect(page).toHaveTitle(SEED_TITLE);
	await expect(page.locator('[data-lane="talks"] button.mark')).toHaveCount(2);
	// it opens on the news; the background date shows with every date
	await expect(page.locator('button.mark').and(page.getByRole('button', { name: /February 2022/ }))).toHaveCount(0);
	await page.getByRole('button', { name: 'All dates' }).click();
	await expect(page.locator('button.mark').and(page.getByRole('button', { name: /February 2022/ }))).toHaveCount(1);

	await sundayMark(page).click();
	const card = page.getByTestId('card');
	await expect(card.getByTestId('card-when')).toHaveText('Sunday 1 February 2026');
	await expect(card.getByTestId('card-sentence').first()).toHaveText('Talks will resume on Sunday.');
	await expect(card.getByTestId('card-sentence').first().locator('mark')).toHaveText('Sunday');
	await expect(page).toHaveURL(/#event=/);
	await page.getByRole('button', { name: 'Read the article' }).click();
	await expect(page.getByTestId('reader')).toContainText('since the invasion began in February 2022');
	await page.screenshot({ path: 'test-results/single.png', fullPage: true });

	// a deep link into the file works too
	const id = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('event');
	await page.goto(`${pathToFileURL(FILE).href}#event=${id}`);
	await expect(page.getByTestId('card-when')).toHaveText('Sunday 1 February 2026');

	expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), 'network requests').toEqual([]);
	watch.assertClean();
});

test('the one file searches and lists the story, with no network', async ({ page }, info) => {
	info.skip(info.project.name !== 'root', 'one file, no server: once is enough');
	const watch = watchPage(page);
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	await page.goto(pathToFileURL(FILE).href);

	// search, from the index compiled into the file
	const box = page.getByRole('searchbox', { name: 'Search events' });
	await box.fill('abu dh');
	await expect(page.getByTestId('search-result')).toHaveText(['Trilateral peace talks held in Abu Dhabi']);
	await expect(page.getByTestId('search-summary')).toHaveText('1 event matches.');
	await box.fill('Kostyukov');
	await expect(page.getByTestId('search-result')).toHaveText(['Trilateral peace talks held in Abu Dhabi']);
	await page.getByTestId('search-result').click();
	await expect(page.getByTestId('card-when')).toHaveText('on or before 28 January 2026');
	await page.getByRole('button', { name: 'Clear' }).click();

	// the list, by month, in date order
	await page.getByTestId('single-view-list').click();
	const list = page.getByTestId('single-list');
	await expect(page.getByTestId('timeline')).toBeHidden();
	await expect(page.getByTestId('single-list-page')).toHaveText(['2022', '2026']);
	await expect(list.getByTestId('list-item')).toHaveText([/Invasion begins/]);
	await page.getByTestId('single-list-page').filter({ hasText: '2026' }).click();
	await expect(list.getByRole('heading', { level: 2 })).toHaveText(['January 2026', 'February 2026']);
	await expect(list.getByTestId('list-when')).toHaveText(['Tuesday 27 January 2026', 'on or before 28 January 2026', 'Sunday 1 February 2026']);
	await page.screenshot({ path: 'test-results/single-list.png', fullPage: true });

	// an entry's link opens it on the timeline
	await list.getByTestId('list-item').filter({ hasText: 'Talks will resume on Sunday.' }).getByTestId('list-link').click();
	await expect(page.getByTestId('timeline')).toBeVisible();
	await expect(page.getByTestId('card-when')).toHaveText('Sunday 1 February 2026');

	expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), 'network requests').toEqual([]);
	watch.assertClean();
});
