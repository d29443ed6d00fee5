/**
 * How the timeline gets its data files (`index.json`, `m/talks-0.json`, ...: see shards.ts), as JSON
 * text: fetched from the site's `data/` folder, or read from the data compiled into the one-file
 * export. The text is parsed by the store, when its frame budget allows (see `ShardStore.drainArrived`).
 */
export type ShardLoader = (path: string) => Promise<string>;

/** Fetches `path` relative to the `data/` folder at `base` (an absolute URL). */
export function createFetchShardLoader(base: string, fetcher: (url: URL) => Promise<Response> = (url) => fetch(url)): ShardLoader {
	return async (path) => {
		const res = await fetcher(new URL(path, base));
		if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
		return res.text();
	};
}

/** Answers from `files` (parsed JSON by path under `data/`) without touching the network. */
export function createFilesShardLoader(files: Readonly<Record<string, unknown>>): ShardLoader {
	return async (path) => {
		if (!Object.hasOwn(files, path)) throw new Error(`${path}: not in this file`);
		return JSON.stringify(files[path]);
	};
}
