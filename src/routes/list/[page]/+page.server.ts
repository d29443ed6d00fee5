import { error } from '@sveltejs/kit';
import { t } from '$lib/i18n';
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
	if (!months) error(404, t.listNoPage(params.page));
	const pages = summarizeListPages(data);
	return { slug: params.page, heading: formatPageHeading(params.page), months, pages };
};
