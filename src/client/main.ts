/**
 * The timeline page's client: mounts the live part of the page (links, search, timeline) over its
 * prerendered markup, with the data the page carries (see embed.ts). SvelteKit prerenders the page
 * with `csr = false`, so its router and hydration runtime stay out of the download; history and
 * hash handling live in the Timeline itself. Built by scripts/build-client.ts.
 */
import { mount } from 'svelte';
import TimelinePage from '$lib/TimelinePage.svelte';
import type { MarkShard, ShardIndex } from '$lib/timeline/shards';
import { LIVE_ID, readEmbedded } from './embed';

const data = readEmbedded<{ index: ShardIndex; preloaded: Record<string, MarkShard> }>(document);
const target = document.getElementById(LIVE_ID);
if (!target) throw new Error(`This page has no #${LIVE_ID} element: rebuild the site with npm run build`);
// the prerendered markup stands in until now; the mounted part replaces it with the same content
target.replaceChildren();
mount(TimelinePage, { target, props: data });
