import { summarizeListPages } from '$lib/search/listItems';
import { getTimeline } from '$lib/server/seeds.ts';
import type { PageServerLoad } from './$types';

export const prerender = true;

export const load: PageServerLoad = async () => {
	const { data } = await getTimeline();
	return { pages: summarizeListPages(data), events: data.events.length, articles: data.articles.length };
};
