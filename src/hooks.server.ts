/**
 * The page's `<html lang>` follows the site's locale (`PUBLIC_LOCALE`, see `$lib/i18n`): `src/app.html`
 * says `%lang%`, replaced here. `handle` also runs when prerendering, so every built page has it.
 */
import type { Handle } from '@sveltejs/kit';
import { LOCALE } from '$lib/i18n';
import { provideListSource } from '$lib/search/listSource';
import { getTimeline } from '$lib/server/seeds.ts';

// the list pages' universal `load` reads the timeline through this (see listSource.ts)
provideListSource(async () => (await getTimeline()).data);

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', LOCALE) });
