import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
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
});
