import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

function digestTree(root: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		out[relative(root, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
	}
	return out;
}

// Two builds of the same seeds must be byte-identical: no timestamps, no random ids, no order
// that depends on the disk or on worker timing.
test('two builds of the same seeds are byte-identical', () => {
	const dirs = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'build-')));
	// as `npm run build` runs: without vitest's NODE_ENV=test, which would build Svelte's development runtime
	const { NODE_ENV: _test, ...env } = process.env;
	for (const dir of dirs)
		execFileSync(join(process.cwd(), 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], {
			env: { ...env, BUILD_DIR: dir, EXTRACT_WORKERS: dir === dirs[0] ? '0' : '2' },
			stdio: 'pipe'
		});
	const [a, b] = dirs.map(digestTree);
	expect(Object.keys(a!).length).toBeGreaterThan(3);
	expect(Object.keys(a!)).toContain('index.html');
	expect(b).toEqual(a);
	// the page's own client is a production build (Svelte's development runtime explains its errors)
	const client = Object.keys(a!).filter((f) => /^_app\/page\/main\.[\w-]+\.js$/.test(f));
	expect(client).toHaveLength(1);
	expect(readFileSync(join(dirs[0]!, client[0]!), 'utf8')).not.toContain('Updating state inside');
	// the whole site: the data files moved in from staging, the one-file export, the list pages
	expect(Object.keys(a!)).toEqual(expect.arrayContaining(['data/index.json', 'timeline.html', 'list/index.html']));
	const listPages = Object.keys(a!).filter((f) => /^list\/[^/]+\/index\.html$/.test(f));
	expect(listPages.length).toBeGreaterThan(0);
	// the list pages have no client code: no `__data.json` for a client that never comes
	expect(Object.keys(a!).filter((f) => /^list\/[^/]+\/__data\.json$/.test(f))).toEqual([]);
}, 180_000);
