import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { TimelineData } from '../src/lib/ingest/types.ts';

const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
const run = (...args: string[]) => spawnSync(tsx, ['scripts/extract.ts', ...args], { encoding: 'utf8' });

function folder(files: Record<string, string | Uint8Array>): string {
	const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
	for (const [name, content] of Object.entries(files)) {
		mkdirSync(join(dir, name, '..'), { recursive: true });
		writeFileSync(join(dir, name), content);
	}
	return dir;
}

describe('npm run extract', () => {
	test('prints the timeline JSON of the seeds folder by default', () => {
		const out = execFileSync(tsx, ['scripts/extract.ts'], { encoding: 'utf8' });
		const data = JSON.parse(out) as TimelineData;
		expect(data.version).toBe(1);
		expect(data.articles.map((a) => a.file)).toContain('000_0578cf5c3b1c3863.txt');
		expect(data.events.length).toBeGreaterThan(0);
	}, 30_000);

	test('reads nested folders and Markdown, and ends with a summary on stderr', () => {
		const dir = folder({
			'a.txt': 'date 2026-01-28 A\nStand.\nTalks will resume on Sunday.',
			'deep/er/b.md': '---\ntitle: B\ndate: 2026-01-29\n---\n\nHello.',
			'readme.pdf': 'x'
		});
		const r = run(dir);
		expect(r.status).toBe(0);
		const data = JSON.parse(r.stdout) as TimelineData;
		expect(data.articles.map((a) => a.file).sort()).toEqual(['a.txt', 'deep/er/b.md']);
		expect(r.stderr).toMatch(/2 articles read \([^)]*\), 2 published, 0 skipped, \d+ events?, \d+ talks \(1 non-seed files ignored: readme\.pdf\)/);
	}, 30_000);

	test('lists every problem with file and line, prints nothing on stdout, exits non-zero', () => {
		const dir = folder({
			'ok.txt': 'date 2026-01-28 A\nStand.',
			'bad.txt': 'date 2026-02-30 A\nStand.',
			'worse.md': '---\ntitle: x\n---\n',
			'bytes.txt': new Uint8Array([0x64, 0x61, 0x74, 0x65, 0x0a, 0x41, 0xff, 0x0a])
		});
		const r = run(dir);
		expect(r.status).toBe(1);
		expect(r.stdout).toBe('');
		expect(r.stderr).toContain('3 problems in the seeds');
		expect(r.stderr).toContain('bad.txt:1: expected a real date as YYYY-MM-DD, found "2026-02-30"');
		expect(r.stderr).toContain('bytes.txt:2: expected UTF-8 text, found an invalid byte 0xff');
		expect(r.stderr).toContain('worse.md:1: expected a "date: YYYY-MM-DD" field');
	}, 30_000);

	test('--skip-invalid publishes the valid ones and names the skipped', () => {
		const dir = folder({ 'ok.txt': 'date 2026-01-28 A\nStand.', 'bad.txt': 'nope' });
		const r = run(dir, '--skip-invalid');
		expect(r.status).toBe(0);
		expect((JSON.parse(r.stdout) as TimelineData).articles).toHaveLength(1);
		expect(r.stderr).toContain('skipped bad.txt:1:');
		expect(r.stderr).toMatch(/2 articles read \([^)]*\), 1 published, 1 skipped/);
	}, 30_000);

	test('a missing folder is a clear error', () => {
		const r = run('/nonexistent/seeds');
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/Cannot read the seeds folder \/nonexistent\/seeds/);
	}, 30_000);
});
