/**
 * Entry of the one-file export (`npm run build:single`): every data file the timeline would fetch
 * from `data/`, and the search index's files (`search/…`), are compiled in; the timeline's and the
 * search's loaders answer from them, so the page needs no server and no network.
 */
import { mount } from 'svelte';
import files from 'virtual:newsline-single-data';
import { createFilesShardLoader } from '$lib/timeline/shardLoader';
import type { ShardIndex } from '$lib/timeline/shards';
import App from './App.svelte';
import { buildSingleList } from './listData';

const data = files as Record<string, unknown>;
const index = data['index.json'] as ShardIndex;
const searchLoader = async (file: string) => {
	const path = `search/${file}`;
	if (!Object.hasOwn(data, path)) throw new Error(`${path}: not in this file`);
	return data[path];
};
mount(App, {
	target: document.getElementById('app')!,
	props: { index, title: index.story?.title ?? document.title, loader: createFilesShardLoader(data), searchLoader, list: () => buildSingleList(data) }
});
