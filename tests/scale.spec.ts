import { expect, test, type Page } from '@playwright/test';

/**
 * The flows of timeline.spec.ts on a large archive (skipped on the small seed story): run against a
 * site built from a generated corpus, e.g.
 * `npm run gen:corpus -- --articles 10000 --out /tmp/c10k && SEEDS_DIR=/tmp/c10k BUILD_DIR=/tmp/site10k npm run build`
 * then `PW_SITE=/tmp/site10k npx playwright test tests/scale.spec.ts`.
 */

interface Index {
	counts: { events: number };
	shards: { key: string; lane: string; count: number }[];
}

let problems: string[] = [];

test.beforeEach(async ({ page, request }, info) => {
	const index = (await (await request.get('data/index.json')).json()) as Index;
	info.skip(index.counts.events < 1000, 'needs a large archive (see the comment at the top)');
	problems = [];
	page.on('console', (m) => {
		if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
	page.on('response', (r) => {
		if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
	});
});

test.afterEach(async () => {
	expect(problems, 'console errors, failed requests or warnings').toEqual([]);
});

async function open(page: Page, hash = '') {
	await page.goto(`./${hash}`);
	await page.waitForSelector('[data-testid="timeline"][data-hydrated="true"][data-ready="true"]');
}

test('the whole archive opens as clusters, and zooming into one draws its marks', async ({ page }) => {
	const weight: number[] = [];
	page.on('response', async (r) => weight.push((await r.body().catch(() => Buffer.alloc(0))).length));
	await open(page);
	// the first view never lays out the whole archive
	await expect(page.locator('button.mark')).toHaveCount(0);
	const clusters = page.locator('[data-lane="events"] button.cluster');
	expect(await clusters.count()).toBeGreaterThan(0);
	await expect(clusters.first()).toHaveAttribute('aria-label', /more marks from .* zoom to them/);
	for (let i = 0; i < 8 && !(await page.locator('[data-lane="events"] button.mark').count()); i++) {
		const all = page.locator('[data-lane="events"] button.cluster');
		// the busiest cluster in view
		const labels = await all.evaluateAll((els) => els.map((e) => Number(/^(\d+)/.exec(e.getAttribute('aria-label') ?? '')?.[1] ?? 0)));
		await all.nth(labels.indexOf(Math.max(...labels))).click();
		await page.waitForSelector('[data-testid="timeline"][data-ready="true"]');
	}
	await expect(page.locator('[data-lane="events"] button.mark').first()).toBeVisible();
	// marks stay keyboard-focusable with names
	const mark = page.locator('[data-lane="events"] button.mark').first();
	await mark.focus();
	await expect(mark).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('card')).toBeVisible();
	await expect(page.getByTestId('card-sentence').first()).not.toBeEmpty();
	await expect(page.getByTestId('card')).not.toContainText('is not in this timeline');
	await page.getByRole('button', { name: 'Read the article' }).first().click();
	await expect(page.getByTestId('reader')).toBeVisible();
});

test('a deep link into any shard finds its event, its card and its mark', async ({ page, request }) => {
	const index = (await (await request.get('data/index.json')).json()) as Index;
	const last = index.shards.filter((s) => s.lane === 'talks').at(-1)!;
	// an event row: [id, label, value, start, end, ...] (see EventRow in src/lib/timeline/shards.ts)
	const shard = (await (await request.get(`data/m/${last.key}.json`)).json()) as { events: [string, string, string, string, string][] };
	const [id, label, , start, end] = shard.events[Math.floor(shard.events.length / 2)]!;
	const target = { id, label, when: { start, end } };
	await open(page, `#event=${target.id}`);
	await expect(page.getByTestId('card')).toBeVisible();
	await expect(page.locator('#card-title')).toHaveText(target.label);
	// the view moved to the event, close enough to draw marks one by one
	const tl = page.getByTestId('timeline');
	const from = (await tl.getAttribute('data-from'))!.slice(0, 10);
	const to = (await tl.getAttribute('data-to'))!.slice(0, 10);
	expect(from <= target.when.end && to >= target.when.start, `${from}..${to} shows ${target.when.start}`).toBe(true);
	await expect(page.locator('[data-lane="talks"] button.mark').first()).toBeVisible();
	await open(page, '#event=no-such-event');
	await expect(page.getByTestId('not-found')).toContainText('“no-such-event” is not in this timeline');
});
