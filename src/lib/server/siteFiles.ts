/**
 * The site's data files (`data/`: the timeline's shards, `search/`: the search index), written in one
 * pass straight to disk during the build instead of one prerender request per file. The adapter
 * (svelte.config.js) moves the folder into the build output; the routes that serve the same files in
 * `vite dev` read them back from it while prerendering (the page inlines `data/index.json`).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildSearchIndex } from '../search/buildSearchIndex.ts';
import { buildShards } from '../timeline/shards.ts';
import type { TimelineData } from '../ingest/types.ts';
import { formatSummary, getTimeline } from './seeds.ts';
import { announceStaged } from './stagedChannel.js';

/**
 * Where the build stages the files: `site/` is what the adapter moves into the output,
 * `summary.txt` the build's summary line (for `build-single --site`). svelte.config.js names the
 * same folder.
 */
export const STAGING_DIR = resolve('.svelte-kit/newsline');

/** Every data and search file of the site, by path under the site's root, as the JSON to write. */
export function* siteFiles(data: TimelineData): Generator<[string, unknown]> {
	for (const [path, value] of buildShards(data)) yield [`data/${path}`, value];
	for (const [name, value] of buildSearchIndex(data).files) yield [`search/${name}`, value];
}

/** Writes {@link siteFiles} under `dir` (emptied first), compact JSON as the routes serve it; returns the number of files. */
export function writeSiteFiles(data: TimelineData, dir: string): number {
	rmSync(dir, { recursive: true, force: true });
	const made = new Set<string>();
	let count = 0;
	for (const [path, value] of siteFiles(data)) {
		const file = join(dir, path);
		const parent = dirname(file);
		if (!made.has(parent)) {
			mkdirSync(parent, { recursive: true });
			made.add(parent);
		}
		writeFileSync(file, JSON.stringify(value));
		count++;
	}
	return count;
}

let staged: Promise<string> | null = null;

/**
 * Once per build process: extracts the timeline (shared with the pages) and writes its files to
 * `STAGING_DIR/site`; resolves to that folder.
 */
export function stageSiteFiles(): Promise<string> {
	staged ??= getTimeline().then((report) => {
		const site = join(STAGING_DIR, 'site');
		writeSiteFiles(report.data, site);
		writeFileSync(join(STAGING_DIR, 'summary.txt'), formatSummary(report) + '\n');
		// everything is written: the one-file export can start now, beside the list pages'
		// prerendering (svelte.config.js)
		announceStaged(site);
		return site;
	});
	return staged;
}
