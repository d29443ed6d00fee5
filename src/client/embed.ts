/**
 * The page's data travels inside its HTML as a JSON data block (`<script type="application/json">`,
 * which no browser runs). `jsonForScript` makes the block's text safe to place there: no `<` can
 * end the element early and no line separator can break a parser, whatever the articles contain.
 */
export const EMBED_ID = 'newsline-data';
/** The element the client mounts the live part of the page into. */
export const LIVE_ID = 'newsline-live';

/** JSON of `value` with `<`, `>`, `&`, U+2028 and U+2029 written as escapes: still JSON, never markup. */
export function jsonForScript(value: unknown): string {
	return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The whole data block, as the prerendered page carries it. */
export function embedTag(value: unknown): string {
	return `<script type="application/json" id="${EMBED_ID}">${jsonForScript(value)}</script>`;
}

/** Read the block back (in the browser); a page without one is a broken build, said plainly. */
export function readEmbedded<T>(doc: Pick<Document, 'getElementById'>): T {
	const el = doc.getElementById(EMBED_ID);
	if (!el?.textContent) throw new Error(`This page has no #${EMBED_ID} data block: rebuild the site with npm run build`);
	return JSON.parse(el.textContent) as T;
}

/** Marks the page's early requests (see `earlyTags`), so that a copy of the page can replace them. */
export const EARLY_ATTR = 'data-newsline-early';

/**
 * `<link rel="preload">` tags for mark shards the first view needs: the browser fetches them while
 * the page's script loads. `crossorigin` makes them the same request as the client's `fetch()`,
 * which then gets the preloaded response instead of a second download. Keys are shard names
 * (`talks-0`): anything else is a bug, refused rather than escaped.
 */
export function earlyTags(keys: readonly string[]): string {
	return keys
		.map((key) => {
			if (!/^[a-z]+-\d+$/.test(key)) throw new Error(`earlyTags: expected a shard key like "talks-0", found ${JSON.stringify(key)}`);
			return `<link rel="preload" as="fetch" crossorigin="anonymous" href="data/m/${key}.json" ${EARLY_ATTR}>`;
		})
		.join('');
}
