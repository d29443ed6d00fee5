/**
 * The one module that writes the page's URL hash and listens for its changes; what the keys mean
 * is in urlHash.ts.
 */
import { pushState, replaceState } from '$app/navigation';
import { mergeHash } from './urlHash';

/**
 * Write `updates` into the page's hash: `push` makes a history entry (a selection), `replace` does
 * not (a zoom, a search being typed). Nothing happens when the hash would not change.
 */
export function writeHash(updates: Readonly<Record<string, string | null>>, mode: 'push' | 'replace'): void {
	const hash = mergeHash(location.hash, updates);
	if (hash === location.hash) return;
	(mode === 'push' ? pushState : replaceState)(hash || location.pathname + location.search, {});
}

/** Calls `listener` with the hash whenever the visitor changes it (links, back and forward). */
export function onHashChange(listener: (hash: string) => void): () => void {
	const run = () => listener(location.hash);
	addEventListener('hashchange', run);
	addEventListener('popstate', run);
	return () => {
		removeEventListener('hashchange', run);
		removeEventListener('popstate', run);
	};
}
