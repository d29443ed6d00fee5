/**
 * `npm run build:single [-- --out build/timeline.html]`
 *
 * Writes the whole timeline, every article included, as one self-contained HTML file that opens
 * from `file://` with no server and no network: the site's Timeline component and its data files
 * (the same shards the site serves from `data/`), compiled by its own Vite build
 * (scripts/single/singleConfig.ts) and inlined here. Reads `seeds/` (or `SEEDS_DIR`) like the site.
 */
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build } from 'vite';
import { loadTimeline, seedsDir, skipInvalidFromEnv, formatSummary } from '../src/lib/server/seeds.ts';
import { buildShards } from '../src/lib/timeline/shards.ts';
import { inlineAssets } from './single/inline.ts';
import { createSingleConfig } from './single/singleConfig.ts';

async function main() {
	const args = process.argv.slice(2);
	const outAt = args.indexOf('--out');
	const out = resolve(outAt >= 0 && args[outAt + 1] ? args[outAt + 1]! : 'build/timeline.html');

	const report = await loadTimeline(seedsDir(), { skipInvalid: skipInvalidFromEnv() });
	const files = Object.fromEntries(buildShards(report.data));
	const tmp = await mkdtemp(join(tmpdir(), 'newsline-single-'));
	try {
		await build(createSingleConfig(files, tmp));
		const html = await readFile(join(tmp, 'index.html'), 'utf8');
		const assets = new Map<string, string>();
		for (const name of await readdir(join(tmp, 'assets')).catch(() => [] as string[])) assets.set(`assets/${name}`, await readFile(join(tmp, 'assets', name), 'utf8'));
		const used = new Set<string>();
		const single = inlineAssets(html, (href) => {
			const name = href.replace(/^\.?\//, '');
			const body = assets.get(name);
			if (body === undefined) throw new Error(`build-single: the page links ${href}, which the build did not write`);
			used.add(name);
			return body;
		});
		// a chunk the page does not link is one a lazy import would fetch: file:// cannot load it
		const left = [...assets.keys()].filter((name) => !used.has(name));
		if (left.length) throw new Error(`build-single: files that would be loaded separately: ${left.join(', ')}`);
		if (/<script\b[^>]*\bsrc=|<link\b[^>]*\bhref="(?!data:)[^"]*\.(js|css)"/.test(single)) throw new Error('build-single: an external script or stylesheet is left');
		await mkdir(dirname(out), { recursive: true });
		await writeFile(out, single);
		console.log(`${formatSummary(report)}; wrote ${out} (${Math.round(single.length / 1024)} kB)`);
	} finally {
		await rm(tmp, { recursive: true, force: true });
	}
}

main().catch((e: Error) => {
	console.error(e.message);
	process.exit(1);
});
