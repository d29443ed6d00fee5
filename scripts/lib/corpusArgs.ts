/** Command-line arguments of `gen:corpus`, checked before anything is written. */
import { existsSync, readdirSync, statSync } from 'node:fs';

/** The command line, shown after every argument error. */
export const USAGE = 'Usage: npm run gen:corpus -- --articles N --out DIR [--seed S]';

/** Options of one run, checked. */
export interface CorpusOptions {
	articles: number;
	out: string;
	seed: number;
}

/** A bad command line: the message says what was found and what was expected. */
export class UsageError extends Error {}

/**
 * Reads `--articles N --out DIR [--seed S]` (also `--name=value`; the seed defaults to 1).
 * Throws {@link UsageError} on anything else, including an `--out` that exists and is not an empty folder.
 */
export function parseCorpusArgs(argv: readonly string[]): CorpusOptions {
	const raw = new Map<string, string>();
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		const m = /^--(articles|out|seed)(?:=(.*))?$/.exec(arg);
		if (!m) throw new UsageError(`unknown argument "${arg}"`);
		const value = m[2] ?? argv[++i];
		if (value === undefined || (m[2] === undefined && value.startsWith('--')))
			throw new UsageError(`--${m[1]} needs a value`);
		raw.set(m[1]!, value);
	}
	const articles = raw.get('articles');
	if (articles === undefined) throw new UsageError('missing --articles N');
	if (!/^\d+$/.test(articles) || Number(articles) < 1 || !Number.isSafeInteger(Number(articles)))
		throw new UsageError(`--articles must be a positive integer, found "${articles}"`);
	const out = raw.get('out');
	if (out === undefined || out.trim() === '') throw new UsageError('missing --out DIR');
	const seed = raw.get('seed') ?? '1';
	if (!/^\d+$/.test(seed) || Number(seed) > 0xffffffff)
		throw new UsageError(`--seed must be an integer from 0 to 4294967295, found "${seed}"`);
	// an existing folder would mix old files into the new corpus and break byte-identical output
	if (existsSync(out) && (!statSync(out).isDirectory() || readdirSync(out).length > 0))
		throw new UsageError(`--out ${out} already exists and is not an empty folder; remove it or pick another`);
	return { articles: Number(articles), out, seed: Number(seed) };
}
