import { error } from '@sveltejs/kit';
import { pageText } from '$lib/i18n';
import { formatPageHeading } from '$lib/search/listItems';
import { readListIndex, readListPage } from '$lib/server/prepared.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

// Static pages of links and text: readable without JavaScript, with no client code to download
export const csr = false;

export const entries: EntryGenerator = () => readListIndex().pages.map((p) => ({ page: p.slug }));

export const load: PageServerLoad = ({ params }) => {
	const months = readListPage(params.page);
	if (!months) error(404, pageText.listNoPage(params.page));
	return { slug: params.page, heading: formatPageHeading(params.page), months, pages: readListIndex().pages };
};
