/**
 * The page's `<html lang>` follows the site's locale (`PUBLIC_LOCALE`, see `$lib/i18n`): `src/app.html`
 * says `%lang%`, replaced here. `handle` also runs when prerendering, so every built page has it.
 */
import type { Handle } from '@sveltejs/kit';
import { LOCALE } from '$lib/i18n';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', LOCALE) });
