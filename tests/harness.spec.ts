import { expect, test } from '@playwright/test';

/**
 * The browser these tests and the benchmarks drive (scripts/lib/chromiumArgs.ts): its windows must not
 * load the address bar's hidden pages, which cost about 1.5 s of CPU beside every page under test.
 */
test('the browser loads no hidden pages of its own beside the page under test', async ({ browser, page }, info) => {
	info.skip(info.project.name !== 'root', 'a property of the browser, not of the site');
	await page.goto('./');
	await expect(page.getByTestId('timeline')).toBeVisible();
	const cdp = await browser.newBrowserCDPSession();
	const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{}] });
	const urls = targetInfos.filter((t) => t.type !== 'page' && t.type !== 'tab').map((t) => `${t.type} ${t.url}`);
	expect(urls).toEqual([]);
	expect(targetInfos.filter((t) => t.type === 'page').map((t) => t.url)).toEqual([page.url()]);
});
