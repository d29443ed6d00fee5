/**
 * What a search asks for, and whether it asks for anything: all the search box needs before the
 * first search, which loads the code that answers it (`querySearch.ts`).
 */
import { tokenizeQuery } from './tokenize';
import type { SearchDoc } from './buildSearchIndex';

/** Loads one index file by name (`meta.json`, `s-ab.json`, ...), e.g. with `fetch`. */
export type Loader = (file: string) => Promise<unknown>;

export interface SearchQuery {
	text: string;
	kind: string | null;
	status: string | null;
	party: string | null;
	place: string | null;
}

export const EMPTY_QUERY: SearchQuery = { text: '', kind: null, status: null, party: null, place: null };

export interface SearchAnswer {
	/** How many events match. */
	total: number;
	/** The first `limit` of them, in date order. */
	docs: SearchDoc[];
}

/** Whether the query asks for anything (words or a filter). */
export function isActive(q: SearchQuery): boolean {
	return tokenizeQuery(q.text).words.length > 0 || !!(q.kind || q.status || q.party || q.place);
}

