import { expect, test, type CDPSession, type Page } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSiteOnce, serveSite } from './support/buildSite.ts';

/**
 * The reader's test: the first screen of a built site, measured from the page's own geometry, for the
 * seed (the repository's seeds/, the site the config serves), one Wikinews story and all four together,
 * on a wide screen, a laptop and a phone, at / and under /sub/path/ (see playwright.config.ts). The
 * Wikinews stories live in /work/shared: without it those cases are skipped. Each site is built once
 * per run; a screenshot of each case goes to test-results/.
 */

const WIKINEWS = '/work/shared/corpora/wikinews';
const STORIES = ['airbus', 'apple', 'gm-chrysler-ford', 'stock-markets'];
const PORT = Number(process.env.PW_PORT ?? 4173);
const VIEWPORTS = [
	{ width: 1440, height: 900 },
	{ width: 1280, height: 720 },
	{ width: 390, height: 844 }
];

/** A folder holding the four stories side by side (links to their files), made once per run. */
function allFourSeeds(): string {
	const dir = join(tmpdir(), `newsline-wikinews-seeds-${process.ppid}`);
	for (const story of STORIES) {
		const to = join(dir, story);
		if (existsSync(to)) continue;
		mkdirSync(to, { recursive: true });
		for (const f of readdirSync(join(WIKINEWS, story))) symlinkSync(join(WIKINEWS, story, f), join(to, f));
	}
	return dir;
}

/** A finger drawn across the screen from (x, y) by (dx, dy) px, in ten steps a frame apart. */
async function swipe(cdp: CDPSession, page: Page, x: number, y: number, dx: number, dy: number) {
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
	for (let i = 1; i <= 10; i++) {
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (dx * i) / 10, y: y + (dy * i) / 10 }] });
		await page.evaluate(() => new Promise(requestAnimationFrame));
	}
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

interface Case {
	name: string;
	/** The seeds of a site of its own, with the port it is served on; `null`: the config's site. */
	site: { seeds: () => string; port: number } | null;
}

const CASES: Case[] = [
	{ name: 'seed', site: null },
	{ name: 'gm-chrysler-ford', site: { seeds: () => join(WIKINEWS, 'gm-chrysler-ford'), port: PORT + 3 } },
	{ name: 'all-four', site: { seeds: allFourSeeds, port: PORT + 4 } }
];

/** What the page's geometry says about its first screen. */
async function measure(page: Page) {
	return page.evaluate(async () => {
		const box = (e: Element) => e.getBoundingClientRect().toJSON() as DOMRect;
		const stage = box(document.querySelector('[data-testid=stage]')!);
		const plot = box(document.querySelector('.plot')!);
		const labels = [...document.querySelectorAll<HTMLElement>('.label')].map((e) => ({
			id: e.dataset.labelFor!,
			lane: e.closest<HTMLElement>('.lane')!.dataset.lane!,
			full: e.dataset.full === 'true',
			...box(e)
		}));
		// the events in view: drawn one by one, or counted in a cluster
		let inView = 0;
		for (const e of document.querySelectorAll<HTMLElement>('.lane-events button, .lane-talks button')) {
			const r = e.getBoundingClientRect();
			if (r.x + r.width / 2 < plot.x || r.x + r.width / 2 > plot.x + plot.width) continue;
			inView += e.classList.contains('cluster') ? Number(e.dataset.count) : 1;
		}
		const tl = document.querySelector<HTMLElement>('[data-testid=timeline]')!;
		const index = await (await fetch('data/index.json')).json();
		return {
			stage,
			plot,
			labels,
			from: Date.parse(`${tl.dataset.from}Z`),
			to: Date.parse(`${tl.dataset.to}Z`),
			news: index.news as [number, number] | null,
			inView,
			talks: index.counts.talks as number,
			// the top of the controls above the plot: the search form
			controls: box(document.querySelector('[data-testid=search]')!).y,
			scrollable: document.documentElement.scrollHeight > innerHeight + 20
		};
	});
}

for (const c of CASES) {
	test.describe(`the first screen: ${c.name}`, () => {
		let server: ChildProcess | undefined;
		let url = '';

		test.beforeAll(async ({}, info) => {
			if (!c.site) return;
			info.skip(!existsSync(WIKINEWS), `${WIKINEWS} is not on this machine`);
			test.setTimeout(300_000);
			const dir = buildSiteOnce(c.site.seeds(), `reader-${c.name}`);
			const base = info.project.name === 'subpath' ? '/sub/path/' : '/';
			server = await serveSite(dir, c.site.port, base);
			url = `http://127.0.0.1:${c.site.port}${base}`;
		});

		test.afterAll(() => {
			server?.kill();
		});

		for (const vp of VIEWPORTS) {
			test(`${vp.width}×${vp.height}`, async ({ browser, baseURL }, info) => {
				test.setTimeout(60_000);
				const phone = vp.width < 600;
				// a phone has a touch screen: swipes are touches the browser may take for scrolling
				const context = await browser.newContext({ viewport: vp, hasTouch: phone, isMobile: phone, timezoneId: 'Pacific/Auckland' });
				const page = await context.newPage();
				await page.goto(url || baseURL!);
				await expect(page.getByTestId('timeline')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
				const g = await measure(page);
				const shot = `test-results/reader-${c.name}-${vp.width}x${vp.height}-${info.project.name}.png`;
				await page.screenshot({ path: shot });

				// no two labels meet, and none leaves the plot
				const overlapping: string[] = [];
				for (const [i, a] of g.labels.entries())
					for (const b of g.labels.slice(i + 1))
						if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) overlapping.push(`${a.id} / ${b.id}`);
				expect(overlapping).toEqual([]);
				for (const l of g.labels) {
					expect(l.x, `label of ${l.id}`).toBeGreaterThanOrEqual(g.stage.x);
					expect(l.x + l.width, `label of ${l.id}`).toBeLessThanOrEqual(g.stage.x + g.stage.width);
					expect(l.y, `label of ${l.id}`).toBeGreaterThanOrEqual(g.stage.y);
					expect(l.y + l.height, `label of ${l.id}`).toBeLessThanOrEqual(g.stage.y + g.stage.height);
				}

				// at least 60% of the plot's width is the news window
				expect(g.news).not.toBeNull();
				const [a, b] = g.news!;
				const shown = (Math.min(b, g.to) - Math.max(a, g.from)) / (g.to - g.from);
				expect(shown).toBeGreaterThanOrEqual(0.6);

				// whole labels for at least min(N, 8) of the N events in view (a background date outside
				// the news window is not in view to be labelled)
				const whole = g.labels.filter((l) => l.full && l.lane !== 'articles' && !l.id.startsWith('cluster:'));
				expect(g.inView).toBeGreaterThan(0);
				expect(whole.length, whole.map((l) => l.id).join(' ')).toBeGreaterThanOrEqual(Math.min(g.inView, 8));

				// the plot starts on the first screen; on a wide screen, the controls above it take at most 120 px
				expect(g.plot.y).toBeLessThan(vp.height);
				if (!phone) expect(g.plot.y - g.controls).toBeLessThanOrEqual(120);

				// lanes follow the story: each one drawn has marks, and none with marks is missing
				const lanes = await page.locator('.lane').evaluateAll((els) => els.map((e) => [(e as HTMLElement).dataset.lane, e.querySelectorAll('button').length] as const));
				for (const [lane, n] of lanes) expect(n, `marks in the ${lane} lane`).toBeGreaterThan(0);
				expect(lanes.some(([lane]) => lane === 'talks')).toBe(g.talks > 0);

				if (phone) {
					const stage = page.getByTestId('stage');
					await expect(stage).toHaveCSS('touch-action', 'pan-y');
					const cdp = await context.newCDPSession(page);
					const x = Math.round(g.plot.x + g.plot.width / 2);
					const y = Math.round(Math.min(g.plot.y + 80, vp.height - 40));
					const from = () => page.getByTestId('timeline').getAttribute('data-from');
					const before = await from();
					// a horizontal swipe over the plot moves the timeline, not the page
					await swipe(cdp, page, x, y, -120, 0);
					await expect.poll(from).not.toBe(before);
					expect(await page.evaluate(() => scrollY)).toBe(0);
					// a vertical one scrolls the page and leaves the timeline where it is (done last: the page may
					// glide on after the finger lifts)
					if (g.scrollable) {
						const moved = await from();
						await swipe(cdp, page, x, y, 0, -150);
						await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
						expect(await from()).toBe(moved);
					}
					await page.goto(url || baseURL!);
					await expect(page.getByTestId('timeline')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
				}

				// a mark selected: it and its card are both in view, the card does not cover the mark
				const marks = page.locator('.lane-events .mark, .lane-talks .mark');
				const boxes = await marks.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
				const pick = boxes.findIndex((r) => r.x >= g.plot.x + 10 && r.x + r.width <= g.plot.x + g.plot.width - 10 && r.y + r.height <= vp.height);
				expect(pick).toBeGreaterThanOrEqual(0);
				const id = await marks.nth(pick).getAttribute('data-id');
				await marks.nth(pick).click();
				await expect(page.locator('#card-title')).toBeVisible();
				const inView = (r: DOMRect) => r.x >= 0 && r.y >= 0 && r.x + r.width <= vp.width + 0.5 && r.y + r.height <= vp.height + 0.5;
				await expect
					.poll(async () => {
						const mark = await page.locator(`.mark[data-id="${id}"]`).evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
						const card = await page.locator('.panels').evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
						const covered = mark.x < card.x + card.width && card.x < mark.x + mark.width && mark.y < card.y + card.height && card.y < mark.y + mark.height;
						return { mark: inView(mark), card: inView(card), covered };
					})
					.toEqual({ mark: true, card: true, covered: false });
				await page.screenshot({ path: shot.replace('.png', '-card.png') });
				await context.close();
			});
		}
	});
}
