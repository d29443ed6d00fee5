import { error } from '@sveltejs/kit';
import { buildListPage, formatPageHeading, summarizeListPages } from '$lib/search/listItems';
import { getTimeline } from '$lib/server/seeds.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;

export const entries: EntryGenerator = async () => {
	const { data } = await getTimeline();
	return summarizeListPages(data).map((p) => ({ page: p.slug }));
};

export const load: PageServerLoad = async ({ params }) => {
	const { data } = await getTimeline();
	const months = buildListPage(data, params.page);
	if (!months) error(404, `No list page “${params.page}”`);
	const pages = summarizeListPages(data);
	return { slug: params.page, heading: formatPageHeading(params.page), months, pages };
};
