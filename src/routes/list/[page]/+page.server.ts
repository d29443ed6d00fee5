import { error } from '@sveltejs/kit';
import { pageText } from '$lib/i18n';
import { buildListPage, formatPageHeading, summarizeListPages } from '$lib/search/listItems';
import { getTimeline } from '$lib/server/seeds.ts';
import type { PageServerLoad } from './$types';

export const prerender = true;
// Static pages of links and text: no client code, no hydration data (and hundreds fewer files to
// serialise and write at build time for a large archive)
export const csr = false;

// No `entries`: SvelteKit calls them in a separate analysis step, which would extract the seeds a
// second time; every page is linked from the list's index (`list/`), so prerendering finds them all

export const load: PageServerLoad = async ({ params }) => {
	const { data } = await getTimeline();
	const months = buildListPage(data, params.page);
	if (!months) error(404, pageText.listNoPage(params.page));
	const pages = summarizeListPages(data);
	return { slug: params.page, heading: formatPageHeading(params.page), months, pages };
};
