/**
 * The data the site is built from, written once before `vite build` (scripts/prepare-data.ts) and
 * read by the prerendered routes and the one-file export. Extracting 10,000 articles takes most of
 * a build: it runs once here, not in each of SvelteKit's build processes (its route analysis loads
 * the routes in a separate process).
 *
 * Under {@link PREPARED_DIR}:
 * - `data/…` and `search/…`: the site's files, served as they are (`data/[...path]`, `search/[file].json`);
 * - `list/index.json` and `list/pages/<slug>.json`: what the list pages show;
 * - `list/story.json`: the story's list on the timeline page (src/lib/search/storyList.ts);
 * - `story.json`: the story (its title, standfirst, range) and the story file's locale;
 * - `files.json`: the paths of all of them, for the routes' `entries`;
 * - `summary.txt`: the summary line of the extraction.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { BuildReport } from '../ingest/buildTimeline.ts';
import { resolveStory, type Story, type StoryFile } from '../ingest/story.ts';
import type { TimelineData } from '../ingest/types.ts';
import { createDateFormat, dates, LOCALE, pageMessagesFor, storyMessagesFor } from '../i18n.ts';
import { buildSearchIndex } from '../search/buildSearchIndex.ts';
import { buildListPage, summarizeListPages, type ListMonth, type ListPageSummary } from '../search/listItems.ts';
import { buildStoryList, type StoryList } from '../search/storyList.ts';
import { buildShards } from '../timeline/shards.ts';
import { formatSummary } from './seeds.ts';

export const PREPARED_DIR = resolve('.svelte-kit/newsline/prepared');

/** What the list's index page shows. */
export interface ListIndex {
	pages: ListPageSummary[];
	events: number;
	articles: number;
	story: Story;
}

/** `story.json`: the story, and the locale its file asks for (`null` when it names none). */
export interface PreparedStory {
	story: Story;
	locale: string | null;
}

/**
 * Every prepared file, by path under the prepared folder, as the value to write as JSON. Dates in
 * words follow the story file's `locale` when it has one, else the build's.
 */
export function* preparedFiles(data: TimelineData, storyFile: StoryFile | null = null): Generator<[string, unknown]> {
	const locale = storyFile?.locale ?? LOCALE;
	const f = locale === LOCALE ? dates : createDateFormat(locale);
	const words = storyMessagesFor(locale);
	const story = resolveStory(storyFile, data.articles, { empty: pageMessagesFor(locale).siteTitle, subjects: words.storySubjects, noSubject: words.storyNoSubject }, locale);
	yield ['story.json', { story, locale: storyFile?.locale ?? null } satisfies PreparedStory];
	for (const [path, value] of buildShards(data, {}, story)) yield [`data/${path}`, value];
	for (const [name, value] of buildSearchIndex(data).files) yield [`search/${name}`, value];
	const pages = summarizeListPages(data, f);
	yield ['list/index.json', { pages, events: data.events.length, articles: data.articles.length, story } satisfies ListIndex];
	yield ['list/story.json', buildStoryList(data.events, f) satisfies StoryList];
	for (const { slug } of pages) yield [`list/pages/${slug}.json`, buildListPage(data, slug, f)];
}

/**
 * Writes {@link preparedFiles} of `report` (compact JSON), `files.json` and `summary.txt` under
 * `dir`, emptied first so that no file of an earlier story is left. Returns the number of files.
 */
export function writePrepared(report: BuildReport & { story?: StoryFile | null }, dir = PREPARED_DIR): number {
	rmSync(dir, { recursive: true, force: true });
	const made = new Set<string>();
	const paths: string[] = [];
	for (const [path, value] of preparedFiles(report.data, report.story ?? null)) {
		const file = join(dir, path);
		const parent = dirname(file);
		if (!made.has(parent)) {
			mkdirSync(parent, { recursive: true });
			made.add(parent);
		}
		writeFileSync(file, JSON.stringify(value));
		paths.push(path);
	}
	writeFileSync(join(dir, 'files.json'), JSON.stringify(paths));
	writeFileSync(join(dir, 'summary.txt'), formatSummary(report) + '\n');
	return paths.length;
}

function readPrepared(path: string, dir: string): string {
	try {
		return readFileSync(join(dir, path), 'utf8');
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
		throw new Error(`${join(dir, path)} not found: run \`npm run build\` (or \`tsx scripts/prepare-data.ts\` before \`vite dev\`)`);
	}
}

/** The prepared paths under `folder` (`data`, `search`), relative to it, in the order they were written. */
export function preparedPaths(folder: 'data' | 'search', dir = PREPARED_DIR): string[] {
	const prefix = `${folder}/`;
	return (JSON.parse(readPrepared('files.json', dir)) as string[]).filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
}

/** The bytes of the prepared file `folder/path`, or `null` when there is none. */
export async function readPreparedFile(folder: 'data' | 'search', path: string, dir = PREPARED_DIR): Promise<Buffer | null> {
	// only names the build wrote: no way out of the folder
	if (path.split('/').some((part) => part === '' || part === '.' || part === '..')) return null;
	return readFile(join(dir, folder, path)).catch((e: NodeJS.ErrnoException) => {
		if (e.code === 'ENOENT') return null;
		throw e;
	});
}

export function readListIndex(dir = PREPARED_DIR): ListIndex {
	return JSON.parse(readPrepared('list/index.json', dir)) as ListIndex;
}

/** One list page's months, or `null` when there is no page `slug`. */
export function readListPage(slug: string, dir = PREPARED_DIR): ListMonth[] | null {
	if (!readListIndex(dir).pages.some((p) => p.slug === slug)) return null;
	return JSON.parse(readPrepared(`list/pages/${slug}.json`, dir)) as ListMonth[];
}

/** The story's list on the timeline page. */
export function readStoryList(dir = PREPARED_DIR): StoryList {
	return JSON.parse(readPrepared('list/story.json', dir)) as StoryList;
}

/** The story and its file's locale. */
export function readPreparedStory(dir = PREPARED_DIR): PreparedStory {
	return JSON.parse(readPrepared('story.json', dir)) as PreparedStory;
}

/** The summary line of the extraction the prepared files came from. */
export function readPreparedSummary(dir = PREPARED_DIR): string {
	return readPrepared('summary.txt', dir).trim();
}
