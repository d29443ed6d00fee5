import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const out = process.env.BUILD_DIR ?? 'build';
const staticAdapter = adapter({ pages: out, assets: out, fallback: undefined, strict: true });

/**
 * adapter-static, then the data and search files that the build wrote in one pass (not one prerender
 * request each) to `.svelte-kit/newsline/site` (`STAGING_DIR` in src/lib/server/siteFiles.ts), copied
 * into the same output and removed, so a later build never picks up stale files; then the timeline
 * page's own client (scripts/build-client.ts), so every `vite build` gives a whole site.
 * @type {import('@sveltejs/kit').Adapter}
 */
const siteAdapter = {
	name: 'adapter-static + newsline data files and page client',
	async adapt(builder) {
		await staticAdapter.adapt(builder);
		const staged = join(builder.config.kit.outDir, 'newsline', 'site');
		if (!existsSync(staged)) throw new Error(`expected the data files in ${staged}: the data route did not run`);
		builder.copy(staged, out);
		rmSync(staged, { recursive: true, force: true });
		// the timeline page is prerendered with `csr = false`: its own client is built and linked here
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
