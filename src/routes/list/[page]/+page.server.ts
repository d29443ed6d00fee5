import { error } from '@sveltejs/kit';
import { pageText } from '$lib/i18n';
import { readListIndex, readListPage } from '$lib/server/prepared.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

// Static pages of links and text: readable without JavaScript, with no client code to download
export const csr = false;

export const entries: EntryGenerator = () => readListIndex().pages.map((p) => ({ page: p.slug }));

export const load: PageServerLoad = ({ params }) => {
	const months = readListPage(params.page);
	if (!months) error(404, pageText.listNoPage(params.page));
	const { pages, story } = readListIndex();
	return { slug: params.page, heading: pages.find((p) => p.slug === params.page)!.heading, months, pages, story: story.title };
};
