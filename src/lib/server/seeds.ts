import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { decodeSeed } from '../ingest/decodeSeed.ts';
import { SeedError, SeedErrors } from '../ingest/errors.ts';
import { seedFormat, type SeedFormat } from '../ingest/parseSeed.ts';
import { isStoryFile, parseStoryFile, type StoryFile } from '../ingest/story.ts';
import { MAX_SENTENCE } from '../ingest/splitSentences.ts';
import { unpackPrepared } from '../ingest/wire.ts';
import { openExtractCache, type ExtractCache } from './extractCache.ts';
import { createProgress } from './progress.ts';
import {
	assembleTimeline,
	defaultLatest,
	prepareSource,
	sortSources,
	type BuildOptions,
	type BuildReport,
	type PreparedSource,
	type SeedSource
} from '../ingest/buildTimeline.ts';

/** A build's report with the story file of the folder, if it has one. */
export interface SeedsReport extends BuildReport {
	story: StoryFile | null;
}

/**
 * The only module that touches the disk: reads every file under the seeds folder (nested folders
 * included) as text (UTF-8, or the character set a page or feed declares), reporting bytes that do
 * not decode as a problem of that file and line. `story.md` at the folder's root is the story file
 * (src/lib/ingest/story.ts), not an article.
 */
export async function readSeedDir(
	dir: string
): Promise<{ sources: SeedSource[]; errors: SeedError[]; ignored: string[]; story: StoryFile | null }> {
	const root = resolve(dir);
	let entries;
	try {
		entries = await readdir(root, { recursive: true, withFileTypes: true });
	} catch (e) {
		throw new Error(`Cannot read the seeds folder ${root}: ${(e as Error).message}`);
	}
	const sources: SeedSource[] = [];
	const errors: SeedError[] = [];
	const ignored: string[] = [];
	let story: StoryFile | null = null;
	for (const entry of entries) {
		if (!entry.isFile() && !entry.isSymbolicLink()) continue;
		const path = join(entry.parentPath, entry.name);
		const file = relative(root, path).split(sep).join('/');
		if (file.split('/').some((part) => part.startsWith('.'))) {
			ignored.push(`${file} (hidden)`);
			continue;
		}
		// a photo or a PDF beside the articles is named, not read (its bytes are not text)
		if (!seedFormat(file)) {
			if (entry.isFile()) ignored.push(file);
			else if ((await stat(path).catch(() => null))?.isDirectory()) ignored.push(`${file} (link to a folder, not followed)`);
			else ignored.push(file);
			continue;
		}
		const bytes = await readFile(path).catch((e: Error) => e);
		if (bytes instanceof Error) {
			// readdir does not follow links to folders (they could loop): name them, do not read them
			if ((bytes as NodeJS.ErrnoException).code === 'EISDIR') {
				ignored.push(`${file} (link to a folder, not followed)`);
				continue;
			}
			errors.push(new SeedError(file, 1, `expected a readable file (${bytes.message})`));
			continue;
		}
		try {
			if (isStoryFile(file)) story = parseStoryFile(file, decodeSeed(file, bytes));
			else sources.push({ file, content: decodeSeed(file, bytes) });
		} catch (e) {
			if (!(e instanceof SeedError)) throw e;
			errors.push(e);
		}
	}
	sources.sort((a, b) => (a.file < b.file ? -1 : 1));
	return { sources, errors, ignored: ignored.sort(), story };
}

/** Where the seeds are: `SEEDS_DIR` or `seeds/` in the working directory. */
export function seedsDir(): string {
	return process.env.SEEDS_DIR ?? 'seeds';
}

/** Whether invalid seeds are skipped (`SKIP_INVALID=1`) instead of failing the build. */
export function skipInvalidFromEnv(): boolean {
	return /^(1|true|yes)$/i.test(process.env.SKIP_INVALID ?? '');
}

/** Reads and builds a seeds folder; all problems of all files come out together. */
export async function loadTimeline(dir = seedsDir(), options: BuildOptions = {}): Promise<SeedsReport> {
	const { sources, errors, ignored, story } = await readSeedDir(dir);
	let report: BuildReport;
	const latest = options.latest ?? defaultLatest();
	const prepared = options.extract
		? sortSources(sources).flatMap((s) => prepareSource(s, latest, options.extract))
		: await prepareInWorkers(sources, latest);
	try {
		report = assembleTimeline(prepared, options);
	} catch (e) {
		// one error lists every problem: unreadable files and the seeds that failed to parse
		if (!(e instanceof SeedErrors) || !errors.length) throw e;
		const empty = e.errors.every((x) => x.line === 0);
		const rest = options.skipInvalid || !empty ? e.errors : [];
		throw new SeedErrors([...errors, ...rest].sort(byFileLine));
	}
	if (errors.length && !options.skipInvalid) throw new SeedErrors(errors);
	const formats = { ...report.formats };
	const articleErrors = errors.filter((e) => !isStoryFile(e.file));
	for (const e of articleErrors) {
		const format = seedFormat(e.file);
		if (format) formats[format] = (formats[format] ?? 0) + 1;
	}
	return {
		...report,
		story,
		read: report.read + articleErrors.length,
		formats,
		skipped: [...errors, ...report.skipped].sort(byFileLine),
		ignored: [...ignored, ...report.ignored].sort()
	};
}

// The worker runs the TypeScript source through tsx's loader, as the CLI does; worker threads do
// not take `--import` in execArgv, so a tiny boot script registers the loader first
const WORKER = resolve('src/lib/server/prepareWorker.ts');
const BOOT = `
const { workerData } = require('node:worker_threads');
import('tsx/esm/api').then((tsx) => { tsx.register(); return import(workerData.script); });
`;

/** How many worker threads extraction uses: `EXTRACT_WORKERS`, else one per core (at most 4). */
export function workerCount(files: number): number {
	const asked = Number(process.env.EXTRACT_WORKERS);
	if (Number.isInteger(asked) && asked >= 0) return asked;
	// starting a worker costs about half a second: not worth it for a handful of articles
	return files < 200 ? 0 : Math.min(4, availableParallelism());
}

/**
 * The per-file work (parse, sentences, dates): what the extraction cache already holds is read from
 * it, the rest is spread over worker threads, each taking a run of files of about equal size.
 * Results come back in path order, so the output is the same as with one thread and as with no
 * cache (tests hold both).
 */
export async function prepareInWorkers(
	sources: SeedSource[],
	latest: string,
	workers?: number,
	cache: ExtractCache = openExtractCache()
): Promise<PreparedSource[]> {
	const sorted = sortSources(sources);
	const found = sorted.map((s) => cache.get(s));
	const todo = sorted.filter((_, i) => !found[i]);
	const progress = createProgress('extracting articles', sorted.length);
	const cached = sorted.length - todo.length;
	const fresh = await prepareFresh(todo, latest, workers ?? workerCount(todo.length), (done) => progress.update(cached + done));
	progress.end();
	let next = 0;
	return sorted.flatMap((source, i) => {
		if (found[i]) return found[i];
		const prepared = fresh[next++]!;
		cache.set(source, prepared);
		return prepared;
	});
}

/** Each source's results, in the order given, from worker threads when there are enough sources. */
async function prepareFresh(sorted: SeedSource[], latest: string, workers: number, onDone: (done: number) => void): Promise<PreparedSource[][]> {
	let finished = 0;
	if (workers <= 1 || !existsSync(WORKER))
		return sorted.map((s) => {
			const prepared = prepareSource(s, latest);
			onDone(++finished);
			return prepared;
		});
	const total = sorted.reduce((n, s) => n + s.content.length, 0);
	const chunks: SeedSource[][] = [];
	let current: SeedSource[] = [];
	let size = 0;
	for (const source of sorted) {
		current.push(source);
		size += source.content.length;
		if (size >= (total * (chunks.length + 1)) / workers && chunks.length < workers - 1) {
			chunks.push(current);
			current = [];
		}
	}
	chunks.push(current);
	const results = await Promise.all(
		chunks.map(
			(chunk) =>
				new Promise<PreparedSource[][]>((done, fail) => {
					const worker = new Worker(BOOT, { eval: true, workerData: { sources: chunk, latest, script: pathToFileURL(WORKER).href } });
					// results come in batches (one list per source), in the chunk's order, then `null`
					const results: PreparedSource[][] = [];
					worker.on('message', (batch: PreparedSource[][] | null) => {
						if (batch) {
							for (const list of batch) results.push(list.map(unpackPrepared));
							onDone((finished += batch.length));
							return;
						}
						done(results);
						void worker.terminate();
					});
					worker.once('error', fail);
					worker.once('exit', (code) => {
						if (code !== 0 && code !== 1) fail(new Error(`extraction worker stopped with code ${code}`));
					});
				})
		)
	);
	return results.flat();
}

function byFileLine(a: SeedError, b: SeedError): number {
	return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}

const FORMAT_NAMES: Record<SeedFormat, [string, string]> = {
	text: ['text', 'text'],
	markdown: ['Markdown', 'Markdown'],
	page: ['page', 'pages'],
	feed: ['feed item', 'feed items'],
	jsonl: ['JSON Lines', 'JSON Lines']
};

function count(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}

/** The one line every build ends with: nothing dropped without being counted. */
export function formatSummary(report: BuildReport): string {
	const { data } = report;
	const talks = data.events.filter((e) => e.kind === 'talks').length;
	const formats = (Object.keys(FORMAT_NAMES) as SeedFormat[])
		.filter((f) => report.formats[f])
		.map((f) => count(report.formats[f]!, ...FORMAT_NAMES[f]));
	const dupes = report.duplicates;
	return (
		`${count(report.read, 'article', 'articles')} read (${formats.join(', ')}), ` +
		`${data.articles.length} published, ${report.skipped.length} skipped, ` +
		(dupes.length
			? `${count(dupes.length, 'duplicate', 'duplicates')} read once (${dupes.slice(0, 3).map((d) => `${d.file}: ${d.reason} as ${d.of}`).join('; ')}${dupes.length > 3 ? '; ...' : ''}), `
			: '') +
		`${count(data.events.length, 'event', 'events')}, ${count(talks, 'talks', 'talks')}` +
		(report.longSentences ? `, ${count(report.longSentences, 'sentence', 'sentences')} over ${MAX_SENTENCE.toLocaleString('en')} characters cut into pieces` : '') +
		(report.ignored.length ? ` (${report.ignored.length} non-seed files ignored: ${report.ignored.slice(0, 5).join(', ')}${report.ignored.length > 5 ? ', ...' : ''})` : '')
	);
}

let cached: Promise<SeedsReport> | null = null;

/** The site's data, built once per build process (the page and the JSON endpoint share it). */
export function getTimeline(): Promise<SeedsReport> {
	cached ??= loadTimeline(seedsDir(), { skipInvalid: skipInvalidFromEnv() }).then((report) => {
		for (const e of report.skipped) console.warn(`skipped ${e.message}`);
		console.log(formatSummary(report));
		return report;
	});
	return cached;
}
