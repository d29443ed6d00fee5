import { error } from '@sveltejs/kit';
import { pageText } from '$lib/i18n';
import { buildListPage, formatPageHeading, summarizeListPages } from '$lib/search/listItems';
import { listSource } from '$lib/search/listSource';
import type { PageLoad } from './$types';

export const prerender = true;
// Static pages of links and text: no client code, no hydration data. The `load` below is a universal
// one that runs only while prerendering, so there is no server data to serialise (see listSource.ts)
export const csr = false;

// No `entries`: SvelteKit calls them in a separate analysis step, which would extract the seeds a
// second time; every page is linked from the list's index (`list/`), so prerendering finds them all

export const load: PageLoad = async ({ params }) => {
	const data = await listSource();
	const months = buildListPage(data, params.page);
	if (!months) error(404, pageText.listNoPage(params.page));
	const pages = summarizeListPages(data);
	return { slug: params.page, heading: formatPageHeading(params.page), months, pages };
};
