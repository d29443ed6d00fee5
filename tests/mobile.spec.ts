import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, openTimeline, sundayMark, watchPage } from './support/watch';

/** The main flows on a phone: 390 px wide, touch. Controls of the search and list are at least 24 px. */

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

let watch: ReturnType<typeof watchPage>;
test.beforeEach(({ page }) => {
	watch = watchPage(page);
});
test.afterEach(() => watch.assertClean());

async function noSidewaysScroll(page: Page) {
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

/** Every visible target in `scope` is at least 24 × 24 CSS px (WCAG 2.5.8). */
async function expectTargets(scope: Locator, what: string) {
	const small = await scope.evaluateAll((els) =>
		els
			.map((el) => ({ el, r: el.getBoundingClientRect() }))
			.filter(({ r }) => r.width > 0 && r.height > 0 && (r.width < 24 || r.height < 24))
			.map(({ el, r }) => `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 30)}” ${Math.round(r.width)}×${Math.round(r.height)}`)
	);
	expect(small, what).toEqual([]);
}

test('tap a mark to open its card, then the reader', async ({ page }) => {
	await openTimeline(page);
	await sundayMark(page).tap();
	const card = page.getByTestId('card');
	await expect(card.getByTestId('card-when')).toHaveText('Sunday 1 February 2026');
	await expect(card.getByTestId('card-sentence').first()).toHaveText('Talks will resume on Sunday.');
	await noSidewaysScroll(page);
	await page.screenshot({ path: 'test-results/mobile-card.png', fullPage: true });
	await card.getByRole('button', { name: 'Read the article' }).tap();
	const reader = page.getByTestId('reader');
	await expect(reader).toContainText('Talks will resume on Sunday.');
	await reader.getByRole('heading', { level: 2 }).scrollIntoViewIfNeeded();
	await noSidewaysScroll(page);
	await page.screenshot({ path: 'test-results/mobile-reader.png', fullPage: true });
});

test('search by touch: type, tap a result, the card opens', async ({ page }) => {
	await openTimeline(page);
	await expectTargets(page.getByTestId('search').locator('input, select, button, a'), 'search controls');
	await expectTargets(page.locator('nav.views a'), 'view links');
	const box = page.getByRole('searchbox', { name: 'Search events' });
	await box.tap();
	await box.pressSequentially('sunday', { delay: 30 });
	const result = page.getByTestId('search-result');
	await expect(result).toHaveText(['Talks resume between United States, Russia and Ukraine']);
	await expectTargets(page.getByTestId('search').locator('input, select, a, button'), 'search filters and results');
	await noSidewaysScroll(page);
	await page.screenshot({ path: 'test-results/mobile-search.png', fullPage: true });
	await expectNoAxeViolations(page, 'search on a phone');
	await result.tap();
	await expect(page.getByTestId('card-when')).toHaveText('Sunday 1 February 2026');
});

test('the list view is readable on a phone', async ({ page }) => {
	await openTimeline(page);
	await page.getByRole('link', { name: 'List view' }).tap();
	await expect(page.getByTestId('list-index')).toBeVisible();
	// the seed's 4 events are listed on the index itself
	const sunday = page.getByTestId('list-item').filter({ hasText: 'Talks will resume on Sunday.' });
	await expect(sunday.getByTestId('list-when')).toHaveText('Sunday 1 February 2026');
	await expect(sunday.locator('mark')).toHaveText('Sunday');
	await noSidewaysScroll(page);
	await expectTargets(page.locator('main a'), 'list links');
	await page.screenshot({ path: 'test-results/mobile-list.png', fullPage: true });
	await expectNoAxeViolations(page, 'list on a phone');
	await sunday.getByRole('link', { name: /Show on the timeline/ }).tap();
	await expect(page.getByTestId('card-when')).toHaveText('Sunday 1 February 2026');
});
