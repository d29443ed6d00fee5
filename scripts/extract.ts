/**
 * `npm run --silent extract -- [DIR] [--skip-invalid] [--pretty]`: prints the timeline JSON that
 * the site is built from (articles, events, talks) for a folder of seeds (default `seeds/`).
 * Problems go to stderr, each with file and line, and the exit code is non-zero.
 */
import { SeedErrors } from '../src/lib/ingest/errors.ts';
import { formatSummary, loadTimeline, seedsDir } from '../src/lib/server/seeds.ts';

const args = process.argv.slice(2);
const skipInvalid = args.includes('--skip-invalid') || /^(1|true|yes)$/i.test(process.env.SKIP_INVALID ?? '');
const pretty = args.includes('--pretty');
const unknown = args.filter((a) => a.startsWith('--') && a !== '--skip-invalid' && a !== '--pretty');
if (unknown.length) {
	console.error(`Unknown option ${unknown[0]}. Usage: npm run --silent extract -- [DIR] [--skip-invalid] [--pretty]`);
	process.exit(2);
}
const dir = args.find((a) => !a.startsWith('--')) ?? seedsDir();

try {
	const report = await loadTimeline(dir, { skipInvalid });
	for (const e of report.skipped) console.error(`skipped ${e.message}`);
	process.stdout.write(JSON.stringify(report.data, null, pretty ? 2 : undefined) + '\n');
	console.error(formatSummary(report));
} catch (e) {
	if (e instanceof SeedErrors) {
		console.error(e.message);
		console.error('Fix these files, or publish the valid ones with --skip-invalid.');
	} else console.error(e instanceof Error ? e.message : String(e));
	process.exit(1);
}
