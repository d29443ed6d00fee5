// Plain JavaScript: svelte.config.js imports it too.
import { BroadcastChannel } from 'node:worker_threads';

/**
 * The build stages its data files (src/lib/server/siteFiles.ts) on the prerender thread, long before
 * prerendering ends; the one-file export needs nothing else, so the staged folder is announced on
 * this channel to the build's main thread (svelte.config.js), which starts the export right away.
 */
const SITE_STAGED_CHANNEL = 'newsline:site-staged';

/**
 * Tells every listener in this process (any thread) that `folder` is complete.
 * @param {string} folder
 */
export function announceStaged(folder) {
	const channel = new BroadcastChannel(SITE_STAGED_CHANNEL);
	channel.postMessage(folder);
	channel.close();
}

/**
 * Calls `onStaged` with each folder announced from now on. The channel never keeps the process
 * alive (a dev server or `svelte-check` is never told anything). Returns a function that stops it.
 * @param {(folder: string) => void} onStaged
 * @returns {() => void}
 */
export function onSiteStaged(onStaged) {
	const channel = new BroadcastChannel(SITE_STAGED_CHANNEL);
	channel.unref();
	channel.onmessage = (/** @type {any} */ message) => onStaged(String(message.data));
	return () => channel.close();
}
