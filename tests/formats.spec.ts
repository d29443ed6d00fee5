import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { articleIdFor } from '../src/lib/ingest/hash.ts';
import { asJsonLines, asPage, asRss, type ArticleForm } from './support/articleForms.ts';
import { buildAndServe } from './support/buildSite.ts';

/**
 * A site built from the seed article saved as a web page, a feed that carries it again beside
 * another story, and a JSON Lines file: the page's title, date, outlet, author, link and paragraphs
 * reach the card and the reader, and the copy in the feed is read once.
 */
const PORT = 4182;
let server: ChildProcess | undefined;
let summary = '';

const seedFile = readdirSync('seeds').find((f) => f.endsWith('.txt'))!;
const [header, standfirst, ...paragraphs] = readFileSync(join('seeds', seedFile), 'utf8').trim().split('\n');
const SEED: ArticleForm = {
	date: /date (\S+)/.exec(header!)![1]!,
	title: /date \S+ (.*)$/.exec(header!)![1]!.trim(),
	standfirst: standfirst!,
	paragraphs,
	url: 'https://news.example.org/world/europe/us-ukraine-security-guarantees-donbas',
	source: 'The Example Times',
	author: 'Jane Reporter'
};
const OTHER: ArticleForm = {
	date: '2026-01-30',
	title: 'Prisoner exchange agreed after Abu Dhabi meeting',
	standfirst: 'Both sides will swap prisoners next week',
	paragraphs: ['Russia and Ukraine agreed on Friday to exchange 150 prisoners each, officials said.', 'The exchange will take place on 6 February, according to the Ukrainian ombudsman.'],
	url: 'https://wire.example.com/prisoner-exchange',
	source: 'Example Wire',
	author: 'Sam Writer'
};

test.describe('articles as pages, feeds and JSON Lines', () => {
	test.beforeAll(async ({}, info) => {
		info.skip(info.project.name !== 'root', 'one build of these seeds is enough');
		test.setTimeout(180_000);
		const seeds = mkdtempSync(join(tmpdir(), 'formats-'));
		writeFileSync(join(seeds, 'saved.html'), asPage(SEED));
		writeFileSync(join(seeds, 'feed.xml'), asRss([{ ...SEED, paragraphs: SEED.paragraphs.slice(0, 3) }, OTHER], 'Europe news'));
		writeFileSync(join(seeds, 'items.jsonl'), asJsonLines([{ ...OTHER, title: 'Monitors to arrive in Zaporizhzhia', url: 'https://wire.example.com/monitors', date: '2026-01-29', paragraphs: ['Monitors will arrive at the Zaporizhzhia plant on Monday, the agency said.'] }]));
		({ summary, server } = await buildAndServe(seeds, PORT));
	});

	test.afterAll(() => {
		server?.kill();
	});

	test('the build counts articles by format and names the copy it read once', () => {
		expect(summary).toMatch(/4 articles read \(1 page, 2 feed items, 1 JSON Lines\), 3 published, 0 skipped, 1 duplicate read once \(feed\.xml#1: same URL as saved\.html\)/);
	});

	test('the saved page: its events, and the card and reader show its outlet, author, link and paragraphs', async ({ page }) => {
		await page.goto(`http://127.0.0.1:${PORT}/`);
		// the talks' resumption on Sunday 1 February 2026, from the page as from the text seed
		await page.getByRole('button', { name: /1 February 2026/ }).first().click();
		const card = page.getByTestId('card');
		await expect(card).toBeVisible();
		await expect(card).toContainText('The Example Times');
		await expect(card).toContainText('Jane Reporter');
		await expect(card.getByRole('link', { name: /original/i }).first()).toHaveAttribute('href', SEED.url);

		await page.goto(`http://127.0.0.1:${PORT}/#article=${articleIdFor('saved.html')}`);
		await page.reload();
		await page.getByRole('button', { name: /read the article/i }).first().click();
		await expect(page.getByText(SEED.paragraphs[1]!.slice(0, 60)).first()).toBeVisible();
		// the page's furniture did not come along
		for (const furniture of ['Accept all cookies', 'Sign up to our daily briefing', 'Great article', 'Share on Facebook']) expect(await page.getByText(furniture).count()).toBe(0);
	});

	test('the feed item and the JSON Lines record are on the timeline with their outlets', async ({ page }) => {
		await page.goto(`http://127.0.0.1:${PORT}/list/2026/`);
		await expect(page.getByText('exchange 150 prisoners', { exact: false }).first()).toBeVisible();
		await expect(page.getByText('Monitors will arrive', { exact: false }).first()).toBeVisible();
	});
});
