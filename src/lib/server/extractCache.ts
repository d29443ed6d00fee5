import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { PreparedSource, SeedSource } from '../ingest/buildTimeline.ts';
import { hashString } from '../ingest/hash.ts';
import { packPrepared, unpackPrepared } from '../ingest/wire.ts';

/**
 * Extraction results kept between builds, one file per seed file, keyed by its path, its content
 * and the version of the code that extracts (every ingest source file and the parsers it uses), so
 * that adding one article to a large story re-extracts only that one. The merge across articles is
 * always recomputed. Results that hold an error are not kept: whether a date is "in the future"
 * depends on the day of the build. `EXTRACT_CACHE=0` turns it off; `EXTRACT_CACHE_DIR` moves it.
 */
export interface ExtractCache {
	get(source: SeedSource): PreparedSource[] | undefined;
	set(source: SeedSource, prepared: PreparedSource[]): void;
}

const NO_CACHE: ExtractCache = { get: () => undefined, set: () => {} };

/** Where the cache lives by default: beside other tools' caches, so `npm ci` starts it afresh. */
export function extractCacheDir(): string {
	return process.env.EXTRACT_CACHE_DIR ?? join('node_modules', '.cache', 'newsline', 'extract');
}

/** The cache for this build, or one that keeps nothing when `EXTRACT_CACHE=0`. */
export function openExtractCache(dir = extractCacheDir(), version = codeVersion()): ExtractCache {
	if (/^(0|false|no)$/i.test(process.env.EXTRACT_CACHE ?? '')) return NO_CACHE;
	const root = resolve(dir, version);
	const pathOf = (source: SeedSource) => {
		const key = hashString(`${source.file}\u0000${source.content.length}\u0000${source.content}`);
		return join(root, key.slice(-2), `${key}.bin`);
	};
	return {
		get(source) {
			try {
				return (deserialize(readFileSync(pathOf(source))) as PreparedSource[]).map(unpackPrepared);
			} catch {
				return undefined; // not there, or unreadable: extract again
			}
		},
		set(source, prepared) {
			if (prepared.some((p) => p.kind === 'error')) return;
			const path = pathOf(source);
			try {
				mkdirSync(join(path, '..'), { recursive: true });
				// without the sentence texts that the article's own text gives back (wire.ts); written
				// whole, then renamed: a build stopped half-way never leaves half a file
				writeFileSync(`${path}.tmp`, serialize(prepared.map(packPrepared)));
				renameSync(`${path}.tmp`, path);
			} catch {
				// a cache that cannot be written (read-only checkout, full disk) only costs time
			}
		}
	};
}

const versions = new Map<string, string>();

/**
 * A hash of everything that decides what extraction gives: the ingest code and data files, and
 * the versions of the packages that read pages and feeds and tag sentences. A change to any of them starts a new cache.
 */
export function codeVersion(code = 'src/lib/ingest'): string {
	const ingest = resolve(code);
	const known = versions.get(ingest);
	if (known) return known;
	const parts: string[] = [];
	for (const file of listFiles(ingest)) {
		if (/\.test\.ts$/.test(file)) continue;
		parts.push(relative(ingest, file).split(sep).join('/'), readFileSync(file, 'utf8'));
	}
	for (const pkg of ['@mozilla/readability', 'linkedom', 'fast-xml-parser', 'iconv-lite', 'wink-nlp', 'wink-eng-lite-web-model']) {
		try {
			parts.push(pkg, (JSON.parse(readFileSync(resolve('node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version);
		} catch {
			parts.push(pkg, 'missing');
		}
	}
	const version = `v-${hashString(parts.join('\u0000'))}`;
	versions.set(ingest, version);
	return version;
}

function listFiles(dir: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir).sort()) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) out.push(...listFiles(path));
		else out.push(path);
	}
	return out;
}
