import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, openTimeline, sundayMark, watchPage } from './support/watch';

/**
 * The list view (list/, list/<year>/), prerendered: the seed's events in date order, grouped by
 * month, readable without JavaScript, printable, and linked both ways with the timeline.
 */

let watch: ReturnType<typeof watchPage>;
test.beforeEach(({ page, javaScriptEnabled }) => {
	watch = watchPage(page, { javaScriptEnabled });
});
test.afterEach(() => watch.assertClean());

const sundayItem = (page: Page) => page.getByTestId('list-item').filter({ hasText: 'Talks will resume on Sunday.' });

test('the list index of a small story shows its events, by month, and its title', async ({ page }) => {
	await page.goto('./list/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('US ‘tells Ukraine that security guarantees will only be given in return for Donbas’: the events as a list');
	await expect(page).toHaveTitle(/: the events as a list$/);
	// 4 events fit one page: no links to years to follow first
	await expect(page.getByTestId('list-page-link')).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(['February 2022', 'January 2026', 'February 2026']);
	await expect(page.getByTestId('list-item')).toHaveCount(4);
	await expect(sundayItem(page).getByTestId('list-link')).toHaveAttribute('href', /^\.\.\/#event=t-/);
	await expect(page.getByText('4 dated events from 1 article')).toBeVisible();
	await expectNoAxeViolations(page, 'list index');
	await page.goto('./list/2026/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('2026');
	await expect(page.getByTestId('list-story')).toHaveText(/^US ‘tells Ukraine/);
});

test('a year page shows each event with date, status, place, parties and the marked sentence', async ({ page }) => {
	await page.goto('./list/2026/');
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(['January 2026', 'February 2026']);
	const items = page.getByTestId('list-item');
	await expect(items).toHaveCount(3);
	// in date order: Tuesday's interview, the talks held on or before 28 January, Sunday's talks
	await expect(items.getByTestId('list-when')).toHaveText(['Tuesday 27 January 2026', 'on or before 28 January 2026', 'Sunday 1 February 2026']);

	const sunday = sundayItem(page);
	await expect(sunday.getByTestId('list-status')).toHaveText('Scheduled');
	await expect(sunday.getByRole('heading', { level: 3 })).toContainText('Talks resume');
	await expect(sunday.getByTestId('list-parties')).toHaveText(/United States.*Russia.*Ukraine/);
	await expect(sunday.getByTestId('list-sentence')).toHaveText('Talks will resume on Sunday.');
	await expect(sunday.locator('mark')).toHaveText('Sunday');
	const id = await sunday.getAttribute('data-id');
	await expect(sunday.getByTestId('list-link')).toHaveAttribute('href', `../../#event=${id}`);

	const held = items.filter({ hasText: 'on or before 28 January 2026' });
	await expect(held.getByTestId('list-status')).toHaveText('Held');
	await expect(held.getByTestId('list-place')).toHaveText('Abu Dhabi');
	await expect(held).toContainText('Talks');

	await page.screenshot({ path: 'test-results/list.png', fullPage: true });
	await expectNoAxeViolations(page, 'list 2026');
	await page.emulateMedia({ colorScheme: 'dark' });
	await expectNoAxeViolations(page, 'list 2026, dark');
});

test('the 2022 page has the invasion, its date expression marked', async ({ page }) => {
	await page.goto('./list/2022/');
	const item = page.getByTestId('list-item');
	await expect(item).toHaveCount(1);
	await expect(item.getByTestId('list-when')).toHaveText('February 2022');
	await expect(item.getByRole('heading', { level: 3 })).toHaveText('Invasion begins');
	await expect(item.locator('mark')).toHaveText('February 2022');
	await expect(page.getByRole('link', { name: /2026/ })).toHaveAttribute('href', '../2026/');
});

test('timeline → list → timeline keeps the selected event', async ({ page }) => {
	await openTimeline(page);
	await sundayMark(page).click();
	await expect(page.getByTestId('card-when')).toHaveText('Sunday 1 February 2026');
	const id = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('event');
	expect(id).toBeTruthy();

	await page.getByRole('link', { name: 'List view' }).click();
	// the index lists every event of this small story: the browser scrolls to it there
	await expect(page).toHaveURL(new RegExp(`/list/#event=${id}$`));
	const item = sundayItem(page);
	await expect(item).toBeInViewport();
	await expect(item).toHaveCSS('outline-style', 'solid');
	await page.screenshot({ path: 'test-results/list-selected.png' });

	await item.getByRole('link', { name: /Show on the timeline/ }).click();
	await expect(page.getByTestId('card-when')).toHaveText('Sunday 1 February 2026');
	expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('event')).toBe(id);
});

test('the list index says so when the event is unknown', async ({ page }) => {
	await page.goto('./list/#event=no-such-event');
	await expect(page.getByTestId('list-status-line')).toHaveText('Event “no-such-event” is not in this list.');
});

test('prints as a plain reading page', async ({ page }) => {
	await page.goto('./list/2026/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation')).toBeHidden();
	await expect(page.getByTestId('list-item')).toHaveCount(3);
	await expect(sundayItem(page)).toBeVisible();
	await expect(sundayItem(page)).toHaveCSS('break-inside', 'avoid');
	await page.pdf({ path: 'test-results/list.pdf', format: 'A4' });
});

test('an open card and reader print without the controls', async ({ page }) => {
	await openTimeline(page);
	await sundayMark(page).click();
	await page.getByRole('button', { name: 'Read the article' }).click();
	await expect(page.getByTestId('reader')).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByTestId('reader')).toBeVisible();
	await expect(page.getByTestId('card')).toBeVisible();
	await expect(page.getByTestId('timeline').locator('.plot')).toBeHidden();
	await expect(page.getByTestId('search')).toBeHidden();
	await page.pdf({ path: 'test-results/reader.pdf', format: 'A4' });
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the list is readable and #event=ID scrolls to and highlights the event', async ({ page }) => {
		await page.goto('./list/2026/');
		const sunday = sundayItem(page);
		await expect(sunday.getByTestId('list-when')).toHaveText('Sunday 1 February 2026');
		await expect(sunday.locator('mark')).toHaveText('Sunday');
		const id = await sunday.getAttribute('data-id');
		await page.setViewportSize({ width: 800, height: 300 });
		await page.goto(`./list/2026/#event=${id}`);
		await expect(sundayItem(page)).toBeInViewport();
		await expect(sundayItem(page)).toHaveCSS('outline-style', 'solid');
		await page.goto('./list/');
		await expect(page.getByTestId('list-item')).toHaveCount(4);
		await expect(page.getByTestId('list-item').first()).toContainText('Invasion begins');
		await page.screenshot({ path: 'test-results/list-nojs.png', fullPage: true });
	});
});
