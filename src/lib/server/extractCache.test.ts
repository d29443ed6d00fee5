import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import * as build from '../ingest/buildTimeline.ts';
import { codeVersion, openExtractCache } from './extractCache.ts';
import { prepareInWorkers } from './seeds.ts';

const LATEST = '2026-11-27';
const sources = [
	{ file: 'a.txt', content: 'date 2026-01-28 Talks\nStandfirst.\nTalks will resume on Sunday in Abu Dhabi.\n' },
	{ file: 'b.md', content: '---\ntitle: B\ndate: 2026-01-02\n---\nThey met on Monday.' },
	{ file: 'bad.txt', content: 'date 2999-01-01 Future\nS.\n' }
];

function cacheIn(dir: string) {
	vi.stubEnv('EXTRACT_CACHE', '1');
	try {
		return openExtractCache(dir, 'v-test');
	} finally {
		vi.unstubAllEnvs();
	}
}

describe('the extraction cache', () => {
	test('a second build reads every article from the cache and gives exactly the same results', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'cache-'));
		const fresh = await prepareInWorkers(sources, LATEST, 0, cacheIn(dir));
		const spy = vi.spyOn(build, 'prepareSource');
		const again = await prepareInWorkers(sources, LATEST, 0, cacheIn(dir));
		// only the file with an error is extracted again: errors are not kept
		expect(spy.mock.calls.map(([s]) => s.file)).toEqual(['bad.txt']);
		spy.mockRestore();
		expect(again).toEqual(fresh);
		expect(again.map((p) => p.kind)).toEqual(['article', 'article', 'error']);
	});

	test('an edited file is extracted again; another version of the code starts a new cache', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'cache-'));
		await prepareInWorkers(sources, LATEST, 0, cacheIn(dir));
		const edited = [{ ...sources[0]!, content: sources[0]!.content.replace('Sunday', 'Tuesday') }, sources[1]!];
		const spy = vi.spyOn(build, 'prepareSource');
		const result = await prepareInWorkers(edited, LATEST, 0, cacheIn(dir));
		expect(spy.mock.calls.map(([s]) => s.file)).toEqual(['a.txt']);
		spy.mockRestore();
		const article = result[0]!;
		expect(article.kind === 'article' && article.article.paragraphs[0]).toContain('Tuesday');
		expect(readdirSync(dir)).toEqual(['v-test']);
	});

	test('EXTRACT_CACHE=0 keeps nothing', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'cache-'));
		vi.stubEnv('EXTRACT_CACHE', '0');
		const cache = openExtractCache(dir, 'v-test');
		vi.unstubAllEnvs();
		await prepareInWorkers(sources, LATEST, 0, cache);
		expect(existsSync(join(dir, 'v-test'))).toBe(false);
	});

	test('the code version changes with any code or data file, not with a test', () => {
		const versionOf = (files: Record<string, string>) => {
			const dir = mkdtempSync(join(tmpdir(), 'code-'));
			for (const [name, text] of Object.entries(files)) {
				mkdirSync(join(dir, name, '..'), { recursive: true });
				writeFileSync(join(dir, name), text);
			}
			return codeVersion(dir);
		};
		const base = { 'a.ts': 'export const a = 1;', 'timex/words.json': '["May"]', 'a.test.ts': 'test()' };
		expect(versionOf(base)).toBe(versionOf({ ...base }));
		expect(versionOf({ ...base, 'a.test.ts': 'test(2)' })).toBe(versionOf(base));
		expect(versionOf({ ...base, 'a.ts': 'export const a = 2;' })).not.toBe(versionOf(base));
		expect(versionOf({ ...base, 'timex/words.json': '["May","June"]' })).not.toBe(versionOf(base));
	});
});
