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
	for (const dir of dirs)
		execFileSync(join(process.cwd(), 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], {
			env: { ...process.env, BUILD_DIR: dir, EXTRACT_WORKERS: dir === dirs[0] ? '0' : '2' },
			stdio: 'pipe'
		});
	const [a, b] = dirs.map(digestTree);
	expect(Object.keys(a!).length).toBeGreaterThan(3);
	expect(Object.keys(a!)).toContain('index.html');
	expect(b).toEqual(a);
}, 180_000);
