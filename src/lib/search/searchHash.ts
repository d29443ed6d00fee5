/**
 * The search's part of the URL hash: `q`, `kind`, `status`, `party`, `place`, next to the timeline's
 * own keys (`event`, `article`, `from`, `to`), which are kept untouched and in place.
 */
import { mergeHash } from '../urlHash';
import type { SearchQuery } from './searchQuery';

const SEARCH_KEYS = ['q', 'kind', 'status', 'party', 'place'] as const;

/** The search state in a hash (with or without `#`); missing keys are empty. */
export function decodeSearchHash(hash: string): SearchQuery {
	const p = new URLSearchParams(hash.replace(/^#/, ''));
	return {
		text: p.get('q') ?? '',
		kind: p.get('kind') || null,
		status: p.get('status') || null,
		party: p.get('party') || null,
		place: p.get('place') || null
	};
}

/** Whether a hash carries any search key. */
export function hasSearchKeys(hash: string): boolean {
	const p = new URLSearchParams(hash.replace(/^#/, ''));
	return SEARCH_KEYS.some((k) => p.has(k));
}

/** The search's keys for the hash (`null` for an empty one), to write with the other keys kept. */
export function searchHashKeys(q: SearchQuery): Record<(typeof SEARCH_KEYS)[number], string | null> {
	return { q: q.text.trim() ? q.text : null, kind: q.kind, status: q.status, party: q.party, place: q.place };
}

/** `hash` with its search keys replaced by `q` (empty ones removed); other keys stay as they were. */
export function mergeSearchHash(hash: string, q: SearchQuery): string {
	return mergeHash(hash, searchHashKeys(q));
}

/** A deep link to an event that keeps the search: `#event=ID&q=...`. */
export function eventLink(id: string, q: SearchQuery): string {
	return mergeSearchHash(`#event=${encodeURIComponent(id)}`, q);
}

