import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const out = process.env.BUILD_DIR ?? 'build';
const staticAdapter = adapter({ pages: out, assets: out, fallback: undefined, strict: true });

/** Runs `tsx <args>` (stderr shown as it comes); resolves to its standard output. */
function tsx(args) {
	return new Promise((resolve, reject) => {
		const child = spawn('node_modules/.bin/tsx', args, { stdio: ['ignore', 'pipe', 'inherit'] });
		let stdout = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.on('error', reject);
		child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`tsx ${args.join(' ')} failed with exit code ${code}`))));
	});
}

/**
 * adapter-static, then the data and search files that the build wrote in one pass (not one prerender
 * request each) to `.svelte-kit/newsline/site` (`STAGING_DIR` in src/lib/server/siteFiles.ts), copied
 * into the same output and removed, so a later build never picks up stale files; then the timeline
 * page's own client (scripts/build-client.ts), so every `vite build` gives a whole site; and the
 * one-file export (scripts/build-single.ts) from the staged data files, which starts first and runs
 * beside the rest (prerendering is over by now: the build's memory is back to a few hundred MB).
 * @type {import('@sveltejs/kit').Adapter}
 */
const siteAdapter = {
	name: 'adapter-static + newsline data files, page client and one-file export',
	async adapt(builder) {
		const staged = join(builder.config.kit.outDir, 'newsline', 'site');
		if (!existsSync(staged)) throw new Error(`expected the data files in ${staged}: the data route did not run`);
		const stagedSingle = join(staged, 'timeline.html');
		const single = tsx(['scripts/build-single.ts', '--site', staged, '--out', stagedSingle]);
		// awaited below: a failure before then must not count as unhandled
		single.catch(() => {});
		await staticAdapter.adapt(builder);
		// the timeline page is prerendered with `csr = false`: its own client is built and linked here
		const [summary, client] = await Promise.all([single, tsx(['scripts/build-client.ts', out])]);
		builder.copy(staged, out);
		rmSync(staged, { recursive: true, force: true });
		process.stdout.write(client);
		// the build's last line: what was read, published and skipped, and the one-file export
		process.stdout.write(summary.replace(stagedSingle, join(out, 'timeline.html')));
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
