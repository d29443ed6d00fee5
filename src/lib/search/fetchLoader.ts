import type { Loader } from './searchQuery';

/** Loads index files with `fetch` from `prefix` (relative to the page: `search/`, `../search/`). */
export function createFetchLoader(prefix: string, fetcher: typeof fetch = fetch): Loader {
	return async (file) => {
		const res = await fetcher(`${prefix}${file}`);
		if (!res.ok) throw new Error(`${prefix}${file}: HTTP ${res.status}`);
		return res.json();
	};
}
