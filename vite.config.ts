import { readFileSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { d3Standins } from './src/lib/timeline/d3/aliases.ts';

/**
 * The locale a story file asks for (`locale:` in seeds/story.md, kept by scripts/prepare-data.ts in
 * the prepared story.json) becomes the build's `PUBLIC_LOCALE`, unless that is set: read before
 * Vite loads the environment, which happens after this file runs.
 */
function applyStoryLocale(): void {
	if (process.env.PUBLIC_LOCALE) return;
	try {
		const { locale } = JSON.parse(readFileSync('.svelte-kit/newsline/prepared/story.json', 'utf8')) as { locale: string | null };
		if (locale) process.env.PUBLIC_LOCALE = locale;
	} catch {
		// nothing prepared yet: the default locale
	}
}

export default defineConfig(({ mode }) => {
	if (mode !== 'test') applyStoryLocale();
	return {
		plugins: [sveltekit()],
		resolve: {
			// The time scale is d3-scale's scaleUtc; what it would pull in for colour interpolation and
			// English tick formats can never run here (numeric ranges, Intl labels), so the site gets
			// small stand-ins (see the files). Unit tests keep the real packages, to check the stand-ins.
			alias: mode === 'test' ? [] : d3Standins()
		},
		// `import.meta.env.PUBLIC_LOCALE` (read by src/lib/i18n.ts) must reach the client and the
		// prerendered pages alike; SvelteKit's own `$env` modules would not reach the one-file export
		envPrefix: ['VITE_', 'PUBLIC_'],
		// the bundler's note on slow plugin callbacks is about SvelteKit's prerendering (its writeBundle),
		// which writes every page and data file: expected, and nothing to act on
		build: { rolldownOptions: { checks: { bundlerTimings: false } } },
		environments: {
			client: {
				build: {
					rolldownOptions: {
						output: {
							// Svelte's and SvelteKit's client runtimes and the bundler's helpers (virtual `\0`
							// modules) as one file instead of a handful: a page with client code loads all of
							// them, and one file gzips smaller (the timeline page's JS: 60.6 KB, not 61.3)
							codeSplitting: { groups: [{ name: 'runtime', test: (id) => id.startsWith('\0') || /node_modules[\\/](svelte|@sveltejs[\\/]kit|esm-env|devalue|clsx)[\\/]/.test(id) }] }
						}
					}
				}
			}
		},
		test: {
			include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
			// each test extracts afresh; the extraction cache has tests of its own
			env: { EXTRACT_CACHE: '0' },
			environment: 'node'
		}
	};
});
