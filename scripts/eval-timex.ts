/**
 * `npm run eval:timex -- GOLD_DIR [--system DIR] [--errors N] [--quiet]`
 *
 * Scores the extractor (or, with --system, a folder of system TimeML files of the same names,
 * e.g. written by `npm run timex`) against gold TimeML the way TempEval-3 Task A does, and lists
 * the errors (missed, spurious, wrong value, with context).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extractTimexes } from '../src/lib/ingest/timex/index.ts';
import { parseTimeml, type TimexSpan } from './lib/timeml.ts';
import { computeScores, emptyCounts, formatScores, scoreDocument, type ErrorItem } from './lib/timeml-score.ts';

function main(argv: string[]): number {
	const args = [...argv];
	let systemDir: string | null = null;
	let maxErrors = Infinity;
	let quiet = false;
	const dirs: string[] = [];
	while (args.length) {
		const a = args.shift() ?? '';
		if (a === '--system') systemDir = args.shift() ?? null;
		else if (a === '--errors') maxErrors = Number(args.shift() ?? 'Infinity');
		else if (a === '--quiet') quiet = true;
		else dirs.push(a);
	}
	const goldDir = dirs[0] ?? '../shared/eval/meantime';
	if (!existsSync(goldDir) || !statSync(goldDir).isDirectory()) {
		console.log(`eval:timex: gold folder ${goldDir} not found; nothing to score.`);
		return 0;
	}
	const files = readdirSync(goldDir).filter((f) => /\.(tml|xml|timeml)$/i.test(f)).sort();
	if (!files.length) {
		console.log(`eval:timex: no .tml files in ${goldDir}.`);
		return 0;
	}
	const counts = emptyCounts();
	const errors: ErrorItem[] = [];
	for (const f of files) {
		const gold = parseTimeml(readFileSync(join(goldDir, f), 'utf8'));
		let system: TimexSpan[];
		if (systemDir) {
			const p = join(systemDir, basename(f));
			system = existsSync(p) ? parseTimeml(readFileSync(p, 'utf8')).timexes : [];
		} else {
			system = gold.dct ? extractTimexes(gold.text, gold.dct) : [];
		}
		errors.push(...scoreDocument(f, gold.text, gold.timexes, system, counts));
	}
	const scores = computeScores(counts);
	if (!quiet) {
		const groups: ErrorItem['kind'][] = ['missed', 'spurious', 'value'];
		for (const kind of groups) {
			const list = errors.filter((e) => e.kind === kind);
			console.log(`\n== ${kind} (${list.length}) ==`);
			for (const e of list.slice(0, maxErrors)) {
				const detail = kind === 'missed' ? `gold ${e.gold}` : kind === 'spurious' ? `sys ${e.system}` : `gold ${e.gold} | sys ${e.system}`;
				console.log(`${e.doc}: "${e.text}" ${detail}\n    ${e.context}`);
			}
		}
		console.log('');
	}
	console.log(`${files.length} documents, ${counts.gold} gold TIMEX3, ${counts.system} system TIMEX3`);
	console.log(formatScores(scores));
	return 0;
}

process.exitCode = main(process.argv.slice(2));
