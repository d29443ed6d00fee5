import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const out = process.env.BUILD_DIR ?? 'build';
const staticAdapter = adapter({ pages: out, assets: out, fallback: undefined, strict: true });

/**
 * adapter-static, then the timeline page's own client (scripts/build-client.ts): that page is
 * prerendered with `csr = false` and gets its script here, so every `vite build` gives a whole site.
 * @type {import('@sveltejs/kit').Adapter}
 */
const siteAdapter = {
	name: 'adapter-static + newsline page client',
	async adapt(builder) {
		await staticAdapter.adapt(builder);
		execFileSync('node_modules/.bin/tsx', ['scripts/build-client.ts', out], { stdio: 'inherit' });
	}
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: siteAdapter,
		// the default version is the build's timestamp: a fixed one keeps two builds byte-identical
		version: { name: process.env.BUILD_VERSION ?? pkg.version },
		// relative asset paths: the same build/ works at / and under any sub-path
		paths: { relative: true },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// hashes for SvelteKit's own inline boot script go in a <meta> tag; nothing else inline runs
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['none']
			}
		}
	}
};

export default config;
