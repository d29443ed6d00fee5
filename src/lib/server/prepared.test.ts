import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildReport } from '../ingest/buildTimeline';
import { buildSearchIndex } from '../search/buildSearchIndex';
import { buildListPage, summarizeListPages } from '../search/listItems';
import { buildStoryList } from '../search/storyList';
import type { Story } from '../ingest/story';
import { SEED_FIXTURE } from '../../../tests/unit-support/seedTimeline';
import { buildShards } from '../timeline/shards';
import { existsSync } from 'node:fs';
import { preparedFiles, preparedPaths, readListIndex, readListPage, readPreparedFile, readPreparedSummary, writePrepared } from './prepared';
import { loadTimeline } from './seeds';
import type { ShardIndex } from '../timeline/shards';

const report = (data = SEED_FIXTURE): BuildReport => ({ data, read: 1, formats: { text: 1 }, duplicates: [], longSentences: 0, skipped: [], ignored: [] });

function filesIn(dir: string): Map<string, string> {
	const files = new Map<string, string>();
	for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
		if (e.isFile()) files.set(relative(dir, join(e.parentPath, e.name)).split(sep).join('/'), readFileSync(join(e.parentPath, e.name), 'utf8'));
	return new Map([...files].sort());
}

describe('the prepared folder', () => {
	let dir = '';
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'prepared-'));
		// an earlier story's files must not survive
		writePrepared(report({ ...SEED_FIXTURE, events: [] }), dir);
		writeFileSync(join(dir, 'data', 'stale.json'), '{}');
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('holds exactly the story, the shards, the search files and the list pages, as compact JSON', () => {
		// one article and no story file: its headline is the title
		const story: Story = { title: SEED_FIXTURE.articles[0]!.title, standfirst: null, range: null, titleFrom: 'articles' };
		expect(story.title).toMatch(/^US ‘tells Ukraine/);
		const expected = new Map<string, string>();
		expected.set('story.json', JSON.stringify({ story, locale: null }));
		for (const [path, value] of buildShards(SEED_FIXTURE, {}, story)) expected.set(`data/${path}`, JSON.stringify(value));
		for (const [name, value] of buildSearchIndex(SEED_FIXTURE).files) expected.set(`search/${name}`, JSON.stringify(value));
		const pages = summarizeListPages(SEED_FIXTURE);
		expected.set('list/index.json', JSON.stringify({ pages, events: SEED_FIXTURE.events.length, articles: SEED_FIXTURE.articles.length, story }));
		expected.set('list/story.json', JSON.stringify(buildStoryList(SEED_FIXTURE.events)));
		for (const { slug } of pages) expected.set(`list/pages/${slug}.json`, JSON.stringify(buildListPage(SEED_FIXTURE, slug)));
		expect(pages.length).toBeGreaterThan(0);

		expect(writePrepared(report(), dir)).toBe(expected.size);
		const written = filesIn(dir);
		const listed = JSON.parse(written.get('files.json')!) as string[];
		written.delete('files.json');
		expect(written.get('summary.txt')).toMatch(/^1 article read \(1 text\), \d+ published, 0 skipped, \d+ events, \d+ talks\n$/);
		written.delete('summary.txt');
		expect(written).toEqual(new Map([...expected].sort()));
		expect([...listed].sort()).toEqual([...expected.keys()].sort());
	});

	it('lists the paths the routes prerender, per folder', () => {
		expect(preparedPaths('data', dir)).toEqual([...buildShards(SEED_FIXTURE).keys()]);
		expect(preparedPaths('search', dir)).toEqual([...buildSearchIndex(SEED_FIXTURE).files.keys()]);
		expect(preparedPaths('data', dir)).not.toContain('stale.json');
	});

	it.each([
		['data', 'index.json', true],
		['search', 'meta.json', true],
		['data', 'stale.json', false],
		['data', 'nothing.json', false],
		// only what the build wrote: never a way out of the folder
		['data', '../files.json', false],
		['data', 'm/../index.json', false],
		['data', '/etc/passwd', false]
	] as const)('%s/%s is served: %s', async (folder, path, served) => {
		const bytes = await readPreparedFile(folder, path, dir);
		if (served) expect(bytes!.toString('utf8')).toBe(readFileSync(join(dir, folder, path), 'utf8'));
		else expect(bytes).toBeNull();
	});

	it('gives the list pages what they show, and null for a page that does not exist', () => {
		const { pages } = readListIndex(dir);
		expect(readListPage(pages[0]!.slug, dir)).toEqual(buildListPage(SEED_FIXTURE, pages[0]!.slug));
		expect(readListPage('1999', dir)).toBeNull();
		expect(readListPage('../index', dir)).toBeNull();
		expect(readPreparedSummary(dir)).toMatch(/^1 article read/);
	});

	it('says how to make the folder when it is missing', () => {
		expect(() => readListIndex(join(dir, 'none'))).toThrow(/not found: run `npm run build`/);
	});
});

describe('the story of a folder without a story file', () => {
	const WIKINEWS = '/work/shared/corpora/wikinews';
	const storyOf = async (dir: string) => {
		const report = await loadTimeline(dir, { latest: '2030-01-01' });
		const files = new Map(preparedFiles(report.data, report.story));
		return { index: files.get('data/index.json') as ShardIndex, list: files.get('list/index.json') as { story: Story } };
	};
	// two real stories, read and built as the site builds them (skipped when the corpora are absent)
	it.skipIf(!existsSync(WIKINEWS))(
		'gets a title from its headlines: two Wikinews stories, two different titles',
		async () => {
			const airbus = await storyOf(join(WIKINEWS, 'airbus'));
			const apple = await storyOf(join(WIKINEWS, 'apple'));
			expect(airbus.index.story?.title).toBe('Airbus and Boeing, 2004–2011');
			expect(apple.index.story?.title).toBe('Apple, 2005–2011');
			expect(airbus.list.story).toEqual(airbus.index.story);
			expect(apple.index.story).toMatchObject({ standfirst: null, range: null, titleFrom: 'articles' });
		},
		120_000
	);
});

describe('a story file', () => {
	const file = { title: 'Les pourparlers', standfirst: 'Qui a rencontré qui', from: '2026-01-01', to: null, locale: 'fr-FR' };
	const files = new Map(preparedFiles(SEED_FIXTURE, file));
	it('gives the story of the index and of the list, with its range', () => {
		const story: Story = { title: 'Les pourparlers', standfirst: 'Qui a rencontré qui', range: { from: '2026-01-01', to: null }, titleFrom: 'file' };
		expect((files.get('data/index.json') as ShardIndex).story).toEqual(story);
		expect((files.get('list/index.json') as { story: Story }).story).toEqual(story);
		expect(files.get('story.json')).toEqual({ story, locale: 'fr-FR' });
	});
	it('sets the locale of the dates in words the build writes', () => {
		const sunday = (files.get('list/pages/2026.json') as { items: { when: string; day: string }[] }[]).flatMap((m) => m.items).find((i) => i.day === '2026-02-01');
		expect(sunday?.when).toBe('dimanche 1 février 2026');
		expect(JSON.stringify(files.get('list/story.json'))).toContain('"heading":"février 2026"');
	});
});
