import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { SeedError, SeedErrors } from '../ingest/errors.ts';
import { unpackPrepared } from '../ingest/wire.ts';
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

/**
 * The only module that touches the disk: reads every file under the seeds folder (nested folders
 * included) as UTF-8, reporting bytes that are not UTF-8 as a problem of that file and line.
 */
export async function readSeedDir(
	dir: string
): Promise<{ sources: SeedSource[]; errors: SeedError[]; ignored: string[] }> {
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
	const decoder = new TextDecoder('utf-8', { fatal: true });
	for (const entry of entries) {
		if (!entry.isFile() && !entry.isSymbolicLink()) continue;
		const path = join(entry.parentPath, entry.name);
		const file = relative(root, path).split(sep).join('/');
		if (file.split('/').some((part) => part.startsWith('.'))) {
			ignored.push(`${file} (hidden)`);
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
			sources.push({ file, content: decoder.decode(bytes) });
		} catch {
			const bad = firstInvalidUtf8(bytes);
			const line = bytes.subarray(0, bad).filter((b) => b === 0x0a).length + 1;
			errors.push(new SeedError(file, line, `expected UTF-8 text, found an invalid byte 0x${bytes[bad]?.toString(16).padStart(2, '0')} at byte ${bad}`));
		}
	}
	sources.sort((a, b) => (a.file < b.file ? -1 : 1));
	return { sources, errors, ignored: ignored.sort() };
}

/** Offset of the first byte that breaks UTF-8 (overlong forms and surrogates included). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i]!;
		let need: number;
		let min: number;
		if (b < 0x80) {
			i++;
			continue;
		} else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
		else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
		else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
		else return i;
		let cp = b & (0x3f >> need);
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
			cp = (cp << 6) | (c & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
		i += need + 1;
	}
	return -1;
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
export async function loadTimeline(dir = seedsDir(), options: BuildOptions = {}): Promise<BuildReport> {
	const { sources, errors, ignored } = await readSeedDir(dir);
	let report: BuildReport;
	const latest = options.latest ?? defaultLatest();
	const prepared = options.extract
		? sortSources(sources).map((s) => prepareSource(s, latest, options.extract))
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
	return {
		...report,
		read: report.read + errors.length,
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
 * The per-file work (parse, sentences, dates) spread over worker threads, each taking a run of
 * files of about equal size. Results come back in path order, so the output is the same as with
 * one thread (a test holds it).
 */
export async function prepareInWorkers(sources: SeedSource[], latest: string, workers = workerCount(sources.length)): Promise<PreparedSource[]> {
	const sorted = sortSources(sources);
	if (workers <= 1 || !existsSync(WORKER)) return sorted.map((s) => prepareSource(s, latest));
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
				new Promise<PreparedSource[]>((done, fail) => {
					const worker = new Worker(BOOT, { eval: true, workerData: { sources: chunk, latest, script: pathToFileURL(WORKER).href } });
					// results come in batches, in the chunk's order, then `null`
					const results: PreparedSource[] = [];
					worker.on('message', (batch: PreparedSource[] | null) => {
						if (batch) {
							for (const p of batch) results.push(unpackPrepared(p));
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

/** The one line every build ends with: nothing dropped without being counted. */
export function formatSummary(report: BuildReport): string {
	const { data } = report;
	const talks = data.events.filter((e) => e.kind === 'talks').length;
	return (
		`${report.read} articles read, ${data.articles.length} published, ${report.skipped.length} skipped, ` +
		`${data.events.length} events, ${talks} talks` +
		(report.ignored.length ? ` (${report.ignored.length} non-seed files ignored: ${report.ignored.slice(0, 5).join(', ')}${report.ignored.length > 5 ? ', ...' : ''})` : '')
	);
}

let cached: Promise<BuildReport> | null = null;

/** The site's data, built once per build process (the page and the JSON endpoint share it). */
export function getTimeline(): Promise<BuildReport> {
	cached ??= loadTimeline(seedsDir(), { skipInvalid: skipInvalidFromEnv() }).then((report) => {
		for (const e of report.skipped) console.warn(`skipped ${e.message}`);
		console.log(formatSummary(report));
		return report;
	});
	return cached;
}
