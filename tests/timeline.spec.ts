import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/watch';

/**
 * The built site, as a visitor sees it, at / and under /sub/path/ (see playwright.config.ts).
 * Assertions use the seed article (seeds/000_0578cf5c3b1c3863.txt, 28 January 2026).
 */

const SUNDAY = /Sunday 1 February 2026/;
let problems: string[] = [];

test.beforeEach(async ({ page }) => {
	problems = [];
	page.on('console', (m) => {
		if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
	// leaving a page aborts its pending requests (net::ERR_ABORTED): that is not a failure of the site
	page.on('requestfailed', (r) => {
		if (!r.failure()?.errorText.includes('ERR_ABORTED')) problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`);
	});
	page.on('response', (r) => {
		if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
	});
});

test.afterEach(async () => {
	expect(problems, 'console errors, failed requests or warnings').toEqual([]);
});

async function open(page: Page, hash = '') {
	await page.goto(`./${hash}`);
	await expect(page.getByTestId('timeline')).toBeVisible();
	// hydrated: the wheel/keyboard handlers exist once the client has taken over
	await page.waitForFunction(() => document.querySelector('[data-testid="timeline"]')?.getAttribute('data-hydrated') === 'true');
}

async function range(page: Page) {
	const t = page.getByTestId('timeline');
	return { from: (await t.getAttribute('data-from'))!, to: (await t.getAttribute('data-to'))! };
}

/**
 * The box of `locator` once it has stopped moving: the plot takes its lanes' height when a zoom
 * pauses (and when the page has settled), which moves what is under it, the overview band included.
 */
async function settledBox(page: Page, locator: Locator) {
	let last = JSON.stringify(await locator.boundingBox());
	for (;;) {
		await page.waitForTimeout(250);
		const now = JSON.stringify(await locator.boundingBox());
		if (now === last) return JSON.parse(now) as { x: number; y: number; width: number; height: number };
		last = now;
	}
}

function span(r: { from: string; to: string }) {
	return Date.parse(r.to.length === 10 ? `${r.to}T00:00Z` : `${r.to}Z`) - Date.parse(r.from.length === 10 ? `${r.from}T00:00Z` : `${r.from}Z`);
}

const sundayMark = (page: Page) => page.locator('button.mark').and(page.getByRole('button', { name: SUNDAY }));

test('the seed article’s events appear in their lanes', async ({ page }, info) => {
	await open(page);
	const talks = page.locator('[data-lane="talks"] button.mark');
	const events = page.locator('[data-lane="events"] button.mark');
	await expect(talks).toHaveCount(2);
	await expect(page.locator('[data-lane="articles"] button.mark')).toHaveCount(1);
	await expect(talks.and(page.getByRole('button', { name: /on or before 28 January 2026/ }))).toHaveAttribute('data-status', 'held');
	await expect(talks.and(page.getByRole('button', { name: SUNDAY }))).toHaveAttribute('data-status', 'scheduled');
	await expect(events.and(page.getByRole('button', { name: /Tuesday 27 January 2026/ }))).toHaveCount(1);
	// "on or before" is drawn as a fading tail, not as a point on the article's day
	await expect(talks.and(page.getByRole('button', { name: /on or before/ }))).toHaveClass(/shape-before/);
	// the first view is the news: the background date (February 2022) shows with every date
	await expect(events.and(page.getByRole('button', { name: /February 2022/ }))).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'The news' })).toBeVisible();
	await page.getByRole('button', { name: 'All dates' }).click();
	await expect(events.and(page.getByRole('button', { name: /February 2022/ }))).toHaveClass(/shape-span/);
	await page.screenshot({ path: `test-results/${info.project.name}-overview.png`, fullPage: true });
});

test('clicking a mark opens its card with the sentence', async ({ page }, info) => {
	await open(page);
	await sundayMark(page).click();
	const card = page.getByTestId('card');
	await expect(card.getByTestId('card-when')).toHaveText('Sunday 1 February 2026');
	await expect(card.getByTestId('card-status')).toHaveText('Scheduled');
	const sentence = card.getByTestId('card-sentence').first();
	await expect(sentence).toHaveText('Talks will resume on Sunday.');
	await expect(sentence.locator('mark')).toHaveText('Sunday');
	await expect(card).toContainText('Russia');
	await expect(card).toContainText('Ukraine');
	await expect(card).toContainText('reported by 1 article');
	await expect(card).toContainText('Wednesday 28 January 2026');
	await expect(card).toContainText('security guarantees');
	await expect(page).toHaveURL(/#event=[^&]+&from=/);
	await page.screenshot({ path: `test-results/${info.project.name}-card.png`, fullPage: true });
});

test('the "before" talks card says so, with place and parties', async ({ page }) => {
	await open(page);
	await page.getByRole('button', { name: /on or before 28 January 2026/ }).click();
	const card = page.getByTestId('card');
	await expect(card.getByTestId('card-when')).toHaveText('on or before 28 January 2026');
	await expect(card.getByTestId('card-status')).toHaveText('Held');
	await expect(card).toContainText('Abu Dhabi');
	await expect(card).toContainText(/United States/);
});

test('keyboard: Enter opens a card, Escape closes it and returns focus', async ({ page }) => {
	await open(page);
	const mark = sundayMark(page);
	await mark.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('card-when')).toHaveText('Sunday 1 February 2026');
	await page.keyboard.press('Escape');
	await expect(page.getByTestId('card')).toHaveCount(0);
	await expect(sundayMark(page)).toBeFocused();
});

test('keyboard: arrow keys on a mark move to the next and previous mark in time; on the plot they pan', async ({ page }) => {
	await open(page);
	const focusedId = () => page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? null);
	const sunday = sundayMark(page);
	const sundayId = await sunday.getAttribute('data-id');
	await sunday.focus();
	const before = await range(page);
	await page.keyboard.press('ArrowLeft');
	await expect.poll(focusedId).not.toBe(sundayId);
	const previous = await focusedId();
	expect(previous).not.toBeNull();
	// travelling between marks does not pan when the next mark is already in view
	expect(await range(page)).toEqual(before);
	await page.keyboard.press('ArrowRight');
	await expect.poll(focusedId).toBe(sundayId);

	// the seed's marks in time order, as the arrows visit them: the last one has no next
	for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
	const last = await focusedId();
	expect(last).not.toBeNull();
	await page.keyboard.press('ArrowRight');
	expect(await focusedId()).toBe(last);

	await page.getByTestId('timeline').locator('.plot').focus();
	await page.keyboard.press('ArrowRight');
	await expect.poll(async () => (await range(page)).from > before.from).toBe(true);
});

test('a live region reads out the selection and keyboard zooms', async ({ page }) => {
	await open(page);
	const announcer = page.getByTestId('announcer');
	await expect(announcer).toHaveAttribute('aria-live', 'polite');
	await sundayMark(page).click();
	await expect(announcer).toHaveText(/^Selected: .*Sunday 1 February 2026/);
	await expect(announcer).toContainText(/scheduled/i);
	await page.keyboard.press('Escape');
	await page.getByRole('button', { name: 'All dates' }).click();
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await page.getByRole('button', { name: 'Zoom in' }).click();
	const r = await range(page);
	const day = (iso: string) => new Date(Date.parse(iso.length === 10 ? `${iso}T00:00Z` : `${iso}Z`)).getUTCDate();
	await expect(announcer).toHaveText(new RegExp(`^Showing ${day(r.from)} \\w+ \\d{4} to ${day(r.to)} \\w+ \\d{4}$`));
});

test('the overview band follows the view; dragging its brush pans, dragging beside it picks a range', async ({ page }) => {
	await open(page);
	const band = page.getByTestId('overview');
	const brush = band.locator('.brush');
	await expect(band.locator('.bar')).not.toHaveCount(0);
	// the band spans every date; the brush, the news window the page opens on
	const newsBrush = (await brush.boundingBox())!;
	expect(newsBrush.width).toBeLessThan((await band.boundingBox())!.width * 0.2);
	await page.getByRole('button', { name: 'All dates' }).click();
	await expect.poll(async () => (await brush.boundingBox())!.width).toBeGreaterThan((await band.boundingBox())!.width * 0.8);
	const fitBrush = (await brush.boundingBox())!;
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect.poll(async () => (await brush.boundingBox())!.width).toBeLessThan(fitBrush.width * 0.6);
	await expect(page.getByTestId('timeline')).toHaveAttribute('data-ready', 'true');

	// a dragged brush follows the pointer at once: the readouts wait only during gestures on the plot
	await settledBox(page, brush);
	const followed = await page.evaluate(async () => {
		const band = document.querySelector('[data-testid="overview"]')!;
		const brush = band.querySelector('.brush')!;
		const r = brush.getBoundingClientRect();
		const at = (x: number) => ({ pointerId: 1, isPrimary: true, clientX: x, clientY: r.top + r.height / 2, button: 0, bubbles: true, cancelable: true });
		brush.dispatchEvent(new PointerEvent('pointerdown', at(r.left + r.width / 2)));
		for (let i = 1; i <= 4; i++) band.dispatchEvent(new PointerEvent('pointermove', at(r.left + r.width / 2 + 10 * i)));
		// the page's updates are flushed in a microtask; what waits for the gesture to pause, 200 ms
		await Promise.resolve();
		await Promise.resolve();
		const moved = brush.getBoundingClientRect().left - r.left;
		band.dispatchEvent(new PointerEvent('pointerup', at(r.left + r.width / 2 + 40)));
		return moved;
	});
	expect(followed).toBeCloseTo(40, -1);

	// the brush moves the view and keeps its span
	const b = await settledBox(page, brush);
	const zoomed = await range(page);
	await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
	await page.mouse.down();
	await page.mouse.move(b.x + b.width / 2 + 60, b.y + b.height / 2, { steps: 4 });
	await page.mouse.up();
	const moved = await range(page);
	expect(moved.from > zoomed.from).toBe(true);
	expect(Math.abs(span(moved) - span(zoomed))).toBeLessThan(120_000);

	// beside the brush: a new range from where the drag began to where it ended
	const box = await settledBox(page, band);
	await page.mouse.move(box.x + box.width * 0.02, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * 0.12, box.y + box.height / 2, { steps: 4 });
	await page.mouse.up();
	const picked = await range(page);
	expect(picked.from < moved.from).toBe(true);
	expect(span(picked)).toBeLessThan(span(moved));

	// the brush is a slider for the keyboard too
	const slider = page.getByRole('slider', { name: /Visible range/ });
	await slider.focus();
	await expect(slider).toBeFocused();
	await page.keyboard.press('ArrowRight');
	const stepped = await range(page);
	expect(stepped.from > picked.from).toBe(true);
	expect(Math.abs(span(stepped) - span(picked))).toBeLessThan(120_000);
	await expect(slider).toHaveAttribute('aria-valuetext', /^\d{1,2} \w+ \d{4} to \d{1,2} \w+ \d{4}$/);
	await page.keyboard.press('Home');
	await expect(slider).toHaveAttribute('aria-valuenow', '0');
	await page.keyboard.press('+');
	expect(span(await range(page))).toBeLessThan(span(stepped));
});

test('the reader highlights dated expressions and selects their events', async ({ page }, info) => {
	await open(page);
	await sundayMark(page).click();
	await page.getByRole('button', { name: 'Read the article' }).click();
	const reader = page.getByTestId('reader');
	await expect(reader).toBeVisible();
	await expect(reader).toContainText('Talks will resume on Sunday.');
	await expect(reader.locator('button.timex')).toHaveText(['February 2022', 'Sunday', 'Tuesday']);
	await page.screenshot({ path: `test-results/${info.project.name}-reader.png`, fullPage: true });
	await reader.getByRole('button', { name: 'February 2022' }).click();
	await expect(page.getByTestId('card-when')).toHaveText('February 2022');
	await expect(page.getByTestId('card-sentence').first().locator('mark')).toHaveText('February 2022');
	await expect(page.locator('button.mark.selected')).toHaveAttribute('aria-label', /February 2022/);
	await page.keyboard.press('Escape');
	await expect(reader).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Read the article' })).toBeFocused();
});

test('a deep link restores the selection and range on reload, back and forward', async ({ page }) => {
	await open(page);
	await page.getByRole('button', { name: 'All dates' }).click();
	await sundayMark(page).click();
	await page.getByTestId('timeline').locator('.plot').focus();
	await page.keyboard.press('+');
	await page.keyboard.press('+');
	await expect(page).toHaveURL((u) => {
		const h = new URLSearchParams(u.hash.slice(1));
		return !!h.get('event') && !!h.get('from') && !!h.get('to');
	});
	const before = await range(page);
	// the hash write is debounced: wait until it matches what is shown
	await expect.poll(() => page.evaluate(() => location.hash)).toContain(`from=${before.from}`);
	const url = page.url();
	await page.reload();
	await expect(page.getByTestId('card-when')).toHaveText('Sunday 1 February 2026');
	expect(await range(page)).toEqual(before);
	expect(page.url()).toBe(url);

	// select another event, then go back and forward through history
	await page.getByRole('button', { name: /Tuesday 27 January 2026/ }).click();
	await expect(page.getByTestId('card-when')).toHaveText('Tuesday 27 January 2026');
	await page.getByTestId('timeline').locator('.plot').focus();
	await page.keyboard.press('+');
	await expect.poll(() => page.evaluate(() => location.hash)).not.toContain(`from=${before.from}`);
	const zoomed = await range(page);
	await page.goBack();
	await expect(page.getByTestId('card-when')).toHaveText('Sunday 1 February 2026');
	await expect.poll(() => range(page)).toEqual(before);
	await page.goForward();
	await expect(page.getByTestId('card-when')).toHaveText('Tuesday 27 January 2026');
	await expect.poll(() => range(page)).toEqual(zoomed);

	// a fresh visit to the copied link lands on the same selection and range
	await page.goto('about:blank');
	await page.goto(url);
	await expect(page.getByTestId('card-when')).toHaveText('Sunday 1 February 2026');
	expect(await range(page)).toEqual(before);
});

test('an article deep link opens its card', async ({ page }) => {
	await open(page);
	const id = await page.locator('[data-lane="articles"] button.mark').first().getAttribute('data-id');
	await open(page, `#article=${id}`);
	await expect(page.getByTestId('card')).toContainText('security guarantees will only be given');
	await expect(page.getByTestId('card')).toContainText('Dated in this article');
});

test('a deep link to an unknown id says it is not in this timeline', async ({ page }) => {
	await open(page, '#event=no-such-event&from=2026-01-01&to=2026-02-10');
	await expect(page.getByTestId('not-found')).toContainText('“no-such-event” is not in this timeline');
	expect(await range(page)).toEqual({ from: '2026-01-01', to: '2026-02-10' });
	await expect(page.getByTestId('card')).toHaveCount(0);
});

test('wheel, keyboard and drag change the visible range', async ({ page }) => {
	await open(page);
	await page.getByRole('button', { name: 'All dates' }).click();
	const fit = await range(page);
	const box = (await page.locator('[data-testid="stage"]').boundingBox())!;
	await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
	await page.mouse.wheel(0, -400);
	await expect.poll(async () => span(await range(page))).toBeLessThan(span(fit) * 0.6);
	const wheeled = await range(page);

	await page.getByTestId('timeline').locator('.plot').focus();
	await page.keyboard.press('-');
	await expect.poll(async () => span(await range(page))).toBeGreaterThan(span(wheeled) * 1.2);
	await page.keyboard.press('0');
	await expect.poll(() => range(page)).toEqual(fit);
	await page.keyboard.press('+');
	await expect.poll(async () => span(await range(page))).toBeLessThan(span(fit) * 0.8);
	const zoomed = await range(page);
	await page.keyboard.press('ArrowRight');
	await expect.poll(async () => (await range(page)).from > zoomed.from).toBe(true);

	// dragging right shows earlier time, keeping the span (on the axis: the lanes' height, and what
	// lies under their foot, change with the zoom)
	const dragged0 = await range(page);
	const now = (await page.locator('[data-testid="stage"]').boundingBox())!;
	await page.mouse.move(now.x + 400, now.y + 15);
	await page.mouse.down();
	await page.mouse.move(now.x + 500, now.y + 15, { steps: 5 });
	await page.mouse.up();
	const dragged = await range(page);
	expect(dragged.from < dragged0.from).toBe(true);
	expect(Math.abs(span(dragged) - span(dragged0))).toBeLessThan(120_000);

	await page.getByRole('button', { name: 'All dates' }).click();
	await expect.poll(() => range(page)).toEqual(fit);
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect.poll(async () => span(await range(page))).toBeLessThan(span(fit));
});

test('the range readout and the brush show where a burst of wheel steps ends once it pauses', async ({ page }) => {
	await open(page);
	await expect(page.getByTestId('timeline')).toHaveAttribute('data-ready', 'true');
	const fit = await range(page);
	// six steps in one task: during a gesture the readouts follow the view only a few times a second
	await page.evaluate(() => {
		const stage = document.querySelector('[data-testid="stage"]')!;
		const r = stage.getBoundingClientRect();
		for (let i = 0; i < 6; i++)
			stage.dispatchEvent(new WheelEvent('wheel', { deltaY: -100, clientX: r.left + r.width * 0.3, clientY: r.top + 40, bubbles: true, cancelable: true }));
	});
	const day = (words: string) => new Date(Date.parse(`${words} UTC`)).toISOString().slice(0, 10);
	const shown = async () => {
		const text = (await page.getByTestId('range').textContent())!.trim().split(' – ');
		const brush = (await page.getByRole('slider', { name: /Visible range/ }).getAttribute('aria-valuetext'))!.split(' to ');
		return [...text, ...brush].map(day);
	};
	const view = async () => {
		const { from, to } = await range(page);
		return [from, to, from, to].map((iso) => iso.slice(0, 10));
	};
	await expect.poll(async () => span(await range(page))).toBeLessThan(span(fit) * 0.5);
	await expect.poll(async () => JSON.stringify(await shown()) === JSON.stringify(await view())).toBe(true);
});

test('a two-finger pinch zooms in', async ({ page }) => {
	await open(page);
	const fit = await range(page);
	await page.evaluate(() => {
		const svg = document.querySelector('[data-testid="stage"]')!;
		const r = svg.getBoundingClientRect();
		const y = r.top + r.height - 10;
		const fire = (type: string, pointerId: number, x: number) =>
			svg.dispatchEvent(new PointerEvent(type, { pointerId, clientX: r.left + x, clientY: y, button: type === 'pointermove' ? -1 : 0, bubbles: true, pointerType: 'touch' }));
		fire('pointerdown', 1, 500);
		fire('pointerdown', 2, 600);
		for (let i = 1; i <= 5; i++) fire('pointermove', 2, 600 + i * 40);
		fire('pointerup', 1, 500);
		fire('pointerup', 2, 800);
	});
	await expect.poll(async () => span(await range(page))).toBeLessThan(span(fit) * 0.6);
});

test('the axis steps change with zoom', async ({ page }) => {
	// the labels are painted (paint.test.ts checks them); the canvas notes the step it labels
	const canvas = page.getByTestId('stage').locator('canvas');
	await open(page);
	// the news of the seed: a week or so
	await expect(canvas).toHaveAttribute('data-axis', /day|week/);
	await page.getByRole('button', { name: 'All dates' }).click();
	await expect(canvas).toHaveAttribute('data-axis', /year|quarter|month/);
	await open(page, '#from=2026-01-25&to=2026-02-04');
	await expect(canvas).toHaveAttribute('data-axis', 'day');
});

test('one filter: the search’s facets dim the talks that do not match; there is no talks filter', async ({ page }) => {
	await open(page);
	const talks = page.locator('[data-lane="talks"] button.mark');
	await expect(talks).toHaveCount(2);
	await expect(page.getByText('Filter talks')).toHaveCount(0);
	await expect(page.getByTestId('filter-place')).toHaveCount(0);
	// the facets come with the search, once a reader reaches for it
	await page.getByRole('searchbox', { name: 'Search events' }).focus();
	await page.getByTestId('search-place').selectOption('Abu Dhabi');
	await expect(talks.and(page.locator('.dimmed'))).toHaveCount(1);
	await expect(talks.and(page.locator('.dimmed'))).not.toHaveAttribute('aria-label', /Abu Dhabi/);
});

test('every mark has a tooltip, on hover and on focus, with its label and date in words', async ({ page }) => {
	await open(page);
	await expect(page.getByTestId('timeline')).toHaveAttribute('data-ready', 'true');
	const tip = page.getByTestId('tooltip');
	await sundayMark(page).hover();
	await expect(tip).toHaveText(/^Talks resume between .*Sunday 1 February 2026/);
	const tuesday = page.locator('button.mark').and(page.getByRole('button', { name: /Tuesday 27 January 2026/ }));
	await tuesday.focus();
	await expect(tip).toHaveText(/Tuesday 27 January 2026/);
	// in view: inside the plot
	const t = (await tip.boundingBox())!;
	const plot = (await page.locator('.plot').boundingBox())!;
	expect(t.x).toBeGreaterThanOrEqual(plot.x);
	expect(t.x + t.width).toBeLessThanOrEqual(plot.x + plot.width);
	await page.locator('.plot').focus();
	await expect(tip).toHaveCount(0);
});

test('a skip link leads to the timeline', async ({ page }) => {
	await open(page);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to the timeline' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('.plot')).toBeFocused();
	// the hash is the timeline's: following the link leaves it alone
	expect(new URL(page.url()).hash).toBe('');
});

test('+ and − zoom around the focused mark', async ({ page }) => {
	await open(page);
	await expect(page.getByTestId('timeline')).toHaveAttribute('data-ready', 'true');
	const at = Date.parse('2026-02-01T12:00Z');
	const share = async () => {
		const r = await range(page);
		const ms = (iso: string) => Date.parse(iso.length === 10 ? `${iso}T00:00Z` : `${iso}Z`);
		return (at - ms(r.from)) / (ms(r.to) - ms(r.from));
	};
	const before = await share();
	// away from the middle, or a zoom around the middle would keep it in place too
	expect(Math.abs(before - 0.5)).toBeGreaterThan(0.1);
	const fit = await range(page);
	await sundayMark(page).focus();
	await page.keyboard.press('+');
	await expect.poll(async () => span(await range(page))).toBeLessThan(span(fit) * 0.8);
	expect(await share()).toBeCloseTo(before, 1);
	await sundayMark(page).focus();
	await page.keyboard.press('-');
	await expect.poll(async () => span(await range(page))).toBeGreaterThan(span(fit) * 0.9);
	expect(await share()).toBeCloseTo(before, 1);
});

test('axe finds no violation of any impact on the timeline, the card and the reader (light and dark)', async ({ page }, info) => {
	// six full axe runs: more than the default 30 s on a busy two-core machine
	test.setTimeout(120_000);
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await open(page);
		// with the key open, and a tooltip showing
		await page.getByText('Key', { exact: true }).click();
		await expect(page.getByRole('heading', { name: 'Legend' })).toBeVisible();
		await page.locator('button.mark').and(page.getByRole('button', { name: /Tuesday 27 January 2026/ })).hover();
		await expect(page.getByTestId('tooltip')).toBeVisible();
		await expectNoAxeViolations(page, `${colorScheme}: timeline`);
		await page.getByText('Key', { exact: true }).click();
		await sundayMark(page).click();
		await expect(page.getByTestId('card')).toBeVisible();
		await expectNoAxeViolations(page, `${colorScheme}: card`);
		await page.getByRole('button', { name: 'Read the article' }).click();
		await expect(page.getByTestId('reader')).toBeVisible();
		await page.screenshot({ path: `test-results/${info.project.name}-${colorScheme}.png`, fullPage: true });
		await expectNoAxeViolations(page, `${colorScheme}: card and reader`);
	}
});

test('the site answers without its trailing slash and keeps the hash', async ({ page, baseURL }) => {
	// under /sub/path the static server redirects /sub/path to /sub/path/, as GitHub Pages does
	const bare = baseURL!.replace(/\/$/, '');
	await page.goto(`${bare}#from=2026-01-25&to=2026-02-04`);
	expect(page.url()).toBe(`${baseURL}#from=2026-01-25&to=2026-02-04`);
	await expect(page.getByTestId('stage').locator('canvas')).toHaveAttribute('data-axis', 'day');
	await expect(page.locator('[data-lane="talks"] button.mark')).toHaveCount(2);
});

test('fits a phone screen without sideways scrolling', async ({ page }, info) => {
	await page.setViewportSize({ width: 375, height: 740 });
	await open(page);
	await sundayMark(page).click();
	await expect(page.getByTestId('card-when')).toHaveText('Sunday 1 February 2026');
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
	await page.screenshot({ path: `test-results/${info.project.name}-phone.png`, fullPage: true });
});
