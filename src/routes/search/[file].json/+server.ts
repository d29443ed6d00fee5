import { error } from '@sveltejs/kit';
import { preparedPaths, readPreparedFile } from '$lib/server/prepared.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Every file of the search index (see `$lib/search/buildSearchIndex.ts`), as scripts/prepare-data.ts wrote them. */
export const entries: EntryGenerator = () =>
	preparedPaths('search')
		.filter((name) => name.endsWith('.json'))
		.map((name) => ({ file: name.slice(0, -'.json'.length) }));

export const GET: RequestHandler = async ({ params }) => {
	const bytes = await readPreparedFile('search', `${params.file}.json`);
	if (bytes === null) error(404, `no search file ${params.file}.json`);
	return new Response(new Uint8Array(bytes), { headers: { 'content-type': 'application/json' } });
};
