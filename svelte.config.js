import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ pages: process.env.BUILD_DIR ?? 'build', assets: process.env.BUILD_DIR ?? 'build', fallback: undefined, strict: true }),
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
