/**
 * `$app/paths` for the site's own client (src/client/main.ts): the page sits at the root of the
 * site, wherever the site is deployed, so everything is relative to it (as SvelteKit's
 * `paths.relative` gives on a page at the root).
 */
export const base = '.';
export const assets = '.';
