/**
 * Where the list pages (`list/[page]`) get the timeline while they are prerendered. The server sets it
 * (src/hooks.server.ts); the pages' `load` is a universal one only so that SvelteKit has no server data
 * to serialise: it serialises a server `load`'s result twice per page (for hydration and for
 * `__data.json`) even with `csr = false`: about 3 s of a 10,000-article build's critical path, and
 * 21 MB of `__data.json` files that only the list index's router read (its links now load these
 * pages as documents). These pages have no client code, so their `load` never runs in a browser.
 */
import type { TimelineData } from '../ingest/types.ts';

let source: (() => Promise<TimelineData>) | null = null;

export function provideListSource(get: () => Promise<TimelineData>): void {
	source = get;
}

export function listSource(): Promise<TimelineData> {
	if (!source) throw new Error('The list pages read the timeline on the server only (src/hooks.server.ts provides it); this page has no client code');
	return source();
}
