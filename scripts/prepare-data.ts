/**
 * `npm run build`, step 1 of 3: reads the seeds (`SEEDS_DIR`, `SKIP_INVALID`) once and writes every
 * data file of the site to `.svelte-kit/newsline/prepared/` (see src/lib/server/prepared.ts), for `vite build`
 * to prerender and `build-single` to inline. `npm run dev` runs it too.
 */
import { PREPARED_DIR, writePrepared } from '../src/lib/server/prepared.ts';
import { getTimeline } from '../src/lib/server/seeds.ts';

try {
	// prints every skipped seed and the summary line
	const report = await getTimeline();
	const count = writePrepared(report);
	console.log(`prepared ${count} data files in ${PREPARED_DIR}`);
} catch (e) {
	console.error((e as Error).message);
	process.exit(1);
}
