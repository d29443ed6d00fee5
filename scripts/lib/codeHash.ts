/**
 * A hash of the code a build step is made from (every file under src/, the given scripts, the
 * lockfile, the configs, the PUBLIC_ and VITE_ environment, and NODE_ENV): steps whose output
 * depends on the code only, not on the articles, keep their output under it and reuse it while it
 * holds. NODE_ENV counts because Vite builds with Svelte's development runtime when it is not
 * `production` (vitest sets `test`): without it, a build made inside the tests was reused by
 * `npm run build`, and the page shipped 6 KB of development checks.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Files under `dir` (or `dir` itself), sorted, recursively; hidden ones skipped. */
function filesUnder(dir: string): string[] {
	if (!statSync(dir).isDirectory()) return [dir];
	return readdirSync(dir, { withFileTypes: true })
		.filter((e) => !e.name.startsWith('.'))
		.flatMap((e) => filesUnder(join(dir, e.name)))
		.sort();
}

export function codeHash(paths: string[], env: NodeJS.ProcessEnv = process.env): string {
	const h = createHash('sha256');
	const files = ['src', 'package-lock.json', 'svelte.config.js', 'vite.config.ts', ...paths].flatMap((p) => filesUnder(join(ROOT, p)));
	for (const f of files) h.update(relative(ROOT, f)).update('\0').update(readFileSync(f)).update('\0');
	for (const [k, v] of Object.entries(env)
		.filter(([k]) => k.startsWith('PUBLIC_') || k.startsWith('VITE_') || k === 'NODE_ENV')
		.sort(([a], [b]) => (a < b ? -1 : 1)))
		h.update(`${k}=${v}\0`);
	return h.digest('hex').slice(0, 16);
}
