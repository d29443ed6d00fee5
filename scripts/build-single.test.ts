import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/** `npm run build:single` from the seeds into a new folder, with `env`. */
function buildSingle(env: Record<string, string> = {}) {
	const out = join(mkdtempSync(join(tmpdir(), 'single-')), 'timeline.html');
	const r = spawnSync('node_modules/.bin/tsx', ['scripts/build-single.ts', '--out', out], { encoding: 'utf8', env: { ...process.env, ...env } });
	return { out, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the one-file export', () => {
	test('a story that fits is written whole, under the limit', () => {
		const r = buildSingle();
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/; wrote .*timeline\.html \(\d+ kB\)/);
		expect(statSync(r.out).size).toBeLessThan(25 * 2 ** 20);
	}, 120_000);

	test('a story over the limit is not written, and the build says why', () => {
		const r = buildSingle({ SINGLE_MAX_BYTES: '20000' });
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/timeline\.html not written: the story is over the 0\.02 MiB a static host takes in one file/);
		expect(existsSync(r.out)).toBe(false);
	}, 120_000);

	test('a story whose data fits but whose page with it does not is not written either', () => {
		// the seed's data is under 100 kB; with the page's code the file is over 150 kB
		const r = buildSingle({ SINGLE_MAX_BYTES: '150000' });
		expect(r.status).toBe(0);
		expect(r.stdout).toMatch(/timeline\.html not written: the story is over the 0\.14 MiB/);
		expect(existsSync(r.out)).toBe(false);
	}, 120_000);

	test("carries the story's title as text, and the search index beside the data", () => {
		const seeds = mkdtempSync(join(tmpdir(), 'single-seeds-'));
		for (const f of readdirSync('seeds')) copyFileSync(join('seeds', f), join(seeds, f));
		writeFileSync(join(seeds, 'story.md'), '---\ntitle: <b>Talks & "more"</b>\n---\n');
		const r = buildSingle({ SEEDS_DIR: seeds });
		expect(r.status).toBe(0);
		const html = readFileSync(r.out, 'utf8');
		// one <title>, the story's as text (the compiled-in data keeps it as a string the page shows as text)
		expect(html.match(/<title>[^<]*<\/title>/g)).toEqual(['<title>&#60;b&#62;Talks &#38; &#34;more&#34;&#60;/b&#62;</title>']);
		for (const file of ['index.json', 'search/meta.json']) expect(html.includes(`"${file}":`), file).toBe(true);
	}, 120_000);
});
