/**
 * The Vite build of the one-file export: mounts the site's own Timeline (scripts/single/main.ts)
 * without SvelteKit, `$app/*` replaced by small shims, the data served from a virtual module.
 * Used by scripts/build-single.ts, which then inlines the output into one HTML file.
 */
import { fileURLToPath } from 'node:url';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import type { InlineConfig, Plugin } from 'vite';
import { resolveLocale } from '../../src/lib/i18n.ts';
import { d3Standins } from '../../src/lib/timeline/d3/aliases.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * Stands for the JSON text of every data file in `virtual:newsline-single-data`. The bundler only
 * sees this placeholder (the data of a large story is well over 100 MB: parsing and printing it
 * would take minutes and gigabytes); build-single.ts streams the data into its place afterwards.
 */
export const DATA_PLACEHOLDER = '__NEWSLINE_SINGLE_DATA__';

/** Serves `virtual:newsline-single-data`: `JSON.parse` of the placeholder. */
function dataPlugin(): Plugin {
	const id = 'virtual:newsline-single-data';
	return {
		name: 'newsline-single-data',
		resolveId: (source) => (source === id ? `\0${id}` : null),
		load: (source) => (source === `\0${id}` ? `export default JSON.parse(${JSON.stringify(DATA_PLACEHOLDER)});` : null)
	};
}

/**
 * `<html lang="%lang%">` in index.html: the site's locale (`PUBLIC_LOCALE` as it is when the bundle is
 * made: build-single.ts may set it from the story file), as on the site's pages.
 */
function langPlugin(): Plugin {
	return { name: 'newsline-single-lang', transformIndexHtml: (html) => html.replace('%lang%', resolveLocale(process.env.PUBLIC_LOCALE)) };
}

/** The whole config: one JS chunk (lazy imports folded in), one CSS file, every asset inlined. */
export function createSingleConfig(outDir: string): InlineConfig {
	return {
		configFile: false,
		root: here('.'),
		base: './',
		logLevel: 'warn',
		envPrefix: ['VITE_', 'PUBLIC_'],
		resolve: {
			alias: [
				{ find: '$lib', replacement: here('../../src/lib') },
				{ find: '$app/navigation', replacement: here('./shims/navigation.ts') },
				{ find: '$app/paths', replacement: here('./shims/paths.ts') },
				{ find: '$app/environment', replacement: here('./shims/environment.ts') },
				...d3Standins()
			]
		},
		plugins: [svelte({ configFile: false, preprocess: vitePreprocess(), compilerOptions: { runes: true } }), dataPlugin(), langPlugin()],
		build: {
			outDir,
			emptyOutDir: true,
			assetsInlineLimit: Number.MAX_SAFE_INTEGER,
			cssCodeSplit: false,
			modulePreload: false,
			reportCompressedSize: false,
			// file:// refuses module imports from other files: dynamic imports must be bundled in
			rolldownOptions: { output: { codeSplitting: false } }
		}
	};
}
