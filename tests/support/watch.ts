import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Collects console errors and warnings, page errors, failed requests and HTTP errors of a page,
 * as tests/timeline.spec.ts does; `assertClean()` fails the test when any happened.
 */
export function watchPage(page: Page, { javaScriptEnabled = true } = {}): { problems: string[]; assertClean: () => void } {
	const problems: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
	page.on('requestfailed', (r) => {
		const error = r.failure()?.errorText ?? '';
		// with JavaScript off, Chromium refuses the page's script preloads (reported as "csp"): expected
		if (!javaScriptEnabled && error === 'csp' && r.url().endsWith('.js')) return;
		if (!error.includes('ERR_ABORTED')) problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`);
	});
	page.on('response', (r) => {
		if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
	});
	return { problems, assertClean: () => expect(problems, 'console errors, failed requests or warnings').toEqual([]) };
}

/** Axe on the page as it is: no violation of any impact. */
export async function expectNoAxeViolations(page: Page, what: string) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	expect(
		violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
		what
	).toEqual([]);
}

/** The timeline page, hydrated. */
export async function openTimeline(page: Page, hash = '') {
	await page.goto(`./${hash}`);
	await expect(page.getByTestId('timeline')).toBeVisible();
	await page.waitForFunction(() => document.querySelector('[data-testid="timeline"]')?.getAttribute('data-hydrated') === 'true');
}

export const SUNDAY = /Sunday 1 February 2026/;
export const sundayMark = (page: Page) => page.locator('button.mark').and(page.getByRole('button', { name: SUNDAY }));
