/**
 * `npm run bench [-- --sizes 1000,10000] [--dir /tmp/newsline-bench] [--skip-build]`
 *
 * Every figure in one table: build time and peak memory for generated corpora of each size (from
 * scratch), the rebuild after adding one article to the largest (with the extraction cache) and
 * whether it equals a clean build, the largest site's files and size, extraction words per second (`npm run bench:extract`), and in one headless Chromium the first
 * load (bytes, gzipped), the page's JS, the first render and frame times of the built site with the
 * 10,000-article corpus and with synthetic stories of 5,000, 50,000 and 100,000 events, and
 * vis-timeline on the same 5,000 and 50,000 events. A benchmark, not a test: it takes minutes.
 * Corpora, builds and results.json go to `--dir` (never to the repository).
 */
import { firstViewShards } from '../src/lib/timeline/loadPlan.ts';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { buildShards, type ShardIndex } from '../src/lib/timeline/shards.ts';
import type { TimelineData } from '../src/lib/ingest/types.ts';
import { launchBrowser, measureSite, measureVis, warmUp, type FrameFigures, type SiteFigures } from './lib/benchBrowser.ts';
import { syntheticTimeline } from './lib/benchData.ts';
import { DAY_MS, dayToMs } from '../src/lib/timeline/time.ts';

const TARGETS = { buildS: 60, buildMb: 2048, firstLoadKb: 150, jsKb: 60, renderMs: 1500, p95: 25, longestTask: 100, rebuildS: 15, fileMiB: 25, files: 20000, sizeRatio: 4 };

function parseArgs(argv: string[]) {
	let sizes = [1000, 10000];
	let dir = '/tmp/newsline-bench';
	let skipBuild = false;
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--sizes') sizes = argv[++i]!.split(',').map(Number);
		else if (argv[i] === '--dir') dir = argv[++i]!;
		else if (argv[i] === '--skip-build') skipBuild = true;
	}
	return { sizes, dir: resolve(dir), skipBuild };
}

const { sizes, dir, skipBuild } = parseArgs(process.argv.slice(2));
mkdirSync(dir, { recursive: true });
const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

/** Generates the corpus of `articles` once; its folder. */
function corpusOf(articles: number): string {
	const corpus = join(dir, `c${articles}`);
	if (!existsSync(corpus)) {
		log(`generating ${articles} articles`);
		const g = spawnSync('node_modules/.bin/tsx', ['scripts/gen-corpus.ts', '--articles', String(articles), '--out', corpus], { stdio: 'inherit' });
		if (g.status !== 0) throw new Error('gen:corpus failed');
	}
	return corpus;
}

/** Build the site from a corpus into its own folder, from scratch (no extraction cache), timing it. */
function build(articles: number): { seconds: number; peakMb: number; out: string } {
	const corpus = corpusOf(articles);
	const out = join(dir, `site-${articles}`);
	if (skipBuild && existsSync(join(out, 'index.html'))) return { seconds: NaN, peakMb: NaN, out };
	log(`building ${articles} articles`);
	return timedBuild(corpus, out, { EXTRACT_CACHE: '0' });
}

/** `npm run build` of `corpus` into `out` with `env`: wall seconds and peak memory (GNU time). */
function timedBuild(corpus: string, out: string, env: Record<string, string>): { seconds: number; peakMb: number; out: string } {
	// `npm run build` as a user runs it: extraction (scripts/prepare-data.ts), `vite build` and the
	// one-file export, one process after the other; GNU time's %M is the largest single process of
	// the tree (extraction, whose workers are threads of it)
	const time = existsSync('/usr/bin/time');
	const cmd = time ? '/usr/bin/time' : 'npm';
	const args = time ? ['-f', 'BENCH_TIME %e %M', 'npm', 'run', 'build'] : ['run', 'build'];
	const t0 = performance.now();
	const r = spawnSync(cmd, args, { env: { ...process.env, ...env, SEEDS_DIR: corpus, BUILD_DIR: out }, encoding: 'utf8', maxBuffer: 64 << 20 });
	const seconds = (performance.now() - t0) / 1000;
	if (r.status !== 0) throw new Error(`build of ${corpus} failed:\n${r.stderr.slice(-3000)}`);
	const m = /BENCH_TIME ([\d.]+) (\d+)/.exec(r.stderr);
	return { seconds: m ? Number(m[1]) : seconds, peakMb: m ? Number(m[2]) / 1024 : NaN, out };
}

/**
 * Adding one article to the largest story: a build that fills the extraction cache, one more
 * article, the rebuild (timed), and a clean build of the same folder to compare with, file by file.
 */
function rebuild(articles: number): { seconds: number; identical: boolean; differing: string[] } {
	const corpus = corpusOf(articles);
	const plus = join(dir, `c${articles}-plus-one`);
	rmSync(plus, { recursive: true, force: true });
	cpSync(corpus, plus, { recursive: true });
	const cache = join(dir, 'extract-cache');
	rmSync(cache, { recursive: true, force: true });
	log(`rebuild: filling the extraction cache (${articles} articles)`);
	timedBuild(plus, join(dir, `site-${articles}-rebuilt`), { EXTRACT_CACHE_DIR: cache });
	writeFileSync(join(plus, 'one-more.txt'), 'date 2026-06-21 Talks resume in Geneva\nDelegations meet again\nDelegations from both sides met in Geneva on Sunday, and talks will resume on 3 July.\n');
	log('rebuild: one article added');
	const again = timedBuild(plus, join(dir, `site-${articles}-rebuilt`), { EXTRACT_CACHE_DIR: cache });
	log('rebuild: a clean build of the same folder, to compare');
	const clean = timedBuild(plus, join(dir, `site-${articles}-clean`), { EXTRACT_CACHE: '0' });
	const differing = differingFiles(again.out, clean.out);
	return { seconds: again.seconds, identical: differing.length === 0, differing: differing.slice(0, 5) };
}

/** Paths under `a` or `b` whose bytes differ (or that only one has). */
function differingFiles(a: string, b: string): string[] {
	const list = (root: string) => new Map(listFiles(root).map((f) => [f.slice(root.length + 1), f]));
	const [left, right] = [list(a), list(b)];
	const out: string[] = [];
	for (const [rel, path] of left) if (!right.has(rel) || !readFileSync(path).equals(readFileSync(right.get(rel)!))) out.push(rel);
	for (const rel of right.keys()) if (!left.has(rel)) out.push(rel);
	return out;
}

function listFiles(root: string): string[] {
	const out: string[] = [];
	for (const e of readdirSync(root, { withFileTypes: true })) {
		const p = join(root, e.name);
		if (e.isDirectory()) out.push(...listFiles(p));
		else out.push(p);
	}
	return out;
}

/** What a static host receives: files, their total size, the largest; the seeds' size beside it. */
function siteSize(site: string, corpus: string) {
	const files = listFiles(site);
	const sizes = files.map((f) => ({ f, bytes: statSync(f).size }));
	const exportBytes = sizes.filter((s) => s.f.endsWith('/timeline.html')).reduce((n, s) => n + s.bytes, 0);
	const total = sizes.reduce((n, s) => n + s.bytes, 0);
	const largest = sizes.reduce((m, s) => (s.bytes > m.bytes ? s : m), { f: '', bytes: 0 });
	const seeds = listFiles(corpus).reduce((n, f) => n + statSync(f).size, 0);
	return { files: files.length, totalMb: total / 1e6, withoutExportMb: (total - exportBytes) / 1e6, seedsMb: seeds / 1e6, largestMiB: largest.bytes / 2 ** 20, largest: largest.f.slice(site.length + 1) };
}

/** Words a second of CPU time on one core: the date finder alone, and the whole per-article pipeline (`bench:extract`). */
function wordsPerSecond(): string {
	const r = spawnSync('npm', ['run', '--silent', 'bench:extract'], { encoding: 'utf8' });
	const [dates, whole] = [...r.stdout.matchAll(/words\/s by cpu time (\d+)/g)].map((m) => Number(m[1]).toLocaleString('en'));
	return `dates ${dates ?? 'n/a'}; whole article ${whole ?? 'n/a'}`;
}

/**
 * The JSON block in which the prerendered page hands SvelteKit's client a response its `load`
 * fetched (`data-sveltekit-fetched`), written as SvelteKit writes it.
 */
function fetchedBlock(url: string, body: string): string {
	const payload = JSON.stringify({ status: 200, statusText: '', headers: {}, body }).replace(/[<\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`);
	return `<script type="application/json" data-sveltekit-fetched data-url="${url}">${payload}</script>`;
}

/**
 * A copy of a built site whose data is `data` instead: shards rewritten, the index the page carries
 * replaced, with the early requests of its first view. The page's prerendered markup still shows
 * the base build's story until the client has loaded the new one: what is measured is the client.
 */
function siteWith(site: string, name: string, data: TimelineData): string {
	const out = join(dir, name);
	// a real folder, never a link back into the base build
	const base = realpathSync(site);
	rmSync(out, { recursive: true, force: true });
	cpSync(base, out, { recursive: true, dereference: true, filter: (src) => src !== join(base, 'data') && !src.startsWith(join(base, 'data') + '/') });
	const files = buildShards(data);
	for (const [path, value] of files) {
		mkdirSync(join(out, 'data', path, '..'), { recursive: true });
		writeFileSync(join(out, 'data', path), JSON.stringify(value));
	}
	const html = readFileSync(join(out, 'index.html'), 'utf8');
	const index = files.get('index.json') as ShardIndex;
	const early = firstViewShards(index)
		.map((key) => `<link rel="preload" as="fetch" crossorigin="anonymous" href="data/m/${key}.json">`)
		.join('');
	// a synthetic story is never small enough for its marks to come inlined: only the index does
	const withoutData = html
		.replace(/<link rel="preload" as="fetch"[^>]*>/g, '')
		.replace(/<script type="application\/json" data-sveltekit-fetched data-url="\/data\/m\/[^"]*">[\s\S]*?<\/script>/g, '');
	const patched = withoutData.replace(/<script type="application\/json" data-sveltekit-fetched data-url="\/data\/index\.json">[\s\S]*?<\/script>/, () => early + fetchedBlock('/data/index.json', JSON.stringify(index)));
	if (patched === withoutData) throw new Error(`${base}/index.html: no data/index.json block to replace`);
	writeFileSync(join(out, 'index.html'), patched);
	return out;
}

/** The same events as vis-timeline items, in three groups like our lanes. */
function visItems(data: TimelineData) {
	const items: object[] = data.events.map((e) => {
		const start = dayToMs(e.when.start);
		const end = dayToMs(e.when.end) + DAY_MS;
		const point = e.when.precision === 'day' || e.when.precision === 'before';
		return point
			? { id: e.id, content: e.label, start: e.when.precision === 'before' ? end - DAY_MS : start, type: 'point', group: e.kind === 'talks' ? 'talks' : 'events' }
			: { id: e.id, content: e.label, start, end, type: 'range', group: e.kind === 'talks' ? 'talks' : 'events' };
	});
	for (const a of data.articles) items.push({ id: a.id, content: a.title, start: Date.parse(`${a.date}T00:00Z`), type: 'point', group: 'articles' });
	return items;
}

function serve(root: string, port: number): ChildProcess {
	return spawn('node_modules/.bin/tsx', ['scripts/serve.ts', root, '--port', String(port)], { stdio: 'ignore' });
}

async function waitFor(url: string) {
	for (let i = 0; i < 100; i++) {
		if (await fetch(url).then((r) => r.ok, () => false)) return;
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`${url} did not answer`);
}

const builds = sizes.map((n) => ({ articles: n, ...build(n) }));
const largestSize = sizes[sizes.length - 1]!;
const size = siteSize(builds[builds.length - 1]!.out, corpusOf(largestSize));
const again = skipBuild ? null : rebuild(largestSize);
log('measuring extraction');
const wps = wordsPerSecond();

log('preparing synthetic sites and vis-timeline');
const base = builds[builds.length - 1]!.out;
const synth = { 5000: syntheticTimeline(5000), 50000: syntheticTimeline(50000), 100000: syntheticTimeline(100000) };
const sites: Record<string, string> = { corpus: base };
for (const [n, data] of Object.entries(synth)) sites[n] = siteWith(base, `site-synthetic-${n}`, data);
const visDir = join(dir, 'vis');
mkdirSync(visDir, { recursive: true });
for (const f of ['vis.html', 'vis.js']) cpSync(join('scripts/bench', f), join(visDir, f));
cpSync('node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js', join(visDir, 'vis-timeline-graph2d.min.js'));
cpSync('node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css', join(visDir, 'vis-timeline-graph2d.min.css'));
for (const n of [5000, 50000] as const) writeFileSync(join(visDir, `items-${n}.json`), JSON.stringify(visItems(synth[n])));

const servers: ChildProcess[] = [];
const ours: Record<string, SiteFigures> = {};
const theirs: Record<string, { renderMs: number } & FrameFigures> = {};
const browser = await launchBrowser();
try {
	let port = 4480;
	// the corpus site, on a port of its own: no measured page shares its URL
	servers.push(serve(base, ++port));
	await waitFor(`http://127.0.0.1:${port}/`);
	log('warming up the browser (not measured)');
	await warmUp(browser, `http://127.0.0.1:${port}/`);
	for (const [name, root] of Object.entries(sites)) {
		servers.push(serve(root, ++port));
		await waitFor(`http://127.0.0.1:${port}/`);
		log(`our site: ${name}`);
		ours[name] = await measureSite(browser, `http://127.0.0.1:${port}/`);
	}
	servers.push(serve(visDir, ++port));
	await waitFor(`http://127.0.0.1:${port}/vis.html`);
	for (const n of [5000, 50000]) {
		log(`vis-timeline: ${n}`);
		theirs[n] = await measureVis(browser, `http://127.0.0.1:${port}/vis.html?n=${n}`, ours[n]!.views);
	}
} finally {
	await browser.close();
	for (const s of servers) s.kill();
}

// ---- the table ----
const rows: [string, string, string, string][] = [];
const ok = (pass: boolean) => (pass ? 'yes' : 'NO');
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
for (const b of builds) {
	rows.push([`build, ${b.articles} articles: seconds`, f1(b.seconds), b.articles >= 10000 ? `< ${TARGETS.buildS}` : '', b.articles >= 10000 ? ok(b.seconds < TARGETS.buildS) : '']);
	rows.push([`build, ${b.articles} articles: peak memory MB`, f1(b.peakMb), b.articles >= 10000 ? `< ${TARGETS.buildMb}` : '', b.articles >= 10000 ? ok(b.peakMb < TARGETS.buildMb) : '']);
}
if (again) {
	rows.push([`rebuild after adding one article to ${largestSize}: seconds`, f1(again.seconds), `< ${TARGETS.rebuildS}`, ok(again.seconds < TARGETS.rebuildS)]);
	rows.push([`  rebuilt site byte-identical to a clean build`, again.identical ? 'yes' : `no (${again.differing.join(', ')})`, 'yes', ok(again.identical)]);
}
rows.push([`site of ${largestSize} articles: files`, String(size.files), `< ${TARGETS.files}`, ok(size.files < TARGETS.files)]);
rows.push([`  largest file MiB (${size.largest})`, f1(size.largestMiB), `< ${TARGETS.fileMiB}`, ok(size.largestMiB < TARGETS.fileMiB)]);
rows.push([`  size without the one-file export MB (seeds ${f1(size.seedsMb)} MB)`, `${f1(size.withoutExportMb)} (${f1(size.withoutExportMb / size.seedsMb)}x)`, `< ${TARGETS.sizeRatio}x`, ok(size.withoutExportMb / size.seedsMb < TARGETS.sizeRatio)]);
rows.push(['extraction words/s of CPU time, one core (bench:extract)', wps, '≥ 300,000', '']);
for (const [name, s] of Object.entries(ours)) {
	const label = name === 'corpus' ? `${sizes[sizes.length - 1]} articles` : `${Number(name).toLocaleString('en')} synthetic events`;
	rows.push([`first load KB gz (${label})`, f1(s.firstLoadGz / 1024), `< ${TARGETS.firstLoadKb}`, ok(s.firstLoadGz / 1024 < TARGETS.firstLoadKb)]);
	rows.push([`page JS KB gz (${label})`, f1(s.jsGz / 1024), `< ${TARGETS.jsKb}`, ok(s.jsGz / 1024 < TARGETS.jsKb)]);
	rows.push([`first render ms (${label})`, f1(s.renderMs), `< ${TARGETS.renderMs}`, ok(s.renderMs < TARGETS.renderMs)]);
	rows.push([`  page settled ms: buttons made (${label})`, f1(s.settledMs), '', '']);
	rows.push([`zoom/pan frame p50 / p95 / max ms (${label}, ${s.frames} frames)`, `${f1(s.p50)} / ${f1(s.p95)} / ${f1(s.max)}`, `p95 < ${TARGETS.p95}`, ok(s.p95 < TARGETS.p95)]);
	rows.push([`  the same gesture later, elsewhere (${label})`, `${f1(s.later.p50)} / ${f1(s.later.p95)} / ${f1(s.later.max)}`, `p95 < ${TARGETS.p95}`, ok(s.later.p95 < TARGETS.p95)]);
	rows.push([`longest task during interaction ms (${label})`, f1(s.longestTask), `< ${TARGETS.longestTask}`, ok(s.longestTask < TARGETS.longestTask)]);
}
for (const [n, v] of Object.entries(theirs)) {
	const o = ours[n]!;
	rows.push([`vis-timeline ${Number(n).toLocaleString('en')} events: first render ms (ours; ratio)`, `${f1(v.renderMs)} (${f1(o.renderMs)}; ${f1(v.renderMs / o.renderMs)}x)`, '', '']);
	rows.push([`vis-timeline ${Number(n).toLocaleString('en')} events: frame p95 ms (ours; ratio)`, `${f1(v.p95)} (${f1(o.p95)}; ${f1(v.p95 / o.p95)}x)`, '', '']);
	rows.push([`vis-timeline ${Number(n).toLocaleString('en')} events: longest task ms (ours)`, `${f1(v.longestTask)} (${f1(o.longestTask)})`, '', '']);
}
const w = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['figure', 'value', 'target', 'met'][i]!.length));
const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(w[i]!)).join(' | ')} |`;
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.versions.node}; ${new Date().toISOString()}`);
console.log(line(['figure', 'value', 'target', 'met']));
console.log(line(w.map((n) => '-'.repeat(n))));
for (const r of rows) console.log(line(r));
writeFileSync(join(dir, 'results.json'), JSON.stringify({ date: new Date().toISOString(), builds, rebuild: again, size, wordsPerSecond: wps, ours, vis: theirs }, null, 2));
