/**
 * Browser figures for `npm run bench`: first-load bytes, first render and frame times of the built
 * site, and the same views replayed in vis-timeline, in one headless Chromium.
 *
 * Frames: each interaction step (a wheel event on our plot, `setWindow` on vis-timeline) runs in its
 * own animation frame with the frame-rate limit off, so the time between two frames is what that
 * step cost the main thread (script, style, layout, paint), not the display's 16.7 ms tick.
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Response } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromiumArgs.ts';

export interface FrameFigures {
	frames: number;
	p50: number;
	p95: number;
	max: number;
	/** Long tasks (over 50 ms) seen during the interaction, and the longest. */
	longTasks: number;
	longestTask: number;
}

export interface SiteFigures extends FrameFigures {
	/** Everything fetched until the first view was complete, gzipped as a static host serves it. */
	firstLoadGz: number;
	jsGz: number;
	renderMs: number;
	/** When the page had settled (the buttons over the marks made: `data-ready`). */
	settledMs: number;
	requests: number;
	/** The views the interaction went through (UTC ms), to replay elsewhere. */
	views: [number, number][];
	/**
	 * The same gesture again after going back to the whole archive, zooming in at a quarter of the
	 * width instead of the middle (other shards): the drawing code has run once by then.
	 */
	later: FrameFigures;
}

export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--disable-frame-rate-limit', '--disable-gpu-vsync'] });
}

function percentile(xs: number[], p: number): number {
	if (!xs.length) return 0;
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

function frameFigures(frames: number[], long: number[]): FrameFigures {
	return {
		frames: frames.length,
		p50: percentile(frames, 50),
		p95: percentile(frames, 95),
		max: Math.max(0, ...frames),
		longTasks: long.length,
		longestTask: Math.max(0, ...long)
	};
}

async function newPage(browser: Browser): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	// tsx compiles with keepNames: functions handed to page.evaluate call its __name helper
	await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
	return context.newPage();
}

const parseInstant = (s: string) => Date.parse(s.length === 10 ? `${s}T00:00Z` : `${s}Z`);

/**
 * Open `url` once, unmeasured: the first page of a freshly launched browser pays for starting its
 * renderer, loading fonts and the like, which no visitor's browser does for our page. Each page
 * has a context of its own, so nothing of `url` is cached for the measured pages.
 */
export async function warmUp(browser: Browser, url: string): Promise<void> {
	const page = await newPage(browser);
	await page.goto(url);
	await page.waitForSelector('[data-testid="timeline"][data-ready="true"]', { timeout: 60_000 });
	await page.context().close();
}

/** First load, first render, and frames of a zoom-in, pan and zoom-out gesture (twice: see `later`), on our site. */
export async function measureSite(browser: Browser, url: string): Promise<SiteFigures> {
	const page = await newPage(browser);
	// responses are noted during the load and read (and gzipped) only once it is over: reading and
	// compressing them meanwhile would take the CPU from the page being measured
	const responses: Response[] = [];
	let ready = false;
	page.on('response', (r) => {
		if (!ready) responses.push(r);
	});
	await page.goto(url);
	await page.waitForSelector('[data-testid="timeline"][data-ready="true"]', { timeout: 60_000 });
	ready = true;
	const [renderMs, settledMs] = await page.evaluate(() => ['newsline:first-render', 'newsline:settled'].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN));
	const got = await Promise.all(responses.map((r) => r.body().then((b) => ({ url: r.url(), gz: gzipSync(b).length }), () => ({ url: r.url(), gz: 0 }))));
	const firstLoadGz = got.reduce((n, b) => n + b.gz, 0);
	const jsGz = got.filter((b) => /\.js(\?|$)/.test(b.url)).reduce((n, b) => n + b.gz, 0);

	const run = await gesture(page, 0.5);
	// back to the whole archive, as the "fit all" key does, and the gesture again somewhere else
	await page.evaluate(() => (location.hash = ''));
	await page.waitForFunction(() => document.querySelector('[data-testid="timeline"]')?.getAttribute('data-ready') === 'true');
	await page.waitForTimeout(500);
	const later = await gesture(page, 0.25);
	await page.close();
	return {
		firstLoadGz,
		jsGz,
		renderMs: renderMs!,
		settledMs: settledMs!,
		requests: got.length,
		views: run.views.map(([a, b]) => [parseInstant(a), parseInstant(b)] as [number, number]),
		...frameFigures(run.frames, run.long),
		later: frameFigures(later.frames, later.long)
	};
}

/**
 * Zoom in from the whole archive to about a month around `at` (a fraction of the plot's width), pan,
 * zoom back out: wheel events on our plot, one per animation frame.
 */
async function gesture(page: Page, at: number): Promise<{ frames: number[]; long: number[]; views: [string, string][] }> {
	const steps = [
		...Array.from({ length: 24 }, () => ({ dx: 0, dy: -100 })),
		...Array.from({ length: 60 }, () => ({ dx: 24, dy: 0 })),
		...Array.from({ length: 24 }, () => ({ dx: 0, dy: 100 }))
	];
	return page.evaluate(
		async ({ steps, at }) => {
			const long: number[] = [];
			const observer = new PerformanceObserver((l) => long.push(...l.getEntries().map((e) => e.duration)));
			observer.observe({ type: 'longtask' });
			const svg = document.querySelector('[data-testid="stage"]')!;
			const tl = document.querySelector('[data-testid="timeline"]')!;
			const r = svg.getBoundingClientRect();
			const times: number[] = [];
			const views: [string, string][] = [];
			const frame = () => new Promise<number>((res) => requestAnimationFrame(() => res(performance.now())));
			await frame();
			for (const s of steps) {
				await new Promise<void>((res) =>
					requestAnimationFrame(() => {
						times.push(performance.now());
						svg.dispatchEvent(new WheelEvent('wheel', { deltaX: s.dx, deltaY: s.dy, clientX: r.left + r.width * at, clientY: r.top + 40, bubbles: true, cancelable: true }));
						res();
					})
				);
				views.push([tl.getAttribute('data-from')!, tl.getAttribute('data-to')!]);
			}
			times.push(await frame());
			await new Promise((res) => setTimeout(res, 300));
			observer.disconnect();
			const frames = times.slice(1).map((t, i) => t - times[i]!);
			return { frames, long, views };
		},
		{ steps, at }
	);
}

/** vis-timeline on the same events, replaying `views` with `setWindow` (at most `max` of them, evenly picked: it is slow). */
export async function measureVis(browser: Browser, url: string, allViews: [number, number][], max = 36): Promise<{ renderMs: number } & FrameFigures> {
	const views = allViews.filter((_, i) => i % Math.ceil(allViews.length / max) === 0);
	const page = await newPage(browser);
	await page.goto(url);
	await page.waitForSelector('body[data-ready="true"]', { timeout: 300_000 });
	const renderMs = await page.evaluate(() => performance.getEntriesByName('vis:first-render')[0]?.startTime ?? NaN);
	const run = await page.evaluate(async (views) => {
		const long: number[] = [];
		new PerformanceObserver((l) => long.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
		const w = window as unknown as { __setWindow: (a: number, b: number) => void };
		const times: number[] = [];
		const frame = () => new Promise<number>((res) => requestAnimationFrame(() => res(performance.now())));
		await frame();
		for (const [a, b] of views) {
			await new Promise<void>((res) =>
				requestAnimationFrame(() => {
					times.push(performance.now());
					w.__setWindow(a, b);
					res();
				})
			);
		}
		times.push(await frame());
		await new Promise((res) => setTimeout(res, 300));
		return { frames: times.slice(1).map((t, i) => t - times[i]!), long };
	}, views);
	await page.close();
	return { renderMs, ...frameFigures(run.frames, run.long) };
}
