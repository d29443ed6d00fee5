import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/chromiumArgs.ts';

/**
 * Browser tests against the built static site (run `npm run build` first; this config does not build),
 * served twice by scripts/serve.ts: at the root and under a sub-path, as static hosts do.
 */
/** `PW_PORT` moves both servers (root on it, sub-path on it + 1), e.g. to run beside another checkout. */
const port = Number(process.env.PW_PORT ?? 4173);
/** `PW_SITE` serves another built folder, e.g. one built from a generated corpus for tests/scale.spec.ts. */
const site = process.env.PW_SITE ?? 'build';

export default defineConfig({
	testDir: 'tests',
	testMatch: '*.spec.ts',
	outputDir: 'test-results/artifacts',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 30_000,
	// `PW_JSON`: the report of another run (`npm run test:scale` writes test-results/scale.json)
	reporter: [['list'], ['json', { outputFile: process.env.PW_JSON ?? 'test-results/results.json' }]],
	use: {
		browserName: 'chromium',
		viewport: { width: 1200, height: 900 },
		// far from UTC (13 hours ahead in February): a date-only event shown through local time
		// would move a day; the unit tests run in America/Los_Angeles, on the other side of UTC
		timezoneId: 'Pacific/Auckland',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath: CHROMIUM_PATH,
			args: [...CHROMIUM_ARGS, '--disable-component-update', '--disable-sync']
		}
	},
	projects: [
		{ name: 'root', use: { baseURL: `http://127.0.0.1:${port}/` } },
		{ name: 'subpath', use: { baseURL: `http://127.0.0.1:${port + 1}/sub/path/` } }
	],
	webServer: [
		{
			command: `node_modules/.bin/tsx scripts/serve.ts ${site} --port ${port}`,
			url: `http://127.0.0.1:${port}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 30_000
		},
		{
			command: `node_modules/.bin/tsx scripts/serve.ts ${site} --port ${port + 1} --base /sub/path/`,
			url: `http://127.0.0.1:${port + 1}/sub/path/`,
			reuseExistingServer: !process.env.CI,
			timeout: 30_000
		}
	]
});
