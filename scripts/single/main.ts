/**
 * Entry of the one-file export (`npm run build:single`): every data file the timeline would fetch
 * from `data/` is compiled in, and `fetch` answers from them, so the page needs no server and no
 * network. Any other request is refused without touching the network.
 */
import { mount } from 'svelte';
import files from 'virtual:newsline-single-data';
import type { ShardIndex } from '$lib/timeline/shards';
import App from './App.svelte';

const data = files as Record<string, unknown>;

function urlOf(input: RequestInfo | URL): string {
	return typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
}

globalThis.fetch = async (input: RequestInfo | URL) => {
	const url = urlOf(input);
	const at = url.lastIndexOf('/data/');
	const key = at >= 0 ? decodeURIComponent(url.slice(at + '/data/'.length).replace(/[?#].*$/, '')) : null;
	if (key !== null && key in data) return new Response(JSON.stringify(data[key]), { headers: { 'content-type': 'application/json' } });
	return new Response(`not in this file: ${url}`, { status: 404, statusText: 'Not Found' });
};

const index = data['index.json'] as ShardIndex;
mount(App, { target: document.getElementById('app')!, props: { index, title: document.title } });
