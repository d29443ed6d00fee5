import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseCorpusArgs } from './lib/corpusArgs.ts';
import { dayOf, describeDay } from './lib/corpusDates.ts';
import { Rng } from './lib/corpusRandom.ts';

const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
const root = mkdtempSync(join(tmpdir(), 'gen-corpus-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let runs = 0;
/** Runs the generator into a fresh folder under the test's temp root. */
function generate(...args: string[]): { dir: string; status: number | null; stderr: string } {
	const dir = join(root, `out${runs++}`);
	const r = spawnSync(tsx, ['scripts/gen-corpus.ts', ...args, '--out', dir], { encoding: 'utf8' });
	return { dir, status: r.status, stderr: r.stderr };
}

function listFiles(dir: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir).sort()) {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) out.push(...listFiles(p));
		else out.push(p);
	}
	return out;
}

/** One hash over every file's relative path and bytes: equal hashes mean byte-identical folders. */
function hashFolder(dir: string): string {
	const h = createHash('sha256');
	for (const f of listFiles(dir)) h.update(relative(dir, f)).update('\0').update(readFileSync(f)).update('\0');
	return h.digest('hex');
}

describe('gen:corpus', () => {
	let a: ReturnType<typeof generate>;
	let b: ReturnType<typeof generate>;
	let c: ReturnType<typeof generate>;
	beforeAll(() => {
		a = generate('--articles', '120', '--seed', '7');
		b = generate('--articles', '120', '--seed', '7');
		c = generate('--articles', '120', '--seed', '8');
	}, 120_000);

	test('writes N files and a one-line summary', () => {
		expect(a.status).toBe(0);
		expect(listFiles(a.dir)).toHaveLength(120);
		expect(a.stderr).toMatch(/^gen:corpus: 120 files, \d+ words \(mean \d+\), \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}, seed 7, /);
		expect(a.stderr.trim().split('\n')).toHaveLength(1);
	});

	test('the same seed gives byte-identical files, another seed different ones', () => {
		expect(hashFolder(a.dir)).toBe(hashFolder(b.dir));
		expect(hashFolder(a.dir)).not.toBe(hashFolder(c.dir));
	});

	test('a smaller corpus is the start of a larger one with the same seed', () => {
		const small = generate('--articles', '15', '--seed', '7');
		expect(small.status).toBe(0);
		const big = new Set(listFiles(a.dir).map((f) => relative(a.dir, f) + readFileSync(f, 'utf8')));
		for (const f of listFiles(small.dir)) expect(big.has(relative(small.dir, f) + readFileSync(f, 'utf8'))).toBe(true);
	}, 60_000);

	test('every file is a valid seed: real date in the header, filed under its year, standfirst and paragraphs', () => {
		for (const f of listFiles(a.dir)) {
			const rel = relative(a.dir, f);
			expect(rel).toMatch(/^\d{4}\/\d{5}_[a-z0-9-]+\.txt$/);
			const lines = readFileSync(f, 'utf8').split('\n');
			expect(lines[0]).toMatch(/^ ?date \d{4}-\d{2}-\d{2} \S/);
			const day = / ?date (\S+)/.exec(lines[0]!)![1]!;
			expect(new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10)).toBe(day);
			expect(day >= '2016-01-01' && day <= '2026-12-31').toBe(true);
			expect(rel.slice(0, 4)).toBe(day.slice(0, 4));
			expect(lines.length).toBeGreaterThanOrEqual(6);
			expect(lines.slice(1, -1).every((l) => l.trim() !== '')).toBe(true);
		}
	});

	test('articles average about 600 words', () => {
		const counts = listFiles(a.dir).map((f) => readFileSync(f, 'utf8').split(/\s+/).filter(Boolean).length);
		const mean = counts.reduce((s, n) => s + n, 0) / counts.length;
		expect(mean).toBeGreaterThanOrEqual(480);
		expect(mean).toBeLessThanOrEqual(720);
		expect(Math.min(...counts)).toBeGreaterThan(300);
	});

	test('the text exercises explicit and relative dates, durations and talks with places and parties', () => {
		const text = listFiles(a.dir)
			.map((f) => readFileSync(f, 'utf8'))
			.join('\n');
		const month = '(January|February|March|April|May|June|July|August|September|October|November|December)';
		const patterns = [
			new RegExp(`\\bon \\d{1,2} ${month} \\d{4}\\b`),
			new RegExp(`\\bon ${month} \\d{1,2}\\b`),
			new RegExp(`\\bin ${month} \\d{4}\\b`),
			/\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/,
			/\b(yesterday|tomorrow|\w+ days ago)\b/,
			/\b(last|next) (week|month)\b/,
			/\b(earlier|later) this (year|month)\b/,
			/\bfor (an|a|\w+) hours?\b/,
			/\bDelegations from [A-Z][\w ,]+ met in [A-Z]/,
			/\bTalks will resume in [A-Z]/,
			/\b(postponed|called off|cancelled)\b/,
			/\bled by [A-Z]/
		];
		for (const re of patterns) expect(text, String(re)).toMatch(re);
	});

	// a folder that does not exist yet: a valid --out
	const x = join(root, 'not-yet');
	test.each([
		{ args: ['--articles', '5', '--out', x], error: null },
		{ args: ['--articles=5', `--out=${x}`, '--seed=0'], error: null },
		{ args: ['--out', x], error: /missing --articles N/ },
		{ args: ['--articles', '5'], error: /missing --out DIR/ },
		{ args: ['--articles', '0', '--out', x], error: /--articles must be a positive integer, found "0"/ },
		{ args: ['--articles', 'ten', '--out', x], error: /--articles must be a positive integer, found "ten"/ },
		{ args: ['--articles', '2.5', '--out', x], error: /--articles must be a positive integer/ },
		{ args: ['--articles', '-3', '--out', x], error: /--articles must be a positive integer/ },
		{ args: ['--articles', '--out', x], error: /--articles needs a value/ },
		{ args: ['--articles', '3', '--out', x, '--seed', '-1'], error: /--seed must be an integer/ },
		{ args: ['--articles', '3', '--out', x, '--seed', '4294967296'], error: /--seed must be an integer/ },
		{ args: ['--articles', '3', '--out', x, '--verbose'], error: /unknown argument "--verbose"/ }
	])('arguments $args', ({ args, error }) => {
		if (error) expect(() => parseCorpusArgs(args)).toThrow(error);
		else expect(parseCorpusArgs(args)).toMatchObject({ articles: 5, out: x });
	});

	test('refuses an --out folder that is not empty, and leaves it alone', () => {
		const full = join(root, 'full');
		mkdirSync(full);
		writeFileSync(join(full, 'keep.txt'), 'x');
		expect(() => parseCorpusArgs(['--articles', '3', '--out', full])).toThrow(/not an empty folder/);
		const r = spawnSync(tsx, ['scripts/gen-corpus.ts', '--articles', '3', '--out', full], { encoding: 'utf8' });
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/^gen:corpus: --out .* not an empty folder.*\nUsage: npm run gen:corpus/);
		expect(readdirSync(full)).toEqual(['keep.txt']);
	}, 30_000);

	test('exits 2 with the usage line on a bad argument', () => {
		const r = spawnSync(tsx, ['scripts/gen-corpus.ts', '--articles', 'many'], { encoding: 'utf8' });
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(/--articles must be a positive integer, found "many"\nUsage: npm run gen:corpus/);
	}, 30_000);
});

describe('describeDay', () => {
	// publication day Wednesday 6 March 2024
	const pub = dayOf(2024, 3, 6);
	/** Every phrase describeDay gives for a day, over many draws. */
	function phrases(event: number, precision: 'day' | 'any'): Set<string> {
		const rng = new Rng(3);
		const out = new Set<string>();
		for (let i = 0; i < 400; i++) out.add(describeDay(rng, event, pub, precision));
		return out;
	}
	test.each([
		{ iso: '2024-03-05', event: dayOf(2024, 3, 5), precision: 'day', has: ['yesterday', 'on Tuesday', 'on 5 March 2024', 'on March 5'], not: ['today', 'two days ago', 'last week'] },
		{ iso: '2024-03-04', event: dayOf(2024, 3, 4), precision: 'day', has: ['two days ago', 'on Monday'], not: ['yesterday', 'on Tuesday'] },
		{ iso: '2024-03-07', event: dayOf(2024, 3, 7), precision: 'day', has: ['tomorrow', 'on Thursday'], not: ['yesterday', 'next week'] },
		{ iso: '2024-03-12', event: dayOf(2024, 3, 12), precision: 'any', has: ['next week', 'on Tuesday'], not: ['last week', 'next month'] },
		{ iso: '2024-02-28', event: dayOf(2024, 2, 28), precision: 'any', has: ['last week', 'last month', 'a week ago', 'in February 2024'], not: ['next week', 'earlier this month'] },
		{ iso: '2024-01-10', event: dayOf(2024, 1, 10), precision: 'any', has: ['earlier this year', 'in January'], not: ['last month', 'last year'] },
		{ iso: '2022-02-24', event: dayOf(2022, 2, 24), precision: 'any', has: ['in February 2022', 'on 24 February 2022', 'in 2022'], not: ['last year', 'on February 24'] }
	] as const)('$iso as seen on 2024-03-06 ($precision)', ({ event, precision, has, not }) => {
		const got = phrases(event, precision);
		for (const p of has) expect(got, p).toContain(p);
		for (const p of not) expect(got, p).not.toContain(p);
	});
});
