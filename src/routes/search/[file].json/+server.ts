import { error, json } from '@sveltejs/kit';
import { getSearchFiles } from '$lib/search/buildSearchIndex';
import { getTimeline } from '$lib/server/seeds.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** Every file of the search index, prerendered as `search/<name>.json`. */
export const entries: EntryGenerator = async () => {
	const { data } = await getTimeline();
	return [...getSearchFiles(data).files.keys()].map((name) => ({ file: name.replace(/\.json$/, '') }));
};

export const GET: RequestHandler = async ({ params }) => {
	const { data } = await getTimeline();
	const file = getSearchFiles(data).files.get(`${params.file}.json`);
	if (file === undefined) error(404, `no search file ${params.file}.json`);
	return json(file);
};
