/**
 * `npm run build:single [-- --out FILE] [--site [DIR]]`
 *
 * Writes the whole timeline, every article included, as one self-contained HTML file that opens
 * from `file://` with no server and no network: the site's Timeline, search and list, with its data
 * files (the same shards and search index the site serves from `data/` and `search/`), compiled by
 * its own Vite build (scripts/single/singleConfig.ts) and inlined here. The story's title is the
 * file's `<title>`. `npm run build` runs it last (step 3 of 3).
 *
 * Without `--site` it reads `seeds/` (or `SEEDS_DIR`) like the site and writes
 * `build/timeline.html` (or into `BUILD_DIR`). With `--site`, as `npm run build` runs it, it takes
 * the `data/` files of the site just built in DIR (default `BUILD_DIR`, else `build/`) instead of
 * extracting the seeds a second time, and writes DIR/timeline.html. Either way the file is the same.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync, writeSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { loadTimeline, seedsDir, skipInvalidFromEnv, formatSummary } from '../src/lib/server/seeds.ts';
import { preparedFiles, readPreparedStory, readPreparedSummary } from '../src/lib/server/prepared.ts';
import { pageText } from '../src/lib/i18n.ts';
import { orderShardPaths, type ShardIndex } from '../src/lib/timeline/shards.ts';
import { codeHash, ROOT } from './lib/codeHash.ts';
import { escapeStringBody, inlineAssets } from './single/inline.ts';
import { createSingleConfig, DATA_PLACEHOLDER } from './single/singleConfig.ts';

/**
 * The largest export written: static hosts refuse bigger files (Cloudflare Pages 25 MiB, GitHub
 * Pages 100 MB). A story whose data does not fit is published as the site alone, and the build says
 * so. `SINGLE_MAX_BYTES` sets another limit.
 */
const MAX_BYTES = Number(process.env.SINGLE_MAX_BYTES) || 25 * 2 ** 20;

/**
 * Every data file as `[path under data/, its JSON text]`, in `buildShards` order, then the search
 * index's as `[search/<name>, its JSON text]`, read one at a time.
 */
type DataFiles = Iterable<[string, string]>;

function listFiles(dir: string): string[] {
	const paths: string[] = [];
	for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
		if (e.isFile()) paths.push(relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
	return paths;
}

/** Bytes of the files under `dirs` of the site: what the export would carry at least. */
function siteDataBytes(site: string, dirs: string[]): number {
	let bytes = 0;
	for (const d of dirs) {
		const dir = join(site, d);
		if (existsSync(dir)) for (const path of listFiles(dir)) bytes += statSync(join(dir, path)).size;
	}
	return bytes;
}

function* fromSite(site: string, index: ShardIndex): DataFiles {
	const dataDir = join(site, 'data');
	for (const path of orderShardPaths(listFiles(dataDir), index)) yield [path, readFileSync(join(dataDir, path), 'utf8')];
	const searchDir = join(site, 'search');
	if (existsSync(searchDir)) for (const name of listFiles(searchDir).sort()) yield [`search/${name}`, readFileSync(join(searchDir, name), 'utf8')];
}

/** The prepared files of `data/` and `search/`, as fromSite gives them. */
function fromPrepared(files: Iterable<[string, unknown]>): [string, string][] {
	const out: [string, string][] = [];
	for (const [path, value] of files) {
		if (path.startsWith('data/')) out.push([path.slice(5), JSON.stringify(value)]);
		else if (path.startsWith('search/')) out.push([path, JSON.stringify(value)]);
	}
	return out;
}

/** The story file's locale of the site just prepared, if the prepared files are that site's. */
function siteLocale(index: ShardIndex): string | null {
	try {
		const { story, locale } = readPreparedStory();
		return story.title === index.story?.title ? locale : null;
	} catch {
		return null;
	}
}

/** Text for HTML: the story's title is the seeds' words, never markup. */
function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The summary line of the build that wrote the site (kept by scripts/prepare-data.ts), if it is that site's. */
function siteSummary(index: ShardIndex, site: string): string {
	let line = '';
	try {
		line = readPreparedSummary();
	} catch {
		// no prepared folder (a site built elsewhere): the counts of its index say enough
	}
	const m = / (\d+) published, \d+ skipped, (?:.*?\), )?(\d+) events?, (\d+) talks/.exec(line);
	const { articles, events, talks } = index.counts;
	if (m && Number(m[1]) === articles && Number(m[2]) === events && Number(m[3]) === talks) return line;
	return `${articles} articles, ${events} events, ${talks} talks from ${site}`;
}

function optionValue(args: string[], name: string): string | undefined {
	const at = args.indexOf(name);
	const value = at >= 0 ? args[at + 1] : undefined;
	return value !== undefined && !value.startsWith('--') ? value : undefined;
}

class TooLarge extends Error {}

async function main() {
	const args = process.argv.slice(2);
	const unknown = args.filter((a) => a.startsWith('--') && a !== '--out' && a !== '--site');
	if (unknown.length) throw new Error(`Unknown option ${unknown[0]}. Usage: npm run build:single -- [--out FILE] [--site [DIR]]`);
	const site = args.includes('--site') ? resolve(optionValue(args, '--site') ?? process.env.BUILD_DIR ?? 'build') : null;
	const out = resolve(optionValue(args, '--out') ?? join(site ?? process.env.BUILD_DIR ?? 'build', 'timeline.html'));

	let files: DataFiles;
	let summary: string;
	let index: ShardIndex;
	let locale: string | null;
	/** What the data alone weighs: over the limit, nothing is bundled or read. */
	let dataBytes: number;
	if (site) {
		const indexFile = join(site, 'data', 'index.json');
		if (!existsSync(indexFile)) throw new Error(`build-single: ${indexFile} not found; build the site first (npm run build)`);
		index = JSON.parse(readFileSync(indexFile, 'utf8')) as ShardIndex;
		files = fromSite(site, index);
		summary = siteSummary(index, site);
		locale = siteLocale(index);
		dataBytes = siteDataBytes(site, ['data', 'search']);
	} else {
		const report = await loadTimeline(seedsDir(), { skipInvalid: skipInvalidFromEnv() });
		const prepared = fromPrepared(preparedFiles(report.data, report.story));
		index = JSON.parse(prepared.find(([path]) => path === 'index.json')![1]) as ShardIndex;
		files = prepared;
		summary = formatSummary(report);
		locale = report.story?.locale ?? null;
		dataBytes = prepared.reduce((n, [, json]) => n + Buffer.byteLength(json), 0);
	}
	const tooLarge = () =>
		console.log(`${summary}; ${out} not written: the story is over the ${(MAX_BYTES / 2 ** 20).toFixed(MAX_BYTES % 2 ** 20 ? 2 : 0)} MiB a static host takes in one file (the site holds all of it)`);
	if (dataBytes > MAX_BYTES) {
		await rm(out, { force: true });
		tooLarge();
		return;
	}
	// the story file's locale, as the site's build takes it: unless PUBLIC_LOCALE says otherwise
	if (!process.env.PUBLIC_LOCALE && locale) process.env.PUBLIC_LOCALE = locale;
	const title = `<title>${escapeHtml(index.story?.title ?? pageText.siteTitle)}</title>`;

	// the page around the data depends on the code only (and PUBLIC_LOCALE, which codeHash counts):
	// kept under a hash of it and reused
	const cached = join(ROOT, '.svelte-kit', 'newsline', 'single', `${codeHash(['scripts/build-single.ts', 'scripts/single'])}.html`);
	const tmp = await mkdtemp(join(tmpdir(), 'newsline-single-'));
	try {
		const bundled = existsSync(cached) ? await readFile(cached, 'utf8') : await bundlePage(tmp, cached);
		const single = bundled.replace(/<title>[^<]*<\/title>/, () => title);

		// the data goes where the placeholder string is, written file by file: never one huge string
		const at = single.indexOf(DATA_PLACEHOLDER);
		const quote = single[at - 1] ?? '';
		if (at < 0 || single.indexOf(DATA_PLACEHOLDER, at + 1) >= 0 || single[at + DATA_PLACEHOLDER.length] !== quote)
			throw new Error('build-single: expected the data placeholder once, as a whole string, in the built page');
		await mkdir(dirname(out), { recursive: true });
		const fd = openSync(out, 'w');
		let length = 0;
		const write = (text: string) => {
			length += Buffer.byteLength(text);
			if (length > MAX_BYTES) throw new TooLarge();
			writeSync(fd, text);
		};
		try {
			write(single.slice(0, at));
			let first = true;
			write(escapeStringBody('{', quote));
			for (const [path, json] of files) {
				write(escapeStringBody(`${first ? '' : ','}${JSON.stringify(path)}:${json}`, quote));
				first = false;
			}
			write(escapeStringBody('}', quote));
			write(single.slice(at + DATA_PLACEHOLDER.length));
		} catch (e) {
			if (!(e instanceof TooLarge)) throw e;
		} finally {
			closeSync(fd);
		}
		if (length > MAX_BYTES) {
			await rm(out, { force: true });
			tooLarge();
			return;
		}
		console.log(`${summary}; wrote ${out} (${Math.round(length / 1024)} kB)`);
	} finally {
		await rm(tmp, { recursive: true, force: true });
	}
}

/** Bundle the one-file page with the data placeholder, every asset inlined; keep it at `cacheFile`. */
async function bundlePage(tmp: string, cacheFile: string): Promise<string> {
	// loaded only when there is something to bundle: importing Vite takes longer than a cache hit
	const { build } = await import('vite');
	await build(createSingleConfig(tmp));
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

	await rm(dirname(cacheFile), { recursive: true, force: true });
	await mkdir(dirname(cacheFile), { recursive: true });
	await writeFile(cacheFile, single);
	return single;
}

main().catch((e: Error) => {
	console.error(e.message);
	process.exit(1);
});
