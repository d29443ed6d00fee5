import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { onSiteStaged } from './src/lib/server/stagedChannel.js';

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

/** The one-file export of a staged site folder, written into it as `timeline.html`; resolves to its summary line. */
function oneFileExport(staged) {
	const single = tsx(['scripts/build-single.ts', '--site', staged, '--out', join(staged, 'timeline.html')]);
	// awaited by the adapter: a failure before then must not count as unhandled
	single.catch(() => {});
	return single;
}

/**
 * The one-file export needs only the data files, which the build stages long before prerendering
 * ends: the prerender thread announces the folder (src/lib/server/stagedChannel.js) and the export
 * starts then, on the core that prerendering the list pages leaves idle, instead of after them.
 * Kept on `globalThis`: this file is loaded more than once in a build (SvelteKit and the Svelte
 * plugin each import it), and one export is enough.
 */
const EARLY = Symbol.for('newsline.oneFileExport');
if (isMainThread && !globalThis[EARLY]) {
	const early = (globalThis[EARLY] = { folder: '', single: null });
	onSiteStaged((folder) => {
		if (early.single) return;
		early.folder = folder;
		early.single = oneFileExport(folder);
	});
}

/** Moves every entry of `from` into `to`, merging folders that both have (`to`'s files are replaced). */
function moveInto(from, to) {
	for (const name of readdirSync(from)) {
		const src = join(from, name);
		const dest = join(to, name);
		if (existsSync(dest) && statSync(dest).isDirectory() && statSync(src).isDirectory()) moveInto(src, dest);
		else renameSync(src, dest);
	}
}

/**
 * adapter-static, then the data and search files that the build wrote in one pass (not one prerender
 * request each) to `.svelte-kit/newsline/site` (`STAGING_DIR` in src/lib/server/siteFiles.ts), moved
 * into the same output, so a later build never picks up stale files; then the timeline page's own
 * client (scripts/build-client.ts), so every `vite build` gives a whole site; and the one-file export
 * (scripts/build-single.ts) from the staged data files, started as soon as they were staged (above),
 * or here if that did not happen.
 * @type {import('@sveltejs/kit').Adapter}
 */
const siteAdapter = {
	name: 'adapter-static + newsline data files, page client and one-file export',
	async adapt(builder) {
		const staged = resolve(builder.config.kit.outDir, 'newsline', 'site');
		if (!existsSync(staged)) throw new Error(`expected the data files in ${staged}: the data route did not run`);
		const early = globalThis[EARLY];
		const single = early?.single && early.folder === staged ? early.single : oneFileExport(staged);
		if (early) early.single = null;
		await staticAdapter.adapt(builder);
		// the timeline page is prerendered with `csr = false`: its own client is built and linked here
		const [summary, client] = await Promise.all([single, tsx(['scripts/build-client.ts', out])]);
		// renamed, not copied (160 MB for 10,000 articles), unless the output is on another file system
		try {
			moveInto(staged, out);
		} catch (e) {
			if (e?.code !== 'EXDEV') throw e;
			builder.copy(staged, out);
		}
		rmSync(staged, { recursive: true, force: true });
		process.stdout.write(client);
		// the build's last line: what was read, published and skipped, and the one-file export
		process.stdout.write(summary.replace(join(staged, 'timeline.html'), join(out, 'timeline.html')));
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
