/**
 * `npm run build`, step 2: the timeline page's own client. SvelteKit prerenders the page with
 * `csr = false` (no router, no hydration runtime); this builds src/client/main.ts with Vite into
 * `<build>/_app/page/` (code-split: the card and reader load on first use) and adds its script tag
 * to the prerendered index.html. `$app/*` imports get small stand-ins, as in the one-file export.
 *
 * The client does not depend on the articles, only on the code: it is kept in
 * `.svelte-kit/newsline/page-client/<hash of its inputs>` and reused while that hash holds (adding
 * articles and rebuilding skips these seconds). The hash covers every file under src/, this script,
 * the shims, the lockfile, the configs and the PUBLIC_ environment.
 *
 *   tsx scripts/build-client.ts [BUILD_DIR]   (default: $BUILD_DIR or build)
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Manifest } from 'vite';
import { d3Standins } from '../src/lib/timeline/d3/aliases.ts';
import { codeHash } from './lib/codeHash.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const site = resolve(process.argv[2] ?? process.env.BUILD_DIR ?? 'build');
const target = join(site, '_app', 'page');
const root = here('..');

const cacheRoot = join(root, '.svelte-kit', 'newsline', 'page-client');
// CLIENT_SOURCEMAP=1 (for profiling) changes the output: it gets a cache entry of its own
const sourcemap = process.env.CLIENT_SOURCEMAP === '1';
const outDir = join(cacheRoot, codeHash(['scripts/build-client.ts', 'scripts/single/shims']) + (sourcemap ? '-sourcemap' : ''));
const PAGE_SCRIPT_MARK = 'data-newsline-client';

if (!existsSync(join(outDir, '.vite', 'manifest.json'))) {
	rmSync(cacheRoot, { recursive: true, force: true });
	// loaded only when there is something to build: importing them takes longer than a cache hit
	const { build } = await import('vite');
	const { svelte, vitePreprocess } = await import('@sveltejs/vite-plugin-svelte');
	await build({
	configFile: false,
	root: here('..'),
	base: './',
	logLevel: 'warn',
	envPrefix: ['VITE_', 'PUBLIC_'],
	resolve: {
		alias: [
			{ find: '$lib', replacement: here('../src/lib') },
			{ find: '$app/navigation', replacement: here('./single/shims/navigation.ts') },
			{ find: '$app/environment', replacement: here('./single/shims/environment.ts') },
			{ find: '$app/paths', replacement: here('../src/client/shims/paths.ts') },
			...d3Standins()
		]
	},
	plugins: [svelte({ configFile: false, preprocess: vitePreprocess(), compilerOptions: { runes: true } })],
	build: {
		outDir,
		emptyOutDir: true,
		manifest: true,
		// relative imports between chunks: the site works at / and under any sub-path
		modulePreload: { polyfill: false },
		reportCompressedSize: false,
		sourcemap,
		rolldownOptions: {
			input: here('../src/client/main.ts'),
			output: { entryFileNames: '[name].[hash].js', chunkFileNames: '[name].[hash].js', assetFileNames: '[name].[hash][extname]' }
		}
	}
	});
}
rmSync(target, { recursive: true, force: true });
cpSync(outDir, target, { recursive: true, filter: (src) => !src.includes(`${join(outDir, '.vite')}`) });

const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
const entry = Object.values(manifest).find((m) => m.isEntry);
if (!entry) throw new Error(`${outDir}/.vite/manifest.json: no entry chunk`);

// the page's own stylesheets come from SvelteKit's prerendering; the script is the only addition
const page = join(site, 'index.html');
const html = readFileSync(page, 'utf8');
const tag = `<script type="module" src="./_app/page/${entry.file}" ${PAGE_SCRIPT_MARK}></script>`;
const without = html.replace(new RegExp(`<script type="module" src="[^"]*" ${PAGE_SCRIPT_MARK}></script>`), '');
if (!without.includes('</head>')) throw new Error(`${page}: no </head> to add the page's script before`);
writeFileSync(page, without.replace('</head>', `\t${tag}\n\t</head>`));
console.log(`page client: ${entry.file} added to ${page}`);
