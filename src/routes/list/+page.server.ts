import { MAX_PER_PAGE } from '$lib/search/listPages';
import { readListIndex, readListPage } from '$lib/server/prepared.ts';
import type { PageServerLoad } from './$types';

/** The list's index; a story whose events fit one page shows them here, not only links to years. */
export const load: PageServerLoad = () => {
	const index = readListIndex();
	const months = index.events <= MAX_PER_PAGE ? index.pages.flatMap((p) => readListPage(p.slug) ?? []) : null;
	return { ...index, months };
};
