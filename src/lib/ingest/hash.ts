/**
 * A short, deterministic hash for stable ids (cyrb53: 53 bits, so 100,000 ids collide with odds of
 * about one in two million; `uniqueIds` settles the rare clash deterministically anyway).
 * The same input gives the same id on every build and machine, so deep links survive rebuilds.
 */
export function hashString(input: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < input.length; i++) {
		const ch = input.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
	return n.toString(36).padStart(11, '0');
}

/** The stable id of an article: its path under the seeds folder, hashed. */
export function articleIdFor(file: string): string {
	return `a-${hashString(file)}`;
}

/** 32-bit FNV-1a of the UTF-16 code units of `input`: cheap enough to run in the browser. */
export function fnv1a(input: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < input.length; i++) {
		h ^= input.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/**
 * Which of `buckets` lookup files holds `id` (the data shards' `i/<n>.json`, the search index's
 * `i-<n>.json`): the build and the page both ask this, so they must agree on it. FNV-1a spreads any
 * id format evenly.
 */
export function bucketOf(id: string, buckets: number): number {
	return fnv1a(id) % Math.max(1, buckets);
}
