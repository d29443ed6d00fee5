/**
 * Entry of the one-file export (`npm run build:single`): every data file the timeline would fetch
 * from `data/` is compiled in, and the timeline's loader answers from them, so the page needs no
 * server and no network.
 */
import { mount } from 'svelte';
import files from 'virtual:newsline-single-data';
import { createFilesShardLoader } from '$lib/timeline/shardLoader';
import type { ShardIndex } from '$lib/timeline/shards';
import App from './App.svelte';

const data = files as Record<string, unknown>;
const index = data['index.json'] as ShardIndex;
mount(App, { target: document.getElementById('app')!, props: { index, title: document.title, loader: createFilesShardLoader(data) } });
