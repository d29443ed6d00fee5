import { error } from '@sveltejs/kit';
import { getTimeline } from '$lib/server/seeds.ts';
import { buildShards } from '$lib/timeline/shards.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

let files: Promise<Map<string, unknown>> | null = null;

/** The shards of the timeline (see `$lib/timeline/shards.ts`), built once per build process. */
function getShards(): Promise<Map<string, unknown>> {
	files ??= getTimeline().then((report) => buildShards(report.data));
	return files;
}

export const entries: EntryGenerator = async () => [...(await getShards()).keys()].map((path) => ({ path }));

export const GET: RequestHandler = async ({ params }) => {
	const value = (await getShards()).get(params.path);
	if (value === undefined) error(404, `No shard ${params.path}`);
	// compact JSON: static hosts gzip it; no `json()` helper, which would add nothing but a header
	return new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });
};
