import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `npm run build` of `seeds` into a new folder, served on `port` as a static host would: for browser
 * tests that need a site of their own. Returns what the build printed and the server to stop.
 */
export async function buildAndServe(seeds: string, port: number): Promise<{ summary: string; server: ChildProcess }> {
	const out = mkdtempSync(join(tmpdir(), 'site-'));
	const summary = execFileSync('npm', ['run', '--silent', 'build'], { env: { ...process.env, SEEDS_DIR: seeds, BUILD_DIR: out }, encoding: 'utf8', stdio: 'pipe' });
	const server = spawn('node_modules/.bin/tsx', ['scripts/serve.ts', out, '--port', String(port)], { stdio: 'pipe' });
	await new Promise<void>((ready, fail) => {
		server.stdout!.on('data', (d: Buffer) => d.toString().includes('Serving') && ready());
		server.once('exit', (code) => fail(new Error(`server exited with ${code}`)));
	});
	return { summary, server };
}
