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
	// as a user runs it: without vitest's NODE_ENV=test, which would build Svelte's development runtime
	const { NODE_ENV: _test, ...env } = process.env;
	for (const dir of dirs)
		execFileSync('npm', ['run', '--silent', 'build'], {
			env: { ...env, BUILD_DIR: dir, EXTRACT_WORKERS: dir === dirs[0] ? '0' : '2' },
			stdio: 'pipe'
		});
	const [a, b] = dirs.map(digestTree);
	expect(Object.keys(a!).length).toBeGreaterThan(3);
	expect(Object.keys(a!)).toContain('index.html');
	expect(b).toEqual(a);
	// SvelteKit's client is a production build (Svelte's development runtime explains its errors)
	const client = Object.keys(a!).filter((f) => /^_app\/immutable\/.*\.js$/.test(f));
	expect(client.length).toBeGreaterThan(0);
	for (const file of client) expect(readFileSync(join(dirs[0]!, file), 'utf8')).not.toContain('Updating state inside');
	// the whole site: the data and search files, the one-file export, the list pages
	expect(Object.keys(a!)).toEqual(expect.arrayContaining(['data/index.json', 'search/meta.json', 'timeline.html', 'list/index.html']));
	const listPages = Object.keys(a!).filter((f) => /^list\/[^/]+\/index\.html$/.test(f));
	expect(listPages.length).toBeGreaterThan(0);
	// the list pages have no client code; the timeline page is hydrated by SvelteKit's client
	for (const page of listPages) expect(readFileSync(join(dirs[0]!, page), 'utf8')).not.toMatch(/<script(?![^>]*application\/json)/);
	expect(readFileSync(join(dirs[0]!, 'index.html'), 'utf8')).toMatch(/_app\/immutable\/entry\/start\.[\w-]+\.js/);
}, 240_000);
