import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { error } from '@sveltejs/kit';
import { building } from '$app/environment';
import { getTimeline } from '$lib/server/seeds.ts';
import { stageSiteFiles } from '$lib/server/siteFiles.ts';
import { buildShards } from '$lib/timeline/shards.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

let files: Promise<Map<string, unknown>> | null = null;

/** The shards of the timeline (see `$lib/timeline/shards.ts`), for `vite dev`. */
function getShards(): Promise<Map<string, unknown>> {
	files ??= getTimeline().then((report) => buildShards(report.data));
	return files;
}

const JSON_HEADERS = { 'content-type': 'application/json' };

// A build writes every shard in one pass (`stageSiteFiles`, on the first request; the adapter moves
// them into the output): only the index goes through a prerender request, for the page that inlines
// it (and, for a small story, the mark shards it fetches too). No extraction here: SvelteKit calls
// `entries` in a separate analysis step too
export const entries: EntryGenerator = () => [{ path: 'index.json' }];

export const GET: RequestHandler = async ({ params }) => {
	if (building) {
		const bytes = await readFile(join(await stageSiteFiles(), 'data', params.path)).catch(() => null);
		if (bytes === null) error(404, `No shard ${params.path}`);
		return new Response(bytes, { headers: JSON_HEADERS });
	}
	const value = (await getShards()).get(params.path);
	if (value === undefined) error(404, `No shard ${params.path}`);
	// compact JSON: static hosts gzip it; no `json()` helper, which would add nothing but a header
	return new Response(JSON.stringify(value), { headers: JSON_HEADERS });
};
