import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, openTimeline, watchPage } from './support/watch';

/**
 * The search box and filters over the static index (search/*.json): answers as you type, lists
 * results that open the timeline's card, keeps its state in the URL hash, and loads the index in pieces.
 */

let watch: ReturnType<typeof watchPage>;
test.beforeEach(({ page }) => {
	watch = watchPage(page);
});
test.afterEach(() => watch.assertClean());

const results = (page: Page) => page.getByTestId('search-result');
const hashParams = (page: Page) => new URLSearchParams(new URL(page.url()).hash.slice(1));

test('typing finds the talks in Abu Dhabi and a result opens its card', async ({ page }, info) => {
	const requested: string[] = [];
	page.on('request', (r) => {
		const m = /\/search\/([^/]+\.json)$/.exec(r.url());
		if (m) requested.push(m[1]!);
	});
	await openTimeline(page);
	const box = page.getByRole('searchbox', { name: 'Search events' });
	await box.pressSequentially('abu dh', { delay: 30 });
	await expect(results(page)).toHaveText(['Trilateral peace talks held in Abu Dhabi']);
	await expect(page.getByTestId('search-summary')).toHaveText('1 event matches.');
	await expect(page.getByTestId('search-results')).toContainText('on or before 28 January 2026');
	await expect(page.getByTestId('search-results')).toContainText('Held');
	await expect.poll(() => hashParams(page).get('q')).toBe('abu dh');
	// the index arrives in pieces: the table, the two word shards, one chunk of events
	expect(requested).toContain('meta.json');
	expect(requested.filter((f) => f.startsWith('s-')).sort()).toEqual(['s-ab.json', 's-dh.json']);
	expect(requested.length).toBeLessThanOrEqual(5);
	await page.screenshot({ path: 'test-results/search.png', fullPage: true });
	await expectNoAxeViolations(page, 'search results');

	await results(page).first().click();
	const card = page.getByTestId('card');
	await expect(card.getByTestId('card-when')).toHaveText('on or before 28 January 2026');
	await expect(card).toContainText('Abu Dhabi');
	expect(hashParams(page).get('event')).toBeTruthy();
	expect(hashParams(page).get('q')).toBe('abu dh');
	await page.screenshot({ path: `test-results/${info.project.name}-search-card.png`, fullPage: true });
});

test('words from sentences, people and parties are found; nothing is found for nonsense', async ({ page }) => {
	await openTimeline(page);
	const box = page.getByRole('searchbox', { name: 'Search events' });
	await box.fill('invasion');
	// the talks' sources also mention the invasion: both, in date order
	await expect(results(page)).toHaveText(['Invasion begins', 'Trilateral peace talks held in Abu Dhabi']);
	await expect(page.getByTestId('search-results')).toContainText('February 2022');
	await box.fill('resume sunday');
	await expect(results(page)).toHaveText(['Talks resume between United States, Russia and Ukraine']);
	await expect(page.getByTestId('search-results')).toContainText('Sunday 1 February 2026');
	await box.fill('Kostyukov');
	await expect(results(page)).toHaveText(['Trilateral peace talks held in Abu Dhabi']);
	await box.fill('zzzzqx');
	await expect(page.getByTestId('search-summary')).toHaveText('No events match.');
	await expect(results(page)).toHaveCount(0);
	await page.getByRole('button', { name: 'Clear' }).click();
	await expect(box).toHaveValue('');
	await expect(page.getByTestId('search-summary')).toBeHidden();
	expect(hashParams(page).get('q')).toBeNull();
});

test('filters by kind, status, party and place, kept in the hash across a reload', async ({ page }) => {
	const requested: string[] = [];
	page.on('request', (r) => requested.push(new URL(r.url()).pathname));
	await openTimeline(page);
	// the filters, results and index load when a reader reaches for the search, not with the page
	await expect(page.getByTestId('search-kind')).toHaveCount(0);
	expect(requested.filter((p) => p.includes('/search/'))).toEqual([]);
	await page.getByRole('searchbox', { name: 'Search events' }).focus();
	await page.getByTestId('search-kind').selectOption('talks');
	await expect(results(page)).toHaveCount(2);
	await page.getByTestId('search-status').selectOption('scheduled');
	await expect(results(page)).toHaveText(['Talks resume between United States, Russia and Ukraine']);
	await page.getByTestId('search-status').selectOption('');
	await page.getByTestId('search-place').selectOption('Abu Dhabi');
	await expect(results(page)).toHaveText(['Trilateral peace talks held in Abu Dhabi']);
	await page.getByTestId('search-party').selectOption('Russia');
	await expect(results(page)).toHaveCount(1);
	await expect.poll(() => hashParams(page).get('place')).toBe('Abu Dhabi');
	expect(hashParams(page).get('kind')).toBe('talks');
	expect(hashParams(page).get('party')).toBe('Russia');
	await expectNoAxeViolations(page, 'filters set');

	await page.reload();
	await expect(page.getByTestId('search-kind')).toHaveValue('talks');
	await expect(page.getByTestId('search-place')).toHaveValue('Abu Dhabi');
	await expect(results(page)).toHaveText(['Trilateral peace talks held in Abu Dhabi']);
	await page.emulateMedia({ colorScheme: 'dark' });
	await expectNoAxeViolations(page, 'filters set, dark');
});

test('a search whose code cannot load says so, and the box can be cleared', async ({ page }) => {
	await openTimeline(page);
	// the page's own scripts are loaded; what a search would load next fails (offline, or a new build)
	await page.route('**/_app/immutable/**/*.js', (route) => route.abort('aborted'));
	const box = page.getByRole('searchbox', { name: 'Search events' });
	await box.fill('talks');
	await expect(page.getByTestId('search').getByRole('status')).toHaveText('The search index could not be loaded.');
	await page.getByRole('button', { name: 'Clear' }).click();
	await expect(box).toHaveValue('');
	await expect(box).toBeFocused();
});

test('a shared link with a query shows its results', async ({ page }) => {
	await openTimeline(page, '#q=talks&status=held');
	await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('talks');
	await expect(results(page)).toHaveText(['Trilateral peace talks held in Abu Dhabi']);
});

test('"Show all on the timeline" fits the view to every match and highlights them', async ({ page }) => {
	await openTimeline(page);
	await page.getByRole('searchbox', { name: 'Search events' }).fill('invasion');
	await expect(results(page)).toHaveCount(2);
	await expect(page.getByTestId('search-summary')).toHaveText('2 events match.');
	// the page opens on the news: the invasion (February 2022) is not in view
	const invasion = page.locator('button.mark').and(page.getByRole('button', { name: /February 2022/ }));
	await expect(invasion).toHaveCount(0);
	await page.getByRole('button', { name: 'Show all on the timeline' }).click();
	const tl = page.getByTestId('timeline');
	await expect.poll(async () => (await tl.getAttribute('data-from'))! <= '2022-02-01').toBe(true);
	await expect.poll(async () => (await tl.getAttribute('data-to'))! >= '2026-01-29').toBe(true);
	await expect(invasion).toHaveCount(1);
	await expect(invasion).not.toHaveClass(/dimmed/);
	// the events that do not match are dimmed
	await expect(page.locator('button.mark').and(page.getByRole('button', { name: /Tuesday 27 January 2026/ }))).toHaveClass(/dimmed/);
});

