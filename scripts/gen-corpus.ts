/**
 * `npm run gen:corpus -- --articles N --out DIR [--seed S]`
 *
 * Writes N synthetic seed-format articles (about 600 words each, 2016-2026) for benchmarks:
 * talks between states, companies and unions, with explicit and relative dates, durations,
 * places, parties and delegation leaders, several articles per round of talks. The same seed
 * gives byte-identical files on every machine. Files go to `DIR/YYYY/NNNNN_slug.txt`; never commit them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createArticle, yearOf } from './lib/corpusArticle.ts';
import { parseCorpusArgs, UsageError, USAGE, type CorpusOptions } from './lib/corpusArgs.ts';
import { isoOf } from './lib/corpusDates.ts';
import { createWorld } from './lib/corpusWorld.ts';

/** Writes the corpus and returns its totals. */
function writeCorpus(opts: CorpusOptions): { files: number; words: number; first: number; last: number } {
	const world = createWorld(opts.seed);
	const width = Math.max(5, String(opts.articles - 1).length);
	const made = new Set<number>();
	let words = 0;
	let first = Infinity;
	let last = -Infinity;
	mkdirSync(opts.out, { recursive: true });
	for (let i = 0; i < opts.articles; i++) {
		const a = createArticle(world, opts.seed, i);
		const year = yearOf(a.day);
		const dir = join(opts.out, String(year));
		if (!made.has(year)) {
			mkdirSync(dir, { recursive: true });
			made.add(year);
		}
		writeFileSync(join(dir, `${String(i).padStart(width, '0')}_${a.slug}.txt`), a.text);
		words += a.words;
		first = Math.min(first, a.day);
		last = Math.max(last, a.day);
	}
	return { files: opts.articles, words, first, last };
}

function main(argv: readonly string[]): number {
	let opts: CorpusOptions;
	try {
		opts = parseCorpusArgs(argv);
	} catch (e) {
		if (!(e instanceof UsageError)) throw e;
		console.error(`gen:corpus: ${e.message}\n${USAGE}`);
		return 2;
	}
	const t0 = process.hrtime.bigint();
	const r = writeCorpus(opts);
	const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
	console.error(
		`gen:corpus: ${r.files} files, ${r.words} words (mean ${Math.round(r.words / r.files)}), ` +
			`${isoOf(r.first)} to ${isoOf(r.last)}, seed ${opts.seed}, ${seconds.toFixed(2)}s -> ${opts.out}`
	);
	return 0;
}

process.exitCode = main(process.argv.slice(2));
