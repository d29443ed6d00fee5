/**
 * `npm run test:scale [-- --articles N] [--dir DIR]`
 *
 * The browser flows of tests/scale.spec.ts (open clusters and zoom to marks, open a card, deep links
 * into any shard) on a site built from a generated corpus of N articles (default 10,000, the size
 * issue 5 names), as `.ci/run` runs them after `npm test`. The corpus and the site go under DIR
 * (default `/tmp/newsline-scale`; the corpus is kept and reused, the site rebuilt), never the
 * repository. The Playwright report goes to `test-results/scale.json`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

function run(what: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
	console.log(`== ${what}`);
	const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (r.status !== 0) {
		console.error(`test:scale: ${what} failed (exit code ${r.status ?? r.signal})`);
		process.exit(1);
	}
}

const USAGE = 'Usage: npm run test:scale -- [--articles N] [--dir DIR]';
const args = process.argv.slice(2);
const opts = new Map<string, string>();
for (let i = 0; i < args.length; i += 2) {
	const [name, value] = [args[i]!, args[i + 1]];
	if ((name !== '--articles' && name !== '--dir') || value === undefined) {
		console.error(`test:scale: unexpected ${value === undefined ? `${name} without a value` : name}. ${USAGE}`);
		process.exit(2);
	}
	opts.set(name, value);
}
const articles = Number(opts.get('--articles') ?? '10000');
if (!Number.isInteger(articles) || articles < 1) {
	console.error(`test:scale: --articles expects a whole number of articles, got ${opts.get('--articles')}. ${USAGE}`);
	process.exit(2);
}
const dir = resolve(opts.get('--dir') ?? '/tmp/newsline-scale');
const corpus = join(dir, `corpus-${articles}`);
const site = join(dir, `site-${articles}`);

if (!existsSync(corpus)) {
	// generated beside and renamed: an interrupted run never leaves half a corpus to reuse
	rmSync(`${corpus}.part`, { recursive: true, force: true });
	run(`generating ${articles} articles`, 'node_modules/.bin/tsx', ['scripts/gen-corpus.ts', '--articles', String(articles), '--out', `${corpus}.part`, '--seed', '1']);
	renameSync(`${corpus}.part`, corpus);
}
run(`building the site of ${articles} articles`, 'npm', ['run', 'build'], { SEEDS_DIR: corpus, BUILD_DIR: site });
run('browser flows at scale (tests/scale.spec.ts)', 'node_modules/.bin/playwright', ['test', 'tests/scale.spec.ts'], {
	PW_SITE: site,
	// beside a server of `npm test` that may still be up on the default ports
	PW_PORT: process.env.PW_PORT ?? '4283',
	PW_JSON: 'test-results/scale.json'
});
