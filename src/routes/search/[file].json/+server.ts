import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { error, json } from '@sveltejs/kit';
import { building } from '$app/environment';
import { getSearchFiles } from '$lib/search/buildSearchIndex';
import { getTimeline } from '$lib/server/seeds.ts';
import { stageSiteFiles } from '$lib/server/siteFiles.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

// Every file of the search index is written in one pass by `stageSiteFiles` (the adapter moves them
// into the output as `search/<name>.json`); only `meta.json` goes through a prerender request. No
// extraction here: SvelteKit calls `entries` in a separate analysis step too
export const entries: EntryGenerator = () => [{ file: 'meta' }];

export const GET: RequestHandler = async ({ params }) => {
	if (building) {
		const bytes = await readFile(join(await stageSiteFiles(), 'search', `${params.file}.json`)).catch(() => null);
		if (bytes === null) error(404, `no search file ${params.file}.json`);
		return new Response(bytes, { headers: { 'content-type': 'application/json' } });
	}
	const { data } = await getTimeline();
	const file = getSearchFiles(data).files.get(`${params.file}.json`);
	if (file === undefined) error(404, `no search file ${params.file}.json`);
	return json(file);
};
