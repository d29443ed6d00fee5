// Sums the Vitest and Playwright JSON reports into the one line CI reads: "N passed, M failed".
// A missing report counts as a failure: a runner that crashed must not look green.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
	if (!existsSync(file)) {
		console.error(`missing test report ${file}`);
		failed++;
		continue;
	}
	const report = JSON.parse(readFileSync(file, 'utf8'));
	if ('numPassedTests' in report) {
		// Vitest (Jest-compatible JSON)
		passed += report.numPassedTests;
		failed += report.numFailedTests;
		skipped += report.numPendingTests + (report.numTodoTests ?? 0);
	} else if (report.stats) {
		// Playwright: expected = passed, unexpected = failed, flaky passed on retry
		passed += report.stats.expected + report.stats.flaky;
		failed += report.stats.unexpected;
		skipped += report.stats.skipped;
		if (report.errors?.length) failed += report.errors.length;
	} else {
		console.error(`unknown report format in ${file}`);
		failed++;
	}
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
