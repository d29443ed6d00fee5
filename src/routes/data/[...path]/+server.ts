import { error } from '@sveltejs/kit';
import { preparedPaths, readPreparedFile } from '$lib/server/prepared.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Every shard of the timeline (see `$lib/timeline/shards.ts`), as scripts/prepare-data.ts wrote them. */
export const entries: EntryGenerator = () => preparedPaths('data').map((path) => ({ path }));

export const GET: RequestHandler = async ({ params }) => {
	const bytes = await readPreparedFile('data', params.path);
	if (bytes === null) error(404, `No shard ${params.path}`);
	return new Response(new Uint8Array(bytes), { headers: { 'content-type': 'application/json' } });
};
