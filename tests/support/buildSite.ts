import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `npm run build` of `seeds` into `out` (a new folder by default); returns what the build printed. */
export function buildSite(seeds: string, out: string = mkdtempSync(join(tmpdir(), 'site-'))): { summary: string; out: string } {
	const summary = execFileSync('npm', ['run', '--silent', 'build'], { env: { ...process.env, SEEDS_DIR: seeds, BUILD_DIR: out }, encoding: 'utf8', stdio: 'pipe' });
	return { summary, out };
}

/**
 * The site of `seeds` built once per test run, whichever project asks first: the folder is named after
 * `name` and the Playwright runner's process (the parent of every worker), so a later run builds afresh.
 */
export function buildSiteOnce(seeds: string, name: string): string {
	const out = join(tmpdir(), `newsline-${name}-${process.ppid}`);
	if (!existsSync(join(out, 'index.html'))) buildSite(seeds, out);
	return out;
}

/** Serve the built site in `dir` on `port`, as a static host would, at `base` (`/` or `/sub/path/`). */
export async function serveSite(dir: string, port: number, base = '/'): Promise<ChildProcess> {
	const server = spawn('node_modules/.bin/tsx', ['scripts/serve.ts', dir, '--port', String(port), '--base', base], { stdio: 'pipe' });
	await new Promise<void>((ready, fail) => {
		server.stdout!.on('data', (d: Buffer) => d.toString().includes('Serving') && ready());
		server.once('exit', (code) => fail(new Error(`server exited with ${code}`)));
	});
	return server;
}

/**
 * `npm run build` of `seeds` into a new folder, served on `port` as a static host would: for browser
 * tests that need a site of their own. Returns what the build printed and the server to stop.
 */
export async function buildAndServe(seeds: string, port: number): Promise<{ summary: string; server: ChildProcess }> {
	const { summary, out } = buildSite(seeds);
	return { summary, server: await serveSite(out, port) };
}
